/* view_drafts.c — 文稿: the drafts with status, 文号 and reply dates
 * (overdue replies marked), and one draft read beside the evidence and law
 * of its lead and the review comments, moved through the review with one
 * key per step (the core decides who may take which step). */
#include "ui.h"
#include "drafts/docx.h"
#include "drafts/drafts.h"
#include "query/draftlist.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* ---- the list ---- */
struct dlist { struct draft_row *rows; int n; struct table tb; };

static const enum act list_acts[] = { A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_OPEN, A_NONE };
static const enum act list_status[] = { A_OPEN, A_RELOAD, A_NONE };
static const struct table_col list_cols[] = {
	{ "编号", 5, 0, 1 }, { "状态", 8, 0, 0 }, { "案号", 24, 1, 0 }, { "标题", 0, 0, 0 }, { "起草", 10, 3, 0 },
	{ "文号", 20, 4, 0 }, { "回复期限", 10, 2, 0 }, { "", 14, 0, 0 },
};

static void list_load(struct view *v)
{
	struct dlist *l = v->priv;
	struct jz_err e;
	draft_rows_free(l->rows, l->n);
	l->rows = NULL;
	l->n = 0;
	if (draftlist_fetch(v->t->db, &l->rows, &l->n, &e))
		tui_message(v->t, 1, "%s", e.msg);
	l->tb.n = l->n;
}

static const char *list_cell(void *ctx, int row, int col, enum role *r, char buf[64])
{
	const struct draft_row *d = &((struct dlist *)ctx)->rows[row];
	if (d->overdue)
		*r = R_WARN;
	switch (col) {
	case 0: snprintf(buf, 64, "%lld", d->id); return buf;
	case 1: return d->status;
	case 2: return d->case_no;
	case 3: return d->title;
	case 4: return d->author;
	case 5: return d->doc_no;
	case 6: return d->reply_due;
	default: return d->overdue ? "【逾期未回复】" : "";
	}
}

static void list_draw(struct view *v)
{
	struct dlist *l = v->priv;
	table_draw(&l->tb, 1, LINES - 3, list_cell, l);
	if (!l->n)
		draw_cell(3, 2, COLS - 2, "（还没有文稿：在线索或案件中按 d 起草）", theme(R_MUTED));
	char info[64];
	snprintf(info, sizeof info, " 文稿 %d 件", l->n);
	tui_draw_frame(v->t, v, "文稿（检察建议书、移送函、报告）", info);
}

static enum result list_handle(struct view *v, enum act a)
{
	struct dlist *l = v->priv;
	if (a == A_OPEN && l->n)
		tui_push(v->t, view_draft_new(v->t, l->rows[l->tb.cur].id));
	else
		table_move(&l->tb, a, LINES - 3);
	return RES_OK;
}

static void list_click(struct view *v, int y, int x, int dbl)
{
	struct dlist *l = v->priv;
	(void)x;
	int row = table_row_at(&l->tb, 1, y);
	if (row >= 0) {
		l->tb.cur = row;
		if (dbl)
			list_handle(v, A_OPEN);
	}
}

static void list_free(struct view *v)
{
	struct dlist *l = v->priv;
	draft_rows_free(l->rows, l->n);
	free(l);
	free(v);
}

static const struct view_ops list_ops = {
	V_DRAFTS, "文稿", list_acts, list_status, NULL, list_draw, list_handle, NULL, list_click, NULL, list_load,
	list_free,
};

struct view *view_drafts_new(struct tui *t)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct dlist *l = xcalloc(1, sizeof *l);
	v->ops = &list_ops;
	v->t = t;
	v->priv = l;
	l->tb.cols = list_cols;
	l->tb.ncols = (int)(sizeof list_cols / sizeof *list_cols);
	list_load(v);
	return v;
}

/* ---- one draft ---- */
struct dpage { long long id, version; struct pager p; };

static const enum act page_acts[] = {
	A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_DRAFT_SUBMIT, A_DRAFT_RETURN, A_DRAFT_APPROVE, A_DRAFT_ISSUE,
	A_DRAFT_COMMENT, A_NONE,
};
static const enum act page_status[] = {
	A_DRAFT_SUBMIT, A_DRAFT_APPROVE, A_DRAFT_RETURN, A_DRAFT_ISSUE, A_DRAFT_COMMENT, A_NONE,
};

struct body_ctx { struct pager *p; };

static void body_line(const char *text, void *arg)
{
	struct body_ctx *c = arg;
	pager_add(c->p, R_NORMAL, 0, "%s", text);
}

