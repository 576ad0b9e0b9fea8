/* view_similar.c — 类案: the past cases closest to a case or a lead
 * (query/similar.h), best first, each with its score, why it was chosen
 * and how it ended; the line above the status bar spells out the row under
 * the cursor. Enter opens the case. */
#include "ui.h"
#include "query/similar.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LIMIT 30

struct simv {
	long long case_id, lead_id;
	struct similar_row *rows;
	int n;
	struct table tb;
};

static const enum act acts[] = { A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_OPEN, A_OPEN_CASE, A_NONE };
static const enum act status[] = { A_OPEN, A_RELOAD, A_NONE };
static const struct table_col cols[] = {
	{ "分数", 5, 0, 1 }, { "案号", 22, 0, 0 }, { "结果", 14, 1, 0 }, { "选取理由", 0, 0, 0 },
};

static void load(struct view *v)
{
	struct simv *s = v->priv;
	struct jz_err e;
	similar_free(s->rows, s->n);
	if (similar_find(v->t->db, s->case_id, s->lead_id, LIMIT, &s->rows, &s->n, &e))
		tui_message(v->t, 1, "%s", e.msg);
	s->tb.n = s->n;
	if (s->tb.cur >= s->n)
		s->tb.cur = s->n ? s->n - 1 : 0;
}

/* How a case ended, in few words: 成案 → 建议 → 采纳 → 恢复 → 到位. */
static void ended(const struct similar_row *r, struct strbuf *sb)
{
	char a[32];
	sb_adds(sb, *r->label ? r->label : "未标注");
	if (r->suggestion)
		sb_adds(sb, "·建议");
	if (*r->outcome)
		sb_printf(sb, "·%s", r->outcome);
	if (r->resumed == 1)
		sb_adds(sb, "·恢复执行");
	if (r->recovered_fen > 0)
		sb_printf(sb, "·到位%s元", fmt_yuan(r->recovered_fen, a));
}

static const char *cell(void *ctx, int row, int col, enum role *role, char buf[64])
{
	const struct similar_row *r = &((struct simv *)ctx)->rows[row];
	struct strbuf sb = STRBUF_INIT;
	if (!strcmp(r->label, "成案"))
		*role = R_OK;
	switch (col) {
	case 0: snprintf(buf, 64, "%.2f", r->score); return buf;
	case 1: return r->case_no;
	case 2:
		ended(r, &sb);
		snprintf(buf, 64, "%s", sb_str(&sb));
		sb_free(&sb);
		return buf;
	default: return r->reason;
	}
}

static void draw(struct view *v)
{
	struct simv *s = v->priv;
	table_draw(&s->tb, 1, LINES - 4, cell, s);
	struct strbuf sb = STRBUF_INIT;
	if (s->n) {
		const struct similar_row *r = &s->rows[s->tb.cur];
		sb_printf(&sb, "%s；%s %s [%s] ", r->reason, r->court, r->judge, r->rule);
		ended(r, &sb);
		if (*r->closing)
			sb_printf(&sb, "；%s", r->closing);
	} else {
		sb_adds(&sb, "（没有可比的已办案件：要有线索的其他案件）");
	}
	draw_cell(LINES - 3, 0, COLS, sb_str(&sb), theme(R_MUTED));
	sb_free(&sb);
	char info[64];
	snprintf(info, sizeof info, " 类案 %d 件", s->n);
	tui_draw_frame(v->t, v, s->lead_id ? "类案（按线索）" : "类案（按案件）", info);
}

static enum result handle(struct view *v, enum act a)
{
	struct simv *s = v->priv;
	if ((a == A_OPEN || a == A_OPEN_CASE) && s->n)
		tui_push(v->t, view_detail_new(v->t, s->rows[s->tb.cur].case_id));
	else
		table_move(&s->tb, a, LINES - 4);
	return RES_OK;
}

static void click(struct view *v, int y, int x, int dbl)
{
	struct simv *s = v->priv;
	(void)x;
	if (table_click(&s->tb, 1, y, dbl))
		handle(v, A_OPEN);
}

static void vfree(struct view *v)
{
	struct simv *s = v->priv;
	similar_free(s->rows, s->n);
	free(s);
	free(v);
}

static const struct view_ops ops = {
	V_SIMILAR, "类案", acts, status, NULL, draw, handle, NULL, click, NULL, load, vfree, NULL,
};

struct view *view_similar_new(struct tui *t, long long case_id, long long lead_id)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct simv *s = xcalloc(1, sizeof *s);
	v->ops = &ops;
	v->t = t;
	v->priv = s;
	s->case_id = case_id;
	s->lead_id = lead_id;
	s->tb.cols = cols;
	s->tb.ncols = (int)(sizeof cols / sizeof *cols);
	load(v);
	return v;
}
