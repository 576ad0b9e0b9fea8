/* engine.h — the one import engine: ledgers, registry data, events (and
 * bank statements) each plug in as a kind.
 *
 * Every file goes through the same steps:
 *   1. open it as CSV or XLSX (table_reader.h), find the header row among
 *      the first rows by column synonyms (title rows skipped, --map FILE);
 *   2. a reader thread parses and normalises each row (the kind's parse:
 *      no database); bad rows go to FILE.rejects.csv with row and reason;
 *   3. the main thread writes the good rows into a private staging
 *      database (ATTACH '' AS stg: a temporary file, gone when the
 *      connection closes) — this holds no lock on the jianzhi database;
 *   4. one short write transaction merges the staged rows into the
 *      database with set-based SQL (the kind's merge), records the file in
 *      import_files, counts read/new/updated/duplicate/rejected, writes the
 *      audit entry, and re-links registry records to parties.
 * A kind may also offer a bulk load (struct import_bulk) for a file that
 * goes into an empty database: then there is no staging copy — the write
 * transaction opens before the first row, the main thread writes the rows
 * straight into their tables (secondary indexes and change triggers off,
 * rebuilt once at the end), and the same transaction finishes the file.
 * That holds the write lock while the file is read; it is only chosen
 * when there is nothing in the database to merge with.
 * Foreign keys are not enforced inside the import's transaction: every id
 * it writes comes from a row it read or wrote in that transaction, and a
 * parent lookup per written row cost as much as the row itself.
 * A file lands whole or not at all: an error, Ctrl-C or kill -9 before the
 * commit leaves the database as it was, and the rejects report appears
 * only when the file landed. */
#ifndef JZ_IMPORT_ENGINE_H
#define JZ_IMPORT_ENGINE_H

#include <signal.h>
#include "store/db.h"
#include "import/columns.h"
#include "util/strbuf.h"

struct import_opts {
	const char *map_file;                /* --map FILE, or NULL */
	const char *sheet;                   /* --sheet NAME (XLSX), or NULL */
	int progress;                        /* show a progress line on a tty */
	volatile sig_atomic_t *interrupted;  /* set by a signal handler: give up */
};

struct import_stats {
	long read, added, updated, dup, rejected, warned;
	long skipped;                        /* rows parse() said are not data (a 合计 line) */
	long by_id, by_name, unlinked;       /* registry records tied to parties */
	long long file_id;                   /* import_files row */
	int bulk;                            /* loaded straight into an empty database */
	char format[8], encoding[16];
	char sheet[96];                      /* the XLSX sheet read, "" for CSV */
	char *rejects_path;                  /* malloc'd when a report was kept */
	char unused[256];                    /* header cells naming no field ("" when none) */
};
void import_stats_free(struct import_stats *st);

/* What the stage step of a kind sees: the database (read-only use), the
 * kind's prepared staging statements, its configuration. */
struct stage_ctx {
	jz_db *db;
	sqlite3_stmt **st;                   /* prepared stage_sql[i] (bulk: bulk->sql[i]) */
	const void *cfg;
	long long file_id;                   /* bulk loads: the import_files row */
	void *state;                         /* bulk loads: the kind's own */
};

/* A load straight into the database, for a file into an empty one. All
 * run on the main thread inside the import's write transaction. */
struct import_bulk {
	/* 1 when this file may load directly (asked inside the transaction). */
	int (*applies)(jz_db *db, const void *cfg);
	const char *const *sql;              /* NULL-terminated statements for stage() */
	int (*begin)(struct stage_ctx *sc, struct jz_err *e);
	/* Optional: run by the reader thread on each batch of n parsed rows,
	 * in file order, before stage() gets it — work on the rows that needs
	 * no database (state: sc->state as begin left it; only this hook
	 * touches what it uses of it). */
	void (*prepare)(void *state, void *recs, size_t rec_size, int n);
	/* Write a batch of n parsed rows (recs, rec_size apart; their row
	 * numbers in rownos) into the database. Never rejects a row. */
	int (*stage)(struct stage_ctx *sc, const void *recs, size_t rec_size, const long *rownos, int n,
		     struct jz_err *e);
	/* After the last row: indexes, links, counts (added/updated/dup). */
	int (*finish)(struct stage_ctx *sc, struct import_stats *st, struct jz_err *e);
	void (*end)(struct stage_ctx *sc);   /* free state (always called after begin) */
};

