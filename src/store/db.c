#include "config.h"
#include "store/db.h"
#include "store/identity.h"
#include "legal/calendar.h"
#include "util/paths.h"
#include "util/strbuf.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A migration file is NNN_name.sql; its number is its schema version. */
struct migration {
	int version;
	char *path;
};

static int migration_cmp(const void *a, const void *b)
{
	return ((const struct migration *)a)->version - ((const struct migration *)b)->version;
}

static void free_migrations(struct migration *m, int n)
{
	for (int i = 0; i < n; i++)
		free(m[i].path);
	free(m);
}

static int list_migrations(struct migration **out, int *count, struct jz_err *e)
{
	char *dir = paths_data_file("db/schema");
	DIR *d = opendir(dir);
	if (!d) {
		jz_err_set(e, "cannot open schema directory %s (set JIANZHI_DATADIR?)", dir);
		free(dir);
		return -1;
	}
	struct migration *m = NULL;
	int n = 0, cap = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		int v;
		size_t len = strlen(de->d_name);
		if (len < 5 || strcmp(de->d_name + len - 4, ".sql") || sscanf(de->d_name, "%d_", &v) != 1)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 8;
			m = realloc(m, sizeof *m * (size_t)cap);
			if (!m)
				abort();
		}
		struct strbuf p = STRBUF_INIT;
		sb_printf(&p, "%s/%s", dir, de->d_name);
		m[n].version = v;
		m[n].path = sb_detach(&p);
		n++;
	}
	closedir(d);
	free(dir);
	qsort(m, (size_t)n, sizeof *m, migration_cmp);
	*out = m;
	*count = n;
	return 0;
}

int db_schema_version(struct jz_err *e)
{
	struct migration *m;
	int n;
	if (list_migrations(&m, &n, e))
		return -1;
	int v = n ? m[n - 1].version : 0;
	free_migrations(m, n);
	return v;
}

