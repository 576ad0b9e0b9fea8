#include "store/bulk_index.h"
#include "store/db.h"

#include <stdio.h>
#include <string.h>

/* with_triggers: also the dirty_* and tally_* triggers; those named in keeps
 * always (the caller does their work, so they mark nothing on restore). */
static int save_and_drop(jz_db *db, const char *const *tables, int with_triggers, const char *keeps,
			 struct bulk_index *bi, struct jz_err *e)
{
	sqlite3_stmt *st;
	struct strbuf drop = STRBUF_INIT;
	/* Indexes, the change-tracking triggers of incremental screening
	 * (named dirty_*: a registry trigger looks up case_parties by party,
	 * which without its index is a full scan per row) and the running
	 * totals of cases (tally_*: one upsert per row where one GROUP BY at
	 * the end does), and the triggers whose work the caller does itself
	 * (keeps). */
	if (db_prepare(db, "SELECT name, sql, type, kept, lazy FROM (SELECT name, sql, type,"
		       " instr(',' || ?2 || ',', ',' || name || ',') > 0 AS kept,"
		       " instr(',' || ?4 || ',', ',' || name || ',') > 0 AS left,"
		       " type = 'index' AND name IN (SELECT name FROM lazy_index) AS lazy FROM sqlite_master"
		       " WHERE tbl_name=?1 AND sql IS NOT NULL)"
		       " WHERE (type='index' AND NOT left)"
		       " OR (type='trigger' AND (kept OR (?3 AND (name LIKE 'dirty\\_%' ESCAPE '\\'"
		       " OR name LIKE 'tally\\_%' ESCAPE '\\'))))",
		       &st, e))
		return -1;
	sqlite3_bind_text(st, 2, keeps ? keeps : "", -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, with_triggers);
	sqlite3_bind_text(st, 4, bi->leave ? bi->leave : "", -1, SQLITE_STATIC);
	int triggers = 0, tallies = 0;
	for (int t = 0; tables[t]; t++) {
		sqlite3_bind_text(st, 1, tables[t], -1, SQLITE_STATIC);
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *type = (const char *)sqlite3_column_text(st, 2);
			const char *name = (const char *)sqlite3_column_text(st, 0);
			const char *create = (const char *)sqlite3_column_text(st, 1);
			if (bi->defer_lazy && sqlite3_column_int(st, 4)) {
				/* built later, outside the load (db/schema/053) */
				char *later = sqlite3_mprintf("UPDATE lazy_index SET pending_sql = %Q WHERE name = %Q;\n",
							      create, name);
				sb_adds(&bi->sql, later);
				sqlite3_free(later);
			} else {
				sb_printf(&bi->sql, "%s;\n", create);
			}
			sb_printf(&drop, "DROP %s \"%s\";\n", strcmp(type, "index") == 0 ? "INDEX" : "TRIGGER", name);
			int own = strcmp(type, "trigger") == 0 && !sqlite3_column_int(st, 3);   /* not the caller's */
			triggers += own && strncmp(name, "dirty_", 6) == 0;
			tallies += own && strncmp(name, "tally_", 6) == 0;
		}
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	/* instead of the triggers: every case is marked changed once, at the
	 * end — unless no full screen has finished yet: the next screen then
	 * checks every case anyway (rules/screen.c, full_mode_for), and a
	 * million marks cost 0.4–0.9 s of a first import */
	if (triggers && bulk_index_screened(db))
		sb_adds(&bi->sql, "INSERT OR IGNORE INTO screen_dirty SELECT id FROM cases;\n");
	bi->tallies = tallies > 0;
	int rc = drop.len ? db_exec(db, sb_str(&drop), e) : 0;
	sb_free(&drop);
	bi->dropped = rc == 0 && bi->sql.len > 0;
	return rc;
}

int bulk_index_screened(jz_db *db)
{
	return db_int(db, "SELECT EXISTS(SELECT 1 FROM screen_runs WHERE incremental = 0 AND finished_at IS NOT NULL)",
		      1) != 0;
}

int bulk_index_drop(jz_db *db, const char *const *tables, const char *keeps, struct bulk_index *bi,
		    struct jz_err *e)
{
	return save_and_drop(db, tables, 1, keeps, bi, e);
}

int bulk_index_drop_indexes(jz_db *db, const char *const *tables, const char *keeps, struct bulk_index *bi,
			    struct jz_err *e)
{
	return save_and_drop(db, tables, 0, keeps, bi, e);
}

int bulk_index_restore(jz_db *db, struct bulk_index *bi, struct jz_err *e)
{
	if (!bi->dropped)
		return 0;
	bi->dropped = 0;
	return bulk_index_build(db, sb_str(&bi->sql), e) ||
	       /* instead of the tally triggers: the totals counted again (db/schema/029) */
	       (bi->tallies && !bi->totals_by_caller &&
		db_exec(db, "DELETE FROM case_tally; INSERT INTO case_tally SELECT * FROM v_case_tally;"
			    "DELETE FROM close_tally; INSERT INTO close_tally SELECT * FROM v_close_tally;", e)) ? -1 : 0;
}

int bulk_index_build(jz_db *db, const char *sql, struct jz_err *e)
{
	/* CREATE INDEX sorts its keys in memory up to the page cache's size
	 * before it writes a sorted run: runs of a few MB sort within the
	 * CPU's caches, and at 300k rows the index builds took 17 % less time
	 * with 2 MB than with the import's 16 MB (bench/RESULTS.md). */
	long long cache;
	int rc = db_cache_swap(db, 2048, &cache, e) || db_exec(db, sql, e);
	if (db_cache_restore(db, cache, rc ? NULL : e))
		rc = -1;
	return rc ? -1 : 0;
}

int bulk_index_mark(jz_db *db, const char *table, struct jz_err *e)
{
	/* the cases once, in order (the source may be a view: read it once) */
	char *sql = sqlite3_mprintf("DROP TABLE IF EXISTS temp.bulk_marks;"
				    "CREATE TEMP TABLE bulk_marks AS SELECT DISTINCT case_id FROM %s ORDER BY case_id;"
				    "UPDATE main.screen_epoch SET n = n + 1"
				    " WHERE EXISTS (SELECT 1 FROM temp.bulk_marks m JOIN main.screen_dirty d ON d.case_id = m.case_id);"
				    "INSERT INTO main.screen_dirty SELECT case_id FROM temp.bulk_marks"
				    " WHERE case_id NOT IN (SELECT case_id FROM main.screen_dirty);"
				    "DROP TABLE temp.bulk_marks;", table);
	int rc = db_exec(db, sql, e);
	sqlite3_free(sql);
	return rc;
}

void bulk_index_free(struct bulk_index *bi)
{
	sb_free(&bi->sql);
}
