/* view_cases.c — 案件 case list: sortable columns, filters, search, keyset
 * paging through query/caselist.h (only the visible rows are in memory).
 * The sort, filters and search are the user's own (store/prefs.h): the list
 * opens as they left it; E exports exactly the list shown. */
#include "ui.h"
#include "export/export.h"
#include "query/caselist.h"
#include "store/prefs.h"
#include "util/xalloc.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#define MAXROWS 256
/* A filtered list is counted up to this many (a key stays fast on a
 * million cases); the unfiltered total is always exact. */
#define COUNT_CAP 10000

struct cases {
	struct caselist_query q;
	char *court, *status, *from, *to, *judge, *search;   /* owned filter text */
	struct caselist_row rows[MAXROWS];
	int n, cur, h;
	long long total;
	int more;                       /* the count stopped at total: there are more */
	int ready;                      /* opened: later changes are the user's, and kept */
	double search_at;               /* when the search was typed, for its completion note */
	double drawn_at;                /* last redraw while its scan went on */
	int at_start;                   /* the rows shown begin at the list's first row */
	int cols_x[CL_NCOLS], cols_w[CL_NCOLS];               /* width 0: hidden */
};

static const enum act acts[] = {
	A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_OPEN, A_SEARCH, A_NEXT, A_PREV, A_SORT, A_SORT_REVERSE,
	A_FILTER, A_CLEAR, A_EXPORT, A_NONE,
};
static const enum act status[] = { A_OPEN, A_SEARCH, A_SORT, A_FILTER, A_EXPORT, A_NONE };
static const char *const cmds[] = {
	":sort 列 [desc]\t排序：case_no court filing closing method claim paid debtor leads",
	":court/:status/:judge 值\t筛选（status: 未结 终本 执行完毕 …）",
	":from/:to 日期\t立案日期范围",
	":search 文字\t搜索案号或当事人",
	":hasleads :clear\t只看有线索的案件 / 清除筛选",
	NULL,
};

/* Layout: which columns fit in the width, by priority (pure geometry). */
static void layout(struct cases *c, int width)
{
	static const struct { int col, w, prio; } spec[] = {
		{ CL_CASE_NO, 24, 0 }, { CL_COURT, 7, 4 }, { CL_FILING, 10, 1 }, { CL_CLOSING, 10, 6 },
		{ CL_METHOD, 8, 2 }, { CL_CLAIM, 13, 3 }, { CL_PAID, 13, 5 }, { CL_DEBTOR, 10, 0 },
		{ CL_LEADS, 4, 0 },
	};
	int n = (int)(sizeof spec / sizeof spec[0]), maxprio = 6;
	for (;;) {
		int sum = 0;
		for (int i = 0; i < n; i++)
			if (spec[i].prio <= maxprio)
				sum += spec[i].w + 1;
		if (sum <= width || maxprio == 0)
			break;
		maxprio--;
	}
	int x = 0;
	for (int i = 0; i < n; i++) {
		int col = spec[i].col;
		c->cols_w[col] = spec[i].prio <= maxprio ? spec[i].w : 0;
		if (col == CL_DEBTOR)
			continue;
		c->cols_x[col] = x;
		x += c->cols_w[col] ? c->cols_w[col] + 1 : 0;
	}
	/* 被执行人 takes what is left, placed before 线索数. */
	x -= c->cols_w[CL_LEADS] + 1;
	c->cols_x[CL_DEBTOR] = x;
	c->cols_w[CL_DEBTOR] = width - x - c->cols_w[CL_LEADS] - 2;
	if (c->cols_w[CL_DEBTOR] < 4)
		c->cols_w[CL_DEBTOR] = 4;
	c->cols_x[CL_LEADS] = x + c->cols_w[CL_DEBTOR] + 1;
}

static void set_rows(struct tui *t, struct cases *c, const struct caselist_key *from, int backward,
		     int keep_if_empty)
{
	struct caselist_row tmp[MAXROWS];
	int n = 0;
	struct jz_err e;
	jz_err_clear(&e);
	memset(tmp, 0, sizeof tmp);
	if (caselist_fetch(t->db, &c->q, from, backward, tmp, c->h, &n, &e)) {
		tui_message(t, 1, "%s", e.msg);
		return;
	}
	if (n == 0 && keep_if_empty)
		return;
	caselist_rows_free(c->rows, c->n);
	memcpy(c->rows, tmp, sizeof(struct caselist_row) * (size_t)n);
	c->n = n;
	c->at_start = !from && !backward;
	if (c->cur >= n)
		c->cur = n ? n - 1 : 0;
}

