/* ui.h — the workstation's one curses wrapper header: theme, widgets,
 * actions and keys, views. Only files in ui/ include it (and so curses.h).
 * ui/ never sees SQLite: views get typed rows from the core's query
 * modules (src/query/) and call its action functions (labels, drafts,
 * facts), all through the opaque jz_db of store/jzdb.h.
 *
 * A view is a table of operations (draw, handle an action, ":" commands,
 * click, escape, reload, free) plus the list of actions it handles. Keys
 * become actions through one key map (keymap.c) built from actions.def and
 * the user's keymap file; the view's own actions win over global ones. The
 * "?" help and every status bar are generated from the same table, so
 * they cannot drift. Handlers change state and return; the main loop in
 * tui.c redraws. */
#ifndef JZ_UI_H
#define JZ_UI_H

#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <stdio.h>
#include "store/jzdb.h"
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
/* Break utf8 into lines of at most width columns (at newlines too),
 * never inside a number, a date or a Latin word that fits on a line;
 * appends malloc'd strings to *lines (grown), returns the new count. */
int wrap_text(const char *utf8, int width, char ***lines, int *n, int *cap);
/* A centred pick list; returns the chosen index or -1 (Esc). */
int menu_pick(const char *title, const char *const *items, int n);
/* Money in fen as "1,234.50" (buf of 32); "" when fen < 0 (unknown). */
const char *fmt_yuan(long long fen, char buf[32]);

/* ---- actions and keys (actions.def, keymap.c) ----
 * A key is a character (its code point) or a curses function key as
 * KF(KEY_xxx), kept above the Unicode range so the two never collide. */
#define KF(k) ((k) + 0x200000)
#define CTRL(c) ((c) & 0x1f)
enum act {
	A_NONE,
#define ACTION(id, name, keys, label, help) A_##id,
#include "actions.def"
#undef ACTION
	A_COUNT
};
enum view_id { V_CASES, V_LEADS, V_RULES, V_DRAFTS, V_DOCS, V_OUTCOMES, V_TOPLEVEL,
	       V_DETAIL = V_TOPLEVEL, V_LEAD, V_RULE, V_DRAFT, V_DOC, V_HELP, V_MONEY, V_SIMILAR, V_HISTORY, V_DIFF,
	       V_COUNT };
const char *action_name(enum act a);
const char *action_label(enum act a);
const char *action_help(enum act a);
int action_is_global(enum act a);
/* Load the defaults, then the user's keymap file ($XDG_CONFIG_HOME/
 * jianzhi/keys, jianzhi-keys(5)); problems are appended to msg. */
void keymap_init(struct strbuf *msg);
void keymap_free(void);
/* The action key means in view (the view's own actions first, then the
 * global ones); A_NONE when none. */
enum act keymap_lookup(enum view_id view, const enum act *view_acts, int key);
/* The keys bound to a in view, as shown to people ("j ↓"); "" when none. */
void keymap_keys(enum view_id view, enum act a, struct strbuf *out);
/* The name of one key ("Enter", "C-l", "y"). */
const char *keymap_key_name(int key, char buf[32]);

/* ---- views ---- */
struct tui;
struct view;
enum result { RES_OK, RES_BACK, RES_QUIT };
struct view_ops {
	enum view_id id;
	const char *name;                      /* 案件, 案件详情 ... */
	const enum act *acts;                  /* handled, A_NONE-terminated */
	const enum act *status;                /* shown in the status bar */
	const char *const *cmds;               /* its ":" commands for help: "cmd args\thelp" */
	void (*draw)(struct view *v);
	enum result (*handle)(struct view *v, enum act a);
	/* ":" commands particular to the view; 0 when handled, -1 unknown. */
	int (*command)(struct view *v, const char *cmd, const char *arg);
	void (*click)(struct view *v, int y, int x, int dbl);
	/* Esc: clear the view's search or filter; 1 when something was cleared. */
	int (*escape)(struct view *v);
	/* Re-read from the database, keeping the cursor where it can. */
	void (*reload)(struct view *v);
	void (*free)(struct view *v);
	/* On an idle tick: TICK_REDRAW when what it shows changed (work of its
	 * own finished in the background), TICK_WAIT while that work runs
	 * elsewhere (tick again soon), TICK_BUSY while the tick itself does
	 * the work a step at a time (tick again as soon as no key waits; may
	 * be or-ed with TICK_REDRAW), 0 otherwise. NULL: nothing in the
	 * background. */
	int (*tick)(struct view *v);
};
enum { TICK_REDRAW = 1, TICK_WAIT = 2, TICK_BUSY = 4 };
struct view {
	const struct view_ops *ops;
	struct tui *t;
	void *priv;
};
#define TUI_DEPTH 16
struct tui {
	jz_db *db;
	struct view *top[V_TOPLEVEL];  /* one kept instance per numbered view */
	struct view *stack[TUI_DEPTH]; /* stack[0] is a top-level view */
	int depth;
	struct strbuf msg;             /* the message line (errors, results) */
	int msg_warn;
	long long data_version;        /* to notice changes by others */
	char *kept;                    /* text typed for an action that failed: offered again */
	char *export_path;             /* the FILE of ":export FILE", for the view's export */
	FILE *timing;                  /* JIANZHI_TUI_TIMING log, or NULL */
	int indexing;                  /* the search index may lag the data: fill it while idle */
	int view_busy;                 /* the view's last tick worked a step (TICK_BUSY): it goes first */
	int preopened;                 /* the background reader's connection is open */
	long index_rows;               /* rows per idle indexing step (tui.c) */
	struct lazy_index_job *lazy;   /* the sort indexes a first import left, built meanwhile */
};
/* Open a view over the current one. */
void tui_push(struct tui *t, struct view *v);
/* Go to a numbered view (no stacking: the views opened over the current
 * one close; the numbered view keeps its state). */
