/* view_drafts.c — 文稿: the drafts with status, 文号 and reply dates
 * (overdue replies marked); Enter reads one (view_draft.c), h shows its
 * history, E exports the list. */
#include "ui.h"
#include "export/export.h"
#include "query/draftlist.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* ---- the list ---- */
struct dlist { struct draft_row *rows; int n; struct table tb; };

static const enum act list_acts[] = {
	A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_OPEN, A_HISTORY, A_EXPORT, A_NONE,
};
static const enum act list_status[] = { A_OPEN, A_HISTORY, A_EXPORT, A_RELOAD, A_NONE };
static const struct table_col list_cols[] = {
	{ "编号", 5, 0, 1 }, { "状态", 8, 0, 0 }, { "案号", 24, 1, 0 }, { "标题", 0, 0, 0 }, { "起草", 10, 3, 0 },
	{ "文号", 20, 4, 0 }, { "回复期限", 10, 2, 0 }, { "", 14, 0, 0 },
};

static void list_load(struct view *v)
{
	struct dlist *l = v->priv;
	struct jz_err e;
	draft_rows_free(l->rows, l->n);
	l->rows = NULL;
	l->n = 0;
	if (draftlist_fetch(v->t->db, &l->rows, &l->n, &e))
		tui_message(v->t, 1, "%s", e.msg);
	l->tb.n = l->n;
}

static const char *list_cell(void *ctx, int row, int col, enum role *r, char buf[64])
{
	const struct draft_row *d = &((struct dlist *)ctx)->rows[row];
	if (d->overdue)
		*r = R_WARN;
	switch (col) {
	case 0: snprintf(buf, 64, "%lld", d->id); return buf;
	case 1: return d->status;
	case 2: return d->case_no;
	case 3: return d->title;
	case 4: return d->author;
	case 5: return d->doc_no;
	case 6: return d->reply_due;
	default: return d->overdue ? "【逾期未回复】" : "";
	}
}

static void list_draw(struct view *v)
{
	struct dlist *l = v->priv;
	table_draw(&l->tb, 1, LINES - 3, list_cell, l);
	if (!l->n)
		draw_cell(3, 2, COLS - 2, "（还没有文稿：在线索或案件中按 d 起草）", theme(R_MUTED));
	char info[64];
	snprintf(info, sizeof info, " 文稿 %d 件", l->n);
	tui_draw_frame(v->t, v, "文稿（检察建议书、移送函、报告）", info);
}

static void list_export(struct tui *t)
{
	char *path = ui_export_path(t, "文稿");
	if (!path)
		return;
	struct export_opts o = { .quiet = 1 };
	long rows = 0;
	struct jz_err e;
	int rc = export_list_xlsx(t->db, path, EXPORT_LIST_DRAFTS, NULL, &o, &rows, &e);
	ui_export_report(t, rc, rows, path, &e);
	free(path);
}

static enum result list_handle(struct view *v, enum act a)
{
	struct dlist *l = v->priv;
	if (a == A_OPEN && l->n)
		tui_push(v->t, view_draft_new(v->t, l->rows[l->tb.cur].id));
	else if (a == A_HISTORY && l->n)
		tui_push(v->t, view_history_new(v->t, "drafts", l->rows[l->tb.cur].id));
	else if (a == A_EXPORT)
		list_export(v->t);
	else
		table_move(&l->tb, a, LINES - 3);
	return RES_OK;
}

static void list_click(struct view *v, int y, int x, int dbl)
{
	struct dlist *l = v->priv;
	(void)x;
	if (table_click(&l->tb, 1, y, dbl))
		list_handle(v, A_OPEN);
}

static void list_free(struct view *v)
{
	struct dlist *l = v->priv;
	draft_rows_free(l->rows, l->n);
	free(l);
	free(v);
}

static const struct view_ops list_ops = {
	V_DRAFTS, "文稿", list_acts, list_status, NULL, list_draw, list_handle, NULL, list_click, NULL, list_load,
	list_free, NULL,
};

struct view *view_drafts_new(struct tui *t)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct dlist *l = xcalloc(1, sizeof *l);
	v->ops = &list_ops;
	v->t = t;
	v->priv = l;
	l->tb.cols = list_cols;
	l->tb.ncols = (int)(sizeof list_cols / sizeof *list_cols);
	list_load(v);
	return v;
}

