/* view_detail.c — 案件详情: the case, parties (IDs masked until m), the
 * timeline of events and measures, registry properties with their
 * sources, documents, leads with evidence and law, related cases.
 * Lines that name a case or a lead open it with Enter. */
#include "ui.h"
#include "query/casedetail.h"
#include "query/caselist.h"
#include "legal/mask.h"
#include "store/audit.h"

#include <stdlib.h>
#include <string.h>

struct detail {
	long long case_id;
	int unmasked;
	struct pager p;
	char *case_no;
};

static const struct action acts[] = {
	{ A_OPEN, "Enter", "打开光标所在行的案件或线索", { KF(KEY_ENTER) } },
	{ A_MASK, "m", "显示/隐藏完整证件号（显示会记入审计）", { 'm' } },
	{ A_LEADS, "l", "本案的线索队列", { 'l' } },
	{ A_NONE, NULL, NULL, { 0 } },
};

static const char *txt(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? (const char *)s : "";
}

static const char *yuan(sqlite3_stmt *st, int i, char *buf, int size)
{
	if (sqlite3_column_type(st, i) == SQLITE_NULL)
		return "";
	caselist_fmt_yuan(sqlite3_column_int64(st, i), buf, size);
	return buf;
}

/* Run one section: prepare with fn, add a header, one line per row. */
typedef int (*section_fn)(sqlite3 *, long long, sqlite3_stmt **, struct jz_err *);

static sqlite3_stmt *section(struct view *v, struct detail *d, section_fn fn, const char *title)
{
	sqlite3_stmt *st = NULL;
	struct jz_err e;
	pager_add(&d->p, R_NORMAL, 0, "%s", "");
	pager_add(&d->p, R_HEADER, 0, "%s", title);
	if (fn(v->t->db, d->case_id, &st, &e)) {
		pager_add(&d->p, R_WARN, 0, "  %s", e.msg);
		return NULL;
	}
	return st;
}

static void add_case(struct view *v, struct detail *d)
{
	sqlite3_stmt *st;
	struct jz_err e;
	char a[32], b[32];
	if (casedetail_case(v->t->db, d->case_id, &st, &e)) {
		pager_add(&d->p, R_WARN, 0, "%s", e.msg);
		return;
	}
	if (sqlite3_step(st) == SQLITE_ROW) {
		free(d->case_no);
		d->case_no = strdup(txt(st, 0));
		pager_add(&d->p, R_TITLE, 0, "%s  %s %s", txt(st, 0), txt(st, 1), txt(st, 2));
		pager_add(&d->p, R_NORMAL, 0, "立案 %s  结案 %s  %s  承办人 %s", txt(st, 3),
			  *txt(st, 4) ? txt(st, 4) : "—", *txt(st, 5) ? txt(st, 5) : "未结", txt(st, 10));
		pager_add(&d->p, R_NORMAL, 0, "案由 %s  执行依据 %s", txt(st, 6), txt(st, 9));
		pager_add(&d->p, R_AMOUNT, 0, "申请执行标的 %s 元  实际到位 %s 元", yuan(st, 7, a, sizeof a),
			  yuan(st, 8, b, sizeof b));
		if (*txt(st, 11))
			pager_add(&d->p, R_NORMAL, 0, "终本理由 %s", txt(st, 11));
		if (*txt(st, 12))
			pager_add(&d->p, R_MUTED, 0, "来源 %s", txt(st, 12));
	} else {
		pager_add(&d->p, R_WARN, 0, "案件 %lld 不存在", d->case_id);
	}
	sqlite3_finalize(st);
}

static void add_parties(struct view *v, struct detail *d)
{
	sqlite3_stmt *st = section(v, d, casedetail_parties, "当事人");
	while (st && sqlite3_step(st) == SQLITE_ROW) {
		const char *id = txt(st, 3);
		char *m = d->unmasked ? strdup(id) : mask_id_no(id, txt(st, 2));
		const char *valid = sqlite3_column_type(st, 4) == SQLITE_NULL ? ""
				    : sqlite3_column_int(st, 4) ? "" : "（校验位错误）";
		pager_add(&d->p, *valid ? R_WARN : R_NORMAL, 0, "  %s  %s  %s%s", txt(st, 0), txt(st, 1),
			  m ? m : "（无证件号）", valid);
		free(m);
	}
	sqlite3_finalize(st);
}

static void add_events(struct view *v, struct detail *d)
{
	sqlite3_stmt *st = section(v, d, casedetail_events, "执行经过（事件与措施）");
	char a[32];
	int n = 0;
	while (st && sqlite3_step(st) == SQLITE_ROW) {
		n++;
		struct strbuf sb = STRBUF_INIT;
		sb_printf(&sb, "  %s %s", *txt(st, 0) ? txt(st, 0) : "（无日期）", txt(st, 1));
		if (*txt(st, 2))
			sb_printf(&sb, " %s", txt(st, 2));
		if (*yuan(st, 3, a, sizeof a))
			sb_printf(&sb, " 金额 %s 元", a);
		if (*yuan(st, 4, a, sizeof a))
			sb_printf(&sb, " 价值 %s 元", a);
		if (*txt(st, 5))
			sb_printf(&sb, " 至 %s", txt(st, 5));
		if (*txt(st, 6))
			sb_printf(&sb, " · %s", txt(st, 6));
		if (*txt(st, 7))
			sb_printf(&sb, "  〔%s〕", txt(st, 7));
		pager_add(&d->p, R_NORMAL, 0, "%s", sb_str(&sb));
		sb_free(&sb);
	}
	if (!n)
		pager_add(&d->p, R_MUTED, 0, "  （无记录）");
	sqlite3_finalize(st);
}

