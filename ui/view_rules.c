/* view_rules.c — 规则: each rule's hits, labelled, confirmed and precision
 * (成案率), from leads_stats_query; Enter shows the rule's text and law
 * (rules_lib.h), l opens its leads. */
#include "ui.h"
#include "rules/leads.h"
#include "rules/library.h"

#include <stdlib.h>
#include <string.h>

struct rstat { char *code, *title, *stage, *precision; int hits, active, labelled, confirmed, dismissed; };

struct rules {
	struct rstat *rows;
	int n, cur, top;
};

static const struct action acts[] = {
	{ A_OPEN, "Enter", "规则全文：标题、阶段、法律依据、监督方式、参数", { KF(KEY_ENTER) } },
	{ A_LEADS, "l", "该规则的线索", { 'l' } },
	{ A_REFRESH, "r", "重新统计", { 'r' } },
	{ A_NONE, NULL, NULL, { 0 } },
};

static const char *col(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? (const char *)s : "";
}

static void stats_clear(struct rules *r)
{
	for (int i = 0; i < r->n; i++) {
		free(r->rows[i].code); free(r->rows[i].title); free(r->rows[i].stage); free(r->rows[i].precision);
	}
	free(r->rows);
	r->rows = NULL;
	r->n = 0;
}

static void load(struct tui *t, struct rules *r)
{
	sqlite3_stmt *st;
	struct jz_err e;
	stats_clear(r);
	if (leads_stats_query(t->db, &st, &e)) {
		tui_message(t, 1, "%s", e.msg);
		return;
	}
	int cap = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (r->n == cap) {
			cap = cap ? cap * 2 : 32;
			r->rows = realloc(r->rows, sizeof *r->rows * (size_t)cap);
		}
		struct rstat *s = &r->rows[r->n++];
		s->code = strdup(col(st, 0));
		s->title = strdup(col(st, 1));
		s->stage = strdup(col(st, 2));
		s->hits = sqlite3_column_int(st, 3);
		s->active = sqlite3_column_int(st, 4);
		s->labelled = sqlite3_column_int(st, 5);
		s->confirmed = sqlite3_column_int(st, 6);
		s->dismissed = sqlite3_column_int(st, 7);
		s->precision = strdup(*col(st, 8) ? col(st, 8) : "—");
	}
	sqlite3_finalize(st);
	if (r->cur >= r->n)
		r->cur = r->n ? r->n - 1 : 0;
}

static void draw(struct view *v)
{
	struct rules *r = v->priv;
	int h = LINES - 4, tw = COLS - 18 - 9 - 5 * 6 - 8;
	if (r->cur < r->top)
		r->top = r->cur;
	if (r->cur >= r->top + h)
		r->top = r->cur - h + 1;
	draw_cell(1, 0, COLS, "", theme(R_HEADER));
	draw_cell(1, 0, 18, "规则", theme(R_HEADER));
	draw_cell(1, 18, tw > 4 ? tw : 4, "标题", theme(R_HEADER));
	int x = 18 + (tw > 4 ? tw : 4);
	const char *hd[] = { "阶段", "命中", "有效", "已标", "成案", "排除", "成案率" };
	const int w[] = { 9, 6, 6, 6, 6, 6, 8 };
	for (int i = 0, xx = x; i < 7; xx += w[i], i++)
		draw_cell(1, xx, w[i], hd[i], theme(R_HEADER));
	for (int i = 0; i < h && r->top + i < r->n; i++) {
		const struct rstat *s = &r->rows[r->top + i];
		attr_t a = r->top + i == r->cur ? theme(R_CURSOR) : A_NORMAL;
		char num[5][16];
		int vals[5] = { s->hits, s->active, s->labelled, s->confirmed, s->dismissed };
		draw_cell(2 + i, 0, COLS, "", a);
		draw_cell(2 + i, 0, 18, s->code, a);
		draw_cell(2 + i, 18, tw > 4 ? tw : 4, s->title, a);
		draw_cell(2 + i, x, 9, s->stage, a);
		for (int k = 0; k < 5; k++) {
			snprintf(num[k], sizeof num[k], "%d ", vals[k]);
			draw_cell_right(2 + i, x + 9 + 6 * k, 6, num[k], a);
		}
		draw_cell_right(2 + i, x + 39, 8, s->precision, a);
	}
	struct strbuf st = STRBUF_INIT;
	sb_printf(&st, " 规则 %d 条 │ Enter 规则全文  l 线索  r 重新统计  ? 帮助", r->n);
	tui_draw_frame(v->t, "规则", sb_str(&st));
	sb_free(&st);
}

