/* ui_drafts.c — see ui_drafts.h. */
#include "ui_drafts.h"
#include "drafts/docx.h"
#include "drafts/drafts.h"
#include "legal/normalize.h"
#include "query/draftlist.h"
#include "util/editor.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- d: a new draft ---- */

struct tpl_list { char **names, **items; int n, cap; };

static void add_template(const char *name, const char *title, void *arg)
{
	struct tpl_list *l = arg;
	for (int i = 0; i < l->n; i++)
		if (!strcmp(l->names[i], name))
			return;         /* a user's template of the same name replaces ours */
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 8;
		l->names = xrealloc(l->names, sizeof *l->names * (size_t)l->cap);
		l->items = xrealloc(l->items, sizeof *l->items * (size_t)l->cap);
	}
	struct strbuf sb = STRBUF_INIT;
	sb_printf(&sb, "%s（%s）", title, name);
	l->names[l->n] = xstrdup(name);
	l->items[l->n++] = sb_detach(&sb);
}

/* By name, so the list reads the same every time. */
static void sort_templates(struct tpl_list *l)
{
	for (int i = 1; i < l->n; i++)
		for (int j = i; j > 0 && strcmp(l->names[j - 1], l->names[j]) > 0; j--) {
			char *n = l->names[j], *it = l->items[j];
			l->names[j] = l->names[j - 1], l->items[j] = l->items[j - 1];
			l->names[j - 1] = n, l->items[j - 1] = it;
		}
}

void ui_draft_new(struct tui *t, long long lead_id, long long case_id)
{
	struct jz_err e;
	if (policy_check(t->db, PA_DRAFT_NEW, NULL, &e)) {   /* before asking for a template */
		tui_message(t, 1, "%s", e.msg);
		return;
	}
	struct tpl_list l = { NULL, NULL, 0, 0 };
	drafts_template_list(add_template, &l);
	sort_templates(&l);
	if (!l.n) {
		tui_message(t, 1, "没有可用的文书模板（见 man jianzhi-templates）");
		return;
	}
	int k = menu_pick(lead_id ? "选择模板（从线索起草）" : "选择模板（从案件起草）", (const char *const *)l.items, l.n);
	if (k >= 0) {
		long long id;
		if (drafts_new(t->db, lead_id, case_id, l.names[k], &id, &e)) {
			tui_message(t, 1, "未能起草：%s", e.msg);
		} else {
			tui_push(t, view_draft_new(t, id));
			tui_message(t, 0, "已起草文稿 #%lld（%s）：按 e 编辑，s 提交审批", id, l.items[k]);
		}
	}
	for (int i = 0; i < l.n; i++) {
		free(l.names[i]);
		free(l.items[i]);
	}
	free(l.names);
	free(l.items);
}

/* ---- e: edit in $EDITOR ---- */

/* Equal but for newlines at the end (editors add one). */
static int same_text(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	while (na && a[na - 1] == '\n')
		na--;
	while (nb && b[nb - 1] == '\n')
		nb--;
	return na == nb && memcmp(a, b, na) == 0;
}

/* The editor on path with curses suspended, then the screen restored. */
static int run_editor(const char *path, struct jz_err *e)
{
	def_prog_mode();
	endwin();
	int rc = editor_run(path, e);
	reset_prog_mode();
	clearok(curscr, TRUE);
	refresh();
	return rc;
}

/* The file to edit: the one kept from a refused save, else a new one
 * holding the text of version seen. */
static char *edit_file(struct tui *t, long long id, long long seen, char **pending, char **orig, struct jz_err *e)
{
	*orig = drafts_text_at(t->db, id, seen);
	if (!*orig) {
		jz_err_set(e, "读不到文稿 #%lld 版本 %lld 的正文", id, seen);
		return NULL;
	}
	if (*pending && access(*pending, R_OK) == 0) {
		char *path = *pending;
		*pending = NULL;
		return path;
	}
	char *path = NULL;
	return editor_temp("draft", *orig, &path, e) ? NULL : path;
}

/* Save what the editor left in path; keep the file when that fails. */
static int save_edit(struct tui *t, long long id, long long seen, const char *orig, char *path, char **pending)
{
	struct jz_err e;
	char *body = sb_read_file(path);
	int saved = 0;
	if (!body) {
		tui_message(t, 1, "读不回编辑后的文件 %s", path);
	} else if (same_text(body, orig)) {
		tui_message(t, 0, "正文未改动，没有保存新版本");
		unlink(path);
	} else if (drafts_save(t->db, id, body, seen, &e)) {
		tui_message(t, 1, "未保存：%s。你的修改在 %s，再按 e 接着编辑", e.msg, path);
		free(*pending);
		*pending = path;
		path = NULL;
	} else {
		tui_message(t, 0, "已保存为文稿 #%lld 的版本 %lld", id, drafts_version(t->db, id));
		unlink(path);
		saved = 1;
	}
	free(body);
	free(path);
	return saved;
}

