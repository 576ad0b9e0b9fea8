/* view_draft.c — 文稿详情: one draft read as its page will print (the
 * layout of drafts/layout.h on a 28-character line, never the markup),
 * beside the evidence and law of its lead and the review comments. Keys
 * move it through the review — e edit in $EDITOR, s submit, b return, a
 * approve, i issue, R the court's reply — each a core call that decides
 * who may take it and names the version on screen; D compares with the
 * version this reader saw before, h shows its history, W writes a DOCX. */
#include "ui.h"
#include "ui_drafts.h"
#include "drafts/docx.h"
#include "drafts/drafts.h"
#include "query/draftlist.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

struct dpage {
	long long id, version;
	long long seen_before;   /* the version this reader had seen before the one on screen */
	char *pending;           /* an edit the core refused, kept for the next e */
	struct pager p;
};

static const enum act acts[] = {
	A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_DRAFT_EDIT, A_DRAFT_SUBMIT, A_DRAFT_RETURN, A_DRAFT_APPROVE,
	A_DRAFT_ISSUE, A_DRAFT_REPLY, A_DRAFT_COMMENT, A_DRAFT_DIFF, A_DRAFT_DOCX, A_HISTORY, A_NONE,
};
static const enum act status[] = {
	A_DRAFT_EDIT, A_DRAFT_SUBMIT, A_DRAFT_APPROVE, A_DRAFT_RETURN, A_DRAFT_ISSUE, A_DRAFT_REPLY, A_DRAFT_DIFF,
	A_HISTORY, A_NONE,
};

/* One line of the laid-out page, broken at the page's width as printed. */
static void page_line(const char *text, void *arg)
{
	struct pager *p = arg;
	char **lines = NULL;
	int n = 0, cap = 0;
	wrap_text(text, LAYOUT_COLS, &lines, &n, &cap);
	for (int i = 0; i < n; i++) {
		pager_add(p, R_NORMAL, 0, "%s", lines[i]);
		free(lines[i]);
	}
	free(lines);
}

/* Does the text at version base differ from body? */
static int changed_since(struct view *v, long long base, const char *body)
{
	struct dpage *dp = v->priv;
	char *old = base ? drafts_text_at(v->t->db, dp->id, base) : NULL;
	int changed = old && strcmp(old, body) != 0;
	free(old);
	return changed;
}

static void header(struct view *v, const struct draft_info *d)
{
	struct dpage *dp = v->priv;
	pager_add(&dp->p, R_TITLE, 0, "文稿 #%lld  %s  [%s]  版本 %ld", d->id, d->title, d->status, d->version);
	pager_add(&dp->p, R_MUTED, 0, "案号 %s  起草 %s  审批 %s", d->case_no, d->author, *d->reviewer ? d->reviewer : "—");
	pager_add(&dp->p, R_MUTED, 0, "文号 %s  回复期限 %s  回复结果 %s", *d->doc_no ? d->doc_no : "未编",
		  *d->reply_due ? d->reply_due : "—", *d->outcome ? d->outcome : "—");
	if (dp->seen_before && dp->seen_before < d->version && changed_since(v, dp->seen_before, d->body))
		pager_add(&dp->p, R_WARN, 0, "自你上次查看的版本 %lld 以来已有改动：按 D 查看对比", dp->seen_before);
	if (d->lead_id) {   /* the reviewer reads the evidence and the comments first */
		pager_add(&dp->p, R_HEADER, 0, "线索 #%lld 的证据与法律依据（%s）", d->lead_id, d->rule_title);
		pager_add(&dp->p, R_WARN, 0, "%s", d->lead_evidence);
		pager_add(&dp->p, R_MUTED, 0, "%s", d->rule_basis);
	}
	pager_add(&dp->p, R_HEADER, 0, "%s", "审核意见");
	if (!d->ncomments)
		pager_add(&dp->p, R_MUTED, 0, "%s", "  （无）");
	for (int i = 0; i < d->ncomments; i++)
		pager_add(&dp->p, R_NORMAL, 0, "  %s %s：%s", d->comments[i].at, d->comments[i].login, d->comments[i].text);
}

