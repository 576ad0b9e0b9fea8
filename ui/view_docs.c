/* view_docs.c — 文书: the scanned documents (kind, case, pages, facts
 * waiting for review, low-confidence pages marked), and one document: its
 * extracted facts (each with page, line and the text it came from) beside
 * the page text; y/x/e confirm, reject or correct a fact (audited). */
#include "ui.h"
#include "export/export.h"
#include "ocr/facts.h"
#include "query/doclist.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* ---- the list ---- */
struct dlist { struct doc_row *rows; int n; struct table tb; };

static const enum act list_acts[] = { A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_OPEN, A_EXPORT, A_NONE };
static const enum act list_status[] = { A_OPEN, A_EXPORT, A_RELOAD, A_NONE };
static const struct table_col list_cols[] = {
	{ "编号", 5, 0, 1 }, { "种类", 14, 0, 0 }, { "案号", 24, 1, 0 }, { "页", 3, 2, 1 }, { "要素", 4, 3, 1 },
	{ "待审", 4, 0, 1 }, { "", 16, 0, 0 }, { "文件", 0, 4, 0 },
};

static void list_load(struct view *v)
{
	struct dlist *l = v->priv;
	struct jz_err e;
	doc_rows_free(l->rows, l->n);
	l->rows = NULL;
	l->n = 0;
	if (doclist_fetch(v->t->db, &l->rows, &l->n, &e))
		tui_message(v->t, 1, "%s", e.msg);
	l->tb.n = l->n;
}

static const char *list_cell(void *ctx, int row, int col, enum role *r, char buf[64])
{
	const struct doc_row *d = &((struct dlist *)ctx)->rows[row];
	if (d->low_conf_pages)
		*r = R_WARN;
	switch (col) {
	case 0: snprintf(buf, 64, "%lld", d->id); return buf;
	case 1: return d->kind;
	case 2: return d->case_no;
	case 3: snprintf(buf, 64, "%d", d->pages); return buf;
	case 4: snprintf(buf, 64, "%d", d->facts); return buf;
	case 5: snprintf(buf, 64, "%d", d->proposed); return buf;
	case 6: return d->low_conf_pages ? "有低置信度页" : "";
	default: return d->path;
	}
}

static void list_draw(struct view *v)
{
	struct dlist *l = v->priv;
	table_draw(&l->tb, 1, LINES - 3, list_cell, l);
	if (!l->n)
		draw_cell(3, 2, COLS - 2, "（没有扫描文书：用 jianzhi ocr 识别卷宗）", theme(R_MUTED));
	char info[64];
	snprintf(info, sizeof info, " 文书 %d 件", l->n);
	tui_draw_frame(v->t, v, "扫描文书", info);
}

static void list_export(struct tui *t)
{
	char *path = ui_export_path(t, "文书");
	if (!path)
		return;
	struct export_opts o = { .quiet = 1 };
	long rows = 0;
	struct jz_err e;
	int rc = export_list_xlsx(t->db, path, EXPORT_LIST_DOCS, NULL, &o, &rows, &e);
	ui_export_report(t, rc, rows, path, &e);
	free(path);
}

static enum result list_handle(struct view *v, enum act a)
{
	struct dlist *l = v->priv;
	if (a == A_OPEN && l->n)
		tui_push(v->t, view_doc_new(v->t, l->rows[l->tb.cur].id));
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
	doc_rows_free(l->rows, l->n);
	free(l);
	free(v);
}

static const struct view_ops list_ops = {
	V_DOCS, "文书", list_acts, list_status, NULL, list_draw, list_handle, NULL, list_click, NULL, list_load,
	list_free, NULL,
};

struct view *view_docs_new(struct tui *t)
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

/* ---- one document ---- */
struct dpage {
	long long id;
	struct pager p;
	long long *fact_ids, *fact_versions;   /* the versions shown, to review against */
	int nfacts;
};

static const enum act page_acts[] = {
	A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_FACT_CONFIRM, A_FACT_REJECT, A_FACT_CORRECT, A_NONE,
};
static const enum act page_status[] = { A_FACT_CONFIRM, A_FACT_REJECT, A_FACT_CORRECT, A_NONE };

static const char *status_name(const char *st)
{
	return !strcmp(st, "proposed") ? "待审" : !strcmp(st, "confirmed") ? "已确认"
	       : !strcmp(st, "rejected") ? "已驳回" : "已更正";
}

