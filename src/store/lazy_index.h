/* lazy_index.h — indexes only the workstation and the rules read (the
 * case list's sort and filter keys, db/schema/053; two of events, 054;
 * the register's by party and by kind, 055, 058) and three only imports
 * and the rules read (057), built after a bulk load instead of inside it.
 *
 * A bulk load leaves these out and keeps their CREATE statements in
 * lazy_index.pending_sql (store/bulk_index.h, defer_lazy). What is pending
 * is built here: by `jianzhi screen` before its rules and by the
 * workstation in a thread of its own (`jianzhi doctor` says how many
 * wait). Each index is built in its own write transaction (about half a
 * second at a million cases), so nobody waits long for the lock, and an
 * interrupted build leaves that index pending, nothing half-made. */
#ifndef JZ_LAZY_INDEX_H
#define JZ_LAZY_INDEX_H

#include "store/jzdb.h"     /* free of sqlite3.h: the workstation starts the job */

/* How many are waiting to be built. */
int lazy_index_pending(jz_db *db);
/* Build every pending index. Returns how many were built, -1 with e set
 * when one failed (those before it stay built). */
int lazy_index_build(jz_db *db, struct jz_err *e);
/* Build those an import reads (lazy_index.before_import: the register's
 * by holder and by ID, the events' by case, db/schema/057), as every
 * import does before it reads its file. Returns how many were built, -1
 * with e set. */
int lazy_index_build_for_import(jz_db *db, struct jz_err *e);

/* The same in a thread, on a connection of its own opened here, in the
 * caller's thread (opening may raise privileges on a shared host).
 * NULL when nothing is pending or the database cannot be written. */
struct lazy_index_job;
struct lazy_index_job *lazy_index_job_start(jz_db *db);
/* 1 when the job has ended (built all, or failed: nothing to report to a
 * user who only sorts a little slower meanwhile). */
int lazy_index_job_done(struct lazy_index_job *j);
/* Stop (an index half-built is rolled back and stays pending) and free;
 * *j becomes NULL. */
void lazy_index_job_free(struct lazy_index_job **j);

#endif
