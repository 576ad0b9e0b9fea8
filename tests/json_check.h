/* json_check.h — a small strict JSON validator for tests (RFC 8259).
 *
 *   json_valid(buf, len)   1 when buf is exactly one JSON value (white space
 *                          around it allowed) and all of it is valid UTF-8.
 *
 * Strings: no raw control characters, only the escapes JSON defines, \u
 * with four hex digits (surrogates must pair), UTF-8 with no overlongs,
 * surrogates or code points above U+10FFFF. Nesting is limited to 64 so a
 * fuzzer cannot exhaust the stack. Header-only: the fuzz harness and the
 * unit tests include it. */
#ifndef JZ_JSON_CHECK_H
#define JZ_JSON_CHECK_H

#include <stddef.h>
#include <string.h>

struct jc { const unsigned char *p, *end; int depth; };

static void jc_ws(struct jc *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
		j->p++;
}

/* One UTF-8 character of a string (not ASCII): 1 when valid. */
static int jc_utf8(struct jc *j)
{
	unsigned c = *j->p;
	int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
	if (!n || j->end - j->p < n)
		return 0;
	unsigned cp = c & (0x7F >> n);
	for (int i = 1; i < n; i++) {
		if ((j->p[i] & 0xC0) != 0x80)
			return 0;
		cp = cp << 6 | (j->p[i] & 0x3F);
	}
	if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	j->p += n;
	return 1;
}

static int jc_hex4(struct jc *j, unsigned *v)
{
	if (j->end - j->p < 4)
		return 0;
	*v = 0;
	for (int i = 0; i < 4; i++) {
		unsigned char c = j->p[i];
		int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
		if (d < 0)
			return 0;
		*v = *v << 4 | (unsigned)d;
	}
	j->p += 4;
	return 1;
}

static int jc_escape(struct jc *j)
{
	if (j->p >= j->end)
		return 0;
	unsigned char c = *j->p++;
	if (strchr("\"\\/bfnrt", c) && c)
		return 1;
	unsigned v, w;
	if (c != 'u' || !jc_hex4(j, &v))
		return 0;
	if (v >= 0xDC00 && v <= 0xDFFF)
		return 0;                       /* a lone low surrogate */
	if (v >= 0xD800 && v <= 0xDBFF)         /* a high one needs its low one */
		return j->end - j->p >= 2 && j->p[0] == '\\' && j->p[1] == 'u' && (j->p += 2, jc_hex4(j, &w)) &&
		       w >= 0xDC00 && w <= 0xDFFF;
	return 1;
}

static int jc_string(struct jc *j)
{
	j->p++;                                 /* the opening quote */
	while (j->p < j->end) {
		unsigned char c = *j->p;
		if (c == '"') {
			j->p++;
			return 1;
		}
		if (c < 0x20)
			return 0;
		if (c == '\\') {
			j->p++;
			if (!jc_escape(j))
				return 0;
		} else if (c < 0x80) {
			j->p++;
		} else if (!jc_utf8(j)) {
			return 0;
		}
	}
	return 0;
}

static int jc_digits(struct jc *j)
{
	const unsigned char *s = j->p;
	while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
		j->p++;
	return j->p > s;
}

static int jc_number(struct jc *j)
{
	if (*j->p == '-')
		j->p++;
	if (j->p < j->end && *j->p == '0')
		j->p++;
	else if (!jc_digits(j))
		return 0;
	if (j->p < j->end && *j->p == '.') {
		j->p++;
		if (!jc_digits(j))
			return 0;
	}
	if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
		j->p++;
		if (j->p < j->end && (*j->p == '+' || *j->p == '-'))
			j->p++;
		if (!jc_digits(j))
			return 0;
	}
	return 1;
}

static int jc_word(struct jc *j, const char *w)
{
	size_t n = strlen(w);
	if ((size_t)(j->end - j->p) < n || memcmp(j->p, w, n) != 0)
		return 0;
	j->p += n;
	return 1;
}

static int jc_value(struct jc *j);

/* An array or object: open and close are [ ] or { }; members are key:value. */
static int jc_container(struct jc *j, char close, int members)
{
	if (++j->depth > 64)
		return 0;
	j->p++;
	jc_ws(j);
	if (j->p < j->end && *j->p == close) {
		j->p++;
		j->depth--;
		return 1;
	}
	for (;;) {
		jc_ws(j);
		if (members) {
			if (j->p >= j->end || *j->p != '"' || !jc_string(j))
				return 0;
			jc_ws(j);
			if (j->p >= j->end || *j->p++ != ':')
				return 0;
		}
		if (!jc_value(j))
			return 0;
		jc_ws(j);
		if (j->p >= j->end)
			return 0;
		if (*j->p == ',') {
			j->p++;
			continue;
		}
		if (*j->p++ != close)
			return 0;
		j->depth--;
		return 1;
	}
}

static int jc_value(struct jc *j)
{
	jc_ws(j);
	if (j->p >= j->end)
		return 0;
	switch (*j->p) {
	case '{': return jc_container(j, '}', 1);
	case '[': return jc_container(j, ']', 0);
	case '"': return jc_string(j);
	case 't': return jc_word(j, "true");
	case 'f': return jc_word(j, "false");
	case 'n': return jc_word(j, "null");
	default:
		return (*j->p == '-' || (*j->p >= '0' && *j->p <= '9')) && jc_number(j);
	}
}

__attribute__((unused))
static int json_valid(const char *buf, size_t len)
{
	struct jc j = { (const unsigned char *)buf, (const unsigned char *)buf + len, 0 };
	if (!jc_value(&j))
		return 0;
	jc_ws(&j);
	return j.p == j.end;
}

#endif