static void page_build(struct view *v)
{
	struct dpage *dp = v->priv;
	struct doc_info d;
	struct jz_err e;
	int top, cur;
	pager_keep(&dp->p, &top, &cur);
	pager_clear(&dp->p);
	pager_add(&dp->p, R_TITLE, 0, "文书 #%lld", dp->id);
	if (doclist_get(v->t->db, dp->id, &d, &e)) {
		pager_add(&dp->p, R_WARN, 0, "%s", e.msg);
		return;
	}
	pager_add(&dp->p, R_HEADER, 0, "%s", "提取的要素（置信度低的在前）");
	free(dp->fact_ids);
	free(dp->fact_versions);
	dp->fact_ids = xcalloc((size_t)d.nfacts + 1, sizeof *dp->fact_ids);
	dp->fact_versions = xcalloc((size_t)d.nfacts + 1, sizeof *dp->fact_versions);
	dp->nfacts = d.nfacts;
	for (int i = 0; i < d.nfacts; i++) {
		dp->fact_ids[i] = d.facts[i].id;
		dp->fact_versions[i] = d.facts[i].version;
		const struct doc_fact *f = &d.facts[i];
		enum role r = !strcmp(f->status, "proposed") ? R_NORMAL : !strcmp(f->status, "rejected") ? R_MUTED : R_OK;
		char conf[16] = "";
		if (f->confidence >= 0)
			snprintf(conf, sizeof conf, "%.2f", f->confidence);
		pager_add(&dp->p, r, f->id, "  %-9s %s%s%s%s  〔第%d页第%d行「%s」〕 %s %s%s%s", f->field, f->role,
			  *f->role ? " " : "", f->value, f->negated ? "（否定）" : "", f->page_no, f->line, f->raw,
			  status_name(f->status), conf, *f->checked ? "  " : "", f->checked);
	}
	for (int i = 0; i < d.npages; i++) {
		const struct doc_page *pg = &d.pages[i];
		enum role r = pg->low_conf ? R_WARN : R_HEADER;
		pager_add(&dp->p, r, 0, "第%d页  置信度 %.0f%s%s", pg->page_no, pg->confidence,
			  pg->low_conf ? "  【低置信度，请对照原件】" : "", pg->error);
		pager_add(&dp->p, pg->low_conf ? R_WARN : R_NORMAL, 0, "%s", pg->text);
	}
	doc_info_free(&d);
	pager_restore(&dp->p, top, cur);
}

static void page_draw(struct view *v)
{
	struct dpage *dp = v->priv;
	pager_draw(&dp->p, 1, LINES - 3);
	char where[64];
	snprintf(where, sizeof where, "文书 #%lld", dp->id);
	tui_draw_frame(v->t, v, where, "");
}

static long long shown_version(const struct dpage *dp, long long fact)
{
	for (int i = 0; i < dp->nfacts; i++)
		if (dp->fact_ids[i] == fact)
			return dp->fact_versions[i];
	return 0;
}

static void review(struct view *v, long long fact, const char *status, const char *value, const char *done)
{
	struct dpage *dp = v->priv;
	struct jz_err e;
	if (facts_review(v->t->db, fact, shown_version(dp, fact), status, value, &e)) {
		tui_message(v->t, 1, "%s", e.msg);
		tui_keep_text(v->t, value);
	} else {
		tui_message(v->t, 0, "%s", done);
		tui_keep_text(v->t, NULL);
	}
	page_build(v);
	if (strcmp(status, "corrected") != 0)
		pager_move(&dp->p, A_DOWN, LINES - 3);    /* on to the next fact */
}

static enum result page_handle(struct view *v, enum act a)
{
	struct dpage *dp = v->priv;
	long long fact = pager_link(&dp->p);
	if (!fact && (a == A_FACT_CONFIRM || a == A_FACT_REJECT || a == A_FACT_CORRECT)) {
		tui_message(v->t, 1, "请先把光标移到一条要素上");
		return RES_OK;
	}
	switch (a) {
	case A_FACT_CONFIRM: review(v, fact, "confirmed", NULL, "已确认"); break;
	case A_FACT_REJECT: review(v, fact, "rejected", NULL, "已驳回"); break;
	case A_FACT_CORRECT: {
		char *value = prompt_line(v->t, "更正为: ", NULL);
		if (value && *value)
			review(v, fact, "corrected", value, "已更正（已记入审计）");
		free(value);
		break;
	}
	default: pager_move(&dp->p, a, LINES - 3); break;
	}
	return RES_OK;
}

static void page_click(struct view *v, int y, int x, int dbl)
{
	struct dpage *dp = v->priv;
	(void)x, (void)dbl;
	pager_click(&dp->p, y - 1);
}

static void page_free(struct view *v)
{
	struct dpage *dp = v->priv;
	pager_clear(&dp->p);
	free(dp->fact_ids);
	free(dp->fact_versions);
	free(dp);
	free(v);
}

static const struct view_ops page_ops = {
	V_DOC, "文书详情", page_acts, page_status, NULL, page_draw, page_handle, NULL, page_click, NULL, page_build,
	page_free, NULL,
};

struct view *view_doc_new(struct tui *t, long long doc_id)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct dpage *dp = xcalloc(1, sizeof *dp);
	v->ops = &page_ops;
	v->t = t;
	v->priv = dp;
	dp->id = doc_id;
	page_build(v);
	dp->p.cur = 2;      /* on the first fact */
	return v;
}
