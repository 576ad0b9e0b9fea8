/* extract.c — running the parts of the fact extractor over a file's pages
 * (one document, or several when a page opens with a header of its own),
 * final confidences, and the JSON of `jianzhi extract`. */
#include "ocr/extract_int.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* A page that opens with a title near the top starts a new document. */
int extract_opens_document(const struct extract_page_in *page)
{
	struct xctx c;
	memset(&c, 0, sizeof c);
	struct facts none = { 0 };
	c.out = &none;
	xtext_build(&c.t, page, 1);
	x_layout(&c);
	int opens = c.title_line >= 0 && c.title_line < 6;
	xtext_free(&c.t);
	return opens;
}

static double page_ocr(const struct xtext *t, int page)
{
	for (int k = 0; k < t->nl; k++)
		if (t->lines[k].page == page)
			return t->lines[k].ocr;
	return -1;
}

static int by_position(const void *a, const void *b)
{
	const struct fact *x = a, *y = b;
	if (x->page != y->page)
		return x->page - y->page;
	if (x->line != y->line)
		return x->line - y->line;
	if (x->span_start != y->span_start)
		return x->span_start - y->span_start;
	return strcmp(x->field, y->field);
}

/* Scale by the page's OCR confidence, keep within [0.05, 0.99], sort. */
static void finish(struct xctx *c)
{
	for (int i = c->first; i < c->out->n; i++) {
		struct fact *x = &c->out->v[i];
		double ocr = page_ocr(&c->t, x->page);
		if (ocr >= 0)
			x->confidence *= 0.55 + 0.45 * (ocr > 100 ? 1 : ocr / 100);
		if (x->confidence > 0.99)
			x->confidence = 0.99;
		if (x->confidence < 0.05)
			x->confidence = 0.05;
	}
	if (c->out->n > c->first)
		qsort(c->out->v + c->first, (size_t)(c->out->n - c->first), sizeof *c->out->v, by_position);
}

static void one_document(const struct extract_page_in *pages, int n, struct facts *out)
{
	struct xctx c;
	memset(&c, 0, sizeof c);
	c.out = out;
	c.first = out->n;
	xtext_build(&c.t, pages, n);
	x_layout(&c);
	x_court(&c);
	x_case_numbers(&c);
	x_kind(&c);
	x_cause(&c);
	x_parties(&c);
	x_judges(&c);
	x_amounts(&c);
	x_dates(&c);
	x_seal_date(&c);
	x_measures(&c);
	x_items(&c);
	x_rounds(&c);
	x_check_court_case(&c);
	x_case_zeros(&c);
	finish(&c);
	xtext_free(&c.t);
}

void extract_doc(const struct extract_page_in *pages, int n, struct facts *out)
{
	int start = -1;
	for (int p = 0; p < n; p++) {
		if (!pages[p].text)
			continue;
		if (start < 0) {
			start = p;
		} else if (extract_opens_document(&pages[p])) {
			one_document(pages + start, p - start, out);
			start = p;
		}
	}
	if (start >= 0)
		one_document(pages + start, n - start, out);
}

void extract_page(const char *text, int page, struct facts *out)
{
	struct extract_page_in in = { text, page, -1 };
	extract_doc(&in, 1, out);
}

void facts_free(struct facts *f)
{
	free(f->v);
	memset(f, 0, sizeof *f);
}

const struct fact *facts_find(const struct facts *f, const char *field, const char *role)
{
	for (int i = 0; i < f->n; i++)
		if (!strcmp(f->v[i].field, field) && (!role || !strcmp(f->v[i].role, role)))
			return &f->v[i];
	return NULL;
}

const struct fact *facts_first(const struct facts *f, const char *field)
{
	return facts_find(f, field, NULL);
}

static void json_fact(const struct fact *x, struct strbuf *o)
{
	sb_adds(o, "{\"field\":");
	sb_add_json_str(o, x->field);
	sb_adds(o, ",\"role\":");
	sb_add_json_str(o, x->role);
	sb_adds(o, ",\"value\":");
	sb_add_json_str(o, x->value);
	sb_adds(o, ",\"raw\":");
	sb_add_json_str(o, x->raw);
	sb_printf(o, ",\"page\":%d,\"line\":%d,\"span\":[%d,%d],\"confidence\":%.2f", x->page, x->line,
		  x->span_start, x->span_end, x->confidence);
	if (!strcmp(x->field, "party")) {
		sb_adds(o, ",\"party_kind\":");
		sb_add_json_str(o, x->party_kind);
		sb_adds(o, ",\"id_no\":");
		sb_add_json_or_null(o, x->id_no[0] ? x->id_no : NULL);
	} else if (!strcmp(x->field, "item")) {
		sb_adds(o, ",\"action\":");
		sb_add_json_str(o, x->action);
		if (x->fen >= 0)
			sb_printf(o, ",\"fen\":%lld", x->fen);
		else
			sb_adds(o, ",\"fen\":null");
	} else if (!strcmp(x->field, "measure")) {
		sb_adds(o, x->negated ? ",\"negated\":true" : ",\"negated\":false");
	}
	sb_addc(o, '}');
}

void facts_json(const struct facts *f, struct strbuf *o)
{
	static const char *const singles[] = { "kind", "court", "case_no", "cause" };
	sb_addc(o, '{');
	for (size_t i = 0; i < sizeof singles / sizeof *singles; i++) {
		const struct fact *x = facts_first(f, singles[i]);
		sb_printf(o, "%s\"%s\":", i ? "," : "", singles[i]);
		sb_add_json_or_null(o, x ? x->value : NULL);
	}
	sb_adds(o, ",\"facts\":[");
	for (int i = 0; i < f->n; i++) {
		if (i)
			sb_addc(o, ',');
		json_fact(&f->v[i], o);
	}
	sb_adds(o, "]}");
}
