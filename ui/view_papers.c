/* view_papers.c — 文稿 (drafts: status, due dates, overdue replies marked;
 * open one to read it beside the lead's evidence, comment, and move it
 * through the review) and 文书 (scanned documents: page text with
 * low-confidence pages marked beside the extracted facts; confirm, correct
 * or reject a fact with one key). Both are pagers over core queries. */
#include "ui.h"
#include "drafts/drafts.h"
#include "ocr/facts.h"

#include <stdlib.h>
#include <string.h>

#define T(s, i) (sqlite3_column_text(s, i) ? (const char *)sqlite3_column_text(s, i) : "")

struct paper { struct pager p; long long id; int kind; };   /* kind: 0 drafts list, 1 draft, 2 docs list, 3 doc */

static void reload(struct view *v);

static const struct action list_acts[] = {
	{ A_OPEN, "Enter", "打开光标所在的文稿或文书", { KF(KEY_ENTER) } },
	{ A_REFRESH, "r", "刷新", { 'r' } },
	{ A_NONE, NULL, NULL, { 0 } },
};
static const struct action draft_acts[] = {
	{ A_CONFIRM, "a", "批准（部门负责人/检察长，非本人起草）", { 'a' } },
	{ A_DISMISS, "b", "退回并填写意见", { 'b' } },
	{ A_MARK, "s", "提交审批（起草人）", { 's' } },
	{ A_APPLY, "i", "发出（分配文号）", { 'i' } },
	{ A_FILTER, "c", "添加审核意见", { 'c' } },
	{ A_NONE, NULL, NULL, { 0 } },
};
static const struct action doc_acts[] = {
	{ A_CONFIRM, "y", "确认光标所在的要素", { 'y' } },
	{ A_DISMISS, "x", "驳回光标所在的要素", { 'x' } },
	{ A_UNLABEL, "e", "更正光标所在的要素（记入审计）", { 'e' } },
	{ A_NONE, NULL, NULL, { 0 } },
};

static void drafts_list(struct view *v, struct paper *pp)
{
	sqlite3_stmt *s;
	struct jz_err e;
	pager_add(&pp->p, R_TITLE, 0, "%s", "文稿（检察建议书、移送函、报告）");
	if (drafts_list_query(v->t->db, &s, &e)) {
		pager_add(&pp->p, R_WARN, 0, "%s", e.msg);
		return;
	}
	while (sqlite3_step(s) == SQLITE_ROW) {
		int overdue = sqlite3_column_int(s, 7);
		pager_add(&pp->p, overdue ? R_WARN : R_NORMAL, sqlite3_column_int64(s, 0), "#%-4lld %-8s %s  %s  %s%s%s%s",
			  sqlite3_column_int64(s, 0), T(s, 1), T(s, 3), T(s, 2), T(s, 5), *T(s, 6) ? "  回复期限 " : "",
			  T(s, 6), overdue ? "  【逾期未回复】" : "");
	}
	sqlite3_finalize(s);
}

static void draft_page(struct view *v, struct paper *pp)
{
	sqlite3_stmt *s;
	struct jz_err e;
	if (drafts_get(v->t->db, pp->id, &s, &e) || sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_finalize(s);
		pager_add(&pp->p, R_WARN, 0, "没有文稿 #%lld", pp->id);
		return;
	}
	pager_add(&pp->p, R_TITLE, 0, "文稿 #%lld  %s  [%s]  版本 %s", pp->id, T(s, 2), T(s, 1), T(s, 4));
	pager_add(&pp->p, R_MUTED, 0, "案号 %s  起草 %s  审批 %s  文号 %s  回复期限 %s  结果 %s", T(s, 8), T(s, 5),
		  T(s, 6), T(s, 7), T(s, 12), T(s, 13));
	/* the reviewer reads the evidence and the comments first, then the text */
	char *body = strdup(T(s, 3));
	sqlite3_finalize(s);
	if (drafts_lead_query(v->t->db, pp->id, &s, &e) == 0) {
		if (sqlite3_step(s) == SQLITE_ROW) {
			pager_add(&pp->p, R_HEADER, 0, "线索 #%s 的证据与法律依据（%s）", T(s, 0), T(s, 2));
			pager_add(&pp->p, R_WARN, 0, "%s", T(s, 1));
			pager_add(&pp->p, R_MUTED, 0, "%s", T(s, 3));
		}
		sqlite3_finalize(s);
	}
	if (drafts_comments_query(v->t->db, pp->id, &s, &e) == 0) {
		pager_add(&pp->p, R_HEADER, 0, "%s", "审核意见");
		while (sqlite3_step(s) == SQLITE_ROW)
			pager_add(&pp->p, R_NORMAL, 0, "  %s %s：%s", T(s, 0), T(s, 1), T(s, 2));
		sqlite3_finalize(s);
	}
	pager_add(&pp->p, R_HEADER, 0, "%s", "正文");
	pager_add(&pp->p, R_NORMAL, 0, "%s", body ? body : "");
	free(body);
}