static void go_home(struct tui *t, struct cases *c)
{
	set_rows(t, c, NULL, 0, 0);
	c->cur = 0;
}

static void go_end(struct tui *t, struct cases *c)
{
	set_rows(t, c, NULL, 1, 0);
	c->cur = c->n ? c->n - 1 : 0;
}

/* The list as this user left it: sort, filters, search (store/prefs.h).
 * Each filter is an owned string and the query's pointer to it. */
static const struct { const char *key; size_t own, query; } pref_fields[] = {
	{ "cases.court", offsetof(struct cases, court), offsetof(struct cases, q.f.court) },
	{ "cases.status", offsetof(struct cases, status), offsetof(struct cases, q.f.status) },
	{ "cases.from", offsetof(struct cases, from), offsetof(struct cases, q.f.date_from) },
	{ "cases.to", offsetof(struct cases, to), offsetof(struct cases, q.f.date_to) },
	{ "cases.judge", offsetof(struct cases, judge), offsetof(struct cases, q.f.judge) },
	{ "cases.search", offsetof(struct cases, search), offsetof(struct cases, q.f.search) },
};
#define NPREFS (sizeof pref_fields / sizeof pref_fields[0])
#define OWN(c, i) ((char **)((char *)(c) + pref_fields[i].own))
#define QUERY(c, i) ((const char **)((char *)(c) + pref_fields[i].query))

static void save_prefs(struct tui *t, struct cases *c)
{
	if (!c->ready)
		return;
	struct jz_err e;
	int rc = prefs_set(t->db, "cases.sort", caselist_col_name(c->q.sort), &e)
		 || prefs_set(t->db, "cases.desc", c->q.desc ? "1" : NULL, &e)
		 || prefs_set(t->db, "cases.hasleads", c->q.f.has_leads ? "1" : NULL, &e);
	for (size_t i = 0; i < NPREFS && rc == 0; i++)
		rc = prefs_set(t->db, pref_fields[i].key, *OWN(c, i), &e);
	if (rc)
		tui_message(t, 1, "%s", e.msg);
}

static int pref_flag(struct tui *t, const char *key)
{
	char *v = prefs_get(t->db, key);
	free(v);
	return v != NULL;
}

static void load_prefs(struct tui *t, struct cases *c)
{
	char *v = prefs_get(t->db, "cases.sort");
	int col = v ? caselist_col_parse(v) : -1;
	free(v);
	if (col < 0)
		return;                 /* never saved: the defaults */
	c->q.sort = (enum caselist_col)col;
	c->q.desc = pref_flag(t, "cases.desc");
	c->q.f.has_leads = pref_flag(t, "cases.hasleads");
	for (size_t i = 0; i < NPREFS; i++)
		*QUERY(c, i) = *OWN(c, i) = prefs_get(t->db, pref_fields[i].key);
}

static void refilter(struct tui *t, struct cases *c)
{
	struct jz_err e;
	jz_err_clear(&e);
	c->total = caselist_count_upto(t->db, &c->q.f, COUNT_CAP, &c->more, &e);   /* unfiltered: one row */
	go_home(t, c);
	save_prefs(t, c);
}

/* Forward from row i (exclusive); backward before row i. */
static void page_from(struct tui *t, struct cases *c, int i, int backward)
{
	struct caselist_key k;
	memset(&k, 0, sizeof k);
	caselist_key_set(&k, &c->rows[i]);
	set_rows(t, c, &k, backward, 1);
	caselist_key_clear(&k);
}

static void move_cursor(struct tui *t, struct cases *c, enum act a)
{
	int cur = c->cur;
	if (c->n == 0)
		return;
	if (a == A_DOWN || a == A_NEXT) {
		if (cur < c->n - 1)
			c->cur++;
		else if (c->n == c->h)
			page_from(t, c, 0, 0);          /* scroll one row */
	} else if (a == A_UP || a == A_PREV) {
		if (cur > 0)
			c->cur--;
		else {
			int n = c->n;
			page_from(t, c, n - 1, 1);
			if (c->n < c->h)
				go_home(t, c);
		}
	} else if (a == A_PGDN) {
		if (c->n < c->h) {
			c->cur = c->n - 1;
			return;
		}
		page_from(t, c, c->n - 1, 0);
		if (c->n < c->h) {
			go_end(t, c);
		}
	} else if (a == A_PGUP) {
		page_from(t, c, 0, 1);
		if (c->n < c->h)
			go_home(t, c);
	}
}

