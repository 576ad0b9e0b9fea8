/* view_leads.c — 线索 lead queue and one lead: filter, mark, label 成案
 * (y) / 排除 (x, reason from the list, note optional), undo (u); after a
 * label the cursor moves to the next unlabelled lead. Rows are fetched a
 * page at a time by id (leads_query keyset) as the cursor reaches them. */
#include "ui.h"
#include "rules/leads.h"
#include "query/casedetail.h"

#include <stdlib.h>
#include <string.h>

#define PAGE 200

struct lrow {
	long long id, case_id;
	char *rule, *title, *severity, *case_no, *status, *label, *reason, *evidence;
	int marked;
};

struct queue {
	struct lead_filter f;
	char *fs[6];                /* owned: status rule stage court judge label */
	struct lrow *rows;
	int n, cap, cur, top, done; /* done: no more rows to fetch */
};

static const struct action queue_acts[] = {
	{ A_OPEN, "Enter", "打开线索：证据、法律依据、事实来源", { KF(KEY_ENTER) } },
	{ A_CONFIRM, "y", "标注 成案（有标记时标注全部已标记的）", { 'y' } },
	{ A_DISMISS, "x", "标注 排除：从列表选理由，可加说明（有标记时全部）", { 'x' } },
	{ A_UNLABEL, "U", "取消标注", { 'U' } },
	{ A_UNDO, "u", "撤销我最近一次标注", { 'u' } },
	{ A_MARK, "t", "标记/取消标记当前线索", { 't' } },
	{ A_MARKALL, "T", "按模式标记（规则、案号或证据含该文字）", { 'T' } },
	{ A_FILTER, "f", "筛选：规则、阶段、法院、承办人、状态、标注", { 'f' } },
	{ A_GROUP, "b", "按规则分组（选中一组即筛选该规则）", { 'b' } },
	{ A_CASE, "o", "打开线索所在案件", { 'o' } },
	{ A_NONE, NULL, NULL, { 0 } },
};

static const char *col(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);
	return s ? (const char *)s : "";
}

static void row_fill(struct lrow *r, sqlite3_stmt *st)
{
	r->id = sqlite3_column_int64(st, 0);
	r->rule = strdup(col(st, 1));
	r->title = strdup(col(st, 2));
	r->severity = strdup(col(st, 4));
	r->case_no = strdup(col(st, 5));
	r->status = strdup(col(st, 8));
	r->label = strdup(col(st, 9));
	r->reason = strdup(col(st, 10));
	r->evidence = strdup(col(st, 11));
	r->case_id = sqlite3_column_int64(st, 12);
}

static void row_free(struct lrow *r)
{
	free(r->rule); free(r->title); free(r->severity); free(r->case_no);
	free(r->status); free(r->label); free(r->reason); free(r->evidence);
}

static void fetch_more(struct tui *t, struct queue *q)
{
	if (q->done)
		return;
	sqlite3_stmt *st;
	struct jz_err e;
	long long after = q->n ? q->rows[q->n - 1].id : 0;
	if (leads_query(t->db, &q->f, after, PAGE, &st, &e)) {
		tui_message(t, 1, "%s", e.msg);
		q->done = 1;
		return;
	}
	int got = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (q->n == q->cap) {
			q->cap = q->cap ? q->cap * 2 : PAGE;
			q->rows = realloc(q->rows, (size_t)q->cap * sizeof *q->rows);
		}
		memset(&q->rows[q->n], 0, sizeof q->rows[0]);
		row_fill(&q->rows[q->n++], st);
		got++;
	}
	sqlite3_finalize(st);
	if (got < PAGE)
		q->done = 1;
}

static void reload(struct tui *t, struct queue *q)
{
	for (int i = 0; i < q->n; i++)
		row_free(&q->rows[i]);
	q->n = q->cur = q->top = q->done = 0;
	fetch_more(t, q);
}

