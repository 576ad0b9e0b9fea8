/* outcomes_job.h — a panel of 监督成效 read in the background, on a
 * connection of its own in a thread, so that the workstation stays
 * responsive while it is computed: the 终本后 agenda works out legal
 * dates for every 终本 case of the last five years (about 2 s on a
 * million cases), far over what a keystroke may take.
 *
 * The connection is opened by outcomes_job_start in the caller's thread
 * (opening may raise privileges for a shared database, which must not
 * happen beside the caller's own work) and only then handed to the
 * thread, which reads in one read transaction and never writes. The
 * agenda comes with every column's order made (outcomes_agenda_orders). */
#ifndef JZ_QUERY_OUTCOMES_JOB_H
#define JZ_QUERY_OUTCOMES_JOB_H

#include "query/outcomes.h"

struct outcomes_job;

/* Start reading panel q of the database db is open on. NULL with e set
 * when the connection cannot be opened or the thread not started. */
struct outcomes_job *outcomes_job_start(jz_db *db, const struct outcomes_query *q, struct jz_err *e);

/* 1 when done: *out holds the panel, now the caller's (outcomes_free);
 * 0 while still running; -1 when it failed (e set). After 1 or -1 the
 * job is over and only outcomes_job_free is left to call. */
int outcomes_job_poll(struct outcomes_job *j, struct outcomes *out, struct jz_err *e);

/* Stop (interrupting the read) and free; *j becomes NULL. Its
 * connection is kept for the next job on the same database. */
void outcomes_job_free(struct outcomes_job **j);

/* Open the connection the next job will use now, at an idle moment:
 * opening parses the whole schema (some 3 ms), too long to add to the key
 * that opens the 成效 view. Caller's thread, as outcomes_job_start. */
void outcomes_job_preopen(jz_db *db);
/* Close the kept connection (at exit). */
void outcomes_job_close_kept(void);

#endif