/* Re-read a screen of rows starting at the current first row: page
 * forward from the row before it (or from the start). Returns 1 when there
 * was a row before it. */
static int refetch_from_top(struct tui *t, struct cases *c, int keep_if_empty)
{
	struct caselist_row prev[1];
	int np = 0;
	struct jz_err e;
	struct caselist_key k;
	memset(&k, 0, sizeof k);
	memset(prev, 0, sizeof prev);
	if (c->n) {
		caselist_key_set(&k, &c->rows[0]);
		caselist_fetch(t->db, &c->q, &k, 1, prev, 1, &np, &e);
		caselist_key_clear(&k);
	}
	if (np) {
		caselist_key_set(&k, &prev[0]);
		set_rows(t, c, &k, 0, keep_if_empty);
		caselist_key_clear(&k);
		caselist_rows_free(prev, np);
	} else {
		set_rows(t, c, NULL, 0, keep_if_empty);
	}
	return np;
}

/* Re-fetch after a resize: the same top row, the new height. */
static void fit_height(struct tui *t, struct cases *c, int h)
{
	h = h < 1 ? 1 : h > MAXROWS ? MAXROWS : h;
	if (h == c->h)
		return;
	int grow = h > c->h;
	c->h = h;
	if (c->n == 0)
		return;
	if (!grow) {
		if (c->cur >= h) {        /* keep the cursor row visible */
			int drop = c->cur - h + 1;
			caselist_rows_free(c->rows, drop);
			memmove(c->rows, c->rows + drop, sizeof c->rows[0] * (size_t)(c->n - drop));
			memset(c->rows + c->n - drop, 0, sizeof c->rows[0] * (size_t)drop);
			c->n -= drop;
			c->cur -= drop;
		}
		if (c->n > h) {
			caselist_rows_free(&c->rows[h], c->n - h);
			c->n = h;
		}
		return;
	}
	/* Grow: the same first row, more rows after it. */
	int cur = c->cur, np = refetch_from_top(t, c, 1);
	c->cur = cur < c->n ? cur : c->n - 1;
	if (c->n < c->h && np)            /* near the end: fill from the end */
		go_end(t, c);
}

static const char *method_short(const char *m)
{
	if (!m)
		return "未结";
	if (!strcmp(m, "终结本次执行程序"))
		return "终本";
	return m;
}

static void draw_row(struct cases *c, int y, const struct caselist_row *r, attr_t a)
{
	char claim[32], paid[32], leads[16];
	fmt_yuan(r->claim, claim);
	fmt_yuan(r->paid, paid);
	snprintf(leads, sizeof leads, "%d", r->leads);
	draw_cell(y, 0, COLS, "", a);
	const char *text[CL_NCOLS] = { r->case_no, r->court, r->filing, r->closing, method_short(r->method),
				       claim, paid, r->debtors, r->leads ? leads : "" };
	for (int i = 0; i < CL_NCOLS; i++) {
		if (!c->cols_w[i])
			continue;
		attr_t ca = a;
		if (i == CL_LEADS && r->leads && a == A_NORMAL)
			ca = theme(R_WARN);
		if (i == CL_CLAIM || i == CL_PAID || i == CL_LEADS)
			draw_cell_right(y, c->cols_x[i], c->cols_w[i], text[i] ? text[i] : "", ca);
		else
			draw_cell(y, c->cols_x[i], c->cols_w[i], text[i] ? text[i] : "", ca);
	}
}

