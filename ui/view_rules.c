/* view_rules.c — 规则: each rule's hits, labelled, confirmed and 成案率
 * (query/leadlist.h, from the v_rule_outcomes view); Enter shows the
 * rule's text and law (rules/library.h), l opens its leads, E exports the
 * list. */
#include "ui.h"
#include "export/export.h"
#include "query/leadlist.h"
#include "rules/library.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

struct rules {
	struct rule_stat *rows;
	int n;
	struct table tb;
	char *search;        /* code or title text; n/N move between matches */
};

static const enum act acts[] = {
	A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_OPEN, A_SHOW_LEADS, A_SEARCH, A_NEXT, A_PREV, A_EXPORT, A_NONE,
};
static const enum act status[] = { A_OPEN, A_SHOW_LEADS, A_SEARCH, A_EXPORT, A_RELOAD, A_NONE };

static const struct table_col cols[] = {
	{ "规则", 17, 0, 0 }, { "标题", 0, 0, 0 }, { "阶段", 8, 3, 0 }, { "命中", 6, 0, 1 }, { "有效", 6, 2, 1 },
	{ "已标", 6, 1, 1 }, { "成案", 6, 0, 1 }, { "排除", 6, 2, 1 }, { "成案率", 7, 0, 1 },
};

static void load(struct view *v)
{
	struct rules *r = v->priv;
	struct jz_err e;
	rule_stats_free(r->rows, r->n);
	r->rows = NULL;
	r->n = 0;
	if (leadlist_rule_stats(v->t->db, &r->rows, &r->n, &e))
		tui_message(v->t, 1, "%s", e.msg);
	r->tb.n = r->n;
}

static const char *cell(void *ctx, int row, int col, enum role *role, char buf[64])
{
	const struct rule_stat *s = &((struct rules *)ctx)->rows[row];
	long nums[] = { s->hits, s->active, s->labelled, s->confirmed, s->dismissed };
	(void)role;
	switch (col) {
	case 0: return s->code;
	case 1: return s->title;
	case 2: return s->stage;
	case 8:
		if (s->precision < 0)
			return "—";
		snprintf(buf, 64, "%.1f%%", 100.0 * s->precision);
		return buf;
	default: snprintf(buf, 64, "%ld", nums[col - 3]); return buf;
	}
}

static void draw(struct view *v)
{
	struct rules *r = v->priv;
	table_draw(&r->tb, 1, LINES - 3, cell, r);
	char info[64];
	snprintf(info, sizeof info, " 规则 %d 条", r->n);
	tui_draw_frame(v->t, v, "规则", info);
}

/* The next rule (dir 1) or previous (-1) from the cursor whose code or
 * title contains the search text; 0 when none. */
static int find(struct rules *r, int dir)
{
	for (int k = 1; r->search && k <= r->n; k++) {
		int i = ((r->tb.cur + dir * k) % r->n + r->n) % r->n;
		if (strstr(r->rows[i].code, r->search) || strstr(r->rows[i].title, r->search)) {
			r->tb.cur = i;
			return 1;
		}
	}
	return 0;
}

static void search(struct view *v, struct rules *r)
{
	char *s = prompt_line(v->t, "/ 搜索规则编号或标题: ", r->search);
	if (!s)
		return;
	free(r->search);
	r->search = *s ? s : NULL;
	if (!*s)
		free(s);
	else if (!find(r, 0) && !find(r, 1))
		tui_message(v->t, 1, "没有找到“%s”", r->search);
}

static void export(struct tui *t)
{
	char *path = ui_export_path(t, "规则");
	if (!path)
		return;
	struct export_opts o = { .quiet = 1 };
	long rows = 0;
	struct jz_err e;
	int rc = export_list_xlsx(t->db, path, EXPORT_LIST_RULES, NULL, &o, &rows, &e);
	ui_export_report(t, rc, rows, path, &e);
	free(path);
}

static enum result handle(struct view *v, enum act a)
{
	struct rules *r = v->priv;
	const char *code = r->n ? r->rows[r->tb.cur].code : NULL;
	switch (a) {
	case A_SEARCH: search(v, r); break;
	case A_NEXT: case A_PREV:
		if (!find(r, a == A_NEXT ? 1 : -1))
			tui_message(v->t, 1, "%s", r->search ? "没有更多匹配" : "先按 / 搜索");
		break;
	case A_OPEN: if (code) tui_push(v->t, view_rule_new(v->t, code)); break;
	case A_SHOW_LEADS: if (code) tui_push(v->t, view_leads_new(v->t, code, 0)); break;
	case A_EXPORT: export(v->t); break;
	default: table_move(&r->tb, a, LINES - 3); break;
	}
	return RES_OK;
}

static void click(struct view *v, int y, int x, int dbl)
{
	struct rules *r = v->priv;
	(void)x;
	if (table_click(&r->tb, 1, y, dbl))
		handle(v, A_OPEN);
}

static void vfree(struct view *v)
{
	struct rules *r = v->priv;
	rule_stats_free(r->rows, r->n);
	free(r->search);
	free(r);
	free(v);
}

static const struct view_ops ops = {
	V_RULES, "规则", acts, status, NULL, draw, handle, NULL, click, NULL, load, vfree, NULL,
};

struct view *view_rules_new(struct tui *t)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct rules *r = xcalloc(1, sizeof *r);
	v->ops = &ops;
	v->t = t;
	v->priv = r;
	r->tb.cols = cols;
	r->tb.ncols = (int)(sizeof cols / sizeof *cols);
	load(v);
	return v;
}

/* ---- one rule's text and law ---- */
struct rule_view { struct pager p; char *code; };

static const enum act rule_acts[] = { A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_SHOW_LEADS, A_NONE };
static const enum act rule_status[] = { A_SHOW_LEADS, A_NONE };

static void rule_draw(struct view *v)
{
	struct rule_view *rv = v->priv;
	pager_draw(&rv->p, 1, LINES - 3);
	tui_draw_frame(v->t, v, rv->code, "");
}

static enum result rule_handle(struct view *v, enum act a)
{
	struct rule_view *rv = v->priv;
	if (a == A_SHOW_LEADS)
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

static const struct view_ops rule_ops = {
	V_RULE, "规则详情", rule_acts, rule_status, NULL, rule_draw, rule_handle, NULL, NULL, NULL, NULL, ruleview_free, NULL,
};

static void rule_text(struct pager *p, const struct rule *r)
{
	pager_add(p, R_TITLE, 0, "%s  %s", r->code, r->title);
	pager_add(p, R_NORMAL, 0, "阶段 %s  严重程度 %s  版本 %s  核实方式 %s%s", r->stage, r->severity, r->version,
		  r->verification, r->user == 2 ? "  （共享规则）" : "");
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
	struct view *v = xcalloc(1, sizeof *v);
	struct rule_view *rv = xcalloc(1, sizeof *rv);
	v->ops = &rule_ops;
	v->t = t;
	v->priv = rv;
	rv->code = xstrdup(code);
	struct rule_lib lib;
	struct jz_err e;
	memset(&lib, 0, sizeof lib);
	if (rules_load(t->db, &lib, &e)) {
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
