/* lazy_index.c — building the indexes a first import left for later
 * (contract in lazy_index.h). */
#include "store/lazy_index.h"
#include "store/bulk_index.h"
#include "store/db.h"
#include "util/xalloc.h"

#include <pthread.h>
#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif
#include <stdatomic.h>
#include <stdlib.h>

int lazy_index_pending(jz_db *db)
{
	return (int)db_int(db, "SELECT count(*) FROM lazy_index WHERE pending_sql IS NOT NULL", 0);
}

/* The next pending index (of those an import reads, when import_only),
 * in its own transaction: 1 built, 0 none left. */
static int build_one(jz_db *db, int import_only, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (db_begin(db, e))
		return -1;
	if (db_prepare(db, "SELECT name, pending_sql, EXISTS (SELECT 1 FROM sqlite_master m"
		       " WHERE m.type = 'index' AND m.name = l.name)"
		       " FROM lazy_index l WHERE pending_sql IS NOT NULL AND (before_import OR NOT ?1)"
		       /* the case list's own order (filing date) first */
		       " ORDER BY name <> 'cases_filing', name LIMIT 1",
		       &st, e)) {
		db_rollback(db);
		return -1;
	}
	sqlite3_bind_int(st, 1, import_only);
	int rc = 0, built = 0;
	if (sqlite3_step(st) == SQLITE_ROW) {
		/* built unless made meanwhile by someone else (then only the mark is left) */
		if (!sqlite3_column_int(st, 2))
			rc = bulk_index_build(db, (const char *)sqlite3_column_text(st, 1), e);
		sqlite3_stmt *up;
		rc = rc || db_prepare(db, "UPDATE lazy_index SET pending_sql = NULL WHERE name = ?", &up, e);
		if (!rc) {
			sqlite3_bind_value(up, 1, sqlite3_column_value(st, 0));
			rc = sqlite3_step(up) == SQLITE_DONE ? 0 : jz_err_set(e, "数据库错误: %s", db_errmsg(db));
			sqlite3_finalize(up);
		}
		built = 1;
	}
	sqlite3_finalize(st);
	if (db_end(db, 1, rc ? -1 : 0, e))
		return -1;
	return built;
}

static int build_all(jz_db *db, int import_only, struct jz_err *e)
{
	int n = 0, rc;
	while ((rc = build_one(db, import_only, e)) == 1)
		n++;
	return rc < 0 ? -1 : n;
}

int lazy_index_build(jz_db *db, struct jz_err *e)
{
	return build_all(db, 0, e);
}

int lazy_index_build_for_import(jz_db *db, struct jz_err *e)
{
	if (!db_int(db, "SELECT EXISTS (SELECT 1 FROM lazy_index WHERE pending_sql IS NOT NULL AND before_import)", 0))
		return 0;
	return build_all(db, 1, e);
}

struct lazy_index_job {
	pthread_t th;
	jz_db *db;                  /* the thread's own connection */
	atomic_int done;
};

static void *run(void *arg)
{
	struct lazy_index_job *j = arg;
	struct jz_err e;
#ifdef __linux__
	/* below the workstation's own thread: keys stay fast meanwhile */
	(void)setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), 10);
#endif
	(void)lazy_index_build(j->db, &e);
	atomic_store(&j->done, 1);
	return NULL;
}

struct lazy_index_job *lazy_index_job_start(jz_db *db)
{
	struct jz_err e;
	if (lazy_index_pending(db) == 0)
		return NULL;
	jz_db *own = jz_open(jz_path(db), 0, &e);
	if (!own)
		return NULL;
	if (jz_readonly(own)) {
		jz_close(&own);
		return NULL;
	}
	struct lazy_index_job *j = xcalloc(1, sizeof *j);
	j->db = own;
	atomic_init(&j->done, 0);
	if (pthread_create(&j->th, NULL, run, j) != 0) {
		jz_close(&j->db);
		free(j);
		return NULL;
	}
	return j;
}

int lazy_index_job_done(struct lazy_index_job *j)
{
	return !j || atomic_load(&j->done);
}

void lazy_index_job_free(struct lazy_index_job **jp)
{
	struct lazy_index_job *j = *jp;
	if (!j)
		return;
	db_stop_thread(j->db, &j->done, j->th);     /* a half-built index rolls back */
	jz_close(&j->db);
	free(j);
	*jp = NULL;
}
