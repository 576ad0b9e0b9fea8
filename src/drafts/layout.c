#include "drafts/layout.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

static const struct { const char *marker; enum para_kind kind; } markers[] = {
	{ "#title ", PARA_TITLE }, { "#center ", PARA_CENTER }, { "#docno ", PARA_DOCNO },
	{ "#right ", PARA_RIGHT }, { "#org ", PARA_ORG }, { "#recipient ", PARA_RECIPIENT },
	{ "#attach ", PARA_ATTACH }, { "#sign ", PARA_SIGN }, { "#date ", PARA_DATE },
	{ "#cc ", PARA_CC }, { "#printed ", PARA_PRINTED },
};

enum para_kind layout_kind(const char *p, size_t n, size_t *skip)
{
	for (size_t i = 0; i < sizeof markers / sizeof *markers; i++) {
		size_t ml = strlen(markers[i].marker);
		if (n >= ml && strncmp(p, markers[i].marker, ml) == 0) {
			*skip = ml;
			return markers[i].kind;
		}
	}
	*skip = 0;
	return PARA_BODY;
}

int layout_width(const char *text, size_t n)
{
	return utf8_width_n(text, n);
}

int layout_split(const struct lpara *p, size_t *left, size_t *right)
{
	for (size_t i = 0; i < p->len; i++)
		if (p->text[i] == '\t' || (p->text[i] == ' ' && i + 1 < p->len && p->text[i + 1] == ' ')) {
			size_t r = i;
			while (r < p->len && (p->text[r] == ' ' || p->text[r] == '\t'))
				r++;
			*left = i;
			*right = r;
			return r < p->len;
		}
	return 0;
}

static int is_banji(enum para_kind k)
{
	return k == PARA_CC || k == PARA_PRINTED;
}

static int is_empty(const struct lpara *p)
{
	return p->kind == PARA_BODY && p->len == 0;
}

/* The previous / next non-empty paragraph, or NULL. */
static struct lpara *nonempty(const struct layout *l, int i, int step)
{
	for (i += step; i >= 0 && i < l->n; i += step)
		if (!is_empty(&l->p[i]))
			return &l->p[i];
	return NULL;
}

/* Columns of a leading "附件：" / "抄送：" (up to a full-width colon within
 * the first four characters), 0 when there is none. */
static int label_cols(const struct lpara *p)
{
	const char *colon = NULL;
	for (size_t i = 0, chars = 0; i < p->len && chars < 4 && !colon; chars++) {
		int len;
		utf8_decode(p->text + i, p->len - i, &len);
		if (p->len - i >= 3 && memcmp(p->text + i, "：", 3) == 0)
			colon = p->text + i + 3;
		i += (size_t)len;
	}
	return colon ? layout_width(p->text, (size_t)(colon - p->text)) : 0;
}

/* The space each part brings above it, from what precedes it. */
static void spacing(struct layout *l, int i)
{
	struct lpara *p = &l->p[i];
	const struct lpara *prev = nonempty(l, i, -1), *next = nonempty(l, i, 1);
	enum para_kind pk = prev ? prev->kind : PARA_BODY;
	p->under_org = p->kind == PARA_DOCNO && prev && pk == PARA_ORG;
	p->run_first = !prev || pk != p->kind;
	p->run_last = !next || next->kind != p->kind;
	if (is_banji(p->kind)) {
		p->run_first = !prev || !is_banji(pk);
		p->run_last = !next || !is_banji(next->kind);
	}
	if (is_empty(p))
		p->blank_before = 0;
	else if (p->under_org)
		p->blank_before = 2;          /* 发文字号: 发文机关标志下空二行 */
	else if (p->kind == PARA_TITLE && prev && prev->under_org)
		p->blank_before = 2;          /* 标题: 红色分隔线下空二行 */
	else if (prev && pk == PARA_TITLE && p->kind != PARA_TITLE)
		p->blank_before = 1;          /* 主送机关: 标题下空一行 */
	else if ((p->kind == PARA_ATTACH || is_banji(p->kind)) && p->run_first)
		p->blank_before = 1;          /* 附件说明: 正文下空一行 */
	else if (p->kind == PARA_SIGN || (p->kind == PARA_DATE && pk != PARA_SIGN))
		p->blank_before = 2;          /* room for the seal over 署名 and date */
}

