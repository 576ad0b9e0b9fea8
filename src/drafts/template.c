#include "drafts/template.h"
#include "util/xalloc.h"
#include "legal/cnfmt.h"
#include "legal/normalize.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tval {
	char *name;
	char *text;              /* NULL for a list */
	struct tctx **items;     /* list items */
	int nitems;
	int is_list;
};

struct tctx {
	struct tval *v;
	int n, cap;
};

struct tctx *tctx_new(void)
{
	struct tctx *c = xcalloc(1, sizeof *c);
	return c;
}

void tctx_free(struct tctx *c)
{
	if (!c)
		return;
	for (int i = 0; i < c->n; i++) {
		free(c->v[i].name);
		free(c->v[i].text);
		for (int k = 0; k < c->v[i].nitems; k++)
			tctx_free(c->v[i].items[k]);
		free(c->v[i].items);
	}
	free(c->v);
	free(c);
}

static struct tval *find(const struct tctx *c, const char *name, size_t n)
{
	for (int i = 0; i < c->n; i++)
		if (strlen(c->v[i].name) == n && memcmp(c->v[i].name, name, n) == 0)
			return &c->v[i];
	return NULL;
}

static struct tval *slot(struct tctx *c, const char *name)
{
	struct tval *v = find(c, name, strlen(name));
	if (v)
		return v;
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 16;
		c->v = xrealloc(c->v, sizeof *c->v * (size_t)c->cap);
	}
	v = &c->v[c->n++];
	memset(v, 0, sizeof *v);
	v->name = xstrdup(name);
	return v;
}

void tctx_set(struct tctx *c, const char *name, const char *value)
{
	struct tval *v = slot(c, name);
	free(v->text);
	v->text = xstrdup(value ? value : "");
}

void tctx_setf(struct tctx *c, const char *name, const char *fmt, ...)
{
	char buf[4096];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	tctx_set(c, name, buf);
}

void tctx_declare_list(struct tctx *c, const char *name)
{
	slot(c, name)->is_list = 1;
}

struct tctx *tctx_add_item(struct tctx *c, const char *name)
{
	struct tval *v = slot(c, name);
	v->is_list = 1;
	v->items = xrealloc(v->items, sizeof *v->items * (size_t)(v->nitems + 1));
	return v->items[v->nitems++] = tctx_new();
}

/* ---- rendering ---- */

struct scope {
	const struct tctx *c;
	const struct scope *up;
	int index;               /* 1-based position inside {{#each}}, 0 outside */
};

/* A template is outside input (a user's .tpl): nesting, work and output
 * are bounded so that no template can exhaust the stack, the CPU or memory. */
#define TEMPLATE_MAX_DEPTH 32
#define TEMPLATE_MAX_STEPS 200000L   /* a 检察建议书 over 2,000 events takes ~20,000 */
#define TEMPLATE_MAX_OUTPUT ((size_t)4 << 20)

struct st {
	const char *file, *src;
	size_t pos;
	struct strbuf *out;
	struct jz_err *e;
	int depth;               /* open {{#if}}/{{#each}} blocks */
	long steps;              /* tags evaluated so far */
};

enum end { END_EOF, END_ELSE, END_CLOSE, END_ERROR };

static int line_of(const struct st *s, size_t pos)
{
	int line = 1;
	for (size_t i = 0; i < pos && s->src[i]; i++)
		line += s->src[i] == '\n';
	return line;
}

static const struct tval *lookup(const struct scope *sc, const char *name, size_t n)
{
	for (; sc; sc = sc->up) {
		const struct tval *v = find(sc->c, name, n);
		if (v)
			return v;
	}
	return NULL;
}

static void trim(const char **a, const char **b)
{
	while (*a < *b && (**a == ' ' || **a == '\t')) (*a)++;
	while (*b > *a && ((*b)[-1] == ' ' || (*b)[-1] == '\t')) (*b)--;
}

static int fail(struct st *s, size_t at, const char *what, const char *a, size_t n)
{
	jz_err_set(s->e, "%s:%d: %s '%.*s'", s->file, line_of(s, at), what, (int)n, a);
	return END_ERROR;
}

/* An amount in fen for the money filters; -1 when out of range (the
 * formatters only take amounts up to NORM_MAX_FEN). Text that is no
 * number reads as 0, as before. */