static void add_properties(struct view *v, struct detail *d)
{
	sqlite3_stmt *st = section(v, d, casedetail_properties, "被执行人财产（登记信息）");
	char a[32];
	int n = 0;
	while (st && sqlite3_step(st) == SQLITE_ROW) {
		n++;
		pager_add(&d->p, R_NORMAL, 0, "  %s %s %s %s %s%s%s 〔%s，按%s匹配%s%s〕", txt(st, 0), txt(st, 1),
			  txt(st, 3), txt(st, 4), yuan(st, 5, a, sizeof a), *a ? " 元 " : "",
			  *txt(st, 7) ? "已注销/转出" : "", txt(st, 6),
			  !strcmp(txt(st, 2), "id") ? "证件号" : "姓名", *txt(st, 8) ? " " : "", txt(st, 8));
	}
	if (!n)
		pager_add(&d->p, R_MUTED, 0, "  （无记录）");
	sqlite3_finalize(st);
}

static void add_documents(struct view *v, struct detail *d)
{
	sqlite3_stmt *st = section(v, d, casedetail_documents, "文书");
	int n = 0;
	while (st && sqlite3_step(st) == SQLITE_ROW) {
		n++;
		int low = sqlite3_column_int(st, 4);
		pager_add(&d->p, low ? R_WARN : R_NORMAL, 0, "  #%s %s %s 页 %s%s", txt(st, 0), txt(st, 1),
			  txt(st, 2), txt(st, 3), low ? "（有低置信度页）" : "");
	}
	if (!n)
		pager_add(&d->p, R_MUTED, 0, "  （无文书）");
	sqlite3_finalize(st);
}

static void add_leads(struct view *v, struct detail *d)
{
	sqlite3_stmt *st = section(v, d, casedetail_leads, "监督线索");
	int n = 0;
	while (st && sqlite3_step(st) == SQLITE_ROW) {
		n++;
		long long id = sqlite3_column_int64(st, 0);
		int gone = !strcmp(txt(st, 4), "gone");
		pager_add(&d->p, gone ? R_MUTED : R_WARN, -id, "  #%lld [%s] %s（%s）%s%s", id, txt(st, 1), txt(st, 2),
			  txt(st, 3), *txt(st, 5) ? txt(st, 5) : "未标注", gone ? " 已消失" : "");
		pager_add(&d->p, R_NORMAL, -id, "    证据：%s", txt(st, 6));
		pager_add(&d->p, R_MUTED, -id, "    依据：%s", txt(st, 7));
	}
	if (!n)
		pager_add(&d->p, R_MUTED, 0, "  （无线索）");
	sqlite3_finalize(st);
}

static int related_fn(sqlite3 *db, long long id, sqlite3_stmt **st, struct jz_err *e)
{
	return casedetail_related(db, id, 20, st, e);
}

static void add_related(struct view *v, struct detail *d)
{
	sqlite3_stmt *st = section(v, d, related_fn, "关联案件（同一被执行人 / 同一承办人）");
	int n = 0;
	while (st && sqlite3_step(st) == SQLITE_ROW) {
		n++;
		pager_add(&d->p, R_NORMAL, sqlite3_column_int64(st, 0), "  %s  %s  %s  %s", txt(st, 1),
			  txt(st, 4), *txt(st, 3) ? txt(st, 3) : "未结", txt(st, 2));
	}
	if (!n)
		pager_add(&d->p, R_MUTED, 0, "  （无）");
	sqlite3_finalize(st);
}

static void build(struct view *v)
{
	struct detail *d = v->priv;
	int cur = d->p.cur, top = d->p.top;
	pager_clear(&d->p);
	add_case(v, d);
	add_parties(v, d);
	add_leads(v, d);
	add_events(v, d);
	add_properties(v, d);
	add_documents(v, d);
	add_related(v, d);
	d->p.cur = cur;
	d->p.top = top;
}

static void draw(struct view *v)
{
	struct detail *d = v->priv;
	pager_draw(&d->p, 1, LINES - 3);
	tui_draw_frame(v->t, d->case_no ? d->case_no : "案件详情",
		       d->unmasked ? " Enter 打开  m 隐藏证件号  l 线索  q 返回  ? 帮助"
				   : " Enter 打开  m 显示证件号  l 线索  q 返回  ? 帮助");
}

static enum result handle(struct view *v, enum act a)
{
	struct detail *d = v->priv;
	long long link;
	switch (a) {
	case A_BACK: return RES_BACK;
	case A_OPEN:
		link = pager_link(&d->p);
		if (link > 0)
			tui_push(v->t, view_detail_new(v->t, link));
		else if (link < 0)
			tui_push(v->t, view_lead_new(v->t, -link));
		break;
	case A_MASK:
		d->unmasked = !d->unmasked;
		if (d->unmasked) {
			struct jz_err e;
			audit_log(v->t->db, "party.unmask", "cases", d->case_id, NULL, NULL,
				  "在工作台查看完整证件号", &e);
		}
		build(v);
		break;
	case A_LEADS: tui_push(v->t, view_leads_new(v->t, NULL, d->case_id)); break;
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

static const struct view_ops ops = { "案件详情", acts, draw, handle, NULL, click, vfree };

struct view *view_detail_new(struct tui *t, long long case_id)
{
	struct view *v = calloc(1, sizeof *v);
	struct detail *d = calloc(1, sizeof *d);
	v->ops = &ops;
	v->t = t;
	v->priv = d;
	d->case_id = case_id;
	build(v);
	return v;
}
