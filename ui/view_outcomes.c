/* view_outcomes.c — 成效: the supervision funnel 线索 → 成案 → 检察建议 →
 * 采纳 → 恢复执行 → 到位金额 with its rates per rule, court, judge or month;
 * the documents waiting for the court's reply (overdue first); and the
 * 终本后 agenda. One panel at a time (Tab / b), each a list read from its
 * named view (query/outcomes.h, the same `jianzhi stats` prints); the line
 * above the status bar spells out the row under the cursor. Enter opens
 * what a row is about: a rule's, court's or judge's leads, the case of a
 * reply or an agenda item. The panel and each panel's sort are the user's
 * own (store/prefs.h); E exports the panel as shown.
 *
 * The agenda takes seconds on a big database, so it is read in the
 * background (query/outcomes_job.h) as soon as the view opens or the data
 * change, and sorted in memory; its panel says so until it is in. */
#include "ui.h"
#include "export/export.h"
#include "query/outcomes.h"
#include "query/outcomes_job.h"
#include "store/prefs.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

#define TOP 2                /* the table's header row */

struct outv {
	struct outcomes_query q[OP_COUNT];   /* each panel's sort */
	enum outcome_panel panel;
	struct outcomes o;                   /* the panel shown, unless the agenda */
	struct outcomes ag;                  /* the agenda, once read */
	struct outcomes_query ag_order;      /* the order ag is in */
	struct outcomes_job *job;            /* reading the agenda; NULL when not */
	double job_start;                    /* when it began (timing_now_ms) */
	struct outcomes_counts counts;
	long agenda;                         /* items on the agenda; -1 until first read */
	struct strbuf detail;                /* the agenda cell's detail text, joined */
	struct table_col cols[TABLE_MAXCOL];
	struct table tb;
};

static const enum act acts[] = {
	A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_OPEN, A_OPEN_CASE, A_SHOW_LEADS, A_PANEL, A_GROUP, A_SORT,
	A_SORT_REVERSE, A_EXPORT, A_NONE,
};
static const enum act status[] = { A_OPEN, A_PANEL, A_SORT, A_EXPORT, A_NONE };
static const char *const cmds[] = {
	":panel rule|court|judge|month|replies|agenda\t切换面板",
	":sort 列 [desc]\t排序（列名同 jianzhi stats 的输出）",
	NULL,
};

/* ---- columns per panel ---- */
static const struct table_col funnel_cols[] = {
	{ NULL, 0, 0, 0 }, { "线索", 5, 0, 1 }, { "成案", 5, 0, 1 }, { "建议", 5, 0, 1 }, { "采纳", 5, 0, 1 },
	{ "恢复", 5, 1, 1 }, { "到位金额", 13, 2, 1 }, { "成案率", 6, 0, 1 }, { "采纳率", 6, 0, 1 }, { "恢复率", 6, 3, 1 },
};
static const struct table_col reply_cols[] = {
	{ "状态", 10, 0, 0 }, { "回复期限", 10, 0, 0 }, { "文号", 22, 2, 0 }, { "案号", 22, 1, 0 }, { "文书", 0, 0, 0 },
};
static const struct table_col agenda_cols[] = {
	{ "事项", 10, 0, 0 }, { "期限", 10, 0, 0 }, { "", 10, 0, 0 }, { "案号", 22, 1, 0 }, { "说明", 0, 0, 0 },
};

static void set_columns(struct outv *ov)
{
	static const char *const first[] = { "规则", "法院", "承办法官", "月份" };
	const struct table_col *c = funnel_cols;
	int n = (int)(sizeof funnel_cols / sizeof *funnel_cols);
	if (ov->panel == OP_REPLIES)
		c = reply_cols, n = (int)(sizeof reply_cols / sizeof *reply_cols);
	else if (ov->panel == OP_AGENDA)
		c = agenda_cols, n = (int)(sizeof agenda_cols / sizeof *agenda_cols);
	memcpy(ov->cols, c, sizeof *c * (size_t)n);
	if (outcomes_is_funnel(ov->panel))
		ov->cols[0].title = first[ov->panel];
	ov->tb.cols = ov->cols;
	ov->tb.ncols = n;
}