static int filter_fen(const char *val, long long *fen)
{
	errno = 0;
	*fen = strtoll(val, NULL, 10);
	return errno == ERANGE || *fen > NORM_MAX_FEN || *fen < -NORM_MAX_FEN ? -1 : 0;
}

static int apply_filter(struct st *s, size_t at, const char *val, const char *f, size_t fn, int emit)
{
	char buf[256];
	if (fn == strlen("人读") && memcmp(f, "人读", fn) == 0) {
		if (emit)   /* free text of any length: straight into the output */
			cn_human_text(val, s->out);
		return 0;
	}
	int money = (fn == strlen("大写") && memcmp(f, "大写", fn) == 0) ||
		    (fn == strlen("元") && memcmp(f, "元", fn) == 0);
	long long fen = 0;
	if (money && emit && filter_fen(val, &fen))
		return fail(s, at, "amount out of range for the filter:", val, strlen(val) > 40 ? 40 : strlen(val));
	if (money && !emit)
		buf[0] = '\0';
	else if (fn == strlen("大写") && memcmp(f, "大写", fn) == 0)
		cn_money_upper(fen, buf, sizeof buf);
	else if (fn == strlen("元") && memcmp(f, "元", fn) == 0)
		cn_yuan(fen, buf, sizeof buf);
	else if (fn == strlen("中文日期") && memcmp(f, "中文日期", fn) == 0)
		cn_date(val, buf, sizeof buf);
	else if (fn == strlen("日期") && memcmp(f, "日期", fn) == 0)
		cn_date_digits(val, buf, sizeof buf);
	else
		return fail(s, at, "unknown filter", f, fn);
	if (emit)
		sb_adds(s->out, *val ? buf : "");
	return 0;
}

/* A {{name}} or {{name | filter}} tag. */
static int field(struct st *s, const struct scope *sc, size_t at, const char *a, const char *b, int emit)
{
	const char *bar = memchr(a, '|', (size_t)(b - a));
	const char *ne = bar ? bar : b, *na = a;
	trim(&na, &ne);
	char num[16];
	const char *val;
	if ((size_t)(ne - na) == 6 && memcmp(na, "@index", 6) == 0) {
		snprintf(num, sizeof num, "%d", sc->index);
		val = num;
	} else {
		const struct tval *v = lookup(sc, na, (size_t)(ne - na));
		/* skipped text (an empty loop, the false branch) may name item fields */
		if (!emit && !v)
			return 0;
		if (!v || v->is_list)
			return fail(s, at, v ? "a list used as a field:" : "unknown field", na, (size_t)(ne - na));
		val = v->text;
	}
	if (bar) {
		const char *fa = bar + 1, *fb = b;
		trim(&fa, &fb);
		return apply_filter(s, at, val, fa, (size_t)(fb - fa), emit);
	}
	if (emit)
		sb_adds(s->out, val);
	return 0;
}

static int block(struct st *s, const struct scope *sc, int emit, const char *closer);

static int truthy(const struct tval *v)
{
	return v->is_list ? v->nitems > 0 : v->text[0] && strcmp(v->text, "0") != 0;
}

/* Enter a block: -1 (with the error set) when nesting is too deep. */
static int enter(struct st *s, size_t at, const char *a, const char *b)
{
	if (++s->depth > TEMPLATE_MAX_DEPTH) {
		fail(s, at, "blocks nested more than 32 deep at", a, (size_t)(b - a));
		return -1;
	}
	return 0;
}

static int tag_if(struct st *s, const struct scope *sc, size_t at, const char *a, const char *b, int emit)
{
	trim(&a, &b);
	if (enter(s, at, a, b))
		return END_ERROR;
	const struct tval *v = lookup(sc, a, (size_t)(b - a));
	if (!v && emit)
		return fail(s, at, "unknown field", a, (size_t)(b - a));
	int cond = v && truthy(v);
	int r = block(s, sc, emit && cond, "if");
	if (r == END_ELSE)
		r = block(s, sc, emit && !cond, "if");
	s->depth--;
	return r == END_CLOSE ? 0 : r == END_ERROR ? END_ERROR : fail(s, at, "unclosed {{#if", a, (size_t)(b - a));
}

