#include "config.h"
#include "util/xalloc.h"
#include "store/db.h"
#include "store/identity.h"
#include "store/policy.h"
#include "store/privilege.h"
#include "store/sql_functions.h"
#include "util/paths.h"
#include "util/strbuf.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The acting login's roles (user_roles, or users.role before migration
 * 009); none when the login is not a user. */
static void load_roles(jz_db *db)
{
	db->roles = 0;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->sql, "SELECT r.role FROM user_roles r JOIN users u ON u.login = r.login"
			       " WHERE r.login = ?1 AND u.active", -1, &st, NULL) != SQLITE_OK &&
	    sqlite3_prepare_v2(db->sql, "SELECT role FROM users WHERE login = ?1 AND active", -1, &st, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_text(st, 1, db->login, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW)
		db->roles |= policy_role_bit(db_col(st, 0));
	sqlite3_finalize(st);
	if (db->roles)
		policy_roles_text(db->roles, db->role, sizeof db->role);
	else
		db->role[0] = 0;
}

void db_reload_identity(jz_db *db)
{
	load_roles(db);
}

static double mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* JIANZHI_SQL_PROFILE=1: each statement over 20 ms on stderr (=2: over
 * 0.5 ms), for tuning,
 * and how long each write transaction held the lock ("[lock N ms]", from
 * the end of BEGIN IMMEDIATE to the end of COMMIT or ROLLBACK: what
 * everyone else who wants to write waits at most). */
static int profile_cb(unsigned type, void *ctx, void *p, void *x)
{
	static _Thread_local double locked_at;
	sqlite3_int64 min_ns = *(const char *)ctx == '2' ? 500000 : 20000000;
	if (type != SQLITE_TRACE_PROFILE)
		return 0;
	const char *text = sqlite3_sql(p);
	if (text && strncmp(text, "BEGIN IMMEDIATE", 15) == 0)
		locked_at = mono_ms();
	else if (text && locked_at > 0 && (strncmp(text, "COMMIT", 6) == 0 || strncmp(text, "ROLLBACK", 8) == 0)) {
		fprintf(stderr, "[lock %.1f ms]\n", mono_ms() - locked_at);
		locked_at = 0;
	}
	if (*(sqlite3_int64 *)x > min_ns) {
		char *sql = sqlite3_expanded_sql(p);
		for (char *c = sql; c && *c; c++)     /* one line per statement */
			if (*c == '\n' || *c == '\t')
				*c = ' ';
		fprintf(stderr, "[sql %.1f ms] %.300s\n", *(sqlite3_int64 *)x / 1e6, sql ? sql : "");
		sqlite3_free(sql);
	}
	return 0;
}

void db_library_init(void)
{
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

jz_db *db_wrap(sqlite3 *sql, const char *path)
{
	const char *prof = getenv("JIANZHI_SQL_PROFILE");
	if (prof && (*prof == '1' || *prof == '2'))
		sqlite3_trace_v2(sql, SQLITE_TRACE_PROFILE, profile_cb, (void *)prof);
	jz_db *db = xcalloc(1, sizeof *db);
	db->sql = sql;
	db->path = xstrdup(path ? path : "");
	/* Rules and agendas compute legal periods, money and dates in SQL. */
	sql_functions_register(sql);
	identity_login(db->login, sizeof db->login);
	load_roles(db);
	return db;
}

void jz_close(jz_db **db)
{
	if (!db || !*db)
		return;
	sqlite3_close_v2((*db)->sql);
	free((*db)->path);
	free(*db);
	*db = NULL;
}

const char *jz_path(const jz_db *db) { return db->path; }
const char *jz_login(const jz_db *db) { return db->login; }
const char *jz_role(const jz_db *db) { return db->role; }
int jz_readonly(const jz_db *db) { return db->readonly; }

long long jz_data_version(jz_db *db)
{
	return db_int(db, "PRAGMA data_version", 0) * 1000000 + sqlite3_total_changes64(db->sql) - db->quiet_changes;
}

void jz_set_cache_mb(jz_db *db, int mb)
{
	char sql[64];
	snprintf(sql, sizeof sql, "PRAGMA cache_size = %d", -1024 * mb);
	db_exec(db, sql, NULL);
}

char *db_default_path(void)
{
	const char *env = getenv("JIANZHI_DB");   /* the same choice as --db */
	if (env && *env)
		return xstrdup(env);
	if (privilege_active())                    /* a shared install: its database */
		return xstrdup(JZ_SHARED_DB);
	char *dir = paths_user_data_dir();
	struct strbuf p = STRBUF_INIT;
	sb_printf(&p, "%s/jianzhi.db", dir);
	free(dir);
	return sb_detach(&p);
}

int db_exec(jz_db *db, const char *sql, struct jz_err *e)
{
	char *msg = NULL;
	if (sqlite3_exec(db->sql, sql, NULL, NULL, &msg) != SQLITE_OK) {
		jz_err_set(e, "数据库错误: %s", msg ? msg : sqlite3_errmsg(db->sql));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

int db_begin(jz_db *db, struct jz_err *e)
{
	if (db->readonly)
		return jz_err_set(e, "数据库 %s 是只读打开的（你没有写权限），只能浏览", db->path);
	int rc = db_exec(db, "BEGIN IMMEDIATE", e);
	db_wait_over(db);
	return rc;
}

int db_commit(jz_db *db, struct jz_err *e) { return db_exec(db, "COMMIT", e); }

int db_begin_own(jz_db *db, int *own, struct jz_err *e)
{
	*own = sqlite3_get_autocommit(db->sql);
	return *own ? db_begin(db, e) : 0;
}

int db_end(jz_db *db, int own, int rc, struct jz_err *e)
{
	if (!own)
		return rc;
	if (rc == 0)
		return db_commit(db, e);
	db_rollback(db);
	return rc;
}
void db_rollback(jz_db *db)
{
	if (!sqlite3_get_autocommit(db->sql))
		sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
}

char *db_write_mark(jz_db *db)
{
	/* cases marked for screening, marks of cases already marked and rule or
	 * settings changes, finished screens (which clear marks), cases, parties
	 * and import files (every import adds one in its merge) */
	return db_text(db, "SELECT (SELECT count(*) FROM screen_dirty) || ':' || (SELECT n FROM screen_epoch)"
		       " || ':' || (SELECT count(*) FROM screen_runs WHERE finished_at IS NOT NULL)"
		       " || ':' || (SELECT n FROM case_count) || ':' || (SELECT count(*) FROM parties)"
		       " || ':' || (SELECT coalesce(max(id), 0) FROM parties)"
		       " || ':' || (SELECT coalesce(max(id), 0) FROM import_files)");
}

int db_same_write_mark(jz_db *db, const char *mark)
{
	char *now = db_write_mark(db);
	int same = mark && now && strcmp(mark, now) == 0;
	free(now);
	return same;
}

int db_prepare(jz_db *db, const char *sql, sqlite3_stmt **st, struct jz_err *e)
{
	if (sqlite3_prepare_v2(db->sql, sql, -1, st, NULL) != SQLITE_OK) {
		*st = NULL;
		return jz_err_set(e, "数据库错误: %s", sqlite3_errmsg(db->sql));
	}
	return 0;
}

const char *db_errmsg(jz_db *db) { return sqlite3_errmsg(db->sql); }
long long db_last_id(jz_db *db) { return sqlite3_last_insert_rowid(db->sql); }
int db_changes(jz_db *db) { return sqlite3_changes(db->sql); }

/* First column of the first row of st (stepped here, finalized here). */
static long long first_int(sqlite3_stmt *st, long long dflt)
{
	long long v = dflt;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

long long db_int(jz_db *db, const char *sql, long long dflt)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK)
		return dflt;
	return first_int(st, dflt);
}

long long db_int_i(jz_db *db, const char *sql, long long arg, long long dflt)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK)
		return dflt;
	sqlite3_bind_int64(st, 1, arg);
	return first_int(st, dflt);
}

