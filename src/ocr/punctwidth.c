/* punctwidth.c — is a page set with half-width punctuation? (punctwidth.h) */
#include "ocr/punctwidth.h"
#include "ocr/cjkfix.h"
#include "util/median.h"
#include "util/strbuf.h"
#include "util/utf8.h"

#include <stdlib.h>
#include <string.h>

#define MARKS ",;:!?()"
#define STANDIN 0xF700u
/* A half-width page: at least MIN_MARKS measured, median under HALF_PCT of
 * the pitch — between the page medians of bench/ocr_dev.py's sets: 100-151
 * on the 52 full-width dev and plain pages, 31-87 on the 16 web pages —
 * and under FULL_SHARE per cent of its marks read full-width by Tesseract
 * itself (the same pages: 17-92 % against 0-9 %). */
enum { MIN_MARKS = 3, HALF_PCT = 93, FULL_SHARE = 13 };

static int is_mark(uint32_t cp)
{
	return cp && cp < 0x80 && strchr(MARKS, (int)cp);
}

/* The line's character pitch: the median step between CJK neighbours;
 * 0 with fewer than two such steps. */
static int pitch_of(const struct glyph *g, int n, int *step)
{
	int k = 0;
	for (int i = 0; i + 1 < n; i++)
		if (cjk_is_wide(g[i].cp) && cjk_is_wide(g[i + 1].cp) && g[i + 1].left > g[i].left)
			step[k++] = g[i + 1].left - g[i].left;
	return k < 2 ? 0 : int_median(step, k);
}

int punct_measure(const struct glyph *g, int n, int *pct)
{
	int pitch = pitch_of(g, n, pct), k = 0;    /* pct as scratch first */
	if (!pitch)
		return 0;
	for (int i = 1; i + 1 < n; i++)
		if (is_mark(g[i].cp) && g[i + 1].left > g[i - 1].right)
			pct[k++] = (g[i + 1].left - g[i - 1].right) * 100 / pitch;
	return k;
}

/* Of the marks Tesseract read on the page, the share (per cent) it read
 * full-width itself. */
static int fullwidth_share(const char *text)
{
	int full = 0, ascii = 0;
	/* ，；：！？（） are U+FF0C FF1B FF1A FF01 FF1F FF08 FF09: EF BC xx */
	for (const char *p = text ? text : ""; *p; p++) {
		if (is_mark((unsigned char)*p))
			ascii++;
		else if ((unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBC && p[2] &&
			 strchr("\x8C\x9B\x9A\x81\x9F\x88\x89", p[2]))
			full++;
	}
	return full + ascii ? full * 100 / (full + ascii) : 0;
}

int punct_halfwidth_page(const int *pct, int n, const char *text, int *median, int *share)
{
	*median = -1;
	*share = fullwidth_share(text);
	if (n < MIN_MARKS)
		return 0;
	int *v = malloc((size_t)n * sizeof *v);
	if (!v)
		return 0;
	memcpy(v, pct, (size_t)n * sizeof *v);
	*median = int_median(v, n);
	free(v);
	return *median < HALF_PCT && *share < FULL_SHARE;
}

void punct_protect(char **text)
{
	struct strbuf sb = STRBUF_INIT;
	for (const char *p = *text; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (!is_mark(c)) {
			sb_add(&sb, p, 1);
			continue;
		}
		char u[4];
		sb_add(&sb, u, (size_t)utf8_encode(STANDIN + c, u));
	}
	if (!sb.buf)
		sb_adds(&sb, "");
	free(*text);
	*text = sb_detach(&sb);
}

void punct_unmask(char *s)
{
	size_t r = 0, w = 0, n = strlen(s);
	while (r < n) {
		int len;
		uint32_t cp = utf8_decode(s + r, n - r, &len);
		if (cp > STANDIN && cp < STANDIN + 0x80 && is_mark(cp - STANDIN)) {
			s[w++] = (char)(cp - STANDIN);
		} else {
			memmove(s + w, s + r, (size_t)len);
			w += (size_t)len;
		}
		r += (size_t)len;
	}
	s[w] = '\0';
}