/* Refresh one row's label from the database. */
static void refresh_row(struct tui *t, struct lrow *r)
{
	sqlite3_stmt *st;
	struct jz_err e;
	if (leads_get(t->db, r->id, &st, &e))
		return;
	if (sqlite3_step(st) == SQLITE_ROW) {
		int marked = r->marked;
		row_free(r);
		row_fill(r, st);
		r->marked = marked;
	}
	sqlite3_finalize(st);
}

/* Ask for the 排除 reason (and a note); 0 when the user gave one. */
static int ask_reason(struct tui *t, const char **reason, char **note)
{
	const char *const *rs = leads_dismiss_reasons();
	int n = 0;
	while (rs[n])
		n++;
	int k = menu_pick("排除理由", rs, n);
	if (k < 0)
		return -1;
	*reason = rs[k];
	*note = prompt_line(t, !strcmp(rs[k], "其他") ? "说明（必填）: " : "补充说明（可空，Enter 跳过）: ", NULL);
	return *note ? 0 : -1;
}

/* Label the given leads; returns how many succeeded. */
static int label_ids(struct tui *t, const long long *ids, int n, const char *label)
{
	const char *reason = NULL;
	char *note = NULL;
	if (!strcmp(label, "排除") && ask_reason(t, &reason, &note))
		return 0;
	int ok = 0;
	struct jz_err e;
	jz_err_clear(&e);
	for (int i = 0; i < n; i++)
		if (leads_label(t->db, ids[i], label, reason, note && *note ? note : NULL, &e) == 0)
			ok++;
	if (ok < n)
		tui_message(t, 1, "%d 条标注失败：%s", n - ok, e.msg);
	else
		tui_message(t, 0, "已将 %d 条线索标注为 %s%s%s", ok, label, reason ? "：" : "", reason ? reason : "");
	free(note);
	return ok;
}

static int confirm_many(struct tui *t, int n, const char *label)
{
	if (n <= 1)
		return 1;
	char prompt[128];
	snprintf(prompt, sizeof prompt, "对 %d 条已标记线索标注“%s”？输入 y 确认: ", n, label);
	char *s = prompt_line(t, prompt, NULL);
	int yes = s && (!strcmp(s, "y") || !strcmp(s, "Y") || !strcmp(s, "是"));
	free(s);
	return yes;
}

static void next_unlabelled(struct tui *t, struct queue *q)
{
	for (int i = q->cur + 1;; i++) {
		if (i >= q->n)
			fetch_more(t, q);
		if (i >= q->n)
			return;
		if (!*q->rows[i].label) {
			q->cur = i;
			return;
		}
	}
}

static void do_label(struct tui *t, struct queue *q, const char *label)
{
	int marked = 0;
	for (int i = 0; i < q->n; i++)
		marked += q->rows[i].marked;
	if (!q->n)
		return;
	long long *ids = malloc(sizeof *ids * (size_t)(marked ? marked : 1));
	int k = 0;
	if (marked) {
		for (int i = 0; i < q->n; i++)
			if (q->rows[i].marked)
				ids[k++] = q->rows[i].id;
	} else {
		ids[k++] = q->rows[q->cur].id;
	}
	if (confirm_many(t, k, label) && label_ids(t, ids, k, label) > 0) {
		for (int i = 0; i < q->n; i++)
			if (q->rows[i].marked || (!marked && i == q->cur)) {
				q->rows[i].marked = 0;
				refresh_row(t, &q->rows[i]);
			}
		next_unlabelled(t, q);
	}
	free(ids);
}

static void do_undo(struct tui *t, struct queue *q)
{
	long long id = 0;
	struct jz_err e;
	if (leads_undo_last(t->db, &id, &e)) {
		tui_message(t, 1, "无法撤销：%s", e.msg);
		return;
	}
	tui_message(t, 0, "已撤销线索 #%lld 的标注", id);
	for (int i = 0; i < q->n; i++)
		if (q->rows[i].id == id) {
			refresh_row(t, &q->rows[i]);
			q->cur = i;
		}
}

