/* view_lead.c — one lead: which rule fired, on which facts, the evidence
 * and the law, its label; the case's timeline and registry records with
 * their sources. y/x label it, o opens the case, d drafts from it, h shows
 * what people did to it, m the debtor's 资金 view, s similar cases. */
#include "ui.h"
#include "ui_drafts.h"
#include "ui_leads.h"
#include "query/casedetail.h"
#include "query/leadlist.h"
#include "query/sources.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

struct lead { long long id, case_id, version, debtor_id; struct pager p; };

static const enum act acts[] = {
	A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_OPEN, A_OPEN_CASE, A_LABEL_CONFIRM, A_LABEL_DISMISS,
	A_LABEL_CLEAR, A_LABEL_UNDO, A_DRAFT_NEW, A_HISTORY, A_MONEY, A_SIMILAR, A_NONE,
};
static const enum act status[] = { A_LABEL_CONFIRM, A_LABEL_DISMISS, A_LABEL_UNDO, A_OPEN_CASE, A_DRAFT_NEW,
				   A_MONEY, A_SIMILAR, A_HISTORY, A_NONE };

static void facts(struct tui *t, struct lead *l)
{
	struct case_detail cd;
	struct jz_err e;
	pager_add(&l->p, R_NORMAL, 0, "%s", "");
	pager_add(&l->p, R_HEADER, 0, "%s", "本案事实及来源（台账行 / 登记数据 / 文书页）");
	if (casedetail_load_facts(t->db, l->case_id, &cd, &e)) {
		pager_add(&l->p, R_WARN, 0, "  %s", e.msg);
		return;
	}
	l->debtor_id = 0;
	for (int i = 0; i < cd.nparties && !l->debtor_id; i++)
		if (strcmp(cd.parties[i].role, "被执行人") == 0)
			l->debtor_id = cd.parties[i].party_id;
	for (int i = 0; i < cd.nevents; i++) {
		const struct cd_event *v = &cd.events[i];
		pager_add(&l->p, R_NORMAL, 0, "  %s %s %s  〔%s〕", v->date, v->kind, v->item,
			  *v->source ? v->source : "来源未记录");
	}
	for (int i = 0; i < cd.nprops; i++) {
		const struct cd_property *p = &cd.props[i];
		pager_add(&l->p, R_NORMAL, 0, "  %s %s %s %s～%s  〔%s，按%s匹配〕", p->kind, p->item, p->reg_no, p->start,
			  p->end, p->source, !strcmp(p->match, "id") ? "证件号" : "姓名");
	}
	casedetail_free(&cd);
}

/* The rows the lead rests on: file and row, or document, page and line. */
static void rested_on(struct tui *t, struct pager *p, const char *sources)
{
	struct source_line *src;
	int n;
	struct jz_err e;
	if (!*sources)
		return;
	pager_add(p, R_NORMAL, 0, "%s", "");
	pager_add(p, R_HEADER, 0, "%s", "依据的数据");
	if (sources_describe(t->db, sources, &src, &n, &e)) {
		pager_add(p, R_WARN, 0, "  %s", e.msg);
		return;
	}
	for (int i = 0; i < n; i++)
		pager_add(p, R_NORMAL, 0, "  %s", src[i].text);
	source_lines_free(src, n);
}

static void section(struct pager *p, const char *title, const char *text)
{
	pager_add(p, R_NORMAL, 0, "%s", "");
	pager_add(p, R_HEADER, 0, "%s", title);
	pager_add(p, R_NORMAL, 0, "%s", text);
}