static void status_text(struct tui *t, struct cases *c, struct strbuf *sb)
{
	int scanned = c->search ? caselist_search_progress(t->db) : -1;
	sb_printf(sb, " %s %lld 件 · 排序 %s%s", scanned >= 0 ? "已找到" : c->more ? "超过" : "共", c->total,
		  caselist_col_title(c->q.sort), c->q.desc ? "↓" : "↑");
	if (c->search)
		sb_printf(sb, " · 搜索“%s”", c->search);
	if (scanned >= 0)
		sb_printf(sb, "（搜索中，已查 %d%%）", scanned);
	if (c->court)
		sb_printf(sb, " · 法院 %s", c->court);
	if (c->status)
		sb_printf(sb, " · %s", c->status);
	if (c->from || c->to)
		sb_printf(sb, " · 立案 %s～%s", c->from ? c->from : "", c->to ? c->to : "");
	if (c->judge)
		sb_printf(sb, " · 承办人 %s", c->judge);
	if (c->q.f.has_leads)
		sb_adds(sb, " · 有线索");
}

static void draw(struct view *v)
{
	struct cases *c = v->priv;
	layout(c, COLS);
	fit_height(v->t, c, LINES - 4);
	for (int i = 0; i < CL_NCOLS; i++) {
		if (!c->cols_w[i])
			continue;
		struct strbuf hd = STRBUF_INIT;
		sb_adds(&hd, i == CL_LEADS ? "线索" : caselist_col_title(i));
		if ((int)c->q.sort == i)
			sb_adds(&hd, c->q.desc ? "↓" : "↑");
		if (i == CL_FILING && !c->cols_w[CL_CLOSING])
			sb_reset(&hd), sb_adds(&hd, c->q.sort == CL_FILING ? (c->q.desc ? "立案↓" : "立案↑") : "立案日期");
		draw_cell(1, c->cols_x[i], c->cols_w[i] + 1, sb_str(&hd), theme(R_HEADER));
		sb_free(&hd);
	}
	for (int i = 0; i < c->n; i++)
		draw_row(c, 2 + i, &c->rows[i], i == c->cur ? theme(R_CURSOR) : A_NORMAL);
	if (c->n == 0)
		draw_cell(3, 2, COLS - 2, c->total == 0 && !c->search ? "（没有案件：用 jianzhi import cases 导入台账，或 jianzhi demo 生成演示库）"
			  : c->search && caselist_search_progress(v->t->db) >= 0 ? "（搜索中…）"
			  : "（没有符合条件的案件，按 c 清除筛选）", theme(R_MUTED));
	struct strbuf st = STRBUF_INIT;
	status_text(v->t, c, &st);
	tui_draw_frame(v->t, v, "案件", sb_str(&st));
	sb_free(&st);
}

/* Replace an owned filter string (empty → NULL) and point the query at it. */
static void set_str(char **slot, const char **qslot, const char *val)
{
	free(*slot);
	*slot = val && *val ? xstrdup(val) : NULL;
	*qslot = *slot;
}

static void clear_filters(struct cases *c)
{
	set_str(&c->court, &c->q.f.court, NULL);
	set_str(&c->status, &c->q.f.status, NULL);
	set_str(&c->from, &c->q.f.date_from, NULL);
	set_str(&c->to, &c->q.f.date_to, NULL);
	set_str(&c->judge, &c->q.f.judge, NULL);
	set_str(&c->search, &c->q.f.search, NULL);
	c->q.f.has_leads = 0;
}

static void pick_from_list(struct tui *t, const char *what, const char *title, char **slot,
			   const char **qslot)
{
	struct jz_err e;
	char **v = caselist_distinct(t->db, what, 200, &e);
	if (!v) {
		tui_message(t, 1, "%s", e.msg);
		return;
	}
	int n = 0;
	while (v[n])
		n++;
	const char **items = xcalloc((size_t)n + 1, sizeof *items);
	items[0] = "（全部）";
	for (int i = 0; i < n; i++)
		items[i + 1] = v[i];
	int k = menu_pick(title, items, n + 1);
	if (k >= 0)
		set_str(slot, qslot, k == 0 ? NULL : items[k]);
	free(items);
	caselist_strv_free(v);
}

