/* prompt.c — the one-line editor on the last row, yes/no questions and
 * the ":" command line (the view's commands first, then the global ones). */
#include "ui.h"
#include "query/casedetail.h"
#include "util/xalloc.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static char *narrow(const wchar_t *w, int n)
{
	struct strbuf sb = STRBUF_INIT;
	mbstate_t st;
	memset(&st, 0, sizeof st);
	for (int i = 0; i < n; i++) {
		char mb[MB_LEN_MAX];
		size_t k = wcrtomb(mb, w[i], &st);
		if (k != (size_t)-1)
			sb_add(&sb, mb, k);
	}
	if (!sb.buf)
		sb_adds(&sb, "");
	return sb_detach(&sb);
}

static void draw_prompt(const char *prompt, const wchar_t *w, int n)
{
	char *s = narrow(w, n);
	struct strbuf line = STRBUF_INIT;
	sb_printf(&line, "%s%s", prompt, s);
	int width = text_width(sb_str(&line));
	/* Keep the end of a long entry visible. */
	const char *show = sb_str(&line);
	while (width >= COLS - 1 && *show) {
		int k = 1;
		while ((show[k] & 0xC0) == 0x80)
			k++;
		show += k;
		width = text_width(show);
	}
	draw_cell(LINES - 1, 0, COLS, show, A_NORMAL);
	move(LINES - 1, width < COLS ? width : COLS - 1);
	free(s);
	sb_free(&line);
}

void tui_keep_text(struct tui *t, const char *text)
{
	free(t->kept);
	t->kept = text && *text ? xstrdup(text) : NULL;
}

char *prompt_line(struct tui *t, const char *prompt, const char *init)
{
	if (!init)
		init = t->kept;
	int cap = 256, n = 0;
	wchar_t w[256];
	if (init) {
		mbstate_t st;
		memset(&st, 0, sizeof st);
		const char *s = init;
		size_t k = mbsrtowcs(w, &s, (size_t)cap - 1, &st);
		n = k == (size_t)-1 ? 0 : (int)k;
	}
	curs_set(1);
	timeout(-1);             /* typing: wait for each key (the main loop sets its own wait again) */
	for (;;) {
		draw_prompt(prompt, w, n);
		refresh();
		wint_t ch;
		int r = get_wch(&ch);
		if (r == ERR)
			continue;
		if (r == KEY_CODE_YES) {
			if (ch == KEY_BACKSPACE && n > 0)
				n--;
			else if (ch == KEY_ENTER)
				break;
			continue;
		}
		if (ch == 27) {
			curs_set(0);
			timing_input_done();
			return NULL;
		}
		if (ch == L'\n' || ch == L'\r')
			break;
		if ((ch == 127 || ch == 8) && n > 0)
			n--;
		else if (ch == CTRL('u'))
			n = 0;
		else if (ch >= 32 && ch != 127 && n < cap - 1)
			w[n++] = (wchar_t)ch;
	}
	curs_set(0);
	timing_input_done();
	return narrow(w, n);
}

static const char *skip_space(const char *s)
{
	while (*s == ' ')
		s++;
	return s;
}

const char *const cmdline_help[] = {
	":case 案号\t打开案件详情",
	":lead 编号\t打开线索",
	":draft 编号\t打开文稿",
	":doc 编号\t打开文书",
	":cases :leads [规则] :rules :drafts :docs :outcomes\t转到视图",
	":export [文件]\t把当前列表（含筛选和排序）导出为 Excel",
	":help\t本帮助",
	":q\t退出",
	NULL,
};

int prompt_yes(struct tui *t, const char *question)
{
	char *s = prompt_line(t, question, NULL);
	int yes = s && (!strcmp(s, "y") || !strcmp(s, "Y") || !strcmp(s, "是"));
	free(s);
	return yes;
}

static int open_by_id(struct tui *t, const char *cmd, const char *arg)
{
	long long id = atoll(arg);
	if (id <= 0) {
		tui_message(t, 1, ":%s 需要编号", cmd);
		return 0;
	}
	if (!strcmp(cmd, "lead"))
		tui_push(t, view_lead_new(t, id));
	else if (!strcmp(cmd, "draft"))
		tui_push(t, view_draft_new(t, id));
	else
		tui_push(t, view_doc_new(t, id));
	return 0;
}

/* ":export [FILE]": the current list's E, to FILE when given. */
static void export_command(struct tui *t, const char *arg)
{
	struct view *v = tui_current(t);
	for (const enum act *a = v->ops->acts; a && *a != A_NONE; a++)
		if (*a == A_EXPORT) {
			free(t->export_path);
			t->export_path = *arg ? xstrdup(arg) : NULL;
			v->ops->handle(v, A_EXPORT);
			free(t->export_path);
			t->export_path = NULL;
			return;
		}
	tui_message(t, 1, "“%s”视图没有可导出的列表", v->ops->name);
}

/* Global ":" commands; -1 when the word is not one. */
static int global_command(struct tui *t, const char *cmd, const char *arg, enum result *res)
{
	*res = RES_OK;
	int v = views_by_name(cmd);
	if (!strcmp(cmd, "q") || !strcmp(cmd, "quit")) {
		*res = RES_QUIT;
	} else if (!strcmp(cmd, "help") || !strcmp(cmd, "h")) {
		tui_push(t, view_help_new(t, tui_current(t)));
	} else if (v == V_LEADS && *arg) {
		tui_switch(t, V_LEADS);
		tui_push(t, view_leads_new(t, arg, 0));
	} else if (v >= 0) {
		tui_switch(t, (enum view_id)v);
	} else if (!strcmp(cmd, "case")) {
		long long id = casedetail_find(t->db, arg);
		if (id)
			tui_push(t, view_detail_new(t, id));
		else
			tui_message(t, 1, "没有案号为“%s”的案件", arg);
	} else if (!strcmp(cmd, "export")) {
		export_command(t, arg);
	} else if (!strcmp(cmd, "lead") || !strcmp(cmd, "draft") || !strcmp(cmd, "doc")) {
		return open_by_id(t, cmd, arg);
	} else {
		return -1;
	}
	return 0;
}

enum result cmdline_run(struct tui *t, const char *line)
{
	char cmd[64];
	line = skip_space(line);
	size_t k = strcspn(line, " ");
	if (k == 0)
		return RES_OK;
	if (k >= sizeof cmd)
		k = sizeof cmd - 1;
	memcpy(cmd, line, k);
	cmd[k] = 0;
	const char *arg = skip_space(line + k);
	struct view *v = tui_current(t);
	enum result res;
	if (v->ops->command && v->ops->command(v, cmd, arg) == 0)
		return RES_OK;
	if (global_command(t, cmd, arg, &res) == 0)
		return res;
	tui_message(t, 1, "未知命令“%s”（:help 查看命令）", cmd);
	return RES_OK;
}