static void build(struct view *v)
{
	struct lead *l = v->priv;
	struct lead_info li;
	struct jz_err e;
	int top, cur;
	pager_keep(&l->p, &top, &cur);
	pager_clear(&l->p);
	int rc = leadlist_get(v->t->db, l->id, &li, &e);
	if (rc <= 0) {
		pager_add(&l->p, R_WARN, 0, "%s", rc < 0 ? e.msg : "线索不存在");
		return;
	}
	const struct lead_row *r = &li.r;
	l->case_id = r->case_id;
	l->version = r->version;
	pager_add(&l->p, R_TITLE, 0, "线索 #%lld  [%s] %s", l->id, r->rule, r->title);
	pager_add(&l->p, R_NORMAL, l->case_id, "案件 %s  法院 %s  承办人 %s  （Enter 打开案件）", r->case_no, li.court_name,
		  r->judge);
	pager_add(&l->p, R_NORMAL, 0, "阶段 %s  严重程度 %s  状态 %s  规则版本 %s", r->stage, r->severity,
		  !strcmp(r->status, "gone") ? "已消失" : "有效", li.rule_version);
	pager_add(&l->p, R_MUTED, 0, "首次发现 %s  最近 %s%s%s", li.first_seen, li.last_seen,
		  *li.gone_at ? "  消失于 " : "", li.gone_at);
	if (*r->label)
		pager_add(&l->p, R_OK, 0, "标注 %s %s %s（%s %s）", r->label, r->reason, li.note, li.labelled_by,
			  li.labelled_at);
	else
		pager_add(&l->p, R_OK, 0, "%s", "标注 待定");
	/* What and why first (a prosecutor reads evidence, then the law), the
	 * rows behind it and the exceptions checked after. */
	section(&l->p, "证据", r->evidence);
	section(&l->p, "法律依据", li.basis);
	section(&l->p, "建议的监督方式", li.remedy);
	rested_on(v->t, &l->p, li.sources);
	if (*li.checked)
		section(&l->p, "已核查的例外", li.checked);
	if (*li.next_change)
		pager_add(&l->p, R_MUTED, 0, "下次复核 %s（届时无新数据也会重新判断）", li.next_change);
	lead_info_free(&li);
	facts(v->t, l);
	pager_restore(&l->p, top, cur);
}

static void draw(struct view *v)
{
	struct lead *l = v->priv;
	pager_draw(&l->p, 1, LINES - 3);
	char where[64];
	snprintf(where, sizeof where, "线索 #%lld", l->id);
	tui_draw_frame(v->t, v, where, "");
}

static enum result handle(struct view *v, enum act a)
{
	struct lead *l = v->priv;
	switch (a) {
	case A_LABEL_CONFIRM: ui_label_leads(v->t, &l->id, &l->version, 1, "成案"); build(v); break;
	case A_LABEL_DISMISS: ui_label_leads(v->t, &l->id, &l->version, 1, "排除"); build(v); break;
	case A_LABEL_CLEAR: ui_unlabel_lead(v->t, l->id, l->version); build(v); break;
	case A_LABEL_UNDO: ui_undo_label(v->t); build(v); break;
	case A_OPEN: case A_OPEN_CASE: if (l->case_id) tui_push(v->t, view_detail_new(v->t, l->case_id)); break;
	case A_DRAFT_NEW: ui_draft_new(v->t, l->id, 0); break;
	case A_HISTORY: tui_push(v->t, view_history_new(v->t, "leads", l->id)); break;
	case A_MONEY:
		if (l->debtor_id)
			tui_push(v->t, view_money_new(v->t, l->debtor_id));
		else
			tui_message(v->t, 1, "%s", "本案没有被执行人");
		break;
	case A_SIMILAR: if (l->case_id) tui_push(v->t, view_similar_new(v->t, l->case_id, l->id)); break;
	default: pager_move(&l->p, a, LINES - 3); break;
	}
	return RES_OK;
}

static void click(struct view *v, int y, int x, int dbl)
{
	struct lead *l = v->priv;
	(void)x;
	pager_click(&l->p, y - 1);
	if (dbl && pager_link(&l->p))
		handle(v, A_OPEN_CASE);
}

static void vfree(struct view *v)
{
	struct lead *l = v->priv;
	pager_clear(&l->p);
	free(l);
	free(v);
}

static const struct view_ops ops = {
	V_LEAD, "线索详情", acts, status, NULL, draw, handle, NULL, click, NULL, build, vfree, NULL,
};

struct view *view_lead_new(struct tui *t, long long lead_id)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct lead *l = xcalloc(1, sizeof *l);
	v->ops = &ops;
	v->t = t;
	v->priv = l;
	l->id = lead_id;
	build(v);
	return v;
}