static void build(struct view *v)
{
	struct dpage *dp = v->priv;
	struct draft_info d;
	struct jz_err e;
	int top, cur;
	pager_keep(&dp->p, &top, &cur);
	pager_clear(&dp->p);
	int rc = draftlist_get(v->t->db, dp->id, &d, &e);
	if (rc <= 0) {
		pager_add(&dp->p, R_WARN, 0, "%s", rc < 0 ? e.msg : "没有这份文稿");
		return;
	}
	if (dp->version && dp->version != d.version)
		dp->seen_before = dp->version;     /* it changed under this reader's eyes */
	dp->version = d.version;
	drafts_mark_seen(v->t->db, d.id, d.version);
	header(v, &d);
	pager_add(&dp->p, R_HEADER, 0, "%s", "正文（按打印版式）");
	docx_plain_text(d.body, page_line, &dp->p);
	draft_info_free(&d);
	pager_restore(&dp->p, top, cur);
}

static void draw(struct view *v)
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
	build(v);
}

static void comment(struct view *v, enum act a)
{
	struct dpage *dp = v->priv;
	char *text = prompt_line(v->t, a == A_DRAFT_RETURN ? "退回意见: " : "审核意见: ", NULL);
	if (text && *text && a == A_DRAFT_RETURN) {
		step(v, DA_RETURN, text, "已退回");
	} else if (text && *text) {
		struct jz_err e;
		if (drafts_comment(v->t->db, dp->id, text, &e)) {
			tui_message(v->t, 1, "%s", e.msg);
			tui_keep_text(v->t, text);
		} else {
			tui_message(v->t, 0, "意见已添加");
			tui_keep_text(v->t, NULL);
		}
		build(v);
	}
	free(text);
}

/* D: against the version this reader saw before; when they have seen the
 * current one, against the last version whose text differs. */
static void diff(struct view *v)
{
	struct dpage *dp = v->priv;
	long long base = dp->seen_before;
	const char *why = "你上次看过的版本";
	char *now = drafts_text_at(v->t->db, dp->id, dp->version);
	if (!(base && base < dp->version && now && changed_since(v, base, now))) {
		base = drafts_prev_version(v->t->db, dp->id, dp->version);
		why = "正文上一次改动前的版本";
	}
	free(now);
	if (!base)
		tui_message(v->t, 0, "文稿 #%lld 的正文自起草以来没有改动过，没有可对比的版本", dp->id);
	else
		tui_push(v->t, view_diff_new(v->t, dp->id, base, dp->version, why));
}

static enum result handle(struct view *v, enum act a)
{
	struct dpage *dp = v->priv;
	switch (a) {
	case A_DRAFT_SUBMIT: step(v, DA_SUBMIT, NULL, "已提交审批"); break;
	case A_DRAFT_APPROVE: step(v, DA_APPROVE, NULL, "已批准文稿"); break;
	case A_DRAFT_ISSUE: step(v, DA_ISSUE, NULL, "已发出：文号和成文日期已写入正文，正文定稿"); break;
	case A_DRAFT_RETURN: case A_DRAFT_COMMENT: comment(v, a); break;
	case A_DRAFT_EDIT: ui_draft_edit(v->t, dp->id, dp->version, &dp->pending); build(v); break;
	case A_DRAFT_REPLY: ui_draft_reply(v->t, dp->id, dp->version); build(v); break;
	case A_DRAFT_DIFF: diff(v); break;
	case A_DRAFT_DOCX: ui_draft_docx(v->t, dp->id); break;
	case A_HISTORY: tui_push(v->t, view_history_new(v->t, "drafts", dp->id)); break;
	default: pager_move(&dp->p, a, LINES - 3); break;
	}
	return RES_OK;
}

static void click(struct view *v, int y, int x, int dbl)
{
	struct dpage *dp = v->priv;
	(void)x, (void)dbl;
	pager_click(&dp->p, y - 1);
}

static void vfree(struct view *v)
{
	struct dpage *dp = v->priv;
	pager_clear(&dp->p);
	free(dp->pending);
	free(dp);
	free(v);
}

static const struct view_ops ops = {
	V_DRAFT, "文稿详情", acts, status, NULL, draw, handle, NULL, click, NULL, build, vfree, NULL,
};

struct view *view_draft_new(struct tui *t, long long draft_id)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct dpage *dp = xcalloc(1, sizeof *dp);
	v->ops = &ops;
	v->t = t;
	v->priv = dp;
	dp->id = draft_id;
	dp->seen_before = drafts_seen_version(t->db, draft_id);   /* before this reading counts */
	build(v);
	return v;
}
