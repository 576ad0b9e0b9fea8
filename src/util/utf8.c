#include "util/utf8.h"

#include <locale.h>
#include <pthread.h>
#include <string.h>
#include <wchar.h>

int utf8_encode(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

uint32_t utf8_decode(const char *s, size_t n, int *len)
{
	const unsigned char *u = (const unsigned char *)s;
	*len = 1;
	if (n == 0)
		return 0;
	if (u[0] < 0x80)
		return u[0];
	/* lead bytes: C2..DF two, E0..EF three, F0..F4 four; F5..FF never */
	int k = u[0] >= 0xC2 && u[0] <= 0xDF ? 2 : u[0] >= 0xE0 && u[0] <= 0xEF ? 3 : u[0] >= 0xF0 && u[0] <= 0xF4 ? 4 : 0;
	if (k == 0 || (size_t)k > n)
		return 0xFFFD;
	uint32_t cp = u[0] & (0x7F >> k);
	for (int i = 1; i < k; i++) {
		if ((u[i] & 0xC0) != 0x80)
			return 0xFFFD;
		cp = cp << 6 | (u[i] & 0x3F);
	}
	/* overlong forms and surrogates are invalid */
	if ((k == 3 && cp < 0x800) || (k == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0xFFFD;
	*len = k;
	return cp;
}

static locale_t utf8_locale;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void init_locale(void)
{
	utf8_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
}

int utf8_cp_width(uint32_t cp)
{
	if (cp < 0x80)
		return 1;                /* ASCII, controls shown as one cell */
	pthread_once(&once, init_locale);
	int w = -1;
	if (utf8_locale) {
		locale_t old = uselocale(utf8_locale);
		w = wcwidth((wchar_t)cp);
		uselocale(old);
	}
	return w < 0 ? 1 : w;
}

int utf8_width(const char *s)
{
	return s ? utf8_width_n(s, strlen(s)) : 0;
}

int utf8_width_n(const char *s, size_t n)
{
	int cols = 0, len;
	while (n > 0) {
		cols += utf8_cp_width(utf8_decode(s, n, &len));
		s += len;
		n -= (size_t)len;
	}
	return cols;
}

size_t utf8_fit(const char *s, int cols)
{
	size_t n = strlen(s), used = 0;
	int w = 0, len;
	while (used < n) {
		int cw = utf8_cp_width(utf8_decode(s + used, n - used, &len));
		if (w + cw > cols)
			break;
		w += cw;
		used += (size_t)len;
	}
	return used;
}

int utf8_diff(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	int diff = 0, la, lb;
	while (na && nb) {
		uint32_t ca = utf8_decode(a, na, &la), cb = utf8_decode(b, nb, &lb);
		diff += ca != cb;
		a += la, na -= (size_t)la;
		b += lb, nb -= (size_t)lb;
	}
	return na || nb ? -1 : diff;
}

static int code_points(const char *s, uint32_t *cp, int max)
{
	size_t n = strlen(s);
	int k = 0, len;
	while (n) {
		if (k == max)
			return -1;
		cp[k++] = utf8_decode(s, n, &len);
		s += len, n -= (size_t)len;
	}
	return k;
}

int utf8_edits(const char *a, const char *b)
{
	uint32_t x[64], y[64];
	int nx = code_points(a, x, 64), ny = code_points(b, y, 64);
	if (nx < 0 || ny < 0)
		return -1;
	int row[65];
	for (int j = 0; j <= ny; j++)
		row[j] = j;
	for (int i = 1; i <= nx; i++) {
		int diag = row[0];
		row[0] = i;
		for (int j = 1; j <= ny; j++) {
			int up = row[j], best = diag + (x[i - 1] != y[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	return row[ny];
}

int utf8_one_more(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	if (na > nb) {                       /* a is the shorter */
		const char *t = a; a = b; b = t;
		size_t n = na; na = nb; nb = n;
	}
	if (utf8_chars(b) != utf8_chars(a) + 1)
		return 0;
	size_t i = 0;
	int la, lb;
	while (i < na) {                     /* the common start */
		uint32_t ca = utf8_decode(a + i, na - i, &la), cb = utf8_decode(b + i, nb - i, &lb);
		if (ca != cb || la != lb)
			break;
		i += (size_t)la;
	}
	utf8_decode(b + i, nb - i, &lb);     /* the character b has more */
	return strcmp(a + i, b + i + lb) == 0;
}

size_t utf8_chars(const char *s)
{
	return utf8_chars_n(s, strlen(s));
}

size_t utf8_chars_n(const char *s, size_t n)
{
	size_t k = 0;
	int len;
	while (n > 0) {
		utf8_decode(s, n, &len);
		s += len;
		n -= (size_t)len;
		k++;
	}
	return k;
}

size_t utf8_prefix(const char *s, size_t n, size_t max)
{
	size_t used = 0;
	int len;
	while (used < n) {
		utf8_decode(s + used, n - used, &len);
		if (used + (size_t)len > max)
			break;
		used += (size_t)len;
	}
	return used;
}

size_t utf8_cut_tail(const char *s, size_t n)
{
	size_t i = n, back = 0;
	while (i > 0 && back < 4 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--, back++;
	if (i == 0)
		return n;
	unsigned char c = (unsigned char)s[i - 1];
	size_t want = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
	return back + 1 < want ? i - 1 : n;
}

int utf8_valid(const char *s, size_t n)
{
	int len;
	for (size_t i = 0; i < n; i += (size_t)len)
		if (utf8_decode(s + i, n - i, &len) == 0xFFFD && len == 1)
			return 0;      /* a bad byte (a real U+FFFD takes 3) */
	return 1;
}