static void filter_menu(struct tui *t, struct cases *c)
{
	static const char *const items[] = { "法院", "状态", "立案日期起", "立案日期止", "承办人",
					     "仅有线索的案件（开/关）", "清除全部筛选" };
	static const char *const statuses[] = { "（全部）", "未结", "终本", "执行完毕", "终结执行", "不予执行", "驳回申请" };
	int k = menu_pick("筛选", items, 7);
	char *s;
	switch (k) {
	case 0: pick_from_list(t, "court", "法院", &c->court, &c->q.f.court); break;
	case 1: {
		int m = menu_pick("状态", statuses, 7);
		if (m >= 0)
			set_str(&c->status, &c->q.f.status, m ? statuses[m] : NULL);
		break;
	}
	case 2: case 3:
		s = prompt_line(t, k == 2 ? "立案日期起 (YYYY-MM-DD): " : "立案日期止 (YYYY-MM-DD): ",
				k == 2 ? c->from : c->to);
		if (s)
			set_str(k == 2 ? &c->from : &c->to, k == 2 ? &c->q.f.date_from : &c->q.f.date_to, s);
		free(s);
		break;
	case 4: pick_from_list(t, "judge", "承办人", &c->judge, &c->q.f.judge); break;
	case 5: c->q.f.has_leads = !c->q.f.has_leads; break;
	case 6: clear_filters(c); break;
	default: return;
	}
	refilter(t, c);
}

static void sort_menu(struct tui *t, struct cases *c)
{
	const char *items[CL_NCOLS];
	for (int i = 0; i < CL_NCOLS; i++)
		items[i] = caselist_col_title(i);
	int k = menu_pick("排序列", items, CL_NCOLS);
	if (k < 0)
		return;
	if ((int)c->q.sort == k)
		c->q.desc = !c->q.desc;
	c->q.sort = k;
	go_home(t, c);
	save_prefs(t, c);
}

static void export(struct tui *t, struct cases *c)
{
	char *path = ui_export_path(t, "案件");
	if (!path)
		return;
	struct export_opts o = { .what = EXPORT_CASES, .quiet = 1 };
	long rows = 0;
	struct jz_err e;
	int rc = export_cases_xlsx(t->db, path, &c->q, &o, &rows, &e);
	ui_export_report(t, rc, rows, path, &e);
	free(path);
}

static enum result handle(struct view *v, enum act a)
{
	struct cases *c = v->priv;
	struct tui *t = v->t;
	switch (a) {
	case A_UP: case A_DOWN: case A_PGUP: case A_PGDN: case A_NEXT: case A_PREV: move_cursor(t, c, a); break;
	case A_HOME: go_home(t, c); break;
	case A_END: go_end(t, c); break;
	case A_OPEN:
		if (c->n)
			tui_push(t, view_detail_new(t, c->rows[c->cur].id));
		break;
	case A_SEARCH: {
		char *s = prompt_line(t, "/ 搜索案号或当事人: ", c->search);
		if (s) {
			set_str(&c->search, &c->q.f.search, s);
			c->search_at = timing_now_ms();
			refilter(t, c);
			if (c->search && c->total == 0 && caselist_search_progress(t->db) < 0)
				tui_message(t, 1, "没有找到“%s”", c->search);
		}
		free(s);
		break;
	}
	case A_SORT: sort_menu(t, c); break;
	case A_SORT_REVERSE: c->q.desc = !c->q.desc; go_home(t, c); save_prefs(t, c); break;
	case A_FILTER: filter_menu(t, c); break;
	case A_CLEAR: clear_filters(c); refilter(t, c); break;
	case A_EXPORT: export(t, c); break;
	default: break;
	}
	return RES_OK;
}

static int command(struct view *v, const char *cmd, const char *arg)
{
	struct cases *c = v->priv;
	if (!strcmp(cmd, "sort")) {
		char col[64] = "";
		sscanf(arg, "%63s", col);
		int k = caselist_col_parse(col);
		if (k < 0) {
			tui_message(v->t, 1, "未知的排序列“%s”", col);
			return 0;
		}
		c->q.sort = k;
		c->q.desc = strstr(arg, "desc") != NULL;
		go_home(v->t, c);
		save_prefs(v->t, c);
		return 0;
	}
	if (!strcmp(cmd, "court")) set_str(&c->court, &c->q.f.court, arg);
	else if (!strcmp(cmd, "status")) set_str(&c->status, &c->q.f.status, arg);
	else if (!strcmp(cmd, "from")) set_str(&c->from, &c->q.f.date_from, arg);
	else if (!strcmp(cmd, "to")) set_str(&c->to, &c->q.f.date_to, arg);
	else if (!strcmp(cmd, "judge")) set_str(&c->judge, &c->q.f.judge, arg);
	else if (!strcmp(cmd, "search")) set_str(&c->search, &c->q.f.search, arg);
	else if (!strcmp(cmd, "hasleads")) c->q.f.has_leads = !c->q.f.has_leads;
	else if (!strcmp(cmd, "clear")) clear_filters(c);
	else return -1;
	refilter(v->t, c);
	return 0;
}

