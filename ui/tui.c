/* tui.c — the workstation's main loop: the view stack, key → action
 * dispatch (the view first, then the global actions), numbered views
 * without stacking, resize and mouse, the frame with a status bar
 * generated from the key map, noticing changes made by others. */
#include "tui.h"
#include "ui.h"
#include "query/caselist.h"
#include "query/outcomes_job.h"
#include "store/jzdb.h"
#include "store/lazy_index.h"

#include <locale.h>
#include <langinfo.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct view *tui_current(struct tui *t)
{
	return t->stack[t->depth - 1];
}

static int is_top(struct tui *t, struct view *v)
{
	for (int i = 0; i < V_TOPLEVEL; i++)
		if (t->top[i] == v)
			return 1;
	return 0;
}

void tui_push(struct tui *t, struct view *v)
{
	if (!v)
		return;
	if (t->depth == TUI_DEPTH) {
		/* drop the oldest view above the base to make room */
		struct view *old = t->stack[1];
		if (!is_top(t, old))
			old->ops->free(old);
		memmove(t->stack + 1, t->stack + 2, sizeof t->stack[0] * (TUI_DEPTH - 2));
		t->depth--;
	}
	t->stack[t->depth++] = v;
}

static void pop(struct tui *t)
{
	struct view *v = t->stack[--t->depth];
	if (!is_top(t, v))
		v->ops->free(v);
}

void tui_switch(struct tui *t, enum view_id id)
{
	if (id >= V_TOPLEVEL)
		return;
	if (!t->top[id]) {
		t->top[id] = views_open(t, id);
		if (!t->top[id])
			return;
	} else if (t->top[id]->ops->reload) {
		t->top[id]->ops->reload(t->top[id]);
	}
	while (t->depth > 0)
		pop(t);
	t->stack[t->depth++] = t->top[id];
}

void tui_message(struct tui *t, int warn, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char buf[1024];
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	sb_reset(&t->msg);
	sb_adds(&t->msg, buf);
	t->msg_warn = warn;
}

/* "y 成案  x 排除  ? 帮助" from the key map: what the view's keys are now. */
static void key_hints(const struct view *v, struct strbuf *sb)
{
	static const enum act tail[] = { A_HELP, A_NONE };
	const enum act *lists[2] = { v->ops->status, tail };
	for (int l = 0; l < 2; l++)
		for (const enum act *a = lists[l]; a && *a != A_NONE; a++) {
			struct strbuf keys = STRBUF_INIT;
			keymap_keys(v->ops->id, *a, &keys);
			const char *k = sb_str(&keys);
			size_t n = strcspn(k, " ");          /* the first key only */
			if (n)
				sb_printf(sb, " %.*s %s", (int)n, k, action_label(*a));
			sb_free(&keys);
		}
}

void tui_draw_frame(struct tui *t, const struct view *v, const char *where, const char *info)
{
	struct strbuf title = STRBUF_INIT, status = STRBUF_INIT;
	sb_printf(&title, " 检执工作台 › %s", where);
	if (jz_readonly(t->db))
		sb_adds(&title, "  〔只读〕");
	draw_cell(0, 0, COLS, sb_str(&title), theme(R_TITLE));
	if (info && *info)
		sb_printf(&status, "%s │", info);
	key_hints(v, &status);
	draw_cell(LINES - 2, 0, COLS, sb_str(&status), theme(R_STATUS));
	draw_cell(LINES - 1, 0, COLS, sb_str(&t->msg), t->msg_warn ? theme(R_WARN) : A_NORMAL);
	sb_free(&title);
	sb_free(&status);
}

static void screen_start(void)
{
	initscr();
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	theme_init();
	mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(200);
	timeout(1000);           /* idle ticks: notice changes made by others */
}

/* Read one key as a code point or KF(function key); -1 on an idle tick. */
static int read_key(void)
{
	wint_t ch;
	int r = get_wch(&ch);
	if (r == ERR)
		return -1;
	return r == KEY_CODE_YES ? KF((int)ch) : (int)ch;
}

static enum result mouse(struct view *v)
{
	MEVENT me;
	if (getmouse(&me) != OK)
		return RES_OK;
	if (me.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
		enum act a = me.bstate & BUTTON4_PRESSED ? A_UP : A_DOWN;
		enum result res = RES_OK;
		for (int i = 0; i < 3 && res == RES_OK; i++)
			res = v->ops->handle(v, a);
		return res;
	}
	if (v->ops->click && me.y >= 1 && me.y < LINES - 2)
		v->ops->click(v, me.y, me.x, (me.bstate & BUTTON1_DOUBLE_CLICKED) != 0);
	return RES_OK;
}

