/* view_leads.c — 线索 lead queue: filter, mark, label 成案 (y) / 排除 (x,
 * reason from the list, note optional), undo (u); after a label the
 * cursor moves to the next unlabelled lead. Rows are fetched a page at a
 * time by id (query/leadlist.h keyset) as the cursor reaches them, forwards
 * or, after G jumped to the end, backwards: the rows held are a window of
 * the queue, never the whole of it up to where the cursor is. The
 * numbered queue keeps its user's filters (store/prefs.h); d drafts from
 * the lead, h shows its history, E exports the leads the filter selects. */
#include "ui.h"
#include "ui_drafts.h"
#include "ui_leads.h"
#include "export/export.h"
#include "query/leadlist.h"
#include "store/prefs.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

#define PAGE 200
/* A filtered queue is counted up to this many (one key stays fast). */
#define COUNT_CAP 10000

enum { F_STATUS, F_RULE, F_STAGE, F_COURT, F_JUDGE, F_LABEL, F_COUNT };

struct queue {
	struct lead_filter f;
	int remember;               /* the numbered queue: filters kept per user */
	char *fs[F_COUNT];          /* owned filter text */
	struct lead_row *rows;
	char *marked;               /* per row */
	int n, cap, capm, done;     /* done: no more rows to fetch */
	int head;                   /* rows[0] is the first lead of the queue */
	long long start_after;      /* an empty window fetches from the lead after this id */
	long long total;            /* leads the filter selects */
	int more;                   /* counting stopped at total: there are more */
	struct table tb;
};

static const enum act acts[] = {
	A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_OPEN, A_OPEN_CASE, A_LABEL_CONFIRM, A_LABEL_DISMISS,
	A_LABEL_CLEAR, A_LABEL_UNDO, A_MARK, A_MARK_PATTERN, A_FILTER, A_CLEAR, A_GROUP, A_DRAFT_NEW, A_HISTORY,
	A_EXPORT, A_NONE,
};
static const enum act status[] = { A_LABEL_CONFIRM, A_LABEL_DISMISS, A_LABEL_UNDO, A_MARK, A_FILTER, A_DRAFT_NEW,
				   A_NONE };
static const char *const cmds[] = {
	":status/:rule/:stage/:court/:judge/:label 值\t筛选（label: none 成案 排除）",
	NULL,
};

static const struct table_col cols[] = {
	{ "编号", 7, 0, 0 }, { "规则", 16, 0, 0 }, { "级", 2, 2, 0 }, { "案号", 24, 1, 0 }, { "标注", 4, 0, 0 },
	{ "证据", 0, 0, 0 },
};

static void fetch_more(struct tui *t, struct queue *q)
{
	if (q->done)
		return;
	struct jz_err e;
	int before = q->n;
	long long after = q->n ? q->rows[q->n - 1].id : q->start_after;
	if (leadlist_fetch(t->db, &q->f, after, PAGE, &q->rows, &q->n, &q->cap, &e)) {
		tui_message(t, 1, "%s", e.msg);
		q->done = 1;
	}
	q->marked = xgrow(q->marked, 1, &q->capm, q->n + 1);
	memset(q->marked + before, 0, (size_t)(q->n - before));
	if (q->n - before < PAGE)
		q->done = 1;
	q->tb.n = q->n;
}

/* The page before the window (after G, scrolling up). */
static void fetch_prev(struct tui *t, struct queue *q)
{
	if (q->head)
		return;
	struct jz_err e;
	int k = leadlist_fetch_before(t->db, &q->f, q->n ? q->rows[0].id : 0, PAGE, &q->rows, &q->n, &q->cap, &e);
	if (k < 0) {
		tui_message(t, 1, "%s", e.msg);
		k = 0;
	}
	q->marked = xgrow(q->marked, 1, &q->capm, q->n + 1);
	memmove(q->marked + k, q->marked, (size_t)(q->n - k));
	memset(q->marked, 0, (size_t)k);
	if (k < PAGE)
		q->head = 1;
	q->tb.cur += k;
	q->tb.top += k;
	q->tb.n = q->n;
}

static void clear_rows(struct queue *q)
{
	for (int i = 0; i < q->n; i++)
		lead_row_free(&q->rows[i]);
	q->n = q->done = q->tb.n = 0;
	q->head = 1;
	q->start_after = 0;
}