static void page_build(struct view *v)
{
	struct dpage *dp = v->priv;
	struct draft_info d;
	struct jz_err e;
	int top, cur;
	pager_keep(&dp->p, &top, &cur);
	pager_clear(&dp->p);
	int rc = draftlist_get(v->t->db, dp->id, &d, &e);
	if (rc <= 0) {
		if (rc < 0)
			pager_add(&dp->p, R_WARN, 0, "%s", e.msg);
		else
			pager_add(&dp->p, R_WARN, 0, "没有文稿 #%lld", dp->id);
		return;
	}
	dp->version = d.version;
	drafts_mark_seen(v->t->db, d.id, d.version);
	pager_add(&dp->p, R_TITLE, 0, "文稿 #%lld  %s  [%s]  版本 %ld", d.id, d.title, d.status, d.version);
	pager_add(&dp->p, R_MUTED, 0, "案号 %s  起草 %s  审批 %s  文号 %s  回复期限 %s  结果 %s", d.case_no, d.author,
		  d.reviewer, d.doc_no, d.reply_due, d.outcome);
	if (d.lead_id) {   /* the reviewer reads the evidence and the comments first */
		pager_add(&dp->p, R_HEADER, 0, "线索 #%lld 的证据与法律依据（%s）", d.lead_id, d.rule_title);
		pager_add(&dp->p, R_WARN, 0, "%s", d.lead_evidence);
		pager_add(&dp->p, R_MUTED, 0, "%s", d.rule_basis);
	}
	pager_add(&dp->p, R_HEADER, 0, "%s", "审核意见");
	for (int i = 0; i < d.ncomments; i++)
		pager_add(&dp->p, R_NORMAL, 0, "  %s %s：%s", d.comments[i].at, d.comments[i].login, d.comments[i].text);
	pager_add(&dp->p, R_HEADER, 0, "%s", "正文");
	struct body_ctx bc = { &dp->p };
	docx_plain_text(d.body, body_line, &bc);
	draft_info_free(&d);
	pager_restore(&dp->p, top, cur);
}

static void page_draw(struct view *v)
{
	struct dpage *dp = v->priv;
	pager_draw(&dp->p, 1, LINES - 3);
	char where[64];
	snprintf(where, sizeof where, "文稿 #%lld", dp->id);
	tui_draw_frame(v->t, v, where, "");
}

static void step(struct view *v, enum draft_action da, const char *comment, const char *done)
{
	struct dpage *dp = v->priv;
	struct jz_err e;
	if (drafts_step(v->t->db, dp->id, da, dp->version, comment, &e)) {
		tui_message(v->t, 1, "%s", e.msg);
		tui_keep_text(v->t, comment);
	} else {
		tui_message(v->t, 0, "%s", done);
		tui_keep_text(v->t, NULL);
	}
	page_build(v);
}

static enum result page_handle(struct view *v, enum act a)
{
	struct dpage *dp = v->priv;
	switch (a) {
	case A_DRAFT_SUBMIT: step(v, DA_SUBMIT, NULL, "已提交审批"); break;
	case A_DRAFT_APPROVE: step(v, DA_APPROVE, NULL, "已批准文稿"); break;
	case A_DRAFT_ISSUE: step(v, DA_ISSUE, NULL, "已发出，文号已编定"); break;
	case A_DRAFT_RETURN: case A_DRAFT_COMMENT: {
		char *text = prompt_line(v->t, a == A_DRAFT_RETURN ? "退回意见: " : "审核意见: ", NULL);
		if (text && *text && a == A_DRAFT_RETURN) {
			step(v, DA_RETURN, text, "已退回");
		} else if (text && *text) {
			struct jz_err e;
			if (drafts_comment(v->t->db, dp->id, text, &e))
				tui_message(v->t, 1, "%s", e.msg);
			else
				tui_message(v->t, 0, "意见已添加");
			page_build(v);
		}
		free(text);
		break;
	}
	default: pager_move(&dp->p, a, LINES - 3); break;
	}
	return RES_OK;
}

static void page_click(struct view *v, int y, int x, int dbl)
{
	struct dpage *dp = v->priv;
	(void)x, (void)dbl;
	pager_click(&dp->p, y - 1);
}

static void page_free(struct view *v)
{
	struct dpage *dp = v->priv;
	pager_clear(&dp->p);
	free(dp);
	free(v);
}

static const struct view_ops page_ops = {
	V_DRAFT, "文稿详情", page_acts, page_status, NULL, page_draw, page_handle, NULL, page_click, NULL, page_build,
	page_free,
};

struct view *view_draft_new(struct tui *t, long long draft_id)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct dpage *dp = xcalloc(1, sizeof *dp);
	v->ops = &page_ops;
	v->t = t;
	v->priv = dp;
	dp->id = draft_id;
	page_build(v);
	return v;
}
