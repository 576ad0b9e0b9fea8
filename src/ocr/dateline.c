/* dateline.c — the 落款 date line as OCR reads it (dateline.h). */
#include "ocr/dateline.h"
#include "util/utf8.h"

#include <string.h>

enum { MAXC = 24 };

static int digit(uint32_t c)
{
	static const uint32_t d[] = { 0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D };
	if (c == 'O' || c == '0' || c == 0x25CB || c == 0x96F6)    /* O 0 ○ 零 read for 〇 */
		return 0;
	for (int i = 0; i < 10; i++)
		if (c == d[i])
			return i;
	return -1;
}

/* A number of days or months: 一…九, 十, 十一…十九, 二十…二十九, 三十, 三十一;
 * its value, or -1; *k moves past it. */
static int small_number(const uint32_t *c, int n, int *k)
{
	int v = 0, i = *k;
	if (i + 1 < n && digit(c[i]) >= 2 && c[i + 1] == 0x5341) {
		v = digit(c[i]) * 10;          /* 二十, 三十 */
		i += 2;
	} else if (i < n && c[i] == 0x5341) {
		v = 10;                        /* 十 */
		i++;
	}
	if (i < n && digit(c[i]) >= 1) {
		v += digit(c[i]);
		i++;
	}
	if (i == *k || v == 0)
		return -1;
	*k = i;
	return v;
}

int cn_date_line(const char *text)
{
	uint32_t c[MAXC];
	int n = 0;
	for (const char *p = text; *p;) {
		int len;
		uint32_t cp = utf8_decode(p, strlen(p), &len);
		p += len > 0 ? len : 1;
		if ((cp >= 0x4E00 && cp <= 0x9FFF) || cp == 0x3007 || cp == 0x25CB || cp == 'O' || cp == '0') {
			if (n == MAXC)
				return -1;
			c[n++] = cp;
		}
	}
	if (n < 6 || n > 16 || c[0] != 0x4E8C)        /* 二 */
		return -1;
	/* the wide 〇 read as two (「二O〇二四年」, 「二OO二四年」): the extractor
	 * reads that year, and so does this */
	if (n > 6 && digit(c[1]) == 0 && digit(c[2]) == 0 && digit(c[3]) >= 0 && digit(c[4]) >= 0 && c[5] == 0x5E74) {
		memmove(c + 1, c + 2, (size_t)(n - 2) * sizeof *c);
		n--;
	}
	int marks = 0, alien = 0;
	for (int i = 0; i < n; i++) {
		int mark = c[i] == 0x5E74 || c[i] == 0x6708 || c[i] == 0x65E5;     /* 年 月 日 */
		marks += mark;
		alien += !mark && digit(c[i]) < 0 && c[i] != 0x5341;              /* nor 十 */
	}
	if (!marks || 2 * alien > n)
		return -1;          /* 「二、被执行人应于收到本裁定之日起」: a clause, not a date */
	int k = 4;
	for (int i = 0; i < 4; i++)
		if (digit(c[i]) < 0)
			return 0;
	if (c[k++] != 0x5E74)
		return 0;
	int m = small_number(c, n, &k);
	if (m < 1 || m > 12 || k >= n || c[k++] != 0x6708)
		return 0;
	int d = small_number(c, n, &k);
	return d >= 1 && d <= 31 && k + 1 == n && c[k] == 0x65E5 ? 1 : 0;
}