static void mark_pattern(struct tui *t, struct queue *q)
{
	char *pat = prompt_line(t, "标记含此文字的线索（规则、案号、证据）: ", NULL);
	if (!pat || !*pat) {
		free(pat);
		return;
	}
	while (!q->done)
		fetch_more(t, q);
	int n = 0;
	for (int i = 0; i < q->n; i++)
		if (strstr(q->rows[i].rule, pat) || strstr(q->rows[i].case_no, pat) || strstr(q->rows[i].evidence, pat)) {
			q->rows[i].marked = 1;
			n++;
		}
	tui_message(t, 0, "标记了 %d 条线索（y/x 对全部标记的线索标注）", n);
	free(pat);
}

/* ---- filter ---- */
enum { F_STATUS, F_RULE, F_STAGE, F_COURT, F_JUDGE, F_LABEL };

static void set_filter(struct queue *q, int which, const char *val)
{
	free(q->fs[which]);
	q->fs[which] = val && *val ? strdup(val) : NULL;
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
	sqlite3_stmt *st;
	struct jz_err e;
	if (leads_stats_query(t->db, &st, &e)) {
		tui_message(t, 1, "%s", e.msg);
		return NULL;
	}
	char *items[128], *codes[128];
	int n = 0;
	while (n < 128 && sqlite3_step(st) == SQLITE_ROW) {
		struct strbuf sb = STRBUF_INIT;
		sb_printf(&sb, "%s %s（%s 条待办 %d）", col(st, 0), col(st, 1), col(st, 2),
			  sqlite3_column_int(st, 4) - sqlite3_column_int(st, 5));
		items[n] = sb_detach(&sb);
		codes[n++] = strdup(col(st, 0));
	}
	sqlite3_finalize(st);
	int k = menu_pick("按规则", (const char *const *)items, n);
	char *out = k >= 0 ? strdup(codes[k]) : NULL;
	for (int i = 0; i < n; i++)
		free(items[i]), free(codes[i]);
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
		for (int i = 0; i < 6; i++)
			set_filter(q, i, NULL);
		break;
	default: return;
	}
	free(s);
	reload(t, q);
}

/* ---- drawing ---- */
static void draw_row(int y, const struct lrow *r, attr_t a)
{
	char id[24];
	snprintf(id, sizeof id, "%c%lld", r->marked ? '*' : ' ', r->id);
	attr_t la = a;
	if (a == A_NORMAL)
		la = r->marked ? theme(R_MARKED) : !strcmp(r->status, "gone") ? theme(R_MUTED) : A_NORMAL;
	draw_cell(y, 0, COLS, "", la);
	draw_cell(y, 0, 7, id, la);
	draw_cell(y, 8, 17, r->rule, la);
	draw_cell(y, 26, 2, r->severity, a == A_NORMAL && !strcmp(r->severity, "高") ? theme(R_WARN) : la);
	draw_cell(y, 29, 24, r->case_no, la);
	draw_cell(y, 54, 4, *r->label ? r->label : "待定", a == A_NORMAL && !*r->label ? theme(R_OK) : la);
	draw_cell(y, 59, COLS - 59, r->evidence, la);
}