struct import_kind {
	const char *name;                    /* import_files.kind: cases, registry:不动产, events */
	const struct column_spec *spec;
	int nspec;
	size_t rec_size;                     /* one parsed row */
	void (*rec_init)(void *rec);
	void (*rec_free)(void *rec);
	/* Reader thread: cells → rec. 0 good; -1 rejected with the reason in
	 * why; 1 not a data row (a 合计 line, a repeated header): skipped and
	 * counted, not reported. Warnings (the row still lands) go to warn. */
	int (*parse)(void *rec, const struct column_map *m, char **cells, int n, struct strbuf *why,
		     struct strbuf *warn, const void *cfg);
	const char *stage_ddl;               /* CREATE TABLE stg.… statements */
	const char *const *stage_sql;        /* NULL-terminated statements stage() runs */
	/* Main thread: write rec into staging. 0 staged; -1 rejected (why);
	 * -2 failed (e). */
	int (*stage)(struct stage_ctx *sc, const void *rec, long rowno, struct strbuf *why, struct jz_err *e);
	/* Inside the write transaction: staging → database; fills the counts
	 * added/updated/dup (and by_id/by_name/unlinked). */
	int (*merge)(jz_db *db, long long file_id, struct import_stats *st, const void *cfg, struct jz_err *e);
	const void *cfg;
	/* Optional, for kinds that read what stands above the header (a bank
	 * statement's 「户名：张三  账号：6222…」): preamble() sees each row
	 * skipped before the header, then header() is called once the header
	 * is found — nonzero fails the file with the reason in why. Both run on
	 * the main thread before the reader thread starts; state is the kind's
	 * own. Kinds that leave them NULL are unaffected. */
	void (*preamble)(void *state, const struct column_map *m, char **cells, int n);
	int (*header)(void *state, const struct column_map *m, struct strbuf *why);
	void *state;
	/* 1 when stage() never rejects a row (it may still fail): the engine
	 * then need not keep a copy of every row's cells for the report. */
	int stage_never_rejects;
	const struct import_bulk *bulk;      /* optional */
	/* Optional: the reading part of the merge, run before the write lock in
	 * a read transaction (it may read the database and write staging only),
	 * so the lock is held only to write. Run again under the lock when
	 * someone wrote in between (db_write_mark), so it must first drop what
	 * it creates. */
	int (*plan)(jz_db *db, const void *cfg, struct jz_err *e);
};

/* Import one file as kind. 0 when the file was read (even with rejected
 * rows); -1 with e filled when nothing could be read, the header was not
 * found, or it was interrupted (then the database is unchanged). */
int import_file(jz_db *db, const char *path, const struct import_kind *kind, const struct import_opts *o,
		struct import_stats *st, struct jz_err *e);

/* Run every statement of sql (;-separated) inside the current transaction. */
int import_exec(jz_db *db, const char *sql, struct jz_err *e);
/* The same, binding ?1 (where a statement has it) to file_id: the merge
 * steps of each import kind. */
int import_exec_file(jz_db *db, const char *sql, long long file_id, struct jz_err *e);
/* The number of rows a counting query returns (first column), -1 on error. */
long import_count(jz_db *db, const char *sql);

/* A load's fresh new rows into table by insert_sql (?1 the file). When they
 * are many against those held (over 1,000, and at least a quarter of the
 * table's largest id), the table's indexes are built once after them and
 * its insert triggers named in keeps (comma-separated) are set aside: marks_sql
 * then makes the view temp.import_marks(case_id), the cases those triggers
 * would have marked (repeats allowed; a view: nothing copied),
 * and bulk_index_mark() marks them once; the indexes named in leave
 * (partial ones none of the rows enters, or NULL) stay as they are. Else
 * the rows go in row by row. */
int import_insert_new(jz_db *db, const char *table, long long fresh, const char *keeps, const char *leave,
		      const char *insert_sql, const char *marks_sql, long long file_id, struct jz_err *e);

#endif
