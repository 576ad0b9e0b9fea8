/* atomicfile.h — replace a file all at once.
 *
 * atomic_begin reserves a temporary name in the target's own folder
 * (".NAME.XXXXXX", so the final rename stays on one file system); the
 * caller writes the whole file there, then atomic_commit flushes it to disk
 * and renames it over the target, or atomic_abort removes it. Until the
 * commit the target is untouched, so a failed or interrupted write leaves
 * the previous file as it was. While a temporary exists, SIGINT, SIGTERM,
 * SIGHUP, SIGXFSZ and the crash signals SIGSEGV, SIGBUS, SIGABRT, SIGFPE
 * (when nothing else handles them) remove it before the process dies;
 * only SIGKILL can leave one behind. One temporary at a time is covered
 * by the signal cleanup. */
#ifndef JZ_UTIL_ATOMICFILE_H
#define JZ_UTIL_ATOMICFILE_H

#include "util/err.h"

struct atomic_file {
	char *target;    /* as given */
	char *dir;       /* its folder ("." when none) */
	char *tmp;       /* the temporary to write */
	int mode;        /* the target's permissions (kept), or 0666 less the umask */
	int armed;       /* the signal cleanup covers this temporary */
};

/* Reserve the temporary (an empty file). 0, or -1 with e naming the folder
 * and the reason (missing, not writable, ...). */
int atomic_begin(struct atomic_file *af, const char *target, struct jz_err *e);
/* fsync the temporary, rename it over the target, fsync the folder; the
 * temporary is gone either way. 0 or -1 with e filled. */
int atomic_commit(struct atomic_file *af, struct jz_err *e);
/* Remove the temporary (if any) and free af. Safe after commit. */
void atomic_abort(struct atomic_file *af);

/* Remove the temporary being written, if any (async-signal-safe; the
 * out-of-memory exit calls it so a failed write leaves nothing behind). */
void atomic_remove_pending(void);

#endif
