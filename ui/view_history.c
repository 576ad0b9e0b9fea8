/* view_history.c — 历史: what people did to a lead or a draft, oldest
 * first, from the audit trail (query/history.h): when, who, what, the note
 * and the fields that changed. Read-only. */
#include "ui.h"
#include "query/history.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

struct history { struct pager p; char *tbl, *where; long long id; };

static const enum act acts[] = { A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_NONE };
static const enum act status[] = { A_BACK, A_RELOAD, A_NONE };

static void build(struct view *v)
{
	struct history *h = v->priv;
	struct history_row *rows;
	int n, top, cur;
	struct jz_err e;
	pager_keep(&h->p, &top, &cur);
	pager_clear(&h->p);
	pager_add(&h->p, R_TITLE, 0, "%s 的操作历史（审计记录，最早的在前）", h->where);
	if (history_fetch(v->t->db, h->tbl, h->id, &rows, &n, &e)) {
		pager_add(&h->p, R_WARN, 0, "%s", e.msg);
		return;
	}
	if (!n)
		pager_add(&h->p, R_MUTED, 0, "%s", "  （还没有人操作过）");
	for (int i = 0; i < n; i++) {
		const struct history_row *r = &rows[i];
		int named = strcmp(r->who, r->login) != 0;
		pager_add(&h->p, R_HEADER, 0, "%.10s %.5s  %s%s%s%s  %s", r->at, strlen(r->at) > 11 ? r->at + 11 : "",
			  r->who, named ? " [" : "", named ? r->login : "", named ? "]" : "", r->action);
		if (*r->changes)
			pager_add(&h->p, R_NORMAL, 0, "    %s", r->changes);
		if (*r->note)
			pager_add(&h->p, R_MUTED, 0, "    说明：%s", r->note);
	}
	history_rows_free(rows, n);
	pager_restore(&h->p, top, cur);
}

static void draw(struct view *v)
{
	struct history *h = v->priv;
	pager_draw(&h->p, 1, LINES - 3);
	struct strbuf where = STRBUF_INIT;
	sb_printf(&where, "%s › 历史", h->where);
	tui_draw_frame(v->t, v, sb_str(&where), "");
	sb_free(&where);
}

static enum result handle(struct view *v, enum act a)
{
	struct history *h = v->priv;
	pager_move(&h->p, a, LINES - 3);
	return RES_OK;
}

static void vfree(struct view *v)
{
	struct history *h = v->priv;
	pager_clear(&h->p);
	free(h->tbl);
	free(h->where);
	free(h);
	free(v);
}

static const struct view_ops ops = {
	V_HISTORY, "历史", acts, status, NULL, draw, handle, NULL, NULL, NULL, build, vfree, NULL,
};

struct view *view_history_new(struct tui *t, const char *tbl, long long id)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct history *h = xcalloc(1, sizeof *h);
	struct strbuf where = STRBUF_INIT;
	sb_printf(&where, "%s #%lld", !strcmp(tbl, "leads") ? "线索" : "文稿", id);
	v->ops = &ops;
	v->t = t;
	v->priv = h;
	h->tbl = xstrdup(tbl);
	h->where = sb_detach(&where);
	h->id = id;
	build(v);
	return v;
}