/* ---- the user's panel and sorts ---- */
static void load_prefs(struct tui *t, struct outv *ov)
{
	char *v = prefs_get(t->db, "outcomes.panel");
	int p = outcomes_panel_parse(v);
	ov->panel = p >= 0 ? (enum outcome_panel)p : OP_RULE;
	free(v);
	for (int i = 0; i < OP_COUNT; i++) {
		char key[64], col[64] = "";
		snprintf(key, sizeof key, "outcomes.sort.%s", outcomes_panel_name(i));
		ov->q[i] = (struct outcomes_query){ (enum outcome_panel)i, -1, 0 };
		if ((v = prefs_get(t->db, key)) && sscanf(v, "%63s", col) == 1) {
			ov->q[i].sort = outcomes_col_parse(i, col);
			ov->q[i].desc = strstr(v, " desc") != NULL;
		}
		free(v);
	}
}

static void save_prefs(struct tui *t, struct outv *ov)
{
	const struct outcomes_query *q = &ov->q[ov->panel];
	char key[64], val[80];
	struct jz_err e;
	snprintf(key, sizeof key, "outcomes.sort.%s", outcomes_panel_name(ov->panel));
	snprintf(val, sizeof val, "%s%s", outcomes_col_name(ov->panel, q->sort), q->desc ? " desc" : "");
	if (prefs_set(t->db, "outcomes.panel", outcomes_panel_name(ov->panel), &e)
	    || prefs_set(t->db, key, q->sort >= 0 ? val : NULL, &e))
		tui_message(t, 1, "%s", e.msg);
}

/* ---- rows ---- */
/* The rows of the panel shown. */
static const struct outcomes *shown(const struct outv *ov)
{
	return ov->panel == OP_AGENDA ? &ov->ag : &ov->o;
}

/* The agenda in the user's order; sorted only when that changed (a
 * hundred thousand rows take tens of milliseconds). */
static void order_agenda(struct outv *ov)
{
	const struct outcomes_query *q = &ov->q[OP_AGENDA];
	if (ov->ag_order.sort == q->sort && ov->ag_order.desc == q->desc)
		return;
	outcomes_sort_agenda(&ov->ag, q);
	ov->ag_order = *q;
}

static void load(struct view *v)
{
	struct outv *ov = v->priv;
	struct jz_err e;
	outcomes_free(&ov->o);
	if (ov->panel == OP_AGENDA)
		order_agenda(ov);
	else if (outcomes_fetch(v->t->db, &ov->q[ov->panel], &ov->o, &e))
		tui_message(v->t, 1, "%s", e.msg);
	ov->tb.n = shown(ov)->n;
}

/* Read the agenda again, in the background. */
static void start_agenda(struct view *v)
{
	struct outv *ov = v->priv;
	struct jz_err e;
	outcomes_job_free(&ov->job);
	struct outcomes_query q = { OP_AGENDA, -1, 0 };
	ov->job_start = timing_now_ms();
	if (!(ov->job = outcomes_job_start(v->t->db, &q, &e)))
		tui_message(v->t, 1, "%s", e.msg);
}

/* The agenda, once its reading is done: sorted as the user chose. */
static int tick(struct view *v)
{
	struct outv *ov = v->priv;
	if (!ov->job)
		return 0;
	struct outcomes got;
	struct jz_err e;
	int r = outcomes_job_poll(ov->job, &got, &e);
	if (r == 0)
		return TICK_WAIT;
	outcomes_job_free(&ov->job);
	timing_note(v->t, "agenda_ready", timing_now_ms() - ov->job_start);
	if (r < 0) {
		tui_message(v->t, 1, "%s", e.msg);
		return TICK_REDRAW;
	}
	int cur = ov->tb.cur;
	outcomes_free(&ov->ag);
	ov->ag = got;
	ov->agenda = got.n;
	ov->ag_order = (struct outcomes_query){ OP_AGENDA, -1, 0 };   /* read in the default order */
	order_agenda(ov);
	if (ov->panel == OP_AGENDA) {
		ov->tb.n = ov->ag.n;
		ov->tb.cur = cur < ov->tb.n ? cur : ov->tb.n ? ov->tb.n - 1 : 0;
	}
	return TICK_REDRAW;
}

/* The tabs' counts of replies, when the view opens or is reloaded; the
 * agenda's comes with the agenda. */
static void count(struct view *v)
{
	struct outv *ov = v->priv;
	struct jz_err e;
	if (outcomes_count(v->t->db, &ov->counts, &e))
		tui_message(v->t, 1, "%s", e.msg);
}

