#include "ocr/cjkfix.h"
#include "util/strbuf.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

int cjk_is_wide(uint32_t cp)
{
	return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
	       (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

/* Length in bytes of the blank (space, tab, U+3000) at s, else 0. */
static int blank_at(const char *s)
{
	if (*s == ' ' || *s == '\t')
		return 1;
	return (unsigned char)s[0] == 0xE3 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0x80 ? 3 : 0;
}

void cjk_squeeze_spaces(char *s)
{
	size_t n = strlen(s), r = 0, w = 0;
	uint32_t prev = '\n';   /* the last character written */
	while (r < n) {
		size_t run = 0;
		int b, len;
		while ((b = blank_at(s + r + run)) > 0)
			run += (size_t)b;
		if (run) {
			uint32_t next = r + run < n ? utf8_decode(s + r + run, n - r - run, &len) : '\n';
			if (!cjk_is_wide(prev) && !cjk_is_wide(next)) {
				memmove(s + w, s + r, run);
				w += run;
			}
			r += run;
			continue;
		}
		prev = utf8_decode(s + r, n - r, &len);
		memmove(s + w, s + r, (size_t)len);
		w += (size_t)len;
		r += (size_t)len;
	}
	s[w] = '\0';
}

/* The text as code points, for the repairs that look both ways. */
struct cps {
	uint32_t *v;
	int n;
};

static struct cps decode(const char *s)
{
	size_t n = strlen(s);
	struct cps c = { xcalloc(n + 1, sizeof *c.v), 0 };
	for (size_t i = 0; i < n;) {
		int len;
		c.v[c.n++] = utf8_decode(s + i, n - i, &len);
		i += (size_t)len;
	}
	return c;
}

static void encode(struct cps *c, char **s)
{
	struct strbuf sb = STRBUF_INIT;
	for (int i = 0; i < c->n; i++) {
		uint32_t cp = c->v[i];
		if (cp == 0)
			continue;   /* removed */
		char b[4];
		sb_add(&sb, b, (size_t)utf8_encode(cp, b));
	}
	free(*s);
	*s = sb_detach(&sb);
	free(c->v);
}

static int wide_at(const struct cps *c, int i)
{
	return i >= 0 && i < c->n && cjk_is_wide(c->v[i]);
}

static int alnum_at(const struct cps *c, int i)
{
	if (i < 0 || i >= c->n)
		return 0;
	uint32_t v = c->v[i];
	return (v >= '0' && v <= '9') || (v >= 'A' && v <= 'Z') || (v >= 'a' && v <= 'z');
}

/* The ')' closing the '(' at i on the same line, within 40 characters. */
static int closing(const struct cps *c, int i)
{
	for (int j = i + 1; j < c->n && j <= i + 40 && c->v[j] != '\n'; j++) {
		if (c->v[j] == '(')
			return -1;
		if (c->v[j] == ')')
			return j;
	}
	return -1;
}

static void parentheses(struct cps *c)
{
	for (int i = 0; i < c->n; i++) {
		if (c->v[i] == 0x3008 && c->n > i + 1 && c->v[i + 1] >= '0' && c->v[i + 1] <= '9')
			c->v[i] = '(';   /* 〈2023) : the angle bracket is a misread parenthesis */
		if (c->v[i] != '(')
			continue;
		int j = closing(c, i), cjk = wide_at(c, i - 1) || wide_at(c, i + 1);
		if (j < 0) {
			if (cjk)
				c->v[i] = 0xFF08;
			continue;
		}
		for (int k = i + 1; k < j && !cjk; k++)
			cjk = wide_at(c, k);
		if (cjk || wide_at(c, j + 1)) {
			c->v[i] = 0xFF08;
			c->v[j] = 0xFF09;
		}
	}
	for (int i = 0; i < c->n; i++)
		if (c->v[i] == ')' && wide_at(c, i - 1))
			c->v[i] = 0xFF09;
}

static int square_alike(uint32_t v, int open)
{
	static const uint32_t o[] = { '[', 0x3010, 0x3014, 0xFF3B, 0x300C }, c[] = { ']', 0x3011, 0x3015, 0xFF3D, 0x300D };
	for (int i = 0; i < 5; i++)
		if (v == (open ? o : c)[i])
			return 1;
	return 0;
}

static int paren_alike(uint32_t v, int open)
{
	return open ? v == '(' || v == 0xFF08 || v == 0x3008 : v == ')' || v == 0xFF09 || v == 0x3009;
}

/* A year in brackets as 文号 write it, 〔2019〕, read as 【2019] or [2019): when
 * one of the two brackets is square, both become 〔〕. */
static void year_brackets(struct cps *c)
{
	for (int i = 0; i + 5 < c->n; i++) {
		int digits = 1;
		for (int k = 1; k <= 4; k++)
			digits &= c->v[i + k] >= '0' && c->v[i + k] <= '9';
		uint32_t a = c->v[i], b = c->v[i + 5];
		if (digits && (square_alike(a, 1) || paren_alike(a, 1)) && (square_alike(b, 0) || paren_alike(b, 0)) &&
		    (square_alike(a, 1) || square_alike(b, 0))) {
			c->v[i] = 0x3014;
			c->v[i + 5] = 0x3015;
		}
	}
}

void cjk_fullwidth_punct(char **s)
{
	static const char ascii[] = ",;:?!";
	static const uint32_t wide[] = { 0xFF0C, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01 };
	struct cps c = decode(*s);
	for (int i = 0; i < c.n; i++) {
		const char *p = c.v[i] && c.v[i] < 0x80 ? strchr(ascii, (int)c.v[i]) : NULL;
		if (p && (wide_at(&c, i - 1) || (wide_at(&c, i + 1) && !alnum_at(&c, i - 1))))
			c.v[i] = wide[p - ascii];
	}
	year_brackets(&c);
	parentheses(&c);
	encode(&c, s);
}

static int cn_digit(uint32_t v)
{
	static const uint32_t d[] = { 0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D };
	for (int i = 0; i < 10; i++)
		if (v == d[i])
			return 1;
	return 0;
}

static int zero_alike(uint32_t v)
{
	return v && v < 0x80 ? strchr("Oo0GCDQ@", (int)v) != NULL : v == 0x25CB || v == 0x25EF;
}

int cjk_year_numeral(uint32_t cp)
{
	return cn_digit(cp) || zero_alike(cp);
}

/* Length of the numeral slot at i: a numeral (1), or 1–2 look-alikes of 〇
 * with an optional 〇 after them; *junk says it was the latter. */
static int slot(const struct cps *c, int i, int *junk)
{
	*junk = 0;
	if (i >= c->n)
		return 0;
	if (cn_digit(c->v[i]))
		return 1;
	int k = 0;
	while (k < 2 && i + k < c->n && zero_alike(c->v[i + k]))
		k++;
	if (!k)
		return 0;
	if (i + k < c->n && c->v[i + k] == 0x3007)
		k++;
	*junk = 1;
	return k;
}

void cjk_fix_years(char **s)
{
	struct cps c = decode(*s);
	for (int i = 0; i < c.n; i++) {
		if (!cn_digit(c.v[i]) || (i > 0 && cn_digit(c.v[i - 1])))
			continue;
		int pos[4], len[4], junk[4], j = i, any = 0, k;
		for (k = 0; k < 4 && (len[k] = slot(&c, j, &junk[k])) > 0; k++) {
			pos[k] = j;
			any |= junk[k];
			j += len[k];
		}
		if (k < 4 || !any || j >= c.n || c.v[j] != 0x5E74)   /* 年 */
			continue;
		for (k = 0; k < 4; k++)
			if (junk[k]) {
				c.v[pos[k]] = 0x3007;
				for (int m = 1; m < len[k]; m++)
					c.v[pos[k] + m] = 0;
			}
		i = j;
	}
	encode(&c, s);
}

void cjk_tidy(char **s)
{
	cjk_squeeze_spaces(*s);
	cjk_fix_years(s);
	cjk_fullwidth_punct(s);
	cjk_squeeze_spaces(*s);   /* blanks that touched ASCII punctuation now made wide */
}