static void click(struct view *v, int y, int x, int dbl)
{
	struct cases *c = v->priv;
	(void)x;
	if (y == 1) {
		for (int i = CL_NCOLS - 1; i >= 0; i--)
			if (c->cols_w[i] && x >= c->cols_x[i] && x < c->cols_x[i] + c->cols_w[i] + 1) {
				c->q.desc = (int)c->q.sort == i ? !c->q.desc : 0;
				c->q.sort = i;
				go_home(v->t, c);
				save_prefs(v->t, c);
				return;
			}
		return;
	}
	if (y - 2 >= 0 && y - 2 < c->n) {
		c->cur = y - 2;
		if (dbl)
			tui_push(v->t, view_detail_new(v->t, c->rows[c->cur].id));
	}
}

/* Esc clears the search first, then the filters. */
static int escape(struct view *v)
{
	struct cases *c = v->priv;
	const struct caselist_filter *f = &c->q.f;
	if (c->search)
		set_str(&c->search, &c->q.f.search, NULL);
	else if (f->court || f->status || f->date_from || f->date_to || f->judge || f->has_leads)
		clear_filters(c);
	else
		return 0;
	refilter(v->t, c);
	return 1;
}

/* Count again and re-read the rows on screen, from the same first row or
 * (from_start) from the list's start; the cursor stays where it can. */
static void refresh_list(struct view *v, int from_start)
{
	struct cases *c = v->priv;
	int cur = c->cur;
	struct jz_err e;
	c->total = caselist_count_upto(v->t->db, &c->q.f, COUNT_CAP, &c->more, &e);
	if (from_start)
		set_rows(v->t, c, NULL, 0, 0);
	else
		refetch_from_top(v->t, c, 0);
	c->cur = cur < c->n ? cur : c->n ? c->n - 1 : 0;
}

static void reload(struct view *v) { refresh_list(v, 0); }

/* A search typed right after a big import scans the rows the index has
 * not reached a step at a time between keys (query/caselist.h): the list
 * and its count grow on screen a few times a second until it is done. */
#define SCAN_STEP_MS 4.0
#define SCAN_REDRAW_MS 100.0
static int tick(struct view *v)
{
	struct cases *c = v->priv;
	struct tui *t = v->t;
	if (!c->search || caselist_search_progress(t->db) < 0)
		return 0;
	struct jz_err e;
	jz_err_clear(&e);
	int r = caselist_search_step(t->db, SCAN_STEP_MS, &e);
	if (r < 0) {             /* the search was dropped: the list stays as it was */
		tui_message(t, 1, "%s", e.msg);
		return TICK_REDRAW;
	}
	if (r == 1 && timing_now_ms() - c->drawn_at < SCAN_REDRAW_MS)
		return TICK_BUSY;
	refresh_list(v, c->at_start);  /* at the start, hits sorted above the first row show */
	c->drawn_at = timing_now_ms();
	if (r == 1 || caselist_search_progress(t->db) >= 0)   /* or the data changed: matched anew */
		return TICK_BUSY | TICK_REDRAW;
	timing_note(t, "search_done", c->drawn_at - c->search_at);
	if (c->total == 0)
		tui_message(t, 1, "没有找到“%s”", c->search);
	return TICK_REDRAW;
}

static void vfree(struct view *v)
{
	struct cases *c = v->priv;
	caselist_rows_free(c->rows, c->n);
	clear_filters(c);
	free(c);
	free(v);
}

static const struct view_ops ops = {
	V_CASES, "案件", acts, status, cmds, draw, handle, command, click, escape, reload, vfree, tick,
};

struct view *view_cases_new(struct tui *t)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct cases *c = xcalloc(1, sizeof *c);
	v->ops = &ops;
	v->t = t;
	v->priv = c;
	c->q.sort = CL_FILING;
	c->q.desc = 1;
	load_prefs(t, c);
	c->h = LINES - 4 < 1 ? 1 : LINES - 4 > MAXROWS ? MAXROWS : LINES - 4;
	refilter(t, c);
	c->ready = 1;
	return v;
}
