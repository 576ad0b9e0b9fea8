/* ui_export.c — the path an export writes to and its report, shared by
 * every list view's E (and ":export FILE"): the views call the export
 * functions of src/export with exactly the query they show. */
#include "ui.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* "~/x" → "$HOME/x" (malloc'd). */
static char *expand_home(const char *path)
{
	const char *home = getenv("HOME");
	struct strbuf sb = STRBUF_INIT;
	if (path[0] == '~' && path[1] == '/' && home && *home)
		sb_printf(&sb, "%s%s", home, path + 1);
	else
		sb_adds(&sb, path);
	return sb_detach(&sb);
}

char *ui_export_path(struct tui *t, const char *stem)
{
	char *given = t->export_path;
	t->export_path = NULL;
	if (!given) {
		char dflt[128], day[16];
		time_t now = time(NULL);
		strftime(day, sizeof day, "%Y%m%d", localtime(&now));
		snprintf(dflt, sizeof dflt, "%s-%s.xlsx", stem, day);
		given = prompt_line(t, "导出到 Excel 文件: ", t->kept ? NULL : dflt);   /* a path that failed comes back */
	}
	if (!given || !*given) {
		free(given);
		return NULL;
	}
	char *path = expand_home(given);
	free(given);
	return path;
}

void ui_export_report(struct tui *t, int rc, long rows, const char *path, const struct jz_err *e)
{
	if (rc) {
		tui_message(t, 1, "未导出：%s", e->msg);
		tui_keep_text(t, path);
	} else {
		tui_message(t, 0, "已导出 %ld 行到 %s（身份证号已遮蔽）", rows, path);
		tui_keep_text(t, NULL);
	}
}