/* 成文日期 右空四字; the 署名 centred over it, never closer than two
 * characters to the edge (then both move left). */
static void signature(struct layout *l, int i)
{
	struct lpara *p = &l->p[i];
	if (p->kind == PARA_RIGHT)
		p->right_cols = 4;
	if (p->kind == PARA_DATE && p->right_cols == 0)
		p->right_cols = 8;
	if (p->kind != PARA_SIGN)
		return;
	p->right_cols = 8;
	struct lpara *d = nonempty(l, i, 1);
	if (!d || d->kind != PARA_DATE)
		return;
	int sw = layout_width(p->text, p->len), dw = layout_width(d->text, d->len);
	int right = 8 + (dw - sw) / 2, shift = right < 4 ? 4 - right : 0;
	p->right_cols = right + shift;
	d->right_cols = 8 + shift;
}

/* "附件：" hangs; the further #attach lines align with the first name. Each
 * #cc line hangs by its own "抄送：". */
static void hanging_labels(struct layout *l)
{
	for (int i = 0, hang = 0; i < l->n; i++) {
		struct lpara *p = &l->p[i];
		if (p->kind != PARA_ATTACH && p->kind != PARA_CC)
			continue;
		const struct lpara *prev = nonempty(l, i, -1);
		if (p->kind == PARA_CC || !prev || prev->kind != PARA_ATTACH)
			hang = label_cols(p);
		p->hang_cols = hang;
	}
}

/* The last body paragraph, 附件说明 and 署名 go on the date's page: the seal
 * never stands on a page of its own. */
static void keep_closing(struct layout *l)
{
	for (int i = l->n - 1, tail = 0; i >= 0; i--) {
		struct lpara *p = &l->p[i];
		if (p->kind == PARA_DATE) {
			tail = 1;
		} else if (tail && (p->kind == PARA_SIGN || p->kind == PARA_ATTACH)) {
			p->keep_next = 1;
		} else if (tail && !is_empty(p)) {
			p->keep_next = 1;
			tail = 0;
		}
	}
}

/* Empty lines just above a part that brings its own space. */
static void drop_empty(struct layout *l)
{
	int k = 0;
	for (int i = 0; i < l->n; i++) {
		const struct lpara *next = nonempty(l, i, 1);
		if (is_empty(&l->p[i]) && next && next->blank_before)
			continue;
		l->p[k++] = l->p[i];   /* k <= i: what nonempty() reads is intact */
	}
	l->n = k;
}

static void parse_line(struct lpara *p, const char *line, size_t n)
{
	if (n && line[n - 1] == '\r')
		n--;
	size_t skip;
	memset(p, 0, sizeof *p);
	p->kind = layout_kind(line, n, &skip);
	p->text = line + skip;
	p->len = n - skip;
	p->suffix = "";
	if (p->kind == PARA_RECIPIENT) {
		if (p->len && p->text[p->len - 1] == ':')
			p->len--;
		if (p->len < 3 || memcmp(p->text + p->len - 3, "：", 3) != 0)
			p->suffix = "：";
	}
}

void layout_parse(const char *body, struct layout *l)
{
	int cap = 16;
	l->p = xmalloc(sizeof *l->p * (size_t)cap);
	l->n = 0;
	for (const char *s = body ? body : ""; *s;) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		if (l->n == cap)
			l->p = xrealloc(l->p, sizeof *l->p * (size_t)(cap *= 2));
		parse_line(&l->p[l->n++], s, n);
		s += n + (nl != NULL);
	}
	for (int i = 0; i < l->n; i++)
		spacing(l, i);
	for (int i = 0; i < l->n; i++)
		signature(l, i);
	hanging_labels(l);
	keep_closing(l);
	drop_empty(l);
}

void layout_free(struct layout *l)
{
	free(l->p);
	l->p = NULL;
	l->n = 0;
}
