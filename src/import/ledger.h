/* ledger_import.h — importing a court's enforcement ledger (执行案件台账).
 *
 * One file is one transaction: either every good row lands or, when the
 * import is interrupted or fails, the database is as before. Rows are
 * upserted by normalised 案号; an identical repeat of a row is counted as a
 * duplicate and written once. Bad rows go to FILE.rejects.csv with their
 * row number and reason; a bad ID check character is a warning (the row
 * lands, the warning is in the report too). */
#ifndef JZ_LEDGER_IMPORT_H
#define JZ_LEDGER_IMPORT_H

#include <signal.h>
#include "store/db.h"
#include "util/err.h"

struct import_opts {
	const char *map_file;                /* --map FILE, or NULL */
	const char *sheet;                   /* --sheet NAME (XLSX), or NULL [hostile] */
	int progress;                        /* show a progress line on a tty */
	volatile sig_atomic_t *interrupted;  /* set by a signal handler: roll back */
};

struct import_stats {
	long read, added, updated, dup, rejected, warned;
	long long file_id;                   /* import_files row */
	char format[8], encoding[16];
	char *rejects_path;                  /* malloc'd when a report was kept */
};

/* 0 when the file was read (even with rejected rows); -1 with e filled when
 * nothing could be read, the header was not found, or it was interrupted. */
int ledger_import_file(jz_db *db, const char *path, const struct import_opts *o,
		       struct import_stats *st, struct jz_err *e);
void import_stats_free(struct import_stats *st);

/* The canonical 结案方式 for what a ledger says ("终本" → 终结本次执行程序);
 * NULL when blank; unknown wordings are returned unchanged. */
const char *ledger_closing_method(const char *s);

#endif
