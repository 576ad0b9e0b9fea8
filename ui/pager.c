/* pager.c — scrolling lines with a cursor; wraps to the screen width. */
#include "ui.h"
#include "util/xalloc.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void pager_add(struct pager *p, enum role r, long long link, const char *fmt, ...)
{
	if (p->nsrc == p->capsrc) {
		p->capsrc = p->capsrc ? p->capsrc * 2 : 64;
		p->src = xrealloc(p->src, (size_t)p->capsrc * sizeof *p->src);
		p->src_role = xrealloc(p->src_role, (size_t)p->capsrc * sizeof *p->src_role);
		p->src_link = xrealloc(p->src_link, (size_t)p->capsrc * sizeof *p->src_link);
	}
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	char tmp[1];
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(tmp, 1, fmt, ap);
	sb_grow(&sb, (size_t)n + 1);
	vsnprintf(sb.buf, (size_t)n + 1, fmt, ap2);
	sb.len = (size_t)n;
	va_end(ap2);
	va_end(ap);
	p->src[p->nsrc] = sb_detach(&sb);
	p->src_role[p->nsrc] = r;
	p->src_link[p->nsrc] = link;
	p->nsrc++;
	p->wrap_width = 0;
}

static void free_lines(struct pager *p)
{
	for (int i = 0; i < p->nlines; i++)
		free(p->lines[i]);
	free(p->lines);
	free(p->line_src);
	p->lines = NULL;
	p->line_src = NULL;
	p->nlines = p->caplines = 0;
}

void pager_clear(struct pager *p)
{
	free_lines(p);
	for (int i = 0; i < p->nsrc; i++)
		free(p->src[i]);
	free(p->src);
	free(p->src_role);
	free(p->src_link);
	memset(p, 0, sizeof *p);
}

static void rewrap(struct pager *p, int width)
{
	if (p->wrap_width == width)
		return;
	free_lines(p);
	int cap = 0;
	for (int i = 0; i < p->nsrc; i++) {
		int before = p->nlines;
		wrap_text(p->src[i], width, &p->lines, &p->nlines, &p->caplines);
		if (p->caplines > cap) {
			p->line_src = xrealloc(p->line_src, (size_t)p->caplines * sizeof *p->line_src);
			cap = p->caplines;
		}
		for (int k = before; k < p->nlines; k++)
			p->line_src[k] = i;
	}
	p->wrap_width = width;
	if (p->cur >= p->nlines)
		p->cur = p->nlines ? p->nlines - 1 : 0;
}

void pager_draw(struct pager *p, int y, int h)
{
	rewrap(p, COLS - 1);
	if (p->cur < p->top)
		p->top = p->cur;
	if (p->cur >= p->top + h)
		p->top = p->cur - h + 1;
	for (int i = 0; i < h; i++) {
		int k = p->top + i;
		if (k >= p->nlines) {
			draw_cell(y + i, 0, COLS, "", A_NORMAL);
			continue;
		}
		int s = p->line_src[k];
		attr_t a = theme(p->src_role[s]);
		if (k == p->cur)
			a = theme(R_CURSOR);
		draw_cell(y + i, 0, 1, p->src_link[s] && k == p->cur ? ">" : " ", a);
		draw_cell(y + i, 1, COLS - 1, p->lines[k], a);
	}
}

int pager_move(struct pager *p, enum act a, int h)
{
	rewrap(p, COLS - 1);
	int last = p->nlines ? p->nlines - 1 : 0;
	switch (a) {
	case A_UP: p->cur = p->cur > 0 ? p->cur - 1 : 0; break;
	case A_DOWN: p->cur = p->cur < last ? p->cur + 1 : last; break;
	case A_PGUP: p->cur = p->cur > h ? p->cur - h : 0; p->top = p->top > h ? p->top - h : 0; break;
	case A_PGDN: p->cur = p->cur + h < last ? p->cur + h : last; p->top += h; break;
	case A_HOME: p->cur = 0; p->top = 0; break;
	case A_END: p->cur = last; break;
	default: return 0;
	}
	if (p->top > p->cur)
		p->top = p->cur;
	return 1;
}

long long pager_link(struct pager *p)
{
	rewrap(p, COLS - 1);
	if (p->cur >= p->nlines || !p->line_src)
		return 0;
	return p->src_link[p->line_src[p->cur]];
}

void pager_click(struct pager *p, int row)
{
	if (p->top + row < p->nlines && row >= 0)
		p->cur = p->top + row;
}

void pager_keep(struct pager *p, int *top, int *cur)
{
	*top = p->top;
	*cur = p->cur;
}

void pager_restore(struct pager *p, int top, int cur)
{
	p->top = top;
	p->cur = cur;      /* clamped to the lines at the next draw */
}