static void count_leads(struct tui *t, struct queue *q)
{
	struct jz_err e;
	q->total = leadlist_count(t->db, &q->f, COUNT_CAP, &q->more, &e);
	if (q->total < 0)
		tui_message(t, 1, "%s", e.msg);
}

/* G: the last page, read backwards from the end. */
static void go_end(struct tui *t, struct queue *q)
{
	if (q->done) {
		q->tb.cur = q->n ? q->n - 1 : 0;
		return;
	}
	clear_rows(q);
	q->head = 0;
	q->tb.cur = q->tb.top = 0;
	fetch_prev(t, q);
	q->done = 1;
	q->tb.cur = q->n ? q->n - 1 : 0;
}

/* g: the first page (refetched when the window starts later). */
static void go_home(struct tui *t, struct queue *q)
{
	if (!q->head) {
		clear_rows(q);
		fetch_more(t, q);
	}
	q->tb.cur = q->tb.top = 0;
}

static const char *const pref_keys[F_COUNT] = {
	"leads.status", "leads.rule", "leads.stage", "leads.court", "leads.judge", "leads.label",
};

/* The numbered queue's filters as its user left them ("leads.saved" says
 * they were saved at all: a cleared status filter is then "all"). */
static void save_prefs(struct tui *t, struct queue *q)
{
	struct jz_err e;
	int rc = q->remember ? prefs_set(t->db, "leads.saved", "1", &e) : 0;
	for (int i = 0; q->remember && i < F_COUNT && rc == 0; i++)
		rc = prefs_set(t->db, pref_keys[i], q->fs[i], &e);
	if (rc)
		tui_message(t, 1, "%s", e.msg);
}

static void reload_from_start(struct tui *t, struct queue *q)
{
	save_prefs(t, q);
	clear_rows(q);
	q->tb.cur = q->tb.top = 0;
	count_leads(t, q);
	fetch_more(t, q);
}

/* Re-read every row fetched so far, keeping the cursor on the same lead. */
static void reload(struct view *v)
{
	struct queue *q = v->priv;
	long long at = q->n ? q->rows[q->tb.cur].id : 0;
	long long first = q->n && !q->head ? q->rows[0].id : 0;
	int want = q->n;
	clear_rows(q);
	count_leads(v->t, q);
	if (first) {            /* the same window: from its first lead on */
		q->head = 0;
		q->start_after = first - 1;
	}
	while (!q->done && q->n < want)
		fetch_more(v->t, q);
	if (!q->n)
		fetch_more(v->t, q);
	for (int i = 0; i < q->n; i++)
		if (q->rows[i].id >= at) {
			q->tb.cur = i;
			break;
		}
}

static void refresh_row(struct tui *t, struct lead_row *r)
{
	struct lead_info li;
	struct jz_err e;
	if (leadlist_get(t->db, r->id, &li, &e) == 1) {
		lead_row_free(r);
		*r = li.r;
		memset(&li.r, 0, sizeof li.r);
	}
	lead_info_free(&li);
}

static void next_unlabelled(struct tui *t, struct queue *q)
{
	for (int i = q->tb.cur + 1;; i++) {
		if (i >= q->n)
			fetch_more(t, q);
		if (i >= q->n)
			return;
		if (!*q->rows[i].label) {
			q->tb.cur = i;
			return;
		}
	}
}

static void do_label(struct tui *t, struct queue *q, const char *label)
{
	if (!q->n)
		return;
	int marked = 0;
	for (int i = 0; i < q->n; i++)
		marked += q->marked[i];
	long long *ids = xmalloc(sizeof *ids * (size_t)(marked ? marked : 1));
	long long *vers = xmalloc(sizeof *vers * (size_t)(marked ? marked : 1));
	int k = 0;
	for (int i = 0; i < q->n; i++)
		if (marked ? q->marked[i] : i == q->tb.cur) {
			vers[k] = q->rows[i].version;
			ids[k++] = q->rows[i].id;
		}
	int done = ui_label_leads(t, ids, vers, k, label);
	free(vers);
	if (done < k)           /* someone changed a lead: show what it is now */
		for (int i = 0; i < q->n; i++)
			if (marked ? q->marked[i] : i == q->tb.cur)
				refresh_row(t, &q->rows[i]);
	if (done > 0) {
		for (int i = 0; i < q->n; i++)
			if (marked ? q->marked[i] : i == q->tb.cur) {
				q->marked[i] = 0;
				refresh_row(t, &q->rows[i]);
			}
		next_unlabelled(t, q);
	}
	free(ids);
}