static void switch_panel(struct view *v, enum outcome_panel p)
{
	struct outv *ov = v->priv;
	ov->panel = p;
	set_columns(ov);
	ov->tb.cur = ov->tb.top = 0;
	load(v);
	save_prefs(v->t, ov);
}

/* ---- cells ---- */
static const char *rate(double r, char buf[64])
{
	if (r < 0)
		return "—";
	snprintf(buf, 64, "%.1f%%", 100.0 * r);
	return buf;
}

static const char *funnel_cell(const struct outcome_row *r, enum outcome_panel p, int col, char buf[64])
{
	long long n[] = { r->hits, r->confirmed, r->suggestions, r->adopted, r->resumed };
	switch (col) {
	case 0:
		if (p == OP_MONTH || p == OP_COURT)
			return p == OP_COURT && *r->name ? r->name : r->key;
		snprintf(buf, 64, "%s %s", r->key, r->name);
		return buf;
	case 6: return fmt_yuan(r->recovered_fen, buf);
	case 7: return rate(r->precision, buf);
	case 8: return rate(r->adoption, buf);
	case 9: return rate(r->resume_rate, buf);
	default: snprintf(buf, 64, "%lld", n[col - 1]); return buf;
	}
}

static const char *days(int d, char buf[64])
{
	if (d < 0)
		snprintf(buf, 64, "逾期%d天", -d);
	else if (d == 0)
		snprintf(buf, 64, "今天到期");
	else
		snprintf(buf, 64, "%d天后", d);
	return buf;
}

static const char *cell(void *ctx, int row, int col, enum role *role, char buf[64])
{
	struct outv *ov = ctx;
	if (ov->panel == OP_REPLIES) {
		const struct reply_row *r = &ov->o.replies[row];
		if (r->days_left < 0 || !strcmp(r->state, "七日内到期"))
			*role = R_WARN;
		const char *v[] = { days(r->days_left, buf), r->reply_due, r->doc_no, r->case_no, r->title };
		return v[col];
	}
	if (ov->panel == OP_AGENDA) {
		const struct agenda_row *r = outcomes_agenda_at(&ov->ag, row);
		if (r->days_left < 0)
			*role = R_WARN;
		if (col == 4) {
			sb_reset(&ov->detail);
			outcomes_agenda_detail(r, &ov->detail);
			return sb_str(&ov->detail);
		}
		const char *v[] = { r->kind, r->due, days(r->days_left, buf), r->case_no };
		return v[col];
	}
	const struct outcome_row *r = &ov->o.funnel[row];
	if (col == 6)
		*role = R_AMOUNT;
	return funnel_cell(r, ov->panel, col, buf);
}

/* ---- drawing ---- */
/* A panel's tab: its title, with counts for replies and the agenda; the
 * current one in 【】 (and reversed). */
static const char *tab_text(const struct outv *ov, int p, char tab[96])
{
	if (p == OP_REPLIES)
		snprintf(tab, 96, "%s待回复 %ld（逾期 %ld）%s", (int)ov->panel == p ? "【" : " ", ov->counts.waiting,
			 ov->counts.overdue, (int)ov->panel == p ? "】" : " ");
	else if (p == OP_AGENDA && ov->agenda >= 0)      /* "…": being read again */
		snprintf(tab, 96, "%s终本后议程 %ld%s%s", (int)ov->panel == p ? "【" : " ", ov->agenda,
			 ov->job ? "…" : "", (int)ov->panel == p ? "】" : " ");
	else if (p == OP_AGENDA && ov->job)
		snprintf(tab, 96, "%s终本后议程 …%s", (int)ov->panel == p ? "【" : " ", (int)ov->panel == p ? "】" : " ");
	else
		snprintf(tab, 96, "%s%s%s", (int)ov->panel == p ? "【" : " ", outcomes_panel_title(p),
			 (int)ov->panel == p ? "】" : " ");
	return tab;
}

static void draw_tabs(struct outv *ov)
{
	int x = 0;
	draw_cell(1, 0, COLS, "", A_NORMAL);
	for (int p = 0; p < OP_COUNT && x < COLS; p++) {
		char tab[96];
		int w = text_width(tab_text(ov, p, tab));
		attr_t a = (int)ov->panel == p ? theme(R_CURSOR) : p == OP_REPLIES && ov->counts.overdue ? theme(R_WARN)
											: A_NORMAL;
		draw_cell(1, x, w < COLS - x ? w : COLS - x, tab, a);
		x += w + 1;
	}
}