long long db_int_s(jz_db *db, const char *sql, const char *arg, long long dflt)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK)
		return dflt;
	sqlite3_bind_text(st, 1, arg, -1, SQLITE_TRANSIENT);
	return first_int(st, dflt);
}

char *db_text(jz_db *db, const char *sql)
{
	sqlite3_stmt *st;
	char *v = NULL;
	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK)
		return NULL;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		v = db_col_dup(st, 0);
	sqlite3_finalize(st);
	return v;
}

char *db_text_i(jz_db *db, const char *sql, long long arg)
{
	sqlite3_stmt *st;
	char *v = NULL;
	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_int64(st, 1, arg);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		v = db_col_dup(st, 0);
	sqlite3_finalize(st);
	return v;
}

int db_exec_i(jz_db *db, const char *sql, long long arg, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (db_prepare(db, sql, &st, e))
		return -1;
	sqlite3_bind_int64(st, 1, arg);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : jz_err_set(e, "数据库错误: %s", db_errmsg(db));
}

int db_exec_script_i(jz_db *db, const char *sql, long long arg, const char *what, struct jz_err *e)
{
	while (sql && *sql) {
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(db->sql, sql, -1, &st, &sql) != SQLITE_OK)
			return jz_err_set(e, "%s: %s", what, db_errmsg(db));
		if (!st)
			break;
		if (sqlite3_bind_parameter_count(st) >= 1)
			sqlite3_bind_int64(st, 1, arg);
		int rc;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			;
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return jz_err_set(e, "%s: %s", what, db_errmsg(db));
	}
	return 0;
}

int db_bind_text_or_null(sqlite3_stmt *st, int idx, const char *s)
{
	if (!s || !*s)
		return sqlite3_bind_null(st, idx);
	return sqlite3_bind_text(st, idx, s, -1, SQLITE_TRANSIENT);
}

int db_cache_swap(jz_db *db, int kib, long long *was, struct jz_err *e)
{
	char sql[64];
	*was = db_int(db, "PRAGMA main.cache_size", -2000);
	snprintf(sql, sizeof sql, "PRAGMA main.cache_size = %d", -kib);
	return db_exec(db, sql, e) ? -1 : 0;
}

int db_cache_restore(jz_db *db, long long was, struct jz_err *e)
{
	char sql[64];
	snprintf(sql, sizeof sql, "PRAGMA main.cache_size = %lld", was);
	return db_exec(db, sql, e) ? -1 : 0;
}

int db_bind_static_or_null(sqlite3_stmt *st, int idx, const char *s)
{
	if (!s || !*s)
		return sqlite3_bind_null(st, idx);
	return sqlite3_bind_text(st, idx, s, -1, SQLITE_STATIC);
}

const char *db_col(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? (const char *)s : "";
}

char *db_col_dup(sqlite3_stmt *st, int i)
{
	char *s = xstrdup(db_col(st, i));
	return s;
}

long long db_case_id(jz_db *db, const char *case_no)
{
	return db_int_s(db, "SELECT id FROM cases WHERE case_no = ?1", case_no, 0);
}

void db_stop_thread(jz_db *db, atomic_int *done, pthread_t th)
{
	while (!atomic_load(done)) {
		sqlite3_interrupt(db->sql);
		nanosleep(&(struct timespec){ 0, 1000000 }, NULL);
	}
	pthread_join(th, NULL);
}
