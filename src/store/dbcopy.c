/* dbcopy.c — see dbcopy.h. */
#include "store/dbcopy.h"
#include "store/privilege.h"
#include "util/atomicfile.h"

/* The target is a private temporary until it is renamed into place, so it
 * needs no rollback journal (which would be one more file to create). */
static sqlite3 *open_target(const char *path, struct jz_err *e)
{
	sqlite3 *dst = NULL;
	if (sqlite3_open_v2(path, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK ||
	    sqlite3_exec(dst, "PRAGMA journal_mode=OFF", NULL, NULL, NULL) != SQLITE_OK) {
		jz_err_set(e, "%s: %s", path, dst ? sqlite3_errmsg(dst) : "cannot open");
		sqlite3_close(dst);
		return NULL;
	}
	return dst;
}

static int copy_pages(sqlite3 *src, sqlite3 *dst, struct jz_err *e)
{
	sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
	if (b) {
		sqlite3_backup_step(b, -1);
		sqlite3_backup_finish(b);
	}
	return sqlite3_errcode(dst) == SQLITE_OK ? 0 : jz_err_set(e, "%s", sqlite3_errmsg(dst));
}

int dbcopy_to(jz_db *db, const char *path, struct jz_err *e)
{
	sqlite3 *dst = open_target(path, e);
	int rc = dst ? copy_pages(db->sql, dst, e) : -1;
	sqlite3_close(dst);
	return rc;
}

int dbcopy_replace(const char *dbpath, const char *backup, struct jz_err *e)
{
	struct atomic_file af;
	if (db_open_elsewhere(dbpath, e))
		return -1;
	int up = privilege_raise_for(dbpath);
	int rc = atomic_begin(&af, dbpath, e);
	sqlite3 *dst = rc == 0 ? open_target(af.tmp, e) : NULL;
	if (up)
		privilege_lower();
	if (rc)
		return -1;
	jz_db *b = dst ? jz_open(backup, JZ_OPEN_READONLY, e) : NULL;
	rc = b ? copy_pages(b->sql, dst, e) : -1;
	jz_close(&b);
	sqlite3_close(dst);
	up = privilege_raise_for(dbpath);
	if (rc == 0)
		rc = atomic_commit(&af, e);
	atomic_abort(&af);
	if (up)
		privilege_lower();
	if (rc == 0)
		db_remove_side_files(dbpath);
	return rc;
}
