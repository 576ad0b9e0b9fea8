/* sync_export.c — an office's snapshot for the province (sync.h). */
#include "sync/sync.h"
#include "store/db.h"
#include "store/policy.h"
#include "store/settings.h"
#include "util/atomicfile.h"

#include <stdio.h>
#include <stdlib.h>

/* In the copy: who it is from and when it was taken. */
static int stamp(const char *path, const char *office, struct jz_err *e)
{
	sqlite3 *c = NULL;
	int rc = -1;
	if (sqlite3_open_v2(path, &c, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK) {
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(c, "INSERT OR REPLACE INTO settings(key, value) VALUES('sync.office', ?1),"
				       " ('sync.exported_at', strftime('%Y-%m-%dT%H:%M:%S','now','localtime'))",
				       -1, &st, NULL) == SQLITE_OK) {
			sqlite3_bind_text(st, 1, office, -1, SQLITE_STATIC);
			rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
			sqlite3_finalize(st);
		}
	}
	if (rc)
		jz_err_set(e, "%s：无法写入导出标记：%s", path, c ? sqlite3_errmsg(c) : "out of memory");
	sqlite3_close(c);
	return rc;
}

int sync_export(jz_db *db, const char *path, struct jz_err *e)
{
	if (policy_check(db, PA_BACKUP, NULL, e))
		return -1;
	char *office = settings_get(db, "office.code");
	if (!office || !*office) {
		free(office);
		return jz_err_set(e, "本院尚未命名：先运行 jianzhi settings set office.code 本院名称（全省汇总中唯一）");
	}
	struct atomic_file af;
	int rc = atomic_begin(&af, path, e);
	if (rc == 0) {
		/* VACUUM INTO reads one snapshot: others go on writing meanwhile. */
		sqlite3_stmt *st;
		rc = db_prepare(db, "VACUUM INTO ?1", &st, e);
		if (rc == 0) {
			sqlite3_bind_text(st, 1, af.tmp, -1, SQLITE_STATIC);
			rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "%s：导出失败：%s", path, db_errmsg(db));
			sqlite3_finalize(st);
		}
		if (rc == 0)
			rc = stamp(af.tmp, office, e);
		if (rc == 0)
			rc = atomic_commit(&af, e);
		atomic_abort(&af);
	}
	free(office);
	return rc;
}
