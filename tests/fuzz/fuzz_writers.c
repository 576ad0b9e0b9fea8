/* libFuzzer harness: the text the DOCX and XLSX writers take from outside
 * (party names, evidence, a draft body edited in $EDITOR). Arbitrary bytes
 * go through the draft layout (layout_parse, layout_split, layout_width),
 * XML character data for the DOCX (xml_add_text) and workbook cell text
 * with and without ID masking (xl_text). Asserts the writers' promises: no
 * byte XML 1.0 forbids comes out, and a cell never exceeds Excel's limit.
 * Must never crash, leak or hit undefined behaviour. */
#include "drafts/layout.h"
#include "drafts/xmltext.h"
#include "export/xltext.h"
#include "util/utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* 1 when s holds only what XML 1.0 allows (valid UTF-8, no C0 but TAB,
 * LF, CR, no U+FFFE/U+FFFF, no surrogates). */
static int xml_clean(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		int len;
		uint32_t cp = utf8_decode(s + i, n - i, &len);
		if ((cp < 0x20 && cp != 9 && cp != 10 && cp != 13) || cp == 0xFFFE || cp == 0xFFFF ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		if (cp == 0xFFFD && !(len == 3 && (unsigned char)s[i] == 0xEF))
			return 0;   /* an invalid byte decoded, not a real U+FFFD */
		i += (size_t)len;
	}
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *body = malloc(size + 1);
	if (!body)
		return 0;
	memcpy(body, data, size);
	body[size] = '\0';          /* a draft body is a C string: text after a NUL is not seen */

	struct layout l;
	layout_parse(body, &l);
	for (int i = 0; i < l.n; i++) {
		size_t left, right;
		layout_split(&l.p[i], &left, &right);
		layout_width(l.p[i].text, l.p[i].len);
	}
	layout_free(&l);

	struct strbuf sb = STRBUF_INIT;
	xml_add_text(&sb, (const char *)data, size);
	if (!xml_clean(sb_str(&sb), sb.len))
		__builtin_trap();
	sb_free(&sb);

	struct strbuf scratch = STRBUF_INIT;
	for (int mask = 0; mask < 2; mask++) {
		const char *t = xl_text(body, mask, &scratch);
		if (!xml_clean(t, strlen(t)) || utf8_chars(t) > XL_MAX_CHARS)
			__builtin_trap();
	}
	sb_free(&scratch);
	free(body);
	return 0;
}