static void draw(struct view *v)
{
	struct queue *q = v->priv;
	int h = LINES - 4;
	if (q->cur >= q->n - 1 && !q->done)
		fetch_more(v->t, q);
	if (q->n)          /* it may have been labelled in the lead's own view */
		refresh_row(v->t, &q->rows[q->cur]);
	if (q->cur < q->top)
		q->top = q->cur;
	if (q->cur >= q->top + h)
		q->top = q->cur - h + 1;
	draw_cell(1, 0, COLS, " 编号   规则              级 案号                     标注 证据", theme(R_HEADER));
	for (int i = 0; i < h && q->top + i < q->n; i++)
		draw_row(2 + i, &q->rows[q->top + i], q->top + i == q->cur ? theme(R_CURSOR) : A_NORMAL);
	if (!q->n)
		draw_cell(3, 2, COLS - 2, "（没有符合条件的线索；先运行 jianzhi screen 筛查，或按 f 改变筛选）", theme(R_MUTED));
	int marked = 0;
	for (int i = 0; i < q->n; i++)
		marked += q->rows[i].marked;
	struct strbuf st = STRBUF_INIT;
	sb_printf(&st, " 线索 %d%s 条", q->n, q->done ? "" : "+");
	const char *names[] = { "状态", "规则", "阶段", "法院", "承办人", "标注" };
	for (int i = 0; i < 6; i++)
		if (q->fs[i])
			sb_printf(&st, " · %s %s", names[i], q->fs[i]);
	if (marked)
		sb_printf(&st, " · 已标记 %d", marked);
	sb_adds(&st, " │ y 成案 x 排除 u 撤销 t 标记 f 筛选 ? 帮助");
	tui_draw_frame(v->t, "线索", sb_str(&st));
	sb_free(&st);
}

static enum result handle(struct view *v, enum act a)
{
	struct queue *q = v->priv;
	struct tui *t = v->t;
	int h = LINES - 4;
	switch (a) {
	case A_BACK: return RES_BACK;
	case A_UP: if (q->cur > 0) q->cur--; break;
	case A_DOWN: if (q->cur + 1 >= q->n) fetch_more(t, q); if (q->cur + 1 < q->n) q->cur++; break;
	case A_PGUP: q->cur = q->cur > h ? q->cur - h : 0; break;
	case A_PGDN:
		while (q->cur + h >= q->n && !q->done)
			fetch_more(t, q);
		q->cur = q->cur + h < q->n ? q->cur + h : (q->n ? q->n - 1 : 0);
		break;
	case A_HOME: q->cur = 0; break;
	case A_END: while (!q->done) fetch_more(t, q); q->cur = q->n ? q->n - 1 : 0; break;
	case A_OPEN: if (q->n) tui_push(t, view_lead_new(t, q->rows[q->cur].id)); break;
	case A_CASE: if (q->n) tui_push(t, view_detail_new(t, q->rows[q->cur].case_id)); break;
	case A_CONFIRM: do_label(t, q, "成案"); break;
	case A_DISMISS: do_label(t, q, "排除"); break;
	case A_UNLABEL:
		if (q->n) {
			struct jz_err e;
			if (leads_unlabel(t->db, q->rows[q->cur].id, &e))
				tui_message(t, 1, "%s", e.msg);
			refresh_row(t, &q->rows[q->cur]);
		}
		break;
	case A_UNDO: do_undo(t, q); break;
	case A_MARK: if (q->n) { q->rows[q->cur].marked = !q->rows[q->cur].marked; handle(v, A_DOWN); } break;
	case A_MARKALL: mark_pattern(t, q); break;
	case A_FILTER: filter_menu(t, q); break;
	case A_GROUP: {
		char *s = pick_rule(t);
		if (s) {
			set_filter(q, F_RULE, s);
			reload(t, q);
		}
		free(s);
		break;
	}
	default: break;
	}
	return RES_OK;
}

static int command(struct view *v, const char *cmd, const char *arg)
{
	struct queue *q = v->priv;
	static const char *const names[] = { "status", "rule", "stage", "court", "judge", "label" };
	for (int i = 0; i < 6; i++)
		if (!strcmp(cmd, names[i])) {
			set_filter(q, i, arg);
			reload(v->t, q);
			return 0;
		}
	return -1;
}

static void click(struct view *v, int y, int x, int dbl)
{
	struct queue *q = v->priv;
	(void)x;
	if (y >= 2 && q->top + y - 2 < q->n) {
		q->cur = q->top + y - 2;
		if (dbl)
			handle(v, A_OPEN);
	}
}

