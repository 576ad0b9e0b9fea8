/* test_dateline.c — the 落款 date line as OCR reads it: full dates in
 * Chinese numerals (〇 also read as O, 0, ○ or 零) are dates; the seal's
 * damage makes a broken one, which OCR reads again; clauses and other
 * lines are none. */
#include "ocr/dateline.h"
#include "tap.h"

int main(void)
{
	static const struct { const char *line; int want; const char *why; } cases[] = {
		{ "二〇二五年三月二十日", 1, "a 落款 date" },
		{ "  二〇二一年十二月三十一日 ", 1, "the longest, spaces around it" },
		{ "二O二四年九月十日", 1, "〇 read as the letter O" },
		{ "二O〇二四年三月一日", 1, "the wide 〇 read as two: still the date the extractor reads" },
		{ "二OO二四年三月一日", 1, "and as OO" },
		{ "二〇〇〇年三月一日", 1, "the year 2000 is no doubled 〇" },
		{ "二〇二二年五月三十日", 1, "三十日" },
		{ "二 〇 二 三 年 十 月 十 六 日", 1, "spaced as printed" },
		{ "二三五年三月二十日", 0, "a year's 〇 lost under the seal: broken" },
		{ "二OO二年十方，六日", 0, "月 read as 方: broken" },
		{ "二〇二三年三月-十九晶", 0, "二十 lost, 日 read as 晶: broken" },
		{ "二〇二一年十三月一日", 0, "no thirteenth month: broken" },
		{ "二〇二一年二月三十二日", 0, "no 32nd day: broken" },
		{ "二DO二书降十一月三卡圾", 0, "half of it misread is still a date line" },
		{ "二、被执行人应于收到本裁定之日起", -1, "a numbered clause with 日 in it is no date line" },
		{ "审判员 张三", -1, "a signature is none" },
		{ "二〇二五年", -1, "too short" },
		{ "", -1, "an empty line" },
	};
	for (unsigned i = 0; i < sizeof cases / sizeof *cases; i++)
		is_int(cn_date_line(cases[i].line), cases[i].want, "%s: 「%s」", cases[i].why, cases[i].line);
	return tap_done();
}
