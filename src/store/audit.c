#include "store/audit.h"
#include "util/strbuf.h"
#include "store/users.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int audit_log(jz_db *db, const char *action, const char *tbl, long long row_id,
	      const char *before_json, const char *after_json, const char *note,
	      struct jz_err *e)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->sql, "INSERT INTO audit(login,action,tbl,row_id,before,after,note) "
			       "VALUES(?,?,?,?,?,?,?)", -1, &st, NULL) != SQLITE_OK)
		return jz_err_set(e, "audit: %s", db_errmsg(db));
	sqlite3_bind_text(st, 1, jz_login(db), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, action, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, tbl ? tbl : "", -1, SQLITE_STATIC);
	if (row_id)
		sqlite3_bind_int64(st, 4, row_id);
	else
		sqlite3_bind_null(st, 4);
	sqlite3_bind_text(st, 5, before_json, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, after_json, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, note, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "audit: %s", db_errmsg(db));
	sqlite3_finalize(st);
	return rc;
}

char *audit_row_json(jz_db *db, const char *tbl, long long row_id)
{
	struct strbuf sql = STRBUF_INIT;
	/* Table names come from the program, never from the user. */
	sb_printf(&sql, "SELECT * FROM \"%s\" WHERE rowid=?", tbl);
	sqlite3_stmt *st;
	int ok = sqlite3_prepare_v2(db->sql, sb_str(&sql), -1, &st, NULL) == SQLITE_OK;
	sb_free(&sql);
	if (!ok)
		return NULL;
	sqlite3_bind_int64(st, 1, row_id);
	char *out = NULL;
	if (sqlite3_step(st) == SQLITE_ROW) {
		struct strbuf j = STRBUF_INIT;
		sb_addc(&j, '{');
		for (int i = 0; i < sqlite3_column_count(st); i++) {
			if (i)
				sb_addc(&j, ',');
			sb_add_json_str(&j, sqlite3_column_name(st, i));
			sb_addc(&j, ':');
			switch (sqlite3_column_type(st, i)) {
			case SQLITE_NULL: sb_adds(&j, "null"); break;
			case SQLITE_INTEGER: sb_printf(&j, "%lld", (long long)sqlite3_column_int64(st, i)); break;
			case SQLITE_FLOAT: sb_printf(&j, "%.17g", sqlite3_column_double(st, i)); break;
			default: sb_add_json_str(&j, (const char *)sqlite3_column_text(st, i));
			}
		}
		sb_addc(&j, '}');
		out = sb_detach(&j);
	}
	sqlite3_finalize(st);
	return out;
}
