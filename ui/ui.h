/* ui.h — the TUI's one curses wrapper header: theme, widgets, actions,
 * views. Only files in ui/ include it (and so curses.h); ui/ holds no SQL:
 * views call the core (src/caselist.h, casedetail.h, leads.h, ...).
 *
 * A view is a small table of operations (draw, handle an action, run a
 * ":" command, mouse click, free). Keys become actions through each view's
 * action table (keys.c), which also drives the "?" help screen, so the
 * two cannot drift. Handlers change state and return; the main loop in
 * tui.c redraws. */
#ifndef JZ_UI_H
#define JZ_UI_H

#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <sqlite3.h>
#include <stdio.h>
#include "util/strbuf.h"

/* ---- theme (widgets.c): draw by meaning; NO_COLOR → monochrome ---- */
enum role { R_NORMAL, R_TITLE, R_HEADER, R_CURSOR, R_STATUS, R_WARN, R_MUTED, R_MARKED, R_OK,
	    R_AMOUNT, R_NROLES };
void theme_init(void);
attr_t theme(enum role r);

/* ---- widgets (widgets.c): CJK text measured in screen columns ---- */
int text_width(const char *utf8);
/* Draw utf8 at (y,x) in exactly width columns: cut with "…" when too
 * wide (never splitting a wide character), padded with spaces. */
void draw_cell(int y, int x, int width, const char *utf8, attr_t a);
void draw_cell_right(int y, int x, int width, const char *utf8, attr_t a);
/* Break utf8 into lines of at most width columns (at newlines too);
 * appends malloc'd strings to *lines (grown), returns the new count. */
int wrap_text(const char *utf8, int width, char ***lines, int *n, int *cap);
/* A centred pick list; returns the chosen index or -1 (Esc). */
int menu_pick(const char *title, const char *const *items, int n);

/* ---- actions (keys.c) ----
 * A key is a character (its code point) or a curses function key as
 * KF(KEY_xxx), kept above the Unicode range so the two never collide. */
#define KF(k) ((k) + 0x200000)
#define CTRL(c) ((c) & 0x1f)
enum act {
	A_NONE, A_QUIT, A_BACK, A_HELP, A_CMD, A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END,
	A_OPEN, A_SEARCH, A_NEXT, A_PREV, A_SORT, A_SORTREV, A_FILTER, A_CLEAR, A_MASK,
	A_CONFIRM, A_DISMISS, A_UNLABEL, A_UNDO, A_MARK, A_MARKALL, A_APPLY, A_GROUP,
	A_LEADS, A_RULES, A_CASES, A_CASE, A_REFRESH, A_DRAFTS, A_DOCS
};
struct action {
	enum act id;
	const char *keys;        /* as shown in help: "j ↓" */
	const char *help;        /* Chinese */
	int k[4];                /* key codes, 0-terminated */
};
/* Global actions every view has (quit, help, :, views). */
extern const struct action keys_global[];
/* The action for key in the view's table, then the global one. */
enum act keys_lookup(const struct action *view_acts, int key);
const char *keys_name(int key, char *buf, int size);

/* ---- views ---- */
struct tui;
struct view;
enum result { RES_OK, RES_BACK, RES_QUIT };
struct view_ops {
	const char *name;                      /* 案件, 案件详情 ... */
	const struct action *acts;
	void (*draw)(struct view *v);
	enum result (*handle)(struct view *v, enum act a);
	/* ":" commands particular to the view; 0 when handled, -1 unknown. */
	int (*command)(struct view *v, const char *cmd, const char *arg);
	void (*click)(struct view *v, int y, int x, int dbl);
	void (*free)(struct view *v);
};
struct view {
	const struct view_ops *ops;
	struct tui *t;
	void *priv;
};
struct tui {
	sqlite3 *db;
	struct view *stack[16];
	int depth;
	struct strbuf msg;        /* the message line (errors, results) */
	int msg_warn;
	FILE *timing;             /* JIANZHI_TUI_TIMING log, or NULL */
};
void tui_push(struct tui *t, struct view *v);
void tui_message(struct tui *t, int warn, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Title line (row 0) and status bar (last-but-one row) + message (last). */
void tui_draw_frame(struct tui *t, const char *where, const char *status);

/* The views (one file each). */
struct caselist_filter;
struct view *view_cases_new(struct tui *t);
struct view *view_detail_new(struct tui *t, long long case_id);
struct view *view_leads_new(struct tui *t, const char *rule, long long case_id);
struct view *view_lead_new(struct tui *t, long long lead_id);
struct view *view_rules_new(struct tui *t);
struct view *view_rule_new(struct tui *t, const char *code);
struct view *view_help_new(struct tui *t, const struct view *of);
struct view *view_drafts_new(struct tui *t);
struct view *view_docs_new(struct tui *t);

/* A scrolling page of lines with a cursor (pager.c), for detail views.
 * Each source line has a role and an optional link the view opens. */
struct pager {
	char **src; int *src_role; long long *src_link; int nsrc, capsrc;
	char **lines; int *line_src; int nlines, caplines, wrap_width;
	int top, cur;
};
void pager_add(struct pager *p, enum role r, long long link, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void pager_clear(struct pager *p);
void pager_draw(struct pager *p, int y, int h);
/* Moves for A_UP..A_END; returns 1 when handled. */
int pager_move(struct pager *p, enum act a, int h);
long long pager_link(const struct pager *p);   /* link under the cursor or 0 */
void pager_click(struct pager *p, int row);     /* row relative to the page */

/* Line editor on the last row (cmdline.c): returns a malloc'd string or
 * NULL on Esc. init is the starting text (may be NULL). */
char *prompt_line(struct tui *t, const char *prompt, const char *init);
/* Run a ":" command line (global commands, then the view's). */
enum result cmdline_run(struct tui *t, const char *line);

/* Timing log (timing.c): JIANZHI_TUI_TIMING=FILE records per-key ms. */
void timing_open(struct tui *t);
void timing_key(struct tui *t, int key, double ms);
void timing_note(struct tui *t, const char *what, double ms);
void timing_close(struct tui *t);
double timing_now_ms(void);
/* Called when a prompt or menu has read its last key, so a key's time
 * counts the work after the user's typing, not the typing. */
void timing_input_done(void);
double timing_input_at(void);

#endif
