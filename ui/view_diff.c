/* view_diff.c — 对比: a draft's text at one version against another, as
 * the reader sees it (the laid-out page, never the markup), line by line
 * (util/linediff.h): "- " a line taken out, "+ " a line put in, and two
 * unchanged lines of context around each change. */
#include "ui.h"
#include "drafts/docx.h"
#include "drafts/drafts.h"
#include "util/linediff.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

#define CONTEXT 2

struct diff { struct pager p; long long id, from, to; };

static const enum act acts[] = { A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_NONE };
static const enum act status[] = { A_BACK, A_NONE };

static void add_line(const char *text, void *arg)
{
	sb_adds(arg, text);
	sb_addc(arg, '\n');
}

/* The laid-out text of a version (malloc'd; "" when unknown). */
static char *laid_out(jz_db *db, long long id, long long version)
{
	char *body = drafts_text_at(db, id, version);
	struct strbuf sb = STRBUF_INIT;
	sb_adds(&sb, "");
	docx_plain_text(body ? body : "", add_line, &sb);
	free(body);
	return sb_detach(&sb);
}

/* Is line i within CONTEXT lines of a change? */
static int near_change(const struct diff_line *d, int n, int i)
{
	for (int k = i - CONTEXT; k <= i + CONTEXT; k++)
		if (k >= 0 && k < n && d[k].op != DIFF_SAME)
			return 1;
	return 0;
}

static void show(struct pager *p, const struct diff_line *d, int n)
{
	for (int i = 0; i < n;) {
		if (!near_change(d, n, i)) {
			int j = i;
			while (j < n && !near_change(d, n, j))
				j++;
			pager_add(p, R_MUTED, 0, "  ⋯（%d 行未改动）", j - i);
			i = j;
			continue;
		}
		enum role r = d[i].op == DIFF_DEL ? R_WARN : d[i].op == DIFF_ADD ? R_OK : R_NORMAL;
		const char *mark = d[i].op == DIFF_DEL ? "- " : d[i].op == DIFF_ADD ? "+ " : "  ";
		pager_add(p, r, 0, "%s%.*s", mark, (int)d[i].len, d[i].text);
		i++;
	}
}

static void build(struct diff *df, jz_db *db, const char *why)
{
	char *a = laid_out(db, df->id, df->from), *b = laid_out(db, df->id, df->to);
	struct diff_line *d;
	int n, del, add;
	linediff(a, b, &d, &n);
	linediff_count(d, n, &del, &add);
	pager_add(&df->p, R_TITLE, 0, "文稿 #%lld：版本 %lld（%s）→ 当前版本 %lld", df->id, df->from, why, df->to);
	pager_add(&df->p, R_MUTED, 0, "删去 %d 行（- ），加入 %d 行（+ ）", del, add);
	if (!del && !add)
		pager_add(&df->p, R_MUTED, 0, "%s", "  （正文没有改动）");
	show(&df->p, d, n);
	free(d);
	free(a);
	free(b);
}

static void draw(struct view *v)
{
	struct diff *df = v->priv;
	pager_draw(&df->p, 1, LINES - 3);
	char where[64];
	snprintf(where, sizeof where, "文稿 #%lld › 对比", df->id);
	tui_draw_frame(v->t, v, where, "");
}

static enum result handle(struct view *v, enum act a)
{
	struct diff *df = v->priv;
	pager_move(&df->p, a, LINES - 3);
	return RES_OK;
}

static void vfree(struct view *v)
{
	struct diff *df = v->priv;
	pager_clear(&df->p);
	free(df);
	free(v);
}

static const struct view_ops ops = {
	V_DIFF, "对比", acts, status, NULL, draw, handle, NULL, NULL, NULL, NULL, vfree, NULL,
};

struct view *view_diff_new(struct tui *t, long long draft_id, long long from, long long to, const char *why)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct diff *df = xcalloc(1, sizeof *df);
	v->ops = &ops;
	v->t = t;
	v->priv = df;
	df->id = draft_id;
	df->from = from;
	df->to = to;
	build(df, t->db, why);
	return v;
}
