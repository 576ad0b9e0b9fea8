/* libFuzzer harness: the fact extractor on arbitrary text (OCR output can
 * be anything), one page and split into pages, and the JSON writer; the
 * OCR's date-line test on every line, and the ledger check's name distance
 * on every fact's value against its raw text. Must never crash, hang or
 * leak, and the JSON must always be valid UTF-8 and parse
 * (tests/json_check.h); any other outcome aborts. */
#include "ocr/dateline.h"
#include "ocr/extract.h"
#include "ocr/ledger_check.h"
#include "util/utf8.h"
#include "../json_check.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(const struct facts *f)
{
	struct strbuf sb = STRBUF_INIT;
	facts_json(f, &sb);
	if (!utf8_valid(sb_str(&sb), sb.len) || !json_valid(sb_str(&sb), sb.len)) {
		fprintf(stderr, "invalid JSON from the extractor:\n%s\n", sb_str(&sb));
		abort();
	}
	for (int i = 0; i < f->n; i++) {
		const struct fact *x = &f->v[i];
		if (!utf8_valid(x->value, strlen(x->value)) || !utf8_valid(x->raw, strlen(x->raw)) ||
		    !utf8_valid(x->role, strlen(x->role)) || x->confidence < 0 || x->confidence > 1 ||
		    x->span_start < 0 || x->span_end < x->span_start) {
			fprintf(stderr, "bad fact %d: %s %s\n", i, x->field, x->value);
			abort();
		}
		int d = ledger_name_distance(x->value, x->raw);
		if (d < -1 || d > 1)
			abort();
	}
	sb_free(&sb);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	for (char *l = text; l;) {           /* each line as the OCR's date pass sees it */
		char *nl = strchr(l, '\n');
		if (nl)
			*nl = '\0';
		int k = cn_date_line(l);
		if (k < -1 || k > 1)
			abort();
		if (nl)
			*nl = '\n';
		l = nl ? nl + 1 : NULL;
	}
	struct facts f = { 0 };
	extract_page(text, 1, &f);
	check(&f);
	facts_free(&f);
	/* the same bytes as pages split at form feeds, with OCR confidences */
	struct extract_page_in pages[8];
	int n = 0;
	for (char *p = text; p && n < 8; n++) {
		char *ff = strchr(p, '\f');
		if (ff)
			*ff = '\0';
		pages[n] = (struct extract_page_in){ p, n + 1, n % 2 ? 35.0 : -1 };
		p = ff ? ff + 1 : NULL;
	}
	extract_doc(pages, n, &f);
	check(&f);
	facts_free(&f);
	free(text);
	return 0;
}