/* The row under the cursor, in full. */
static void describe(struct outv *ov, struct strbuf *sb)
{
	int i = ov->tb.cur;
	char a[32];
	if (ov->panel == OP_AGENDA && ov->agenda < 0) {
		sb_adds(sb, ov->job ? "正在计算终本后议程（后台进行，可继续操作）…" : "（终本后议程未能读取）");
	} else if (i >= shown(ov)->n) {
		sb_adds(sb, shown(ov)->n ? "" : "（没有记录）");
	} else if (ov->panel == OP_REPLIES) {
		const struct reply_row *r = &ov->o.replies[i];
		sb_printf(sb, "%s %s %s，%s发出，回复期限%s（%s）", r->case_no, r->title, r->doc_no, r->issued_on, r->reply_due,
			  r->state);
	} else if (ov->panel == OP_AGENDA) {
		const struct agenda_row *r = outcomes_agenda_at(&ov->ag, i);
		sb_printf(sb, "%s %s：", r->case_no, r->judge);
		outcomes_agenda_detail(r, sb);
	} else {
		const struct outcome_row *r = &ov->o.funnel[i];
		char figs[256];
		snprintf(figs, sizeof figs, "：线索 %lld → 成案 %lld → 检察建议 %lld → 采纳 %lld → 恢复执行 %lld，到位 %s 元",
			 r->hits, r->confirmed, r->suggestions, r->adopted, r->resumed, fmt_yuan(r->recovered_fen, a));
		/* A long rule title gives way to the figures, which are the point. */
		int room = COLS - utf8_width(figs) - utf8_width(r->key) - 2;
		size_t keep = utf8_fit(r->name, room > 0 ? room : 0);
		sb_printf(sb, "%s%s%.*s%s%s", r->key, *r->name ? " " : "", (int)keep, r->name,
			  keep < strlen(r->name) ? "…" : "", figs);
	}
}

static void draw(struct view *v)
{
	struct outv *ov = v->priv;
	draw_tabs(ov);
	table_draw(&ov->tb, TOP, LINES - 5, cell, ov);
	struct strbuf sb = STRBUF_INIT;
	describe(ov, &sb);
	draw_cell(LINES - 3, 0, COLS, sb_str(&sb), theme(R_MUTED));
	sb_reset(&sb);
	const struct outcomes_query *q = &ov->q[ov->panel];
	sb_printf(&sb, " %s %d 行", outcomes_panel_title(ov->panel), shown(ov)->n);
	if (q->sort >= 0)
		sb_printf(&sb, " · 按%s%s", outcomes_col_title(ov->panel, q->sort), q->desc ? "↓" : "↑");
	tui_draw_frame(v->t, v, "监督成效", sb_str(&sb));
	sb_free(&sb);
}

/* ---- keys ---- */
static void open_row(struct view *v, enum act a)
{
	struct outv *ov = v->priv;
	int i = ov->tb.cur;
	if (i >= shown(ov)->n)
		return;
	if (ov->panel == OP_REPLIES || ov->panel == OP_AGENDA) {
		long long c = ov->panel == OP_REPLIES ? ov->o.replies[i].case_id : outcomes_agenda_at(&ov->ag, i)->case_id;
		if (c)
			tui_push(v->t, view_detail_new(v->t, c));
		return;
	}
	const struct outcome_row *r = &ov->o.funnel[i];
	if (ov->panel == OP_RULE)
		tui_push(v->t, view_leads_new(v->t, r->key, 0));
	else if (ov->panel == OP_COURT)
		tui_push(v->t, view_leads_of(v->t, r->key, NULL));
	else if (ov->panel == OP_JUDGE)
		tui_push(v->t, view_leads_of(v->t, r->court_code, r->key));
	else
		tui_message(v->t, 0, "按月统计没有对应的线索列表%s", a == A_OPEN ? "（按 Tab 换面板）" : "");
}

static void sort_menu(struct view *v)
{
	struct outv *ov = v->priv;
	const char *items[TABLE_MAXCOL + 8];
	int n = outcomes_ncols(ov->panel);
	for (int i = 0; i < n; i++)
		items[i] = outcomes_col_title(ov->panel, i);
	int k = menu_pick("排序列", items, n);
	if (k < 0)
		return;
	struct outcomes_query *q = &ov->q[ov->panel];
	q->desc = q->sort == k ? !q->desc : outcomes_is_funnel(ov->panel) && k > 0;   /* figures: most first */
	q->sort = k;
	load(v);
	save_prefs(v->t, ov);
}