static void do_undo(struct tui *t, struct queue *q)
{
	long long id = ui_undo_label(t);
	for (int i = 0; id && i < q->n; i++)
		if (q->rows[i].id == id) {
			refresh_row(t, &q->rows[i]);
			q->tb.cur = i;
		}
}

static void mark_pattern(struct tui *t, struct queue *q)
{
	char *pat = prompt_line(t, "标记含此文字的线索（规则、案号、证据）: ", NULL);
	if (pat && *pat) {
		if (!q->head)           /* every lead of the queue, from the first */
			go_home(t, q);
		while (!q->done)
			fetch_more(t, q);
		int n = 0;
		for (int i = 0; i < q->n; i++)
			if (strstr(q->rows[i].rule, pat) || strstr(q->rows[i].case_no, pat) || strstr(q->rows[i].evidence, pat)) {
				q->marked[i] = 1;
				n++;
			}
		tui_message(t, 0, "标记了 %d 条线索（y/x 对全部标记的线索标注）", n);
	}
	free(pat);
}

/* ---- filter ---- */
static void set_filter(struct queue *q, int which, const char *val)
{
	free(q->fs[which]);
	q->fs[which] = val && *val ? xstrdup(val) : NULL;
	q->f.status = q->fs[F_STATUS];
	q->f.rule = q->fs[F_RULE];
	q->f.stage = q->fs[F_STAGE];
	q->f.court = q->fs[F_COURT];
	q->f.judge = q->fs[F_JUDGE];
	q->f.label = q->fs[F_LABEL];
}

/* Pick a rule from the per-rule figures; NULL on Esc (caller frees). */
static char *pick_rule(struct tui *t)
{
	struct rule_stat *rs;
	int n;
	struct jz_err e;
	if (leadlist_rule_stats(t->db, &rs, &n, &e)) {
		tui_message(t, 1, "%s", e.msg);
		return NULL;
	}
	char **items = xcalloc((size_t)n + 1, sizeof *items);
	for (int i = 0; i < n; i++) {
		struct strbuf sb = STRBUF_INIT;
		sb_printf(&sb, "%s %s（%s，待标注 %ld）", rs[i].code, rs[i].title, rs[i].stage, rs[i].active - rs[i].labelled);
		items[i] = sb_detach(&sb);
	}
	int k = menu_pick("按规则", (const char *const *)items, n);
	char *out = k >= 0 ? xstrdup(rs[k].code) : NULL;
	for (int i = 0; i < n; i++)
		free(items[i]);
	free(items);
	rule_stats_free(rs, n);
	return out;
}

static void filter_menu(struct tui *t, struct queue *q)
{
	static const char *const items[] = { "状态（active/gone）", "规则", "阶段", "法院代字", "承办人",
					     "标注（none/成案/排除）", "清除全部筛选" };
	static const char *const labels[] = { "（全部）", "none", "成案", "排除" };
	static const char *const statuses[] = { "（全部）", "active", "gone" };
	int k = menu_pick("线索筛选", items, 7), m;
	char *s = NULL;
	switch (k) {
	case F_STATUS:
		if ((m = menu_pick("状态", statuses, 3)) >= 0)
			set_filter(q, F_STATUS, m ? statuses[m] : NULL);
		break;
	case F_RULE: s = pick_rule(t); if (s) set_filter(q, F_RULE, s); break;
	case F_STAGE: case F_COURT: case F_JUDGE:
		s = prompt_line(t, k == F_STAGE ? "阶段: " : k == F_COURT ? "法院代字: " : "承办人: ", q->fs[k]);
		if (s)
			set_filter(q, k, s);
		break;
	case F_LABEL:
		if ((m = menu_pick("标注", labels, 4)) >= 0)
			set_filter(q, F_LABEL, m ? labels[m] : NULL);
		break;
	case 6:
		for (int i = 0; i < F_COUNT; i++)
			set_filter(q, i, NULL);
		break;
	default: return;
	}
	free(s);
	reload_from_start(t, q);
}