static void docs_list(struct view *v, struct paper *pp)
{
	sqlite3_stmt *s;
	struct jz_err e;
	pager_add(&pp->p, R_TITLE, 0, "%s", "扫描文书");
	if (documents_list_query(v->t->db, &s, &e)) {
		pager_add(&pp->p, R_WARN, 0, "%s", e.msg);
		return;
	}
	while (sqlite3_step(s) == SQLITE_ROW)
		pager_add(&pp->p, sqlite3_column_int(s, 5) ? R_WARN : R_NORMAL, sqlite3_column_int64(s, 0),
			  "#%-4lld %-8s %s  %s页%s  要素%d（待审%d）  %s", sqlite3_column_int64(s, 0), T(s, 1), T(s, 4),
			  T(s, 3), sqlite3_column_int(s, 5) ? "（有低置信度页）" : "", sqlite3_column_int(s, 6),
			  sqlite3_column_int(s, 7), T(s, 2));
	sqlite3_finalize(s);
}

static void doc_page(struct view *v, struct paper *pp)
{
	sqlite3_stmt *s;
	struct jz_err e;
	pager_add(&pp->p, R_TITLE, 0, "文书 #%lld", pp->id);
	pager_add(&pp->p, R_HEADER, 0, "%s", "提取的要素（y 确认  x 驳回  e 更正）");
	if (document_facts_query(v->t->db, pp->id, &s, &e) == 0) {
		while (sqlite3_step(s) == SQLITE_ROW) {
			const char *st = T(s, 6);
			enum role r = strcmp(st, "proposed") == 0 ? R_NORMAL : strcmp(st, "rejected") == 0 ? R_MUTED : R_OK;
			pager_add(&pp->p, r, sqlite3_column_int64(s, 0), "  %-9s %s  〔第%s页第%s行「%s」〕 %s", T(s, 3), T(s, 4),
				  T(s, 1), T(s, 2), T(s, 5), strcmp(st, "proposed") == 0 ? "待审" : strcmp(st, "confirmed") == 0
				  ? "已确认" : strcmp(st, "rejected") == 0 ? "已驳回" : "已更正");
		}
		sqlite3_finalize(s);
	}
	if (document_pages_query(v->t->db, pp->id, &s, &e) == 0) {
		while (sqlite3_step(s) == SQLITE_ROW) {
			int low = sqlite3_column_int(s, 2);
			pager_add(&pp->p, low ? R_WARN : R_HEADER, 0, "第%s页  置信度 %.0f%s%s", T(s, 0), sqlite3_column_double(s, 1),
				  low ? "  【低置信度，请对照原件】" : "", *T(s, 3) ? T(s, 3) : "");
			pager_add(&pp->p, low ? R_WARN : R_NORMAL, 0, "%s", T(s, 4));
		}
		sqlite3_finalize(s);
	}
}

static void reload(struct view *v)
{
	struct paper *pp = v->priv;
	int top = pp->p.top, cur = pp->p.cur;
	pager_clear(&pp->p);
	void (*fill[])(struct view *, struct paper *) = { drafts_list, draft_page, docs_list, doc_page };
	fill[pp->kind](v, pp);
	pp->p.top = top;
	pp->p.cur = cur;
}

