/* users.c — see users.h. */
#include "store/users.h"
#include "store/audit.h"
#include "store/policy.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void users_act_as(jz_db *db, const char *login)
{
	snprintf(db->login, sizeof db->login, "%s", login);
	db_reload_identity(db);
}

/* Role bits of a list "承办检察官,管理员" / "承办检察官、管理员"; 0 when any is unknown. */
static unsigned parse_roles(const char *roles)
{
	unsigned bits = 0;
	char *copy = xstrdup(roles ? roles : ""), *save = NULL;
	for (char *p = copy; (p = strstr(p, "、")); )
		memcpy(p, " ,,", 3);      /* 、 is three bytes: make it a separator */
	for (char *t = strtok_r(copy, ", ", &save); t; t = strtok_r(NULL, ", ", &save)) {
		unsigned b = policy_role_bit(t);
		if (!b) {
			bits = 0;
			break;
		}
		bits |= b;
	}
	free(copy);
	return bits;
}

int users_role_valid(const char *roles)
{
	return parse_roles(roles) != 0;
}

char *users_role(jz_db *db, const char *login)
{
	sqlite3_stmt *st;
	unsigned bits = 0;
	int found = 0;
	if (db_prepare(db, "SELECT r.role FROM users u LEFT JOIN user_roles r ON r.login = u.login"
		       " WHERE u.login = ?1 AND u.active", &st, NULL))
		return NULL;
	sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		found = 1;
		bits |= policy_role_bit(db_col(st, 0));
	}
	sqlite3_finalize(st);
	char buf[96];
	return found ? xstrdup(policy_roles_text(bits, buf, sizeof buf)) : NULL;
}

/* Write the user and exactly the roles in bits (inside a transaction). */
static int write_user(jz_db *db, const char *login, const char *name, unsigned bits, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (db_prepare(db, "INSERT INTO users(login, name, role, active) VALUES(?1, ?2, ?3, 1)"
		       " ON CONFLICT(login) DO UPDATE SET name = CASE WHEN ?2 = '' THEN name ELSE ?2 END,"
		       " role = ?3, active = 1", &st, e))
		return -1;
	int first = 0;
	while (!(bits & (1u << first)))
		first++;
	sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, name ? name : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, policy_role_name(1u << first), -1, SQLITE_STATIC);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "保存用户失败: %s", db_errmsg(db));
	sqlite3_finalize(st);
	if (rc || db_prepare(db, "DELETE FROM user_roles WHERE login = ?1", &st, e))
		return -1;
	sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
	sqlite3_step(st);
	sqlite3_finalize(st);
	if (db_prepare(db, "INSERT INTO user_roles(login, role, granted_by) VALUES(?1, ?2, ?3)", &st, e))
		return -1;
	for (int i = 0; i < 5 && rc == 0; i++)
		if (bits & (1u << i)) {
			sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 2, policy_role_name(1u << i), -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 3, jz_login(db), -1, SQLITE_STATIC);
			rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "保存角色失败: %s", db_errmsg(db));
			sqlite3_reset(st);
		}
	sqlite3_finalize(st);
	return rc;
}

static int admins_left(jz_db *db, const char *except)
{
	return (int)db_int_s(db, "SELECT count(*) FROM user_roles r JOIN users u ON u.login = r.login"
			     " WHERE r.role = '管理员' AND u.active AND r.login <> ?1", except, 0);
}

static int save(jz_db *db, const char *action, const char *login, const char *name, unsigned bits,
		struct jz_err *e)
{
	char *had = users_role(db, login), buf[96], after[256];
	struct strbuf b = STRBUF_INIT;
	if (had) {
		sb_adds(&b, "{\"roles\":");
		sb_add_json_str(&b, had);
		sb_addc(&b, '}');
	}
	free(had);
	char *before = b.len ? sb_detach(&b) : NULL;
	sb_free(&b);
	struct strbuf a = STRBUF_INIT;
	sb_adds(&a, "{\"login\":");
	sb_add_json_str(&a, login);
	sb_adds(&a, ",\"roles\":");
	sb_add_json_str(&a, policy_roles_text(bits, buf, sizeof buf));
	sb_addc(&a, '}');
	snprintf(after, sizeof after, "%s", sb_str(&a));
	sb_free(&a);
	int own, rc = db_begin_own(db, &own, e);
	if (rc == 0)
		rc = write_user(db, login, name, bits, e);
	if (rc == 0)
		rc = audit_log(db, action, "users", 0, before, after, login, e);
	rc = db_end(db, own, rc, e);
	free(before);
	if (rc == 0 && strcmp(login, jz_login(db)) == 0)
		db_reload_identity(db);
	return rc;
}

int users_set(jz_db *db, const char *login, const char *name, const char *roles, struct jz_err *e)
{
	unsigned bits = parse_roles(roles);
	if (!bits)
		return jz_err_set(e, "未知的角色“%s”（承办检察官、部门负责人、检察长、书记员、管理员，可用逗号分隔多个）",
				  roles ? roles : "");
	if (policy_check(db, PA_USERS, NULL, e))
		return -1;
	if (!(bits & ROLE_ADMIN) && !admins_left(db, login))
		return jz_err_set(e, "%s 是最后一位管理员，不能取消其管理员角色", login);
	return save(db, "user.set", login, name, bits, e);
}

int users_disable(jz_db *db, const char *login, struct jz_err *e)
{
	if (policy_check(db, PA_USERS, NULL, e))
		return -1;
	if (!admins_left(db, login))
		return jz_err_set(e, "%s 是最后一位管理员，不能停用", login);
	sqlite3_stmt *st;
	int rc = db_begin(db, e);
	if (rc == 0 && (rc = db_prepare(db, "UPDATE users SET active = 0 WHERE login = ?1", &st, e)) == 0) {
		sqlite3_bind_text(st, 1, login, -1, SQLITE_STATIC);
		rc = sqlite3_step(st) == SQLITE_DONE && db_changes(db) == 1 ? 0 : jz_err_set(e, "没有用户 %s", login);
		sqlite3_finalize(st);
	}
	if (rc == 0)
		rc = audit_log(db, "user.disable", "users", 0, NULL, NULL, login, e);
	return rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
}

int users_bootstrap(jz_db *db, const char *name, struct jz_err *e)
{
	if (db_int(db, "SELECT count(*) FROM users", 0) > 0)
		return 0;
	return save(db, "user.bootstrap", jz_login(db), name, ROLE_ADMIN | ROLE_PROSECUTOR, e);
}
