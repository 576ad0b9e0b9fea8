#include "config.h"
#include "store/db.h"
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

static char *read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	struct strbuf sb = STRBUF_INIT;
	char buf[8192];
	size_t r;
	while ((r = fread(buf, 1, sizeof buf, f)) > 0)
		sb_add(&sb, buf, r);
	fclose(f);
	return sb_detach(&sb);
}

static int apply_migration(sqlite3 *db, const struct migration *m, struct jz_err *e)
{
	char *sql = read_file(m->path);
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

static int migrate(sqlite3 *db, const char *path, struct jz_err *e)
{
	struct migration *m;
	int n;
	if (list_migrations(&m, &n, e))
		return -1;
	int have = (int)db_int(db, "PRAGMA user_version", 0);
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
	return db_exec(db, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; "
		       "PRAGMA synchronous=NORMAL;", e);
}

static int open_flags(sqlite3 **out, const char *path, int flags, struct jz_err *e)
{
	sqlite3 *db = NULL;
	if (sqlite3_open_v2(path, &db, flags, NULL) != SQLITE_OK) {
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

int db_open(const char *path, sqlite3 **out, struct jz_err *e)
{
	*out = NULL;
	if (paths_mkdir_parent(path))
		return jz_err_set(e, "%s: cannot create its directory", path);
	sqlite3 *db;
	if (open_flags(&db, path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, e))
		return -1;
	if (migrate(db, path, e)) {
		sqlite3_close(db);
		return -1;
	}
	*out = db;
	return 0;
}

int db_open_existing(const char *path, sqlite3 **out, struct jz_err *e)
{
	*out = NULL;
	return open_flags(out, path, SQLITE_OPEN_READWRITE, e);
}

void db_close(sqlite3 **db)
{
	if (db && *db) {
		sqlite3_close_v2(*db);
		*db = NULL;
	}
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

int db_exec(sqlite3 *db, const char *sql, struct jz_err *e)
{
	char *msg = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		jz_err_set(e, "SQL error: %s", msg ? msg : sqlite3_errmsg(db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

int db_begin(sqlite3 *db, struct jz_err *e) { return db_exec(db, "BEGIN IMMEDIATE", e); }
int db_commit(sqlite3 *db, struct jz_err *e) { return db_exec(db, "COMMIT", e); }
void db_rollback(sqlite3 *db)
{
	if (!sqlite3_get_autocommit(db))
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
}

int db_prepare(sqlite3 *db, const char *sql, sqlite3_stmt **st, struct jz_err *e)
{
	if (sqlite3_prepare_v2(db, sql, -1, st, NULL) != SQLITE_OK)
		return jz_err_set(e, "SQL error: %s", sqlite3_errmsg(db));
	return 0;
}

long long db_int(sqlite3 *db, const char *sql, long long dflt)
{
	sqlite3_stmt *st;
	long long v = dflt;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return dflt;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

char *db_text(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st;
	char *v = NULL;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return NULL;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		v = strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return v;
}

int db_bind_text_or_null(sqlite3_stmt *st, int idx, const char *s)
{
	if (!s || !*s)
		return sqlite3_bind_null(st, idx);
	return sqlite3_bind_text(st, idx, s, -1, SQLITE_TRANSIENT);
}

char *db_setting(sqlite3 *db, const char *key)
{
	sqlite3_stmt *st;
	char *v = NULL;
	if (sqlite3_prepare_v2(db, "SELECT value FROM settings WHERE key=?", -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return v;
}

int db_set_setting(sqlite3 *db, const char *key, const char *value, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (db_prepare(db, "INSERT INTO settings(key,value) VALUES(?,?) "
		       "ON CONFLICT(key) DO UPDATE SET value=excluded.value", &st, e))
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "SQL error: %s", sqlite3_errmsg(db));
	sqlite3_finalize(st);
	return rc;
}