static enum result handle(struct view *v, enum act a)
{
	struct rules *r = v->priv;
	int h = LINES - 4;
	switch (a) {
	case A_BACK: return RES_BACK;
	case A_UP: if (r->cur > 0) r->cur--; break;
	case A_DOWN: if (r->cur < r->n - 1) r->cur++; break;
	case A_PGUP: r->cur = r->cur > h ? r->cur - h : 0; break;
	case A_PGDN: r->cur = r->cur + h < r->n ? r->cur + h : (r->n ? r->n - 1 : 0); break;
	case A_HOME: r->cur = 0; break;
	case A_END: r->cur = r->n ? r->n - 1 : 0; break;
	case A_OPEN: if (r->n) tui_push(v->t, view_rule_new(v->t, r->rows[r->cur].code)); break;
	case A_LEADS: if (r->n) tui_push(v->t, view_leads_new(v->t, r->rows[r->cur].code, 0)); break;
	case A_REFRESH: load(v->t, r); break;
	default: break;
	}
	return RES_OK;
}

static void click(struct view *v, int y, int x, int dbl)
{
	struct rules *r = v->priv;
	(void)x;
	if (y >= 2 && r->top + y - 2 < r->n) {
		r->cur = r->top + y - 2;
		if (dbl)
			handle(v, A_OPEN);
	}
}

static void vfree(struct view *v)
{
	stats_clear(v->priv);
	free(v->priv);
	free(v);
}

static const struct view_ops ops = { "规则", acts, draw, handle, NULL, click, vfree };

struct view *view_rules_new(struct tui *t)
{
	struct view *v = calloc(1, sizeof *v);
	struct rules *r = calloc(1, sizeof *r);
	v->ops = &ops;
	v->t = t;
	v->priv = r;
	load(t, r);
	return v;
}

/* ---- one rule's text and law ---- */
struct rule_view { struct pager p; char *code; };

static const struct action rule_acts[] = {
	{ A_LEADS, "l", "该规则的线索", { 'l' } },
	{ A_NONE, NULL, NULL, { 0 } },
};

static void rule_draw(struct view *v)
{
	struct rule_view *rv = v->priv;
	pager_draw(&rv->p, 1, LINES - 3);
	tui_draw_frame(v->t, rv->code, " j/k 滚动  l 线索  q 返回  ? 帮助");
}

static enum result rule_handle(struct view *v, enum act a)
{
	struct rule_view *rv = v->priv;
	if (a == A_BACK)
		return RES_BACK;
	if (a == A_LEADS)
		tui_push(v->t, view_leads_new(v->t, rv->code, 0));
	else
		pager_move(&rv->p, a, LINES - 3);
	return RES_OK;
}

static void ruleview_free(struct view *v)
{
	struct rule_view *rv = v->priv;
	pager_clear(&rv->p);
	free(rv->code);
	free(rv);
	free(v);
}

static const struct view_ops rule_ops = { "规则详情", rule_acts, rule_draw, rule_handle, NULL, NULL, ruleview_free };

static void rule_text(struct pager *p, const struct rule *r)
{
	pager_add(p, R_TITLE, 0, "%s  %s", r->code, r->title);
	pager_add(p, R_NORMAL, 0, "阶段 %s  严重程度 %s  版本 %s  核实方式 %s%s", r->stage, r->severity, r->version,
		  r->verification, r->user ? "  （用户规则）" : "");
	pager_add(p, R_MUTED, 0, "文件 %s", r->path);
	pager_add(p, R_NORMAL, 0, "%s", "");
	pager_add(p, R_HEADER, 0, "%s", "法律依据");
	pager_add(p, R_NORMAL, 0, "%s", r->basis);
	pager_add(p, R_NORMAL, 0, "%s", "");
	pager_add(p, R_HEADER, 0, "%s", "建议的监督方式");
	pager_add(p, R_NORMAL, 0, "%s", r->remedy);
	if (r->nparams) {
		pager_add(p, R_NORMAL, 0, "%s", "");
		pager_add(p, R_HEADER, 0, "%s", "参数");
		for (int i = 0; i < r->nparams; i++)
			pager_add(p, R_NORMAL, 0, "  %s = %s  %s", r->params[i].name, r->params[i].dflt,
				  r->params[i].note ? r->params[i].note : "");
	}
	pager_add(p, R_NORMAL, 0, "%s", "");
	pager_add(p, R_HEADER, 0, "%s", "筛查 SQL");
	pager_add(p, R_MUTED, 0, "%s", r->sql);
}

struct view *view_rule_new(struct tui *t, const char *code)
{
	struct view *v = calloc(1, sizeof *v);
	struct rule_view *rv = calloc(1, sizeof *rv);
	v->ops = &rule_ops;
	v->t = t;
	v->priv = rv;
	rv->code = strdup(code);
	struct rule_lib lib;
	struct jz_err e;
	memset(&lib, 0, sizeof lib);
	if (rules_load(&lib, &e)) {
		pager_add(&rv->p, R_WARN, 0, "无法读取规则库：%s", e.msg);
		return v;
	}
	const struct rule *r = rules_find(&lib, code);
	if (r)
		rule_text(&rv->p, r);
	else
		pager_add(&rv->p, R_WARN, 0, "规则库中没有 %s（可能已被删除）", code);
	rules_free(&lib);
	return v;
}