static void export(struct view *v)
{
	struct outv *ov = v->priv;
	char *path = ui_export_path(v->t, "监督成效");
	if (!path)
		return;
	struct export_opts o = { .quiet = 1 };
	long rows = 0;
	struct jz_err e;
	int rc = export_list_xlsx(v->t->db, path, EXPORT_LIST_OUTCOMES, &ov->q[ov->panel], &o, &rows, &e);
	ui_export_report(v->t, rc, rows, path, &e);
	free(path);
}

static enum result handle(struct view *v, enum act a)
{
	struct outv *ov = v->priv;
	switch (a) {
	case A_OPEN: case A_OPEN_CASE: case A_SHOW_LEADS: open_row(v, a); break;
	case A_PANEL: switch_panel(v, (enum outcome_panel)((ov->panel + 1) % OP_COUNT)); break;
	case A_GROUP: {
		const char *items[OP_COUNT];
		for (int i = 0; i < OP_COUNT; i++)
			items[i] = outcomes_panel_title(i);
		int k = menu_pick("面板", items, OP_COUNT);
		if (k >= 0)
			switch_panel(v, (enum outcome_panel)k);
		break;
	}
	case A_SORT: sort_menu(v); break;
	case A_SORT_REVERSE:
		ov->q[ov->panel].desc = !ov->q[ov->panel].desc;
		if (ov->q[ov->panel].sort < 0)
			ov->q[ov->panel].sort = 0;
		load(v);
		save_prefs(v->t, ov);
		break;
	case A_EXPORT: export(v); break;
	default: table_move(&ov->tb, a, LINES - 5); break;
	}
	return RES_OK;
}

static int command(struct view *v, const char *cmd, const char *arg)
{
	struct outv *ov = v->priv;
	char word[64] = "";
	sscanf(arg, "%63s", word);
	if (!strcmp(cmd, "panel")) {
		int p = outcomes_panel_parse(word);
		if (p < 0)
			tui_message(v->t, 1, "未知的面板“%s”（rule court judge month replies agenda）", word);
		else
			switch_panel(v, (enum outcome_panel)p);
		return 0;
	}
	if (strcmp(cmd, "sort"))
		return -1;
	int k = outcomes_col_parse(ov->panel, word);
	if (k < 0) {
		tui_message(v->t, 1, "本面板没有“%s”列", word);
		return 0;
	}
	ov->q[ov->panel].sort = k;
	ov->q[ov->panel].desc = strstr(arg, "desc") != NULL;
	load(v);
	save_prefs(v->t, ov);
	return 0;
}

static void click(struct view *v, int y, int x, int dbl)
{
	struct outv *ov = v->priv;
	if (y == 1) {         /* a tab */
		char tab[96];
		for (int p = 0, tx = 0; p < OP_COUNT; p++) {
			int w = text_width(tab_text(ov, p, tab));
			if (x >= tx && x < tx + w)
				switch_panel(v, (enum outcome_panel)p);
			tx += w + 1;
		}
		return;
	}
	if (table_click(&ov->tb, TOP, y, dbl))
		open_row(v, A_OPEN);
}

static void reload(struct view *v)
{
	struct outv *ov = v->priv;
	int cur = ov->tb.cur;
	load(v);
	count(v);
	start_agenda(v);
	ov->tb.cur = cur;
}

static void vfree(struct view *v)
{
	struct outv *ov = v->priv;
	outcomes_job_free(&ov->job);
	outcomes_free(&ov->o);
	outcomes_free(&ov->ag);
	sb_free(&ov->detail);
	free(ov);
	free(v);
}

static const struct view_ops ops = {
	V_OUTCOMES, "成效", acts, status, cmds, draw, handle, command, click, NULL, reload, vfree, tick,
};

struct view *view_outcomes_new(struct tui *t)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct outv *ov = xcalloc(1, sizeof *ov);
	v->ops = &ops;
	v->t = t;
	v->priv = ov;
	ov->agenda = -1;
	ov->ag_order = (struct outcomes_query){ OP_AGENDA, -1, 0 };
	load_prefs(t, ov);
	set_columns(ov);
	load(v);
	count(v);
	start_agenda(v);
	return v;
}