static enum result global_action(struct tui *t, struct view *v, enum act a)
{
	switch (a) {
	case A_QUIT: return RES_QUIT;
	case A_BACK: return RES_BACK;
	case A_ESCAPE: return v->ops->escape && v->ops->escape(v) ? RES_OK : RES_BACK;
	case A_HELP: tui_push(t, view_help_new(t, v)); return RES_OK;
	case A_VIEW_CASES: case A_VIEW_LEADS: case A_VIEW_RULES: case A_VIEW_DRAFTS: case A_VIEW_DOCS:
	case A_VIEW_OUTCOMES:
		tui_switch(t, (enum view_id)(V_CASES + (a - A_VIEW_CASES)));
		return RES_OK;
	case A_RELOAD:
		if (v->ops->reload)
			v->ops->reload(v);
		tui_message(t, 0, "已从数据库刷新");
		return RES_OK;
	case A_REDRAW: clearok(curscr, TRUE); return RES_OK;
	case A_CMD: {
		char *line = prompt_line(t, ":", NULL);
		enum result r = line ? cmdline_run(t, line) : RES_OK;
		free(line);
		return r;
	}
	default: return RES_OK;
	}
}

static enum result dispatch(struct tui *t, int key)
{
	struct view *v = tui_current(t);
	if (key == KF(KEY_RESIZE)) {
		clearok(curscr, TRUE);
		return RES_OK;
	}
	if (key == KF(KEY_MOUSE))
		return mouse(v);
	enum act a = keymap_lookup(v->ops->id, v->ops->acts, key);
	if (a == A_NONE)
		return RES_OK;
	for (const enum act *h = v->ops->acts; h && *h != A_NONE; h++)
		if (*h == a)
			return v->ops->handle(v, a);
	return global_action(t, v, a);
}

static void draw(struct tui *t)
{
	erase();
	struct view *v = tui_current(t);
	v->ops->draw(v);
	refresh();
}

/* An idle step of the search index aims at this many milliseconds (a key
 * typed meanwhile waits no longer than about that): its row count doubles
 * or halves after each step to stay near it. */
#define INDEX_STEP_MS 8.0
#define INDEX_ROWS_MIN 50
#define INDEX_ROWS_MAX 20000

/* While nobody types, bring the search index up to date a step at a time
 * (after a big import, a million cases take some 20 s of idle time), so
 * the first search does not pay for it. Polls for keys between steps. */
static void index_step(struct tui *t)
{
	struct jz_err e;
	long long before = jz_data_version(t->db);
	double t0 = timing_now_ms();
	if (t->index_rows < INDEX_ROWS_MIN)
		t->index_rows = 300;
	int r = jz_readonly(t->db) ? 0 : caselist_search_sync_some(t->db, t->index_rows, &e);
	double took = timing_now_ms() - t0;
	if (r == 1 && took < INDEX_STEP_MS / 2 && t->index_rows < INDEX_ROWS_MAX)
		t->index_rows *= 2;
	else if (r == 1 && took > INDEX_STEP_MS * 2 && t->index_rows > INDEX_ROWS_MIN)
		t->index_rows /= 2;
	long long ours = jz_data_version(t->db) - before;
	if (ours < 1000000)      /* only our own writes (jz_data_version): others' stay news */
		t->data_version += ours;
	if (r <= 0) {
		t->indexing = 0;
		timeout(1000);
	} else {
		timeout(r == 2 ? 200 : 0);      /* another writer: look again a moment later */
	}
}

/* On an idle tick: another user changed the database → refresh in place. */
static int notice_changes(struct tui *t)
{
	long long ver = jz_data_version(t->db);
	if (ver == t->data_version)
		return 0;
	t->data_version = ver;
	t->indexing = 1;         /* perhaps an import: checked on the next tick */
	timeout(0);
	struct view *v = tui_current(t);
	if (v->ops->reload)
		v->ops->reload(v);
	return 1;
}

/* Background work of the view shown (its tick): redraw when it is done,
 * look again every 100 ms while it runs elsewhere, at once while the tick
 * works a step at a time. */
