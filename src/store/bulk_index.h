/* bulk_index.h — build indexes once after a bulk load instead of row by row.
 *
 * Inserting a million rows into a table with several indexes costs a random
 * B-tree insert per index per row; building each index afterwards is one
 * sort. bulk_index_drop() saves the CREATE INDEX statements of the named
 * tables (from sqlite_master, so the schema stays defined in db/schema
 * only) and drops them; bulk_index_restore() re-creates them. Both run
 * inside the caller's transaction, so an interrupted import rolls back to
 * the indexes as they were. Only for tables the caller keys in memory:
 * unique indexes are enforced again when they are re-created. The
 * incremental-screening triggers (dirty_*) of those tables are dropped too,
 * on restore every case is marked changed in one statement instead; so are
 * the triggers keeping running totals (tally_*, db/schema/029), whose
 * totals are counted again on restore. */
#ifndef JZ_BULK_INDEX_H
#define JZ_BULK_INDEX_H

#include "store/db.h"
#include "util/err.h"
#include "util/strbuf.h"

struct bulk_index {
	struct strbuf sql;     /* the saved CREATE INDEX statements */
	int dropped;
	/* set before the drop: the workstation's sort and filter indexes
	 * (db/schema/053) are not re-created on restore but left pending for
	 * lazy_index_build (store/lazy_index.h) */
	int defer_lazy;
	/* set before the drop: indexes (comma-separated names, or NULL) left
	 * in place — partial ones the caller knows no new row enters, which
	 * cost nothing to keep and a scan of the table to build again */
	const char *leave;
	int tallies;           /* the tally_* triggers were dropped */
	/* set by a caller that writes the totals itself (import/ledger_tally.h):
	 * restore does not count them again */
	int totals_by_caller;
};

/* keeps: the names (comma-separated, or NULL) of more triggers of those
 * tables to drop and restore, whose work the caller does itself meanwhile. */
int bulk_index_drop(jz_db *db, const char *const *tables, const char *keeps, struct bulk_index *bi,
		    struct jz_err *e);
/* The indexes and only the triggers named in keeps (NULL: none), whose
 * work the caller does itself: the other triggers stay and do their work
 * row by row (a load that changes a few cases among many, whose marking for
 * screening must stay exact). */
int bulk_index_drop_indexes(jz_db *db, const char *const *tables, const char *keeps, struct bulk_index *bi,
			    struct jz_err *e);
int bulk_index_restore(jz_db *db, struct bulk_index *bi, struct jz_err *e);
/* Run sql (CREATE INDEX statements and the like) with the page cache at
 * 2 MB, the size SQLite's sorter builds an index fastest with. */
int bulk_index_build(jz_db *db, const char *sql, struct jz_err *e);
/* What a caller's set-aside dirty_* triggers did row by row, once: the
 * cases in table (a table or view with a case_id column, repeats allowed,
 * read once) marked for screening, and the epoch moved when one of them
 * was marked already, as screen_epoch_remark does (db/schema/027): a
 * screen reading meanwhile must see the re-mark. */
int bulk_index_mark(jz_db *db, const char *table, struct jz_err *e);
/* 1 when a full screen has finished: until then the next screen checks
 * every case (rules/screen.c), and marking cases for it is wasted work. */
int bulk_index_screened(jz_db *db);
void bulk_index_free(struct bulk_index *bi);

#endif