static void draw(struct view *v)
{
	struct paper *pp = v->priv;
	static const char *const status[] = {
		" Enter 打开  j/k 移动  r 刷新  q 返回  ? 帮助",
		" s 提交  a 批准  b 退回  i 发出  c 意见  q 返回  ? 帮助",
		" Enter 打开  j/k 移动  q 返回  ? 帮助",
		" y 确认  x 驳回  e 更正  j/k 移动  q 返回  ? 帮助",
	};
	pager_draw(&pp->p, 1, LINES - 3);
	tui_draw_frame(v->t, v->ops->name, status[pp->kind]);
}

static struct view *paper_new(struct tui *t, int kind, long long id);

static void report(struct view *v, int rc, const struct jz_err *e, const char *done)
{
	if (rc)
		tui_message(v->t, 1, "%s", e->msg);
	else
		tui_message(v->t, 0, "%s", done);
	reload(v);
}

static enum result handle(struct view *v, enum act a)
{
	struct paper *pp = v->priv;
	struct jz_err e;
	long long link = pager_link(&pp->p);
	if (a == A_BACK)
		return RES_BACK;
	if (a == A_REFRESH) {
		reload(v);
		return RES_OK;
	}
	if (a == A_OPEN && (pp->kind == 0 || pp->kind == 2) && link) {
		tui_push(v->t, paper_new(v->t, pp->kind + 1, link));
		return RES_OK;
	}
	if (pp->kind == 1) {
		enum draft_action da = a == A_CONFIRM ? DA_APPROVE : a == A_MARK ? DA_SUBMIT : a == A_APPLY ? DA_ISSUE : DA_RETURN;
		if (a == A_CONFIRM || a == A_MARK || a == A_APPLY) {
			report(v, drafts_step(v->t->db, pp->id, da, NULL, &e), &e, "已完成");
			return RES_OK;
		}
		if (a == A_DISMISS || a == A_FILTER) {
			char *text = prompt_line(v->t, a == A_DISMISS ? "退回意见: " : "审核意见: ", NULL);
			if (text && *text)
				report(v, a == A_DISMISS ? drafts_step(v->t->db, pp->id, DA_RETURN, text, &e)
				       : drafts_comment(v->t->db, pp->id, text, &e), &e, a == A_DISMISS ? "已退回" : "意见已添加");
			free(text);
			return RES_OK;
		}
	}
	if (pp->kind == 3 && link && (a == A_CONFIRM || a == A_DISMISS || a == A_UNLABEL)) {
		if (a == A_UNLABEL) {
			char *value = prompt_line(v->t, "更正为: ", NULL);
			if (value && *value)
				report(v, facts_review(v->t->db, link, "corrected", value, &e), &e, "已更正（已记入审计）");
			free(value);
		} else {
			report(v, facts_review(v->t->db, link, a == A_CONFIRM ? "confirmed" : "rejected", NULL, &e), &e,
			       a == A_CONFIRM ? "已确认" : "已驳回");
			pp->p.cur++;     /* on to the next fact (lines are re-wrapped at the next draw) */
		}
		return RES_OK;
	}
	pager_move(&pp->p, a, LINES - 3);
	return RES_OK;
}

static void click(struct view *v, int y, int x, int dbl)
{
	(void)x;
	struct paper *pp = v->priv;
	pager_click(&pp->p, y - 1);
	if (dbl)
		handle(v, A_OPEN);
}

static void paper_free(struct view *v)
{
	struct paper *pp = v->priv;
	pager_clear(&pp->p);
	free(pp);
	free(v);
}

static const struct view_ops ops[] = {
	{ "文稿", list_acts, draw, handle, NULL, click, paper_free },
	{ "文稿详情", draft_acts, draw, handle, NULL, click, paper_free },
	{ "文书", list_acts, draw, handle, NULL, click, paper_free },
	{ "文书详情", doc_acts, draw, handle, NULL, click, paper_free },
};

static struct view *paper_new(struct tui *t, int kind, long long id)
{
	struct view *v = calloc(1, sizeof *v);
	struct paper *pp = calloc(1, sizeof *pp);
	v->ops = &ops[kind];
	v->t = t;
	v->priv = pp;
	pp->kind = kind;
	pp->id = id;
	reload(v);
	if (kind == 3)
		pp->p.cur = 2;      /* on the first fact */
	return v;
}

struct view *view_drafts_new(struct tui *t) { return paper_new(t, 0, 0); }
struct view *view_docs_new(struct tui *t) { return paper_new(t, 2, 0); }
