/* view_money.c — 资金: one party's money (query/money.h) in four sections
 * — the related-party graph (two hops, drawn as a tree with box characters,
 * each link with its kind, direction, strength and source), the flagged
 * transactions, the counterparties with their totals, the statement
 * timeline. Tab jumps to the next section; Enter on a party opens its own
 * 资金 view, on a flagged transaction its lead; m shows the full ID
 * (audited); E writes the analysis as a workbook for 调查核实. */
#include "ui.h"
#include "export/export.h"
#include "legal/mask.h"
#include "query/money.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

struct money_view {
	long long party_id;
	int unmasked;
	struct pager p;
	int heads[MS_COUNT + 1], nheads;   /* source lines of the section headers */
	char *name;
};

static const enum act acts[] = {
	A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_OPEN, A_PANEL, A_MASK, A_EXPORT, A_NONE,
};
static const enum act status[] = { A_OPEN, A_PANEL, A_MASK, A_EXPORT, A_NONE };

static void header(struct money_view *mv, const char *title, int n)
{
	pager_add(&mv->p, R_NORMAL, 0, "%s", "");
	mv->heads[mv->nheads++] = mv->p.nsrc;
	pager_add(&mv->p, R_HEADER, 0, "%s", title);
	if (!n)
		pager_add(&mv->p, R_MUTED, 0, "%s", "  （无）");
}

/* text under a tree prefix, wrapped so that no line is wider than the
 * screen (the pager keeps one column for its cursor mark). */
static void tree_text(struct pager *p, enum role r, long long link, const char *prefix, const char *text)
{
	char **lines = NULL;
	int n = 0, cap = 0;
	int width = COLS - 1 - utf8_width(prefix);
	wrap_text(text, width < 20 ? 20 : width, &lines, &n, &cap);
	for (int i = 0; i < n; i++) {
		pager_add(p, r, link, "%s%s", prefix, lines[i]);
		free(lines[i]);
	}
	free(lines);
}

/* One node: its name line, then a line per link to it (kind, direction,
 * strength, source). lead: the tree drawn above it ("" or "│  "). */
static int node(struct money_view *mv, const struct money *m, int i, const char *lead, int last)
{
	const struct money_link *k = &m->links[i];
	char pre[64], sub[64];
	snprintf(pre, sizeof pre, "%s%s", lead, last ? "└─ " : "├─ ");
	snprintf(sub, sizeof sub, "%s%s", lead, last ? "     " : "│    ");
	pager_add(&mv->p, R_NORMAL, k->party_id, "%s%s", pre, k->name);
	int j = i;
	for (; j < m->nlinks && m->links[j].depth == k->depth && m->links[j].party_id == k->party_id
	       && m->links[j].via_id == k->via_id; j++) {
		const struct money_link *x = &m->links[j];
		struct strbuf sb = STRBUF_INIT;
		sb_printf(&sb, "%s %s %s · %s", x->kind, x->dir, x->strength, x->source);
		tree_text(&mv->p, *x->strength && strcmp(x->strength, "弱") == 0 ? R_MUTED : R_NORMAL, k->party_id, sub,
			  sb_str(&sb));
		sb_free(&sb);
	}
	return j;                 /* the next node's first link */
}

/* The next node at depth 1 after the one starting at i (and its children). */
static int next_top(const struct money *m, int i)
{
	long long id = m->links[i].party_id;
	while (i < m->nlinks && (m->links[i].depth == 2 || m->links[i].party_id == id))
		i++;
	return i;
}

static void add_graph(struct money_view *mv, const struct money *m)
{
	header(mv, "关联主体（两层；→ 本行上一层是该关系的第一方，← 相反，↔ 对等；强/弱；来源）", m->nlinks);
	if (!m->nlinks)
		return;
	pager_add(&mv->p, R_TITLE, mv->party_id, "%s", m->p.name);
	for (int i = 0; i < m->nlinks;) {
		int after = next_top(m, i), last = after >= m->nlinks;
		int j = node(mv, m, i, "", last);
		const char *lead = last ? "   " : "│  ";
		while (j < after) {
			int k = j;
			long long id = m->links[k].party_id;
			while (k < after && m->links[k].party_id == id)
				k++;
			j = node(mv, m, j, lead, k >= after);
		}
		i = after;
	}
}

static void add_flags(struct money_view *mv, const struct money *m)
{
	char a[32];
	header(mv, "可疑交易（资金规则线索引用的交易）", m->nflags);
	for (int i = 0; i < m->nflags; i++) {
		const struct money_flag *f = &m->flags[i];
		long long lead = atoll(f->leads);
		pager_add(&mv->p, R_WARN, lead ? -lead : 0, "  %s %.5s %s %s元 %s %s  [%s 线索#%s] 〔%s:%ld〕", f->date, f->time,
			  f->dir, fmt_yuan(f->amount, a), *f->counterparty ? f->counterparty : "（对方未记载）", f->summary,
			  f->rules, f->leads, f->file, f->row);
	}
}

static void add_cps(struct money_view *mv, const struct money *m)
{
	char a[32], b[32];
	header(mv, "对手方（按往来总额）", m->ncps);
	for (int i = 0; i < m->ncps; i++) {
		const struct money_cp *c = &m->cps[i];
		pager_add(&mv->p, *c->relation ? R_WARN : R_NORMAL, 0, "  %s%s%s  收 %ld 笔 %s元  支 %ld 笔 %s元  %s～%s%s%s",
			  c->name, *c->account ? " " : "", c->account, c->n_in, fmt_yuan(c->in, a), c->n_out,
			  fmt_yuan(c->out, b), c->first, c->last, *c->relation ? "  关联：" : "", c->relation);
	}
}