static int has_filter(const struct queue *q)
{
	for (int i = 0; i < F_COUNT; i++)
		if (q->fs[i] && !(i == F_STATUS && !strcmp(q->fs[i], "active") && !q->f.case_id))
			return 1;
	return 0;
}

/* ---- drawing ---- */
static const char *cell(void *ctx, int row, int col, enum role *r, char buf[64])
{
	struct queue *q = ctx;
	const struct lead_row *l = &q->rows[row];
	if (q->marked[row])
		*r = R_MARKED;
	else if (!strcmp(l->status, "gone"))
		*r = R_MUTED;
	switch (col) {
	case 0: snprintf(buf, 64, "%c%lld", q->marked[row] ? '*' : ' ', l->id); return buf;
	case 1: return l->rule;
	case 2: if (!strcmp(l->severity, "高") && *r == R_NORMAL) *r = R_WARN; return l->severity;
	case 3: return l->case_no;
	case 4: if (!*l->label && *r == R_NORMAL) *r = R_OK; return *l->label ? l->label : "待定";
	default: return l->evidence;
	}
}

static void draw(struct view *v)
{
	struct queue *q = v->priv;
	int h = LINES - 3;
	if (q->tb.cur >= q->n - 1 && !q->done)
		fetch_more(v->t, q);
	table_draw(&q->tb, 1, h, cell, q);
	if (!q->n)
		draw_cell(3, 2, COLS - 2, "（没有符合条件的线索；先运行 jianzhi screen 筛查，或按 f 改变筛选）", theme(R_MUTED));
	int marked = 0;
	for (int i = 0; i < q->n; i++)
		marked += q->marked[i];
	struct strbuf st = STRBUF_INIT;
	if (q->more)
		sb_printf(&st, " 线索超过 %lld 条", q->total);
	else if (q->total >= 0)
		sb_printf(&st, " 线索 %lld 条", q->total);
	else
		sb_printf(&st, " 线索 %d%s 条", q->n, q->done ? "" : "+");
	static const char *const names[] = { "状态", "规则", "阶段", "法院", "承办人", "标注" };
	for (int i = 0; i < F_COUNT; i++)
		if (q->fs[i])
			sb_printf(&st, " · %s %s", names[i], q->fs[i]);
	if (marked)
		sb_printf(&st, " · 已标记 %d", marked);
	tui_draw_frame(v->t, v, q->f.case_id ? "本案线索" : q->f.rule ? q->f.rule : "线索", sb_str(&st));
	sb_free(&st);
}

/* The leads the filter selects (all of them, not only the rows fetched). */
static void export(struct tui *t, struct queue *q)
{
	char *path = ui_export_path(t, "线索");
	if (!path)
		return;
	struct export_opts o = { .what = EXPORT_LEADS, .quiet = 1 };
	long rows = 0;
	struct jz_err e;
	int rc = export_leads_xlsx(t->db, path, &q->f, &o, &rows, &e);
	ui_export_report(t, rc, rows, path, &e);
	free(path);
}

static enum result handle(struct view *v, enum act a)
{
	struct queue *q = v->priv;
	struct tui *t = v->t;
	int h = LINES - 3;
	if (a == A_DOWN || a == A_PGDN) {
		while (q->tb.cur + (a == A_PGDN ? h : 1) >= q->n && !q->done)
			fetch_more(t, q);
	}
	if (a == A_UP || a == A_PGUP) {
		while (q->tb.cur - (a == A_PGUP ? h : 1) < 0 && !q->head)
			fetch_prev(t, q);
	}
	switch (a) {
	case A_END: go_end(t, q); break;
	case A_HOME: go_home(t, q); break;
	case A_OPEN: if (q->n) tui_push(t, view_lead_new(t, q->rows[q->tb.cur].id)); break;
	case A_OPEN_CASE: if (q->n) tui_push(t, view_detail_new(t, q->rows[q->tb.cur].case_id)); break;
	case A_LABEL_CONFIRM: do_label(t, q, "成案"); break;
	case A_LABEL_DISMISS: do_label(t, q, "排除"); break;
	case A_LABEL_CLEAR:
		if (q->n) {
			ui_unlabel_lead(t, q->rows[q->tb.cur].id, q->rows[q->tb.cur].version);
			refresh_row(t, &q->rows[q->tb.cur]);
		}
		break;
	case A_LABEL_UNDO: do_undo(t, q); break;
	case A_MARK:
		if (q->n) {
			q->marked[q->tb.cur] = !q->marked[q->tb.cur];
			table_move(&q->tb, A_DOWN, h);
		}
		break;
	case A_MARK_PATTERN: mark_pattern(t, q); break;
	case A_FILTER: filter_menu(t, q); break;
	case A_CLEAR:
		for (int i = 0; i < F_COUNT; i++)
			set_filter(q, i, NULL);
		reload_from_start(t, q);
		break;
	case A_DRAFT_NEW: if (q->n) ui_draft_new(t, q->rows[q->tb.cur].id, 0); break;
	case A_HISTORY: if (q->n) tui_push(t, view_history_new(t, "leads", q->rows[q->tb.cur].id)); break;
	case A_EXPORT: export(t, q); break;
	case A_GROUP: {
		char *s = pick_rule(t);
		if (s) {
			set_filter(q, F_RULE, s);
			reload_from_start(t, q);
		}
		free(s);
		break;
	}
	default: table_move(&q->tb, a, h); break;
	}
	return RES_OK;
}

