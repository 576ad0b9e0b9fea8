/* tui.c — the workstation's main loop: view stack, key → action dispatch,
 * resize and mouse, message line, timing log. */
#include "tui.h"
#include "ui.h"
#include "store/db.h"

#include <locale.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void tui_push(struct tui *t, struct view *v)
{
	if (!v)
		return;
	if (t->depth == (int)(sizeof t->stack / sizeof t->stack[0])) {
		tui_message(t, 1, "打开的视图太多，请先按 q 返回");
		v->ops->free(v);
		return;
	}
	t->stack[t->depth++] = v;
}

static void pop(struct tui *t)
{
	struct view *v = t->stack[--t->depth];
	v->ops->free(v);
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

void tui_draw_frame(struct tui *t, const char *where, const char *status)
{
	struct strbuf title = STRBUF_INIT;
	sb_printf(&title, " 检执工作台 › %s", where);
	draw_cell(0, 0, COLS, sb_str(&title), theme(R_TITLE));
	sb_free(&title);
	draw_cell(LINES - 2, 0, COLS, status, theme(R_STATUS));
	draw_cell(LINES - 1, 0, COLS, sb_str(&t->msg), t->msg_warn ? theme(R_WARN) : A_NORMAL);
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
}

/* Read one key as a code point or KF(function key). */
static int read_key(void)
{
	wint_t ch;
	int r = get_wch(&ch);
	if (r == ERR)
		return -1;
	return r == KEY_CODE_YES ? KF((int)ch) : (int)ch;
}

static enum result mouse(struct tui *t, struct view *v)
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
	(void)t;
	return RES_OK;
}

static enum result dispatch(struct tui *t, int key)
{
	struct view *v = t->stack[t->depth - 1];
	if (key == KF(KEY_RESIZE)) {
		clearok(curscr, TRUE);
		return RES_OK;
	}
	if (key == KF(KEY_MOUSE))
		return mouse(t, v);
	enum act a = keys_lookup(v->ops->acts, key);
	switch (a) {
	case A_QUIT: return RES_QUIT;
	case A_HELP: tui_push(t, view_help_new(t, v)); return RES_OK;
	case A_CASES: tui_push(t, view_cases_new(t)); return RES_OK;
	case A_LEADS: tui_push(t, view_leads_new(t, NULL, 0)); return RES_OK;
	case A_RULES: tui_push(t, view_rules_new(t)); return RES_OK;
	case A_DRAFTS: tui_push(t, view_drafts_new(t)); return RES_OK;
	case A_DOCS: tui_push(t, view_docs_new(t)); return RES_OK;
	case A_REFRESH: clearok(curscr, TRUE); return RES_OK;
	case A_CMD: {
		char *line = prompt_line(t, ":", NULL);
		enum result r = line ? cmdline_run(t, line) : RES_OK;
		free(line);
		return r;
	}
	case A_NONE:
		return RES_OK;
	default:
		return v->ops->handle(v, a);
	}
}

static void draw(struct tui *t)
{
	erase();
	struct view *v = t->stack[t->depth - 1];
	v->ops->draw(v);
	refresh();
}

static void loop(struct tui *t)
{
	for (;;) {
		int key = read_key();
		if (key < 0)
			continue;
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
		draw(t);
		double start = timing_input_at() > t0 ? timing_input_at() : t0;
		timing_key(t, key, timing_now_ms() - start);
	}
}

int tui_main(struct cli_ctx *ctx)
{
	double t0 = timing_now_ms();
	setlocale(LC_ALL, "");
	struct tui t;
	memset(&t, 0, sizeof t);
	t.db = cli_open_db(ctx);
	if (!t.db)
		return EXIT_FAIL;
	timing_open(&t);
	screen_start();
	tui_push(&t, view_cases_new(&t));
	if (t.depth == 0) {
		endwin();
		db_close(&t.db);
		return EXIT_FAIL;
	}
	draw(&t);
	timing_note(&t, "first_screen", timing_now_ms() - t0);
	loop(&t);
	while (t.depth)
		pop(&t);
	endwin();
	timing_close(&t);
	sb_free(&t.msg);
	db_close(&t.db);
	return EXIT_OK;
}
