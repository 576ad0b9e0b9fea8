/* view_detail.c — 案件详情: the case, parties (IDs masked until m), leads
 * with evidence and law, the timeline of events and measures, registry
 * properties with their sources, documents, related cases. Lines that name
 * a case, a lead or a document open it with Enter; d drafts from the lead
 * under the cursor, else from the case. m on a party opens its 资金 view
 * (elsewhere m shows the full IDs); M opens it for the party under the
 * cursor or the first debtor; s lists similar cases (类案). */
#include "ui.h"
#include "ui_drafts.h"
#include "query/casedetail.h"
#include "legal/mask.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Links: > 0 a case, < 0 a lead; documents are offset past LINK_DOC,
 * parties past LINK_PARTY. */
#define LINK_DOC (1LL << 40)
#define LINK_PARTY (1LL << 41)

struct detail {
	long long case_id;
	int unmasked;
	struct pager p;
	char *case_no;
	long long debtor_id;     /* the first 被执行人, for M anywhere */
};

static const enum act acts[] = {
	A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_OPEN, A_MASK, A_SHOW_LEADS, A_DRAFT_NEW, A_MONEY, A_SIMILAR,
	A_NONE,
};
static const enum act status[] = { A_OPEN, A_MASK, A_MONEY, A_SIMILAR, A_SHOW_LEADS, A_DRAFT_NEW, A_NONE };

static const char *or_dash(const char *s) { return *s ? s : "—"; }

static void add_case(struct detail *d, const struct cd_case *c)
{
	char a[32], b[32];
	free(d->case_no);
	d->case_no = xstrdup(c->case_no);
	pager_add(&d->p, R_TITLE, 0, "%s  %s %s", c->case_no, c->court_code, c->court_name);
	pager_add(&d->p, R_NORMAL, 0, "立案 %s  结案 %s  %s  承办人 %s", or_dash(c->filing), or_dash(c->closing),
		  *c->method ? c->method : "未结", or_dash(c->judge));
	pager_add(&d->p, R_NORMAL, 0, "案由 %s  执行依据 %s", or_dash(c->cause), or_dash(c->basis_no));
	pager_add(&d->p, R_AMOUNT, 0, "申请执行标的 %s 元  实际到位 %s 元", or_dash(fmt_yuan(c->claim, a)),
		  or_dash(fmt_yuan(c->paid, b)));
	if (*c->zb_reason)
		pager_add(&d->p, R_NORMAL, 0, "终本理由 %s", c->zb_reason);
	if (*c->source)
		pager_add(&d->p, R_MUTED, 0, "来源 %s", c->source);
}

static void header(struct detail *d, const char *title, int n)
{
	pager_add(&d->p, R_NORMAL, 0, "%s", "");
	pager_add(&d->p, R_HEADER, 0, "%s", title);
	if (!n)
		pager_add(&d->p, R_MUTED, 0, "%s", "  （无）");
}

static void add_parties(struct detail *d, const struct case_detail *cd)
{
	header(d, "当事人（m 资金）", cd->nparties);
	d->debtor_id = 0;
	for (int i = 0; i < cd->nparties; i++) {
		const struct cd_party *p = &cd->parties[i];
		if (!d->debtor_id && strcmp(p->role, "被执行人") == 0)
			d->debtor_id = p->party_id;
		char *m = d->unmasked ? xstrdup(p->id_no) : mask_id_no(p->id_no, p->kind);
		const char *bad = p->id_valid == 0 ? "（校验位错误）" : "";
		pager_add(&d->p, *bad ? R_WARN : R_NORMAL, LINK_PARTY + p->party_id, "  %s  %s  %s%s", p->role, p->name,
			  m && *m ? m : "（无证件号）", bad);
		free(m);
	}
}

static void add_leads(struct detail *d, const struct case_detail *cd)
{
	header(d, "监督线索", cd->nleads);
	for (int i = 0; i < cd->nleads; i++) {
		const struct cd_lead *l = &cd->leads[i];
		int gone = !strcmp(l->status, "gone");
		pager_add(&d->p, gone ? R_MUTED : R_WARN, -l->id, "  #%lld [%s] %s（%s）%s%s", l->id, l->rule, l->title,
			  l->severity, *l->label ? l->label : "未标注", gone ? " 已消失" : "");
		pager_add(&d->p, R_NORMAL, -l->id, "    证据：%s", l->evidence);
		pager_add(&d->p, R_MUTED, -l->id, "    依据：%s", l->basis);
	}
}

static void add_events(struct detail *d, const struct case_detail *cd)
{
	header(d, "执行经过（事件与措施）", cd->nevents);
	for (int i = 0; i < cd->nevents; i++) {
		const struct cd_event *v = &cd->events[i];
		struct strbuf sb = STRBUF_INIT;
		char a[32];
		sb_printf(&sb, "  %s %s", *v->date ? v->date : "（无日期）", v->kind);
		if (*v->item)
			sb_printf(&sb, " %s", v->item);
		if (v->amount >= 0)
			sb_printf(&sb, " 金额 %s 元", fmt_yuan(v->amount, a));
		if (v->value >= 0)
			sb_printf(&sb, " 价值 %s 元", fmt_yuan(v->value, a));
		if (*v->end_date)
			sb_printf(&sb, " 至 %s", v->end_date);
		if (*v->counterparty)
			sb_printf(&sb, " · %s", v->counterparty);
		if (*v->source)
			sb_printf(&sb, "  〔%s〕", v->source);
		pager_add(&d->p, R_NORMAL, 0, "%s", sb_str(&sb));
		sb_free(&sb);
	}
}