static void add_timeline(struct money_view *mv, const struct money *m)
{
	char a[32], b[32];
	header(mv, "流水（按时间）", m->ntxns);
	for (int i = 0; i < m->ntxns; i++) {
		const struct money_txn *t = &m->txns[i];
		int in = t->amount_in >= 0;
		pager_add(&mv->p, *t->flagged ? R_WARN : R_NORMAL, 0, "  %s %.5s %s %s 余%s %s %s〔%s:%ld〕%s%s", t->date,
			  t->time, in ? "收" : "支", fmt_yuan(in ? t->amount_in : t->amount_out, a),
			  t->balance >= 0 ? fmt_yuan(t->balance, b) : "—", *t->counterparty ? t->counterparty : "—",
			  t->summary, t->file, t->row, *t->flagged ? " ⚑" : "", t->flagged);
	}
}

static void build(struct view *v)
{
	struct money_view *mv = v->priv;
	int top, cur;
	pager_keep(&mv->p, &top, &cur);
	pager_clear(&mv->p);
	mv->nheads = 0;
	struct money m;
	struct jz_err e;
	if (money_load(v->t->db, mv->party_id, &m, &e)) {
		pager_add(&mv->p, R_WARN, 0, "%s", e.msg);
		money_free(&m);
		return;
	}
	free(mv->name);
	mv->name = xstrdup(m.p.name);
	char *id = mv->unmasked ? xstrdup(m.p.id_no) : mask_id_no(m.p.id_no, m.p.kind);
	pager_add(&mv->p, R_TITLE, 0, "%s  %s", m.p.name, id && *id ? id : "（无证件号）");
	free(id);
	pager_add(&mv->p, R_NORMAL, 0, "%s；账户 %ld 个，交易 %ld 笔，可疑 %d 笔", *m.p.roles ? m.p.roles : "不在案件中",
		  m.p.accounts, m.p.txns, m.nflags);
	add_graph(mv, &m);
	add_flags(mv, &m);
	add_cps(mv, &m);
	add_timeline(mv, &m);
	money_free(&m);
	pager_restore(&mv->p, top, cur);
}

static void draw(struct view *v)
{
	struct money_view *mv = v->priv;
	pager_draw(&mv->p, 1, LINES - 3);
	char where[96];
	snprintf(where, sizeof where, "资金 %s", mv->name ? mv->name : "");
	tui_draw_frame(v->t, v, where, mv->unmasked ? "证件号已显示" : "");
}

/* Tab: the cursor to the next section's header (after the last: the first). */
static void next_section(struct money_view *mv)
{
	pager_link(&mv->p);                 /* wraps the lines for the screen */
	int at = mv->p.cur < mv->p.nlines ? mv->p.line_src[mv->p.cur] : 0;
	int to = -1;
	for (int i = 0; i < mv->nheads && to < 0; i++)
		if (mv->heads[i] > at)
			to = mv->heads[i];
	if (to < 0 && mv->nheads)
		to = mv->heads[0];
	for (int k = 0; k < mv->p.nlines; k++)
		if (mv->p.line_src[k] == to) {
			mv->p.cur = k;
			mv->p.top = k;
			break;
		}
}

static void export_money(struct view *v)
{
	struct money_view *mv = v->priv;
	char stem[96];
	snprintf(stem, sizeof stem, "资金分析-%s", mv->name ? mv->name : "");
	char *path = ui_export_path(v->t, stem);
	if (!path)
		return;
	struct export_opts o = { .quiet = 1, .full_ids = mv->unmasked };
	long rows = 0;
	struct jz_err e;
	int rc = export_money_xlsx(v->t->db, path, mv->party_id, &o, &rows, &e);
	ui_export_report(v->t, rc, rows, path, &e);
	free(path);
}

static enum result handle(struct view *v, enum act a)
{
	struct money_view *mv = v->priv;
	long long link;
	struct jz_err e;
	switch (a) {
	case A_OPEN:
		link = pager_link(&mv->p);
		if (link > 0 && link != mv->party_id)
			tui_push(v->t, view_money_new(v->t, link));
		else if (link < 0)
			tui_push(v->t, view_lead_new(v->t, -link));
		break;
	case A_PANEL: next_section(mv); break;
	case A_MASK:
		mv->unmasked = !mv->unmasked;
		if (mv->unmasked && money_reveal_ids(v->t->db, mv->party_id, &e)) {
			mv->unmasked = 0;
			tui_message(v->t, 1, "%s", e.msg);
		}
		build(v);
		break;
	case A_EXPORT: export_money(v); break;
	default: pager_move(&mv->p, a, LINES - 3); break;
	}
	return RES_OK;
}

static void click(struct view *v, int y, int x, int dbl)
{
	struct money_view *mv = v->priv;
	(void)x;
	pager_click(&mv->p, y - 1);
	if (dbl)
		handle(v, A_OPEN);
}

static void vfree(struct view *v)
{
	struct money_view *mv = v->priv;
	pager_clear(&mv->p);
	free(mv->name);
	free(mv);
	free(v);
}

static const struct view_ops ops = {
	V_MONEY, "资金", acts, status, NULL, draw, handle, NULL, click, NULL, build, vfree, NULL,
};

struct view *view_money_new(struct tui *t, long long party_id)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct money_view *mv = xcalloc(1, sizeof *mv);
	v->ops = &ops;
	v->t = t;
	v->priv = mv;
	mv->party_id = party_id;
	build(v);
	return v;
}