static int tag_each(struct st *s, const struct scope *sc, size_t at, const char *a, const char *b, int emit)
{
	trim(&a, &b);
	if (enter(s, at, a, b))
		return END_ERROR;
	const struct tval *v = lookup(sc, a, (size_t)(b - a));
	if ((!v && emit) || (v && !v->is_list))
		return fail(s, at, v ? "not a list:" : "unknown list", a, (size_t)(b - a));
	size_t start = s->pos;
	int r = END_CLOSE;
	int items = v ? v->nitems : 0;
	for (int i = 0; emit && i < items; i++) {
		s->pos = start;
		struct scope inner = { v->items[i], sc, i + 1 };
		if ((r = block(s, &inner, 1, "each")) != END_CLOSE)
			break;
	}
	if (!emit || items == 0) {
		s->pos = start;
		r = block(s, sc, 0, "each");
	}
	s->depth--;
	return r == END_CLOSE ? 0 : r == END_ERROR ? END_ERROR : fail(s, at, "unclosed {{#each", a, (size_t)(b - a));
}

/* Render until {{else}} / {{/closer}} / end of text. */
static int block(struct st *s, const struct scope *sc, int emit, const char *closer)
{
	const char *src = s->src;
	for (;;) {
		const char *open = strstr(src + s->pos, "{{");
		size_t upto = open ? (size_t)(open - src) : strlen(src);
		/* \{{ is a literal {{ */
		if (open && upto > s->pos && src[upto - 1] == '\\') {
			if (emit) {
				sb_add(s->out, src + s->pos, upto - 1 - s->pos);
				sb_adds(s->out, "{{");
			}
			s->pos = upto + 2;
			continue;
		}
		if (emit)
			sb_add(s->out, src + s->pos, upto - s->pos);
		if (!open) {
			s->pos = upto;
			if (!closer)
				return END_EOF;
			char want[32];
			snprintf(want, sizeof want, "{{/%s}}", closer);
			return fail(s, upto, "missing", want, strlen(want));
		}
		const char *close = strstr(open + 2, "}}");
		if (!close)
			return fail(s, upto, "unclosed tag", open, strcspn(open, "\n"));
		const char *a = open + 2, *b = close;
		s->pos = (size_t)(close + 2 - src);
		if (++s->steps > TEMPLATE_MAX_STEPS)
			return fail(s, upto, "template too complex (over 200,000 tags evaluated) at", open,
				    strcspn(open, "\n") > 40 ? 40 : strcspn(open, "\n"));
		if (s->out->len > TEMPLATE_MAX_OUTPUT)
			return fail(s, upto, "output over 4 MiB at", open, strcspn(open, "\n") > 40 ? 40 : strcspn(open, "\n"));
		trim(&a, &b);
		size_t n = (size_t)(b - a);
		int r = 0;
		/* a block tag alone on its line takes its line break with it */
		if (n && (*a == '#' || *a == '/' || *a == '!' || (n == 4 && memcmp(a, "else", 4) == 0)) &&
		    (upto == 0 || src[upto - 1] == '\n') && src[s->pos] == '\n')
			s->pos++;
		if (n && *a == '!')
			continue;
		if (n == 4 && memcmp(a, "else", 4) == 0) {
			if (!closer || strcmp(closer, "if") != 0)
				return fail(s, upto, "{{else}} outside", "{{#if}}", 7);
			return END_ELSE;
		}
		if (n && *a == '/') {
			if (!closer || (size_t)(n - 1) != strlen(closer) || memcmp(a + 1, closer, n - 1) != 0)
				return fail(s, upto, "unexpected", a, n);
			return END_CLOSE;
		}
		if (n > 4 && memcmp(a, "#if ", 4) == 0)
			r = tag_if(s, sc, upto, a + 4, b, emit);
		else if (n > 6 && memcmp(a, "#each ", 6) == 0)
			r = tag_each(s, sc, upto, a + 6, b, emit);
		else
			r = field(s, sc, upto, a, b, emit);
		if (r)
			return END_ERROR;
	}
}

int template_render(const char *file, const char *src, const struct tctx *c, struct strbuf *out,
		    struct jz_err *e)
{
	struct st s = { file, src, 0, out, e, 0, 0 };
	struct scope top = { c, NULL, 0 };
	return block(&s, &top, 1, NULL) == END_EOF ? 0 : -1;
}