static void qfree(struct view *v)
{
	struct queue *q = v->priv;
	for (int i = 0; i < q->n; i++)
		row_free(&q->rows[i]);
	free(q->rows);
	for (int i = 0; i < 6; i++)
		free(q->fs[i]);
	free(q);
	free(v);
}

static const struct view_ops queue_ops = { "线索", queue_acts, draw, handle, command, click, qfree };

struct view *view_leads_new(struct tui *t, const char *rule, long long case_id)
{
	struct view *v = calloc(1, sizeof *v);
	struct queue *q = calloc(1, sizeof *q);
	v->ops = &queue_ops;
	v->t = t;
	v->priv = q;
	if (!case_id)
		set_filter(q, F_STATUS, "active");
	set_filter(q, F_RULE, rule);
	q->f.case_id = case_id;
	fetch_more(t, q);
	return v;
}

/* ---- one lead ---- */
struct lead { long long id, case_id; struct pager p; };

static const struct action lead_acts[] = {
	{ A_CONFIRM, "y", "标注 成案", { 'y' } },
	{ A_DISMISS, "x", "标注 排除（选理由，可加说明）", { 'x' } },
	{ A_UNLABEL, "U", "取消标注", { 'U' } },
	{ A_UNDO, "u", "撤销我最近一次标注", { 'u' } },
	{ A_CASE, "o Enter", "打开线索所在案件", { 'o', KF(KEY_ENTER) } },
	{ A_NONE, NULL, NULL, { 0 } },
};

static void lead_facts(struct tui *t, struct lead *l)
{
	sqlite3_stmt *st;
	struct jz_err e;
	pager_add(&l->p, R_NORMAL, 0, "%s", "");
	pager_add(&l->p, R_HEADER, 0, "%s", "本案事实及来源（台账行 / 登记数据 / 文书页）");
	if (casedetail_events(t->db, l->case_id, &st, &e) == 0) {
		while (sqlite3_step(st) == SQLITE_ROW)
			pager_add(&l->p, R_NORMAL, 0, "  %s %s %s  〔%s〕", col(st, 0), col(st, 1), col(st, 2),
				  *col(st, 7) ? col(st, 7) : "来源未记录");
		sqlite3_finalize(st);
	}
	if (casedetail_properties(t->db, l->case_id, &st, &e) == 0) {
		while (sqlite3_step(st) == SQLITE_ROW)
			pager_add(&l->p, R_NORMAL, 0, "  %s %s %s %s～%s  〔%s，按%s匹配〕", col(st, 0), col(st, 3),
				  col(st, 4), col(st, 6), col(st, 7), col(st, 8),
				  !strcmp(col(st, 2), "id") ? "证件号" : "姓名");
		sqlite3_finalize(st);
	}
}