int ui_draft_edit(struct tui *t, long long id, long long seen, char **pending)
{
	struct jz_err e;
	if (drafts_check(t->db, id, PA_DRAFT_EDIT, &e)) {
		tui_message(t, 1, "%s", e.msg);
		return 0;
	}
	char *orig = NULL, *path = edit_file(t, id, seen, pending, &orig, &e);
	if (!path) {
		tui_message(t, 1, "%s", e.msg);
		free(orig);
		return 0;
	}
	int saved = 0;
	if (run_editor(path, &e)) {
		tui_message(t, 1, "%s；正文未保存，文件保留在 %s", e.msg, path);
		free(*pending);
		*pending = path;
	} else {
		saved = save_edit(t, id, seen, orig, path, pending);
	}
	free(orig);
	return saved;
}

/* ---- R: the court's reply ---- */

/* The amount (*typed, malloc'd) and the date, checked; 0 when both are
 * usable. What was typed is kept for the next try when it is not. */
static int reply_details(struct tui *t, char **typed, long long *fen, char date[11])
{
	char *amount = *typed = prompt_line(t, "监督后到位金额（元，可空）: ", NULL);
	*fen = 0;
	date[0] = 0;
	if (!amount)
		return -1;
	if (*amount && norm_amount_fen(amount, fen) != NORM_OK) {
		tui_message(t, 1, "“%s”不是金额（例：127300 或 12.73万）", amount);
		tui_keep_text(t, amount);
		return -1;
	}
	char *d = prompt_line(t, "回复日期（YYYY-MM-DD，空为今天）: ", "");
	int rc = d ? 0 : -1;
	if (d && *d && norm_date(d, date, 0) != NORM_OK) {
		tui_message(t, 1, "“%s”不是日期（例：2026-11-20）", d);
		tui_keep_text(t, amount);
		rc = -1;
	}
	free(d);
	return rc;
}

int ui_draft_reply(struct tui *t, long long id, long long seen)
{
	static const char *const outcomes[] = { "采纳", "部分采纳", "不采纳" };
	static const char *const yesno[] = { "否：未恢复执行", "是：法院已恢复执行" };
	struct jz_err e;
	if (drafts_check(t->db, id, PA_DRAFT_REPLY, &e)) {
		tui_message(t, 1, "%s", e.msg);
		return 0;
	}
	int o = menu_pick("法院回复：监督意见", outcomes, 3);
	int resumed = o >= 0 ? menu_pick("是否恢复执行", yesno, 2) : -1;
	long long fen;
	char date[11], *amount = NULL;
	int done = 0;
	if (resumed < 0 || reply_details(t, &amount, &fen, date)) {
		/* cancelled or not usable: said above */
	} else if (drafts_reply(t->db, id, seen, outcomes[o], resumed, fen, *date ? date : NULL, &e)) {
		tui_message(t, 1, "%s", e.msg);
		tui_keep_text(t, amount);
	} else {
		tui_message(t, 0, "已登记法院回复：%s%s", outcomes[o], resumed ? "，已恢复执行" : "");
		tui_keep_text(t, NULL);
		done = 1;
	}
	free(amount);
	return done;
}

/* ---- W: DOCX ---- */

void ui_draft_docx(struct tui *t, long long id)
{
	struct draft_info d;
	struct jz_err e;
	if (draftlist_get(t->db, id, &d, &e) != 1) {
		tui_message(t, 1, "没有文稿 #%lld", id);
		return;
	}
	char dflt[64];
	snprintf(dflt, sizeof dflt, "文稿%lld.docx", id);
	char *path = prompt_line(t, "写出 DOCX 文件: ", t->kept ? NULL : dflt);
	int replaced = 0;
	if (path && *path) {
		tui_keep_text(t, NULL);
		if (docx_write(path, d.body, &replaced, &e)) {
			tui_message(t, 1, "未写出：%s", e.msg);
			tui_keep_text(t, path);
		}
		else if (replaced)
			tui_message(t, 1, "已写出 %s；有 %d 个字符不能写入 Word，已替换为 �，请在文稿中改正", path, replaced);
		else
			tui_message(t, 0, "已写出 %s（%s）", path, d.doc_no[0] ? d.doc_no : "未编文号");
	}
	free(path);
	draft_info_free(&d);
}
