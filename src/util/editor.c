/* editor.c — see editor.h. */
#include "util/editor.h"
#include "util/strbuf.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

const char *editor_command(void)
{
	const char *v = getenv("VISUAL");
	if (v && *v)
		return v;
	v = getenv("EDITOR");
	return v && *v ? v : "vi";
}

static void (*child_hook)(void);

void editor_set_child_hook(void (*fn)(void))
{
	child_hook = fn;
}

int editor_run(const char *path, struct jz_err *e)
{
	const char *cmd = editor_command();
	struct sigaction ign, old_int, old_quit;
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);
	pid_t pid = fork();
	if (pid == 0) {
		sigaction(SIGINT, &old_int, NULL);
		sigaction(SIGQUIT, &old_quit, NULL);
		if (child_hook)
			child_hook();
		execlp("sh", "sh", "-c", "exec $0 \"$1\"", cmd, path, (char *)NULL);
		_exit(127);
	}
	int st = 0, rc = 0;
	if (pid < 0)
		rc = jz_err_set(e, "无法启动编辑器 %s: %s", cmd, strerror(errno));
	else
		while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
			;
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	if (rc == 0 && WIFEXITED(st) && WEXITSTATUS(st) == 127)
		rc = jz_err_set(e, "找不到编辑器“%s”（请设置 VISUAL 或 EDITOR）", cmd);
	else if (rc == 0 && (!WIFEXITED(st) || WEXITSTATUS(st) != 0))
		rc = jz_err_set(e, "编辑器“%s”异常退出（状态 %d）", cmd, WIFEXITED(st) ? WEXITSTATUS(st) : -1);
	return rc;
}

int editor_temp(const char *name, const char *text, char **path, struct jz_err *e)
{
	const char *dir = getenv("TMPDIR");
	struct strbuf p = STRBUF_INIT;
	sb_printf(&p, "%s/jianzhi-%s-XXXXXX.txt", dir && *dir ? dir : "/tmp", name);
	char *tmpl = sb_detach(&p);
	int fd = mkstemps(tmpl, 4);            /* mode 0600 */
	if (fd < 0) {
		jz_err_set(e, "无法建立临时文件 %s: %s", tmpl, strerror(errno));
		free(tmpl);
		return -1;
	}
	size_t n = strlen(text), off = 0;
	while (off < n) {
		ssize_t w = write(fd, text + off, n - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	if (close(fd) != 0 || off < n) {
		jz_err_set(e, "无法写入临时文件 %s", tmpl);
		unlink(tmpl);
		free(tmpl);
		return -1;
	}
	*path = tmpl;
	return 0;
}
