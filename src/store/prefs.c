/* prefs.c — per-login list preferences (see prefs.h). */
#include "store/prefs.h"
#include "store/db.h"

#include <stdlib.h>
#include <string.h>

char *prefs_get(jz_db *db, const char *key)
{
	sqlite3_stmt *st;
	char *v = NULL;
	if (db_prepare(db, "SELECT value FROM user_prefs WHERE login = ?1 AND key = ?2", &st, NULL))
		return NULL;
	sqlite3_bind_text(st, 1, jz_login(db), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = db_col_dup(st, 0);
	sqlite3_finalize(st);
	return v;
}

int prefs_set(jz_db *db, const char *key, const char *value, struct jz_err *e)
{
	if (jz_readonly(db))
		return 0;
	int keep = value && *value;
	/* A view saves all its settings on each change; writing only what
	 * changed spares a write transaction per setting (a search's key paid
	 * for nine of them). */
	char *now = prefs_get(db, key);
	int same = keep ? now && strcmp(now, value) == 0 : !now;
	free(now);
	if (same)
		return 0;
	sqlite3_stmt *st;
	if (db_prepare(db, keep ? "INSERT INTO user_prefs(login, key, value) VALUES(?1, ?2, ?3)"
				  " ON CONFLICT(login, key) DO UPDATE SET value = excluded.value,"
				  " at = strftime('%Y-%m-%dT%H:%M:%S','now','localtime')"
				: "DELETE FROM user_prefs WHERE login = ?1 AND key = ?2", &st, e))
		return -1;
	sqlite3_bind_text(st, 1, jz_login(db), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
	if (keep)
		sqlite3_bind_text(st, 3, value, -1, SQLITE_STATIC);
	/* Not a change of data: a search's hits, cached per data version
	 * (query/caselist.c), stay valid when the search itself is saved. */
	long long before = sqlite3_total_changes64(db->sql);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "无法保存列表设置 %s：%s", key, db_errmsg(db));
	sqlite3_finalize(st);
	db->quiet_changes += sqlite3_total_changes64(db->sql) - before;
	return rc;
}
