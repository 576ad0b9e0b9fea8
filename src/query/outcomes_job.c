/* outcomes_job.c — a 监督成效 panel read by a thread (contract in
 * outcomes_job.h). */
#include "query/outcomes_job.h"
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
#include <string.h>

struct outcomes_job {
	pthread_t th;
	jz_db *db;                   /* the thread's own connection */
	struct outcomes_query q;
	struct outcomes out;
	struct jz_err e;
	int rc;
	atomic_int done;             /* set by the thread when out/e/rc are final */
	int taken;                   /* out handed to the caller */
};

/* One readonly connection kept between jobs (only the caller's thread
 * starts and frees jobs, so no lock). */
static jz_db *kept;

static jz_db *take_connection(jz_db *db, struct jz_err *e)
{
	if (kept && strcmp(jz_path(kept), jz_path(db)) == 0) {
		jz_db *c = kept;
		kept = NULL;
		return c;
	}
	return jz_open(jz_path(db), JZ_OPEN_READONLY, e);
}

static void give_back(jz_db **c)
{
	if (!kept) {
		kept = *c;
		*c = NULL;
	} else {
		jz_close(c);
	}
}

void outcomes_job_preopen(jz_db *db)
{
	struct jz_err e;
	if (!kept)
		kept = jz_open(jz_path(db), JZ_OPEN_READONLY, &e);   /* on failure the job says why */
}

void outcomes_job_close_kept(void)
{
	jz_close(&kept);
}

static void *run(void *arg)
{
	struct outcomes_job *j = arg;
#ifdef __linux__
	/* Below the workstation's own thread (on Linux a thread has its own
	 * nice value): keys stay fast while this reads on a busy machine. */
	(void)setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), 10);
#endif
	j->rc = outcomes_fetch(j->db, &j->q, &j->out, &j->e);
	if (!j->rc && j->q.panel == OP_AGENDA)
		outcomes_agenda_orders(&j->out);
	atomic_store(&j->done, 1);
	return NULL;
}

struct outcomes_job *outcomes_job_start(jz_db *db, const struct outcomes_query *q, struct jz_err *e)
{
	struct outcomes_job *j = xcalloc(1, sizeof *j);
	j->q = *q;
	atomic_init(&j->done, 0);
	j->db = take_connection(db, e);
	if (!j->db) {
		free(j);
		return NULL;
	}
	if (pthread_create(&j->th, NULL, run, j) != 0) {
		give_back(&j->db);
		free(j);
		jz_err_set(e, "无法启动后台计算线程");
		return NULL;
	}
	return j;
}

int outcomes_job_poll(struct outcomes_job *j, struct outcomes *out, struct jz_err *e)
{
	if (!atomic_load(&j->done))
		return 0;
	if (j->taken)
		return jz_err_set(e, "后台计算的结果已取走");
	j->taken = 1;
	if (j->rc) {
		*e = j->e;
		return -1;
	}
	*out = j->out;
	memset(&j->out, 0, sizeof j->out);
	return 1;
}

void outcomes_job_free(struct outcomes_job **jp)
{
	struct outcomes_job *j = *jp;
	if (!j)
		return;
	db_stop_thread(j->db, &j->done, j->th);     /* the read stops at its next step */
	outcomes_free(&j->out);
	give_back(&j->db);
	free(j);
	*jp = NULL;
}