static void add_properties(struct detail *d, const struct case_detail *cd)
{
	header(d, "被执行人财产（登记信息）", cd->nprops);
	for (int i = 0; i < cd->nprops; i++) {
		const struct cd_property *p = &cd->props[i];
		char a[32];
		fmt_yuan(p->value, a);
		pager_add(&d->p, R_NORMAL, 0, "  %s %s %s %s %s%s%s 〔%s，按%s匹配%s%s〕", p->kind, p->holder, p->item,
			  p->reg_no, a, *a ? " 元 " : "", *p->end ? "已注销/转出" : "", p->start,
			  !strcmp(p->match, "id") ? "证件号" : "姓名", *p->source ? " " : "", p->source);
	}
}

static void add_documents(struct detail *d, const struct case_detail *cd)
{
	header(d, "文书", cd->ndocs);
	for (int i = 0; i < cd->ndocs; i++) {
		const struct cd_document *doc = &cd->docs[i];
		pager_add(&d->p, doc->low_conf_pages ? R_WARN : R_NORMAL, LINK_DOC + doc->id, "  #%lld %s %d 页 %s%s",
			  doc->id, doc->kind, doc->pages, doc->path, doc->low_conf_pages ? "（有低置信度页）" : "");
	}
}

static void add_related(struct detail *d, const struct case_detail *cd)
{
	header(d, "关联案件（同一被执行人 / 同一承办人）", cd->nrelated);
	for (int i = 0; i < cd->nrelated; i++) {
		const struct cd_related *r = &cd->related[i];
		pager_add(&d->p, R_NORMAL, r->case_id, "  %s  %s  %s  %s", r->case_no, r->filing,
			  *r->method ? r->method : "未结", r->relation);
	}
}

static void build(struct view *v)
{
	struct detail *d = v->priv;
	int top, cur;
	pager_keep(&d->p, &top, &cur);
	pager_clear(&d->p);
	struct case_detail cd;
	struct jz_err e;
	if (casedetail_load(v->t->db, d->case_id, 20, &cd, &e)) {
		pager_add(&d->p, R_WARN, 0, "%s", e.msg);
		return;
	}
	if (!cd.found) {
		pager_add(&d->p, R_WARN, 0, "案件 %lld 不存在", d->case_id);
	} else {
		add_case(d, &cd.c);
		add_parties(d, &cd);
		add_leads(d, &cd);
		add_events(d, &cd);
		add_properties(d, &cd);
		add_documents(d, &cd);
		add_related(d, &cd);
	}
	casedetail_free(&cd);
	pager_restore(&d->p, top, cur);
}

static void draw(struct view *v)
{
	struct detail *d = v->priv;
	pager_draw(&d->p, 1, LINES - 3);
	tui_draw_frame(v->t, v, d->case_no ? d->case_no : "案件详情", d->unmasked ? "证件号已显示" : "");
}

static void open_link(struct view *v, long long link)
{
	if (link >= LINK_PARTY)
		tui_push(v->t, view_money_new(v->t, link - LINK_PARTY));
	else if (link >= LINK_DOC)
		tui_push(v->t, view_doc_new(v->t, link - LINK_DOC));
	else if (link > 0)
		tui_push(v->t, view_detail_new(v->t, link));
	else if (link < 0)
		tui_push(v->t, view_lead_new(v->t, -link));
}

static enum result handle(struct view *v, enum act a)
{
	struct detail *d = v->priv;
	switch (a) {
	case A_OPEN: open_link(v, pager_link(&d->p)); break;
	case A_MONEY: {
		long long link = pager_link(&d->p);
		long long party = link >= LINK_PARTY ? link - LINK_PARTY : d->debtor_id;
		if (party)
			tui_push(v->t, view_money_new(v->t, party));
		else
			tui_message(v->t, 1, "%s", "本案没有被执行人");
		break;
	}
	case A_SIMILAR: {
		long long link = pager_link(&d->p);   /* on a lead: similar to that lead */
		tui_push(v->t, view_similar_new(v->t, d->case_id, link < 0 ? -link : 0));
		break;
	}
	case A_MASK:
		if (pager_link(&d->p) >= LINK_PARTY) {   /* m on a party: its money */
			tui_push(v->t, view_money_new(v->t, pager_link(&d->p) - LINK_PARTY));
			break;
		}
		d->unmasked = !d->unmasked;
		if (d->unmasked) {
			struct jz_err e;
			if (casedetail_reveal_ids(v->t->db, d->case_id, &e)) {
				d->unmasked = 0;
				tui_message(v->t, 1, "%s", e.msg);
			}
		}
		build(v);
		break;
	case A_SHOW_LEADS: tui_push(v->t, view_leads_new(v->t, NULL, d->case_id)); break;
	case A_DRAFT_NEW: {
		long long link = pager_link(&d->p);   /* a lead's lines link to it (< 0) */
		ui_draft_new(v->t, link < 0 ? -link : 0, link < 0 ? 0 : d->case_id);
		break;
	}
	default: pager_move(&d->p, a, LINES - 3); break;
	}
	return RES_OK;
}

static void click(struct view *v, int y, int x, int dbl)
{
	struct detail *d = v->priv;
	(void)x;
	pager_click(&d->p, y - 1);
	if (dbl)
		handle(v, A_OPEN);
}

static void vfree(struct view *v)
{
	struct detail *d = v->priv;
	pager_clear(&d->p);
	free(d->case_no);
	free(d);
	free(v);
}

static const struct view_ops ops = {
	V_DETAIL, "案件详情", acts, status, NULL, draw, handle, NULL, click, NULL, build, vfree, NULL,
};

struct view *view_detail_new(struct tui *t, long long case_id)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct detail *d = xcalloc(1, sizeof *d);
	v->ops = &ops;
	v->t = t;
	v->priv = d;
	d->case_id = case_id;
	build(v);
	return v;
}
