#include "store/users.h"
#include "util/xalloc.h"

#include <stdio.h>
#include "store/audit.h"
#include "util/strbuf.h"

#include <stdlib.h>
#include <string.h>

static const char *const roles[] = { "承办检察官", "部门负责人", "检察长", "书记员", "管理员" };

void users_act_as(jz_db *db, const char *login)
{
	snprintf(db->login, sizeof db->login, "%s", login);
	char *role = users_role(db, login);
	snprintf(db->role, sizeof db->role, "%s", role ? role : "");
	free(role);
}

int users_role_valid(const char *role)
{
	for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
		if (role && strcmp(role, roles[i]) == 0)
			return 1;
	return 0;
}

char *users_role(jz_db *db, const char *login)
{
	sqlite3_stmt *st;
	char *role = NULL;
	if (sqlite3_prepare_v2(db->sql, "SELECT role FROM users WHERE login=? AND active", -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		role = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return role;
}

int users_set(jz_db *db, const char *login, const char *name, const char *role, struct jz_err *e)
{
	if (!users_role_valid(role))
		return jz_err_set(e, "unknown role '%s' (one of 承办检察官, 部门负责人, 检察长, 书记员, 管理员)",
				  role ? role : "");
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->sql, "INSERT INTO users(login,name,role) VALUES(?,?,?) "
			       "ON CONFLICT(login) DO UPDATE SET name=excluded.name, role=excluded.role, active=1",
			       -1, &st, NULL) != SQLITE_OK)
		return jz_err_set(e, "SQL error: %s", db_errmsg(db));
	sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, name ? name : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, role, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "SQL error: %s", db_errmsg(db));
	sqlite3_finalize(st);
	if (rc == 0) {
		struct strbuf after = STRBUF_INIT;
		sb_adds(&after, "{\"login\":");
		sb_add_json_str(&after, login);
		sb_adds(&after, ",\"role\":");
		sb_add_json_str(&after, role);
		sb_addc(&after, '}');
		rc = audit_log(db, "user.set", "users", 0, NULL, sb_str(&after), NULL, e);
		sb_free(&after);
	}
	return rc;
}