static int apply_migration(sqlite3 *db, const struct migration *m, struct jz_err *e)
{
	char *sql = sb_read_file(m->path);
	if (!sql)
		return jz_err_set(e, "cannot read migration %s", m->path);
	struct strbuf full = STRBUF_INIT;
	sb_printf(&full, "BEGIN IMMEDIATE;\n%s\n;PRAGMA user_version=%d;\nCOMMIT;", sql, m->version);
	free(sql);
	char *msg = NULL;
	int rc = sqlite3_exec(db, sb_str(&full), NULL, NULL, &msg);
	sb_free(&full);
	if (rc != SQLITE_OK) {
		jz_err_set(e, "migration %s failed: %s", m->path, msg ? msg : sqlite3_errmsg(db));
		sqlite3_free(msg);
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	return 0;
}

static int user_version(sqlite3 *db)
{
	sqlite3_stmt *st;
	int v = 0;
	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

static int migrate(sqlite3 *db, const char *path, struct jz_err *e)
{
	struct migration *m;
	int n;
	if (list_migrations(&m, &n, e))
		return -1;
	int have = user_version(db);
	int newest = n ? m[n - 1].version : 0;
	int rc = 0;
	if (have > newest) {
		rc = jz_err_set(e, "%s: database schema version %d is newer than this jianzhi knows (%d); "
				"use a newer jianzhi", path, have, newest);
	} else {
		for (int i = 0; i < n && rc == 0; i++)
			if (m[i].version > have)
				rc = apply_migration(db, &m[i], e);
	}
	free_migrations(m, n);
	return rc;
}

static int configure(sqlite3 *db, struct jz_err *e)
{
	sqlite3_busy_timeout(db, 5000);
	char *msg = NULL;
	if (sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;",
			 NULL, NULL, &msg) != SQLITE_OK) {
		jz_err_set(e, "SQL error: %s", msg ? msg : sqlite3_errmsg(db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

/* NOMUTEX: a connection is only ever used by one thread at a time (the
 * import's reader thread and the OCR workers never touch SQLite), so the
 * per-call connection mutex is pure cost — ~5% of a bulk import, where
 * every row is a dozen bind calls. */
static int open_flags(sqlite3 **out, const char *path, int flags, struct jz_err *e)
{
	sqlite3 *db = NULL;
	if (sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		jz_err_set(e, "%s: cannot open database: %s", path, db ? sqlite3_errmsg(db) : "out of memory");
		sqlite3_close(db);
		return -1;
	}
	if (configure(db, e)) {
		sqlite3_close(db);
		return -1;
	}
	*out = db;
	return 0;
}

/* The acting login's role, "" when it has none (or before migration). */
static void load_role(jz_db *db)
{
	db->role[0] = '\0';
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->sql, "SELECT role FROM users WHERE login=? AND active", -1, &st, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_text(st, 1, db->login, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		snprintf(db->role, sizeof db->role, "%s", db_col(st, 0));
	sqlite3_finalize(st);
}

/* JIANZHI_SQL_PROFILE=1: each statement's time on stderr (for tuning). */
static int profile_cb(unsigned type, void *ctx, void *p, void *x)
{
	(void)ctx;
	if (type == SQLITE_TRACE_PROFILE && *(sqlite3_int64 *)x > 20000000) {
		char *sql = sqlite3_expanded_sql(p);
		fprintf(stderr, "[sql %.1f ms] %.300s\n", *(sqlite3_int64 *)x / 1e6, sql ? sql : "");
		sqlite3_free(sql);
	}
	return 0;
}

jz_db *db_wrap(sqlite3 *sql, const char *path)
{
	const char *prof = getenv("JIANZHI_SQL_PROFILE");
	if (prof && *prof == '1')
		sqlite3_trace_v2(sql, SQLITE_TRACE_PROFILE, profile_cb, NULL);
	jz_db *db = calloc(1, sizeof *db);
	if (!db)
		abort();
	db->sql = sql;
	db->path = strdup(path ? path : "");
	/* Rules and agendas compute legal periods in SQL (legal/calendar.h). */
	calendar_sql_register(sql, calendar_default());
	identity_login(db->login, sizeof db->login);
	load_role(db);
	return db;
}

jz_db *jz_open(const char *path, int flags, struct jz_err *e)
{
	if ((flags & JZ_OPEN_CREATE) && paths_mkdir_parent(path)) {
		jz_err_set(e, "%s: cannot create its directory", path);
		return NULL;
	}
	sqlite3 *sql;
	int oflags = flags & JZ_OPEN_READONLY ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
	if (flags & JZ_OPEN_CREATE)
		oflags |= SQLITE_OPEN_CREATE;
	if (open_flags(&sql, path, oflags, e))
		return NULL;
	if (!(flags & JZ_OPEN_READONLY) && migrate(sql, path, e)) {
		sqlite3_close(sql);
		return NULL;
	}
	jz_db *db = db_wrap(sql, path);
	db->readonly = (flags & JZ_OPEN_READONLY) != 0;
	return db;
}

jz_db *db_open_existing(const char *path, struct jz_err *e)
{
	sqlite3 *sql;
	if (open_flags(&sql, path, SQLITE_OPEN_READWRITE, e))
		return NULL;
	return db_wrap(sql, path);
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
	return db_int(db, "PRAGMA data_version", 0) * 1000000 + sqlite3_total_changes(db->sql);
}

char *db_default_path(void)
{
	const char *env = getenv("JIANZHI_DB");
	if (env && *env)
		return strdup(env);
	struct strbuf p = STRBUF_INIT;
	const char *x = getenv("XDG_DATA_HOME");
	if (x && *x)
		sb_printf(&p, "%s/jianzhi/jianzhi.db", x);
	else
		sb_printf(&p, "%s/.local/share/jianzhi/jianzhi.db", getenv("HOME") ? getenv("HOME") : ".");
	return sb_detach(&p);
}

int db_exec(jz_db *db, const char *sql, struct jz_err *e)
{
	char *msg = NULL;
	if (sqlite3_exec(db->sql, sql, NULL, NULL, &msg) != SQLITE_OK) {
		jz_err_set(e, "SQL error: %s", msg ? msg : sqlite3_errmsg(db->sql));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

int db_begin(jz_db *db, struct jz_err *e) { return db_exec(db, "BEGIN IMMEDIATE", e); }
int db_commit(jz_db *db, struct jz_err *e) { return db_exec(db, "COMMIT", e); }
void db_rollback(jz_db *db)
{
	if (!sqlite3_get_autocommit(db->sql))
		sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
}

int db_prepare(jz_db *db, const char *sql, sqlite3_stmt **st, struct jz_err *e)
{
	if (sqlite3_prepare_v2(db->sql, sql, -1, st, NULL) != SQLITE_OK) {
		*st = NULL;
		return jz_err_set(e, "SQL error: %s", sqlite3_errmsg(db->sql));
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

int db_bind_text_or_null(sqlite3_stmt *st, int idx, const char *s)
{
	if (!s || !*s)
		return sqlite3_bind_null(st, idx);
	return sqlite3_bind_text(st, idx, s, -1, SQLITE_TRANSIENT);
}

const char *db_col(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? (const char *)s : "";
}

char *db_col_dup(sqlite3_stmt *st, int i)
{
	char *s = strdup(db_col(st, i));
	if (!s)
		abort();
	return s;
}

long long db_case_id(jz_db *db, const char *case_no)
{
	return db_int_s(db, "SELECT id FROM cases WHERE case_no = ?1", case_no, 0);
}
