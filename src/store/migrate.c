/* migrate.c — the schema: numbered files db/schema/NNN_name.sql applied in
 * order, each in its own transaction, the version kept in PRAGMA
 * user_version (see store/migrate.h). */
#include "store/migrate.h"
#include "util/paths.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <dirent.h>
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
			m = xrealloc(m, sizeof *m * (size_t)cap);
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

int migrate_user_version(sqlite3 *db)
{
	sqlite3_stmt *st;
	int v = 0;
	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

int migrate_apply(sqlite3 *db, const char *path, struct jz_err *e)
{
	struct migration *m;
	int n;
	if (list_migrations(&m, &n, e))
		return -1;
	int have = migrate_user_version(db);
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