#define TICK_WAIT_MS 100
static int view_tick(struct tui *t)
{
	struct view *v = tui_current(t);
	int r = v->ops->tick ? v->ops->tick(v) : 0;
	if (r & TICK_REDRAW)
		draw(t);
	if (r & TICK_BUSY)
		timeout(0);
	else if (r == TICK_WAIT && !t->indexing)
		timeout(TICK_WAIT_MS);
	else if (!t->indexing)
		timeout(1000);
	return r;
}

static void loop(struct tui *t)
{
	for (;;) {
		int key = read_key();
		if (key < 0) {
			if (!t->preopened) {     /* the 成效 view's reader, opened while idle */
				outcomes_job_preopen(t->db);
				t->preopened = 1;
			}
			if (t->lazy && lazy_index_job_done(t->lazy))
				lazy_index_job_free(&t->lazy);
			if (notice_changes(t))
				draw(t);
			if (t->indexing && !t->view_busy)   /* a search's scan first */
				index_step(t);
			t->view_busy = (view_tick(t) & TICK_BUSY) != 0;
			continue;
		}
		double t0 = timing_now_ms();
		sb_reset(&t->msg);
		enum result r = dispatch(t, key);
		if (r == RES_QUIT)
			break;
		if (r == RES_BACK) {
			if (t->depth == 1)
				break;
			pop(t);
		}
		t->data_version = jz_data_version(t->db);
		draw(t);
		double start = timing_input_at() > t0 ? timing_input_at() : t0;
		timing_key(t, key, timing_now_ms() - start);
		timeout(0);    /* the view's tick says how long to wait next: a search the key began goes on at once */
	}
}

/* Chinese on a terminal whose locale is not UTF-8 draws as blanks: say so. */
static int locale_ok(void)
{
	const char *cs = nl_langinfo(CODESET);
	if (cs && strcmp(cs, "UTF-8") == 0)
		return 1;
	fprintf(stderr, "jianzhi: 终端的字符集是 %s，不是 UTF-8，中文无法显示。\n"
		"  请设置 UTF-8 区域，例如: export LANG=C.UTF-8（SSH 登录时也可在 ~/.profile 中设置）\n",
		cs && *cs ? cs : "未知");
	return 0;
}

static void free_all(struct tui *t)
{
	while (t->depth)
		pop(t);
	for (int i = 0; i < V_TOPLEVEL; i++)
		if (t->top[i])
			t->top[i]->ops->free(t->top[i]);
}

/* Another user's write holds the lock: say so on the message line while
 * this action waits (it completes when the lock frees; store/open.c). */
static void waiting(void *arg, int on)
{
	(void)arg;
	draw_cell(LINES - 1, 0, COLS, on ? "正在等待其他用户完成写入，稍候即自动继续…" : "", theme(on ? R_WARN : R_NORMAL));
	refresh();
}

int tui_main(const char *db_path)
{
	double t0 = timing_now_ms();
	setlocale(LC_ALL, "");
	if (!locale_ok())
		return 1;
	struct tui t;
	memset(&t, 0, sizeof t);
	struct jz_err e;
	t.db = jz_open(db_path, 0, &e);
	if (!t.db) {
		fprintf(stderr, "jianzhi: %s\n", e.msg);
		return 1;
	}
	/* 8 MB of pages instead of SQLite's 2: a 2-character name search on a
	 * million cases reads some 1,300 scattered case rows (5 MB of pages)
	 * for its first screen, and each G, PgUp or sort reads them again. */
	jz_set_cache_mb(t.db, 8);
	struct strbuf keymsg = STRBUF_INIT;
	keymap_init(&keymsg);
	timing_open(&t);
	caselist_search_stepwise(2.0);  /* no key waits for a search's scan (ms in the key) */
	screen_start();
	db_set_wait_indicator(t.db, waiting, &t);
	if (keymsg.len)
		tui_message(&t, 1, "按键设置有误：%s", sb_str(&keymsg));
	sb_free(&keymsg);
	tui_switch(&t, views_start(&t));
	int rc = 0;
	if (t.depth) {
		t.data_version = jz_data_version(t.db);
		draw(&t);
		timing_note(&t, "first_screen", timing_now_ms() - t0);
		t.indexing = 1;
		t.lazy = lazy_index_job_start(t.db);
		timeout(0);
		loop(&t);
	} else {
		rc = 1;
	}
	lazy_index_job_free(&t.lazy);
	free_all(&t);
	endwin();
	keymap_free();
	timing_close(&t);
	free(t.kept);
	free(t.export_path);
	sb_free(&t.msg);
	outcomes_job_close_kept();
	jz_close(&t.db);
	return rc;
}