static void lead_build(struct view *v)
{
	struct lead *l = v->priv;
	sqlite3_stmt *st;
	struct jz_err e;
	int cur = l->p.cur;
	pager_clear(&l->p);
	if (leads_get(v->t->db, l->id, &st, &e)) {
		pager_add(&l->p, R_WARN, 0, "%s", e.msg);
		return;
	}
	if (sqlite3_step(st) != SQLITE_ROW) {
		pager_add(&l->p, R_WARN, 0, "线索 #%lld 不存在", l->id);
		sqlite3_finalize(st);
		return;
	}
	l->case_id = sqlite3_column_int64(st, 12);
	pager_add(&l->p, R_TITLE, 0, "线索 #%lld  [%s] %s", l->id, col(st, 1), col(st, 2));
	pager_add(&l->p, R_NORMAL, l->case_id, "案件 %s  法院 %s  承办人 %s  （Enter 打开案件）", col(st, 5), col(st, 6), col(st, 7));
	pager_add(&l->p, R_NORMAL, 0, "阶段 %s  严重程度 %s  状态 %s  规则版本 %s", col(st, 3), col(st, 4),
		  !strcmp(col(st, 8), "gone") ? "已消失" : "有效", col(st, 15));
	pager_add(&l->p, R_MUTED, 0, "首次发现 %s  最近 %s%s%s", col(st, 16), col(st, 17),
		  *col(st, 18) ? "  消失于 " : "", col(st, 18));
	if (*col(st, 9))
		pager_add(&l->p, R_OK, 0, "标注 %s %s %s（%s %s）", col(st, 9), col(st, 10), col(st, 19), col(st, 20),
			  col(st, 21));
	else
		pager_add(&l->p, R_OK, 0, "%s", "标注 待定（y 成案  x 排除）");
	pager_add(&l->p, R_NORMAL, 0, "%s", "");
	pager_add(&l->p, R_HEADER, 0, "%s", "证据");
	pager_add(&l->p, R_NORMAL, 0, "%s", col(st, 11));
	pager_add(&l->p, R_NORMAL, 0, "%s", "");
	pager_add(&l->p, R_HEADER, 0, "%s", "法律依据");
	pager_add(&l->p, R_NORMAL, 0, "%s", col(st, 13));
	pager_add(&l->p, R_NORMAL, 0, "%s", "");
	pager_add(&l->p, R_HEADER, 0, "%s", "建议的监督方式");
	pager_add(&l->p, R_NORMAL, 0, "%s", col(st, 14));
	sqlite3_finalize(st);
	lead_facts(v->t, l);
	l->p.cur = cur;
}

static void lead_draw(struct view *v)
{
	struct lead *l = v->priv;
	pager_draw(&l->p, 1, LINES - 3);
	char where[64];
	snprintf(where, sizeof where, "线索 #%lld", l->id);
	tui_draw_frame(v->t, where, " y 成案  x 排除  U 取消  u 撤销  o 案件  q 返回  ? 帮助");
}

static enum result lead_handle(struct view *v, enum act a)
{
	struct lead *l = v->priv;
	switch (a) {
	case A_BACK: return RES_BACK;
	case A_CONFIRM: label_ids(v->t, &l->id, 1, "成案"); lead_build(v); break;
	case A_DISMISS: label_ids(v->t, &l->id, 1, "排除"); lead_build(v); break;
	case A_UNLABEL: {
		struct jz_err e;
		if (leads_unlabel(v->t->db, l->id, &e))
			tui_message(v->t, 1, "%s", e.msg);
		lead_build(v);
		break;
	}
	case A_UNDO: {
		long long id;
		struct jz_err e;
		if (leads_undo_last(v->t->db, &id, &e))
			tui_message(v->t, 1, "无法撤销：%s", e.msg);
		else
			tui_message(v->t, 0, "已撤销线索 #%lld 的标注", id);
		lead_build(v);
		break;
	}
	case A_CASE: if (l->case_id) tui_push(v->t, view_detail_new(v->t, l->case_id)); break;
	default: pager_move(&l->p, a, LINES - 3); break;
	}
	return RES_OK;
}

static void lead_click(struct view *v, int y, int x, int dbl)
{
	struct lead *l = v->priv;
	(void)x;
	pager_click(&l->p, y - 1);
	if (dbl && pager_link(&l->p))
		lead_handle(v, A_CASE);
}

static void lead_free(struct view *v)
{
	struct lead *l = v->priv;
	pager_clear(&l->p);
	free(l);
	free(v);
}

static const struct view_ops lead_ops = { "线索详情", lead_acts, lead_draw, lead_handle, NULL, lead_click, lead_free };

struct view *view_lead_new(struct tui *t, long long lead_id)
{
	struct view *v = calloc(1, sizeof *v);
	struct lead *l = calloc(1, sizeof *l);
	v->ops = &lead_ops;
	v->t = t;
	v->priv = l;
	l->id = lead_id;
	lead_build(v);
	return v;
}
