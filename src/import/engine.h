/* row_import.h — the common loop of the registry and event importers.
 *
 * Opens a CSV/XLSX file, finds the header row by column synonyms (title
 * rows skipped, --map FILE honoured), and hands each row to the importer's
 * callback inside one transaction per file, with an import_files row, an
 * audit entry and FILE.rejects.csv for rejected rows and warnings — the
 * same contract as the ledger import (ledger_import.h). */
#ifndef JZ_ROW_IMPORT_H
#define JZ_ROW_IMPORT_H

#include "store/db.h"
#include "import/columns.h"
#include "import/ledger.h"
#include "util/strbuf.h"

enum row_result { ROW_NEW = 1, ROW_DUP = 0, ROW_REJECT = -1, ROW_FATAL = -2 };

struct row_ctx {
	jz_db *db;
	const struct column_map *map;
	char **cells;
	int ncells;
	long rowno;
	long long file_id;
	struct strbuf *why;       /* reason for ROW_REJECT (Chinese, names the field) */
	struct strbuf *warn;      /* warnings for a row that lands */
	void *user;
};

struct row_importer {
	const char *kind;                 /* import_files.kind, e.g. "registry:不动产" */
	const struct column_spec *spec;
	int nspec;
	int (*prepare)(jz_db *db, void *user, struct jz_err *e);   /* once, inside the transaction */
	enum row_result (*row)(struct row_ctx *rc, struct jz_err *e);
	void (*finish)(void *user);       /* finalize statements */
	void *user;
};

/* Cell of field f in the current row ("" when absent). */
const char *row_get(const struct row_ctx *rc, int f);

int row_import_file(jz_db *db, const char *path, const struct row_importer *ri,
		    const struct import_opts *o, struct import_stats *st, struct jz_err *e);

#endif
