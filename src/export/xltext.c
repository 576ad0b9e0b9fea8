/* xltext.c — see xltext.h. */
#include "export/xltext.h"
#include "legal/mask.h"
#include "util/utf8.h"

#include <stdlib.h>
#include <string.h>

static int ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static int ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Bytes of the character at s (n bytes left) in *len; 1 when XML 1.0
 * allows it, 0 when it is replaced (an invalid byte, alone; a forbidden
 * character, whole). */
static int xml_char(const char *s, size_t n, int *len)
{
	unsigned char c = (unsigned char)*s;
	*len = 1;
	if (c < 0x80)
		return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
	uint32_t cp = utf8_decode(s, n, len);
	return !((cp == 0xFFFD && *len == 1) || cp == 0xFFFE || cp == 0xFFFF);
}

/* One pass: with out NULL only say whether anything changes (1/0); with
 * out, write the cleaned and masked text there. */
static int scan(const char *s, size_t n, int mask, struct strbuf *out)
{
	int changed = 0, prev_alnum = 0;
	size_t i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (mask && ascii_digit(c) && !prev_alnum) {
			size_t run;
			int hide = mask_id_run(s + i, &run);
			if (hide && !out)
				return 1;
			if (hide) {
				char id[19];
				memcpy(id, s + i, run);
				id[run] = 0;
				char *m = mask_id_no(id, "person");
				sb_adds(out, m);
				free(m);
			} else if (out) {
				sb_add(out, s + i, run);
			}
			i += run;
			prev_alnum = 1;
			continue;
		}
		int len, good = xml_char(s + i, n - i, &len);
		if (!good && !out)
			return 1;
		if (!good) {
			sb_adds(out, "\xEF\xBF\xBD");    /* U+FFFD */
			changed = 1;
		} else if (out) {
			sb_add(out, s + i, (size_t)len);
		}
		prev_alnum = ascii_alnum(c);
		i += (size_t)len;
	}
	return changed;
}

/* Cut t to XL_MAX_CHARS - 1 characters and "…" when it is longer than
 * Excel allows; returns t or the cut copy in *scratch. */
static const char *cap_length(const char *t, struct strbuf *scratch)
{
	size_t n = strlen(t);
	if (n <= XL_MAX_CHARS || utf8_chars(t) <= XL_MAX_CHARS)
		return t;
	size_t i = 0, chars = 0;
	while (i < n && chars < XL_MAX_CHARS - 1) {
		int len;
		utf8_decode(t + i, n - i, &len);
		i += (size_t)len;
		chars++;
	}
	if (t == scratch->buf) {
		scratch->len = i;
		scratch->buf[i] = 0;
	} else {
		sb_reset(scratch);
		sb_add(scratch, t, i);
	}
	sb_adds(scratch, "…");
	return scratch->buf;
}

const char *xl_text(const char *s, int mask, struct strbuf *scratch)
{
	size_t n = strlen(s);
	const char *t = s;
	if (scan(s, n, mask, NULL)) {
		sb_reset(scratch);
		scan(s, n, mask, scratch);
		t = sb_str(scratch);
	}
	return cap_length(t, scratch);
}
