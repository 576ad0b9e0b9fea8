/* dateline.c — the 落款 date line as OCR reads it (dateline.h). */
#include "ocr/dateline.h"
#include "ocr/cjkfix.h"
#include "legal/normalize.h"
#include "util/strbuf.h"
#include "util/utf8.h"

#include <stdlib.h>
#include <string.h>

int cn_date_line(const char *text)
{
	/* the line as the extractor reads a date: its CJK characters and the
	 * look-alikes of 〇, blanks and specks left out */
	struct strbuf sb = STRBUF_INIT;
	int n = 0, marks = 0, alien = 0, first = 0;
	for (const char *p = text; *p;) {
		int len;
		uint32_t cp = utf8_decode(p, strlen(p), &len);
		len = len > 0 ? len : 1;
		if ((cp >= 0x4E00 && cp <= 0x9FFF) || cjk_year_numeral(cp)) {
			int mark = cp == 0x5E74 || cp == 0x6708 || cp == 0x65E5;     /* 年 月 日 */
			first = n++ ? first : (int)cp;
			marks += mark;
			alien += !mark && !cjk_year_numeral(cp) && cp != 0x5341;     /* nor 十 */
			sb_add(&sb, p, (size_t)len);
		}
		p += len;
	}
	char *s = sb_detach(&sb), iso[11];
	int kind = -1;
	/* 「二、被执行人应于收到本裁定之日起」: a clause, not a date */
	if (n >= 6 && n <= 16 && first == 0x4E8C && marks && 2 * alien <= n) {       /* 二 */
		cjk_fix_years(&s);            /* 「二O〇二四年」: the wide 〇 read as two */
		kind = norm_date(s, iso, 0) == NORM_OK;
	}
	free(s);
	return kind;
}
