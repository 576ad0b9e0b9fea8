/* atomicfile.c — see atomicfile.h. */
#include "util/atomicfile.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The temporary the signal handler removes: a fixed buffer, since the
 * handler may only call async-signal-safe functions. */
static char cleanup_path[4096];
static volatile sig_atomic_t armed;
/* Interrupts, and the crashes a library can cause (libxlsxwriter does not
 * check every allocation): the temporary goes, the previous file stays. */
static const int cleanup_sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGXFSZ, SIGSEGV, SIGBUS, SIGABRT, SIGFPE };
#define NSIGS (int)(sizeof cleanup_sigs / sizeof cleanup_sigs[0])
static int installed[NSIGS];

static void on_signal(int sig)
{
	if (armed)
		unlink(cleanup_path);
	armed = 0;
	struct sigaction dfl;
	memset(&dfl, 0, sizeof dfl);
	dfl.sa_handler = SIG_DFL;
	sigaction(sig, &dfl, NULL);
	raise(sig);
}

/* Take over the signals nobody handles (a face that handles or ignores one
 * keeps it), for as long as the temporary exists. */
static int arm(const char *tmp)
{
	if (armed || strlen(tmp) >= sizeof cleanup_path)
		return 0;
	memcpy(cleanup_path, tmp, strlen(tmp) + 1);
	struct sigaction sa, old;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (int i = 0; i < NSIGS; i++) {
		installed[i] = 0;
		if (sigaction(cleanup_sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_DFL &&
		    !(old.sa_flags & SA_SIGINFO))
			installed[i] = sigaction(cleanup_sigs[i], &sa, NULL) == 0;
	}
	armed = 1;
	return 1;
}

void atomic_remove_pending(void)
{
	if (armed)
		unlink(cleanup_path);
	armed = 0;
}

static void disarm(void)
{
	if (!armed)
		return;
	armed = 0;
	struct sigaction dfl;
	memset(&dfl, 0, sizeof dfl);
	dfl.sa_handler = SIG_DFL;
	for (int i = 0; i < NSIGS; i++)
		if (installed[i])
			sigaction(cleanup_sigs[i], &dfl, NULL);
}

static int new_file_mode(void)
{
	mode_t m = umask(022);
	umask(m);
	return 0666 & ~(int)m;
}

int atomic_begin(struct atomic_file *af, const char *target, struct jz_err *e)
{
	memset(af, 0, sizeof *af);
	const char *slash = strrchr(target, '/');
	const char *base = slash ? slash + 1 : target;
	if (!*base)
		return jz_err_set(e, "%s: 不是文件名", target);
	size_t dn = slash ? (size_t)(slash - target) : 0;
	af->target = xstrdup(target);
	af->dir = !slash ? xstrdup(".") : dn ? xstrndup(target, dn) : xstrdup("/");
	struct stat st;
	af->mode = stat(target, &st) == 0 && S_ISREG(st.st_mode) ? (int)(st.st_mode & 07777) : new_file_mode();
	struct strbuf sb = STRBUF_INIT;
	sb_printf(&sb, "%s/.%.*s.XXXXXX", af->dir, 160, base);
	af->tmp = sb_detach(&sb);
	int fd = mkstemp(af->tmp);
	if (fd < 0) {
		int err = errno;
		jz_err_set(e, "无法在文件夹 %s 中建立临时文件: %s", af->dir, strerror(err));
		free(af->tmp);
		af->tmp = NULL;       /* nothing was created */
		atomic_abort(af);
		return -1;
	}
	fchmod(fd, (mode_t)af->mode);
	close(fd);
	af->armed = arm(af->tmp);
	return 0;
}

static int sync_path(const char *path, int flags)
{
	int fd = open(path, flags);
	if (fd < 0)
		return -1;
	int rc = fsync(fd);
	close(fd);
	return rc;
}

int atomic_commit(struct atomic_file *af, struct jz_err *e)
{
	int rc = 0;
	if (sync_path(af->tmp, O_RDONLY) != 0)
		rc = jz_err_set(e, "%s: 写入磁盘失败: %s", af->target, strerror(errno));
	else if (rename(af->tmp, af->target) != 0)
		rc = jz_err_set(e, "%s: 无法替换文件: %s", af->target, strerror(errno));
	else {
		sync_path(af->dir, O_RDONLY | O_DIRECTORY);   /* the rename itself: best effort */
		free(af->tmp);
		af->tmp = NULL;
	}
	atomic_abort(af);
	return rc;
}

void atomic_abort(struct atomic_file *af)
{
	if (af->tmp)
		unlink(af->tmp);
	if (af->armed)
		disarm();
	free(af->tmp);
	free(af->target);
	free(af->dir);
	memset(af, 0, sizeof *af);
}
