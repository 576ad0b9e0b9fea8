#include "bulk_index.h"
#include "db.h"

int bulk_index_drop(sqlite3 *db, const char *const *tables, struct bulk_index *bi, struct jz_err *e)
{
	sqlite3_stmt *st;
	struct strbuf drop = STRBUF_INIT;
	if (db_prepare(db, "SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name=? "
		       "AND sql IS NOT NULL", &st, e))
		return -1;
	for (int t = 0; tables[t]; t++) {
		sqlite3_bind_text(st, 1, tables[t], -1, SQLITE_STATIC);
		while (sqlite3_step(st) == SQLITE_ROW) {
			sb_printf(&bi->sql, "%s;\n", (const char *)sqlite3_column_text(st, 1));
			sb_printf(&drop, "DROP INDEX \"%s\";\n", (const char *)sqlite3_column_text(st, 0));
		}
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	int rc = drop.len ? db_exec(db, sb_str(&drop), e) : 0;
	sb_free(&drop);
	bi->dropped = rc == 0 && bi->sql.len > 0;
	return rc;
}

int bulk_index_restore(sqlite3 *db, struct bulk_index *bi, struct jz_err *e)
{
	if (!bi->dropped)
		return 0;
	bi->dropped = 0;
	return db_exec(db, sb_str(&bi->sql), e);
}

void bulk_index_free(struct bulk_index *bi)
{
	sb_free(&bi->sql);
}
