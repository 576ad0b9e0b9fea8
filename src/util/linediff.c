/* linediff.c — see linediff.h. */
#include "util/linediff.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

struct lines { const char **s; size_t *len; int n; };

static void split(const char *text, struct lines *l)
{
	int cap = 0;
	memset(l, 0, sizeof *l);
	for (const char *p = text ? text : ""; *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		if (l->n == cap) {
			cap = cap ? cap * 2 : 64;
			l->s = xrealloc(l->s, sizeof *l->s * (size_t)cap);
			l->len = xrealloc(l->len, sizeof *l->len * (size_t)cap);
		}
		l->s[l->n] = p;
		l->len[l->n++] = n;
		p += n + (nl != NULL);
	}
}

static int same(const struct lines *a, int i, const struct lines *b, int j)
{
	return a->len[i] == b->len[j] && memcmp(a->s[i], b->s[j], a->len[i]) == 0;
}

struct out { struct diff_line *d; int n, cap; };

static void emit(struct out *o, enum diff_op op, const struct lines *src, int i, int old_no, int new_no)
{
	o->d = xgrow(o->d, sizeof *o->d, &o->cap, o->n + 1);
	o->d[o->n++] = (struct diff_line){ op, src->s[i], src->len[i], old_no, new_no };
}

/* The middle a[a0..a1) against b[b0..b1): L[i][j] is the LCS length of
 * the suffixes from i and j; walking it from the start keeps a shared
 * line, else takes the side that keeps the longer LCS. */
static void middle(const struct lines *a, int a0, int a1, const struct lines *b, int b0, int b1, struct out *o)
{
	long rows = a1 - a0 + 1, cols = b1 - b0 + 1;
	if (rows * cols > LINEDIFF_MAX_CELLS) {
		for (int i = a0; i < a1; i++)
			emit(o, DIFF_DEL, a, i, i + 1, 0);
		for (int j = b0; j < b1; j++)
			emit(o, DIFF_ADD, b, j, 0, j + 1);
		return;
	}
	int *L = xcalloc((size_t)(rows * cols), sizeof *L);
#define AT(i, j) L[(long)((i) - a0) * cols + ((j) - b0)]
	for (int i = a1 - 1; i >= a0; i--)
		for (int j = b1 - 1; j >= b0; j--)
			AT(i, j) = same(a, i, b, j) ? AT(i + 1, j + 1) + 1
				   : AT(i + 1, j) >= AT(i, j + 1) ? AT(i + 1, j) : AT(i, j + 1);
	int i = a0, j = b0;
	while (i < a1 || j < b1) {
		if (i < a1 && j < b1 && same(a, i, b, j)) {
			emit(o, DIFF_SAME, a, i, i + 1, j + 1);
			i++, j++;
		} else if (i < a1 && (j == b1 || AT(i + 1, j) >= AT(i, j + 1))) {
			emit(o, DIFF_DEL, a, i, i + 1, 0);
			i++;
		} else {
			emit(o, DIFF_ADD, b, j, 0, j + 1);
			j++;
		}
	}
#undef AT
	free(L);
}

void linediff(const char *old_text, const char *new_text, struct diff_line **out, int *n)
{
	struct lines a, b;
	struct out o = { NULL, 0, 0 };
	split(old_text, &a);
	split(new_text, &b);
	int head = 0, tail = 0;
	while (head < a.n && head < b.n && same(&a, head, &b, head))
		head++;
	while (tail < a.n - head && tail < b.n - head && same(&a, a.n - 1 - tail, &b, b.n - 1 - tail))
		tail++;
	for (int i = 0; i < head; i++)
		emit(&o, DIFF_SAME, &a, i, i + 1, i + 1);
	middle(&a, head, a.n - tail, &b, head, b.n - tail, &o);
	for (int k = tail; k > 0; k--)
		emit(&o, DIFF_SAME, &a, a.n - k, a.n - k + 1, b.n - k + 1);
	free(a.s); free(a.len); free(b.s); free(b.len);
	*out = o.d;
	*n = o.n;
}

void linediff_count(const struct diff_line *d, int n, int *deleted, int *added)
{
	*deleted = *added = 0;
	for (int i = 0; i < n; i++) {
		*deleted += d[i].op == DIFF_DEL;
		*added += d[i].op == DIFF_ADD;
	}
}