static int command(struct view *v, const char *cmd, const char *arg)
{
	struct queue *q = v->priv;
	static const char *const names[] = { "status", "rule", "stage", "court", "judge", "label" };
	for (int i = 0; i < F_COUNT; i++)
		if (!strcmp(cmd, names[i])) {
			set_filter(q, i, arg);
			reload_from_start(v->t, q);
			return 0;
		}
	return -1;
}

static int escape(struct view *v)
{
	struct queue *q = v->priv;
	int any = 0;
	for (int i = 0; i < q->n; i++)
		any |= q->marked[i];
	if (any) {
		memset(q->marked, 0, (size_t)q->n);
		return 1;
	}
	if (!has_filter(q) || q->f.case_id)
		return 0;
	for (int i = 0; i < F_COUNT; i++)
		set_filter(q, i, i == F_STATUS ? "active" : NULL);
	reload_from_start(v->t, q);
	return 1;
}

static void click(struct view *v, int y, int x, int dbl)
{
	struct queue *q = v->priv;
	(void)x;
	if (table_click(&q->tb, 1, y, dbl))
		handle(v, A_OPEN);
}

static void qfree(struct view *v)
{
	struct queue *q = v->priv;
	clear_rows(q);
	free(q->rows);
	free(q->marked);
	for (int i = 0; i < F_COUNT; i++)
		free(q->fs[i]);
	free(q);
	free(v);
}

static const struct view_ops ops = {
	V_LEADS, "线索", acts, status, cmds, draw, handle, command, click, escape, reload, qfree, NULL,
};

static struct view *queue_new(struct tui *t)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct queue *q = xcalloc(1, sizeof *q);
	v->ops = &ops;
	v->t = t;
	v->priv = q;
	q->tb.cols = cols;
	q->tb.ncols = (int)(sizeof cols / sizeof *cols);
	q->head = 1;
	return v;
}

struct view *view_leads_new(struct tui *t, const char *rule, long long case_id)
{
	struct view *v = queue_new(t);
	struct queue *q = v->priv;
	if (!case_id)
		set_filter(q, F_STATUS, "active");
	set_filter(q, F_RULE, rule);
	q->f.case_id = case_id;
	count_leads(t, q);
	fetch_more(t, q);
	return v;
}

struct view *view_leads_of(struct tui *t, const char *court, const char *judge)
{
	struct view *v = queue_new(t);
	struct queue *q = v->priv;
	set_filter(q, F_STATUS, "active");
	set_filter(q, F_COURT, court);
	set_filter(q, F_JUDGE, judge);
	count_leads(t, q);
	fetch_more(t, q);
	return v;
}

struct view *view_leads_queue(struct tui *t)
{
	struct view *v = queue_new(t);
	struct queue *q = v->priv;
	char *saved = prefs_get(t->db, "leads.saved");
	for (int i = 0; i < F_COUNT; i++) {
		char *val = saved ? prefs_get(t->db, pref_keys[i]) : NULL;
		set_filter(q, i, saved ? val : i == F_STATUS ? "active" : NULL);
		free(val);
	}
	free(saved);
	q->remember = 1;
	count_leads(t, q);
	fetch_more(t, q);
	return v;
}