void tui_switch(struct tui *t, enum view_id id);
struct view *tui_current(struct tui *t);
void tui_message(struct tui *t, int warn, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Title line (row 0), status bar (last-but-one row: info, then the view's
 * keys from the key map) and the message line (last row). */
void tui_draw_frame(struct tui *t, const struct view *v, const char *where, const char *info);

/* The views (one file each). */
struct view *view_cases_new(struct tui *t);
struct view *view_detail_new(struct tui *t, long long case_id);
struct view *view_leads_new(struct tui *t, const char *rule, long long case_id);
struct view *view_lead_new(struct tui *t, long long lead_id);
struct view *view_rules_new(struct tui *t);
struct view *view_rule_new(struct tui *t, const char *code);
struct view *view_help_new(struct tui *t, const struct view *of);
struct view *view_drafts_new(struct tui *t);
struct view *view_draft_new(struct tui *t, long long draft_id);
struct view *view_docs_new(struct tui *t);
struct view *view_doc_new(struct tui *t, long long doc_id);
struct view *view_outcomes_new(struct tui *t);
/* 资金: a party's statements, counterparties, flagged transactions and
 * related-party graph. */
struct view *view_money_new(struct tui *t, long long party_id);
/* 类案: the past cases closest to a case (lead_id 0) or to one of its leads. */
struct view *view_similar_new(struct tui *t, long long case_id, long long lead_id);
/* The numbered lead queue: it opens with the filters its user left. */
struct view *view_leads_queue(struct tui *t);
/* The lead queue filtered by court and/or judge (from the 成效 view). */
struct view *view_leads_of(struct tui *t, const char *court, const char *judge);
/* What people did to a lead or a draft (tbl "leads" / "drafts"). */
struct view *view_history_new(struct tui *t, const char *tbl, long long id);
/* A draft's text at version from against version to, line by line. */
struct view *view_diff_new(struct tui *t, long long draft_id, long long from, long long to, const char *why);
/* A numbered view by id (views.c), for 1–6 and ":" commands. */
struct view *views_open(struct tui *t, enum view_id id);
/* The id of a numbered view's ":" name (cases, leads ...), -1 if none. */
int views_by_name(const char *name);
const char *views_name(enum view_id id);
/* The view to open with: the lead queue when leads wait for a label. */
enum view_id views_start(struct tui *t);

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
long long pager_link(struct pager *p);   /* link under the cursor or 0 */
void pager_click(struct pager *p, int row);     /* row relative to the page */
/* Rebuild keeping the cursor and scroll position. */
void pager_keep(struct pager *p, int *top, int *cur);
void pager_restore(struct pager *p, int top, int cur);

/* A list with columns (table.c): layout by priority to the width (pure
 * geometry), a header, rows drawn through a cell callback, cursor moves. */
struct table_col {
	const char *title;
	int width;               /* 0: takes what is left (one flexible column) */
	int prio;                /* 0 always shown; higher numbers go first when narrow */
	int right;               /* right-aligned (numbers) */
};
#define TABLE_MAXCOL 16
struct table {
	const struct table_col *cols;
	int ncols, n, cur, top;
	int x[TABLE_MAXCOL], w[TABLE_MAXCOL];   /* w 0: hidden */
};
typedef const char *(*table_cell_fn)(void *ctx, int row, int col, enum role *r, char buf[64]);
void table_layout(struct table *tb, int width);
void table_draw(struct table *tb, int y, int h, table_cell_fn cell, void *ctx);
/* Moves for A_UP..A_END; returns 1 when handled. */
int table_move(struct table *tb, enum act a, int h);
/* A click at screen row y on a table drawn from row y0: moves the cursor
 * to the row clicked; 1 when a double click should open it. */
int table_click(struct table *tb, int y0, int y, int dbl);

/* Line editor on the last row (prompt.c): returns a malloc'd string or
 * NULL on Esc. init is the starting text (may be NULL); without one, text
 * kept from a failed action is offered (nobody's typing is thrown away). */
char *prompt_line(struct tui *t, const char *prompt, const char *init);
/* Keep text typed for an action that failed (copied), or forget it (NULL). */
void tui_keep_text(struct tui *t, const char *text);
/* Ask a yes/no question on the last row; 1 for y. */
int prompt_yes(struct tui *t, const char *question);
/* Run a ":" command line (the view's commands, then the global ones). */
enum result cmdline_run(struct tui *t, const char *line);
/* The global ":" commands, for help: "name args\thelp" lines. */
extern const char *const cmdline_help[];

/* Export a list (ui_export.c): where to write — the FILE of ":export
 * FILE", else asked with <stem>-YYYYMMDD.xlsx offered (~/ is the home
 * folder); NULL on Esc. Then say how it went on the message line. */
char *ui_export_path(struct tui *t, const char *stem);
void ui_export_report(struct tui *t, int rc, long rows, const char *path, const struct jz_err *e);

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
