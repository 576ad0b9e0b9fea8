/* The repairs of Tesseract's Chinese text: spaces between CJK characters
 * dropped (kept between Latin words and digits), ASCII punctuation next to
 * CJK made fullwidth, years in 〇-numerals mended; line breaks kept. */
#include "ocr/cjkfix.h"
#include "util/utf8.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

static char buf[512];

static const char *sq(const char *s)
{
	snprintf(buf, sizeof buf, "%s", s);
	cjk_squeeze_spaces(buf);
	return buf;
}

static char *out;

static const char *fix(void (*f)(char **), const char *s)
{
	free(out);
	out = strdup(s);
	f(&out);
	return out;
}

/* utf8_encode, which the tidy writes its text with: every length, back
 * through utf8_decode. */
static void test_encode(void)
{
	static const uint32_t cps[] = { 0x41, 0x7F, 0xA0, 0x7FF, 0x800, 0x3007, 0x9451, 0xFFFD, 0x10000, 0x20B9F };
	static const int lens[] = { 1, 1, 2, 2, 3, 3, 3, 3, 4, 4 };
	int good = 1;
	for (size_t i = 0; i < sizeof cps / sizeof *cps; i++) {
		char b[4];
		int n = utf8_encode(cps[i], b), len;
		good &= n == lens[i] && utf8_decode(b, (size_t)n, &len) == cps[i] && len == n;
	}
	ok(good, "utf8_encode: one to four bytes, each decoded back to its code point");
	char b[4];
	ok(utf8_encode(0x946B, b) == 3 && !memcmp(b, "鑫", 3), "鑫 is E9 91 AB");
}

int main(void)
{
	test_encode();
	is_str(sq("被执行人 嵊州市  恒昌纺织"), "被执行人嵊州市恒昌纺织", "spaces between ideographs go");
	is_str(sq("二〇二二 年 四月"), "二〇二二年四月", "〇 counts as CJK");
	is_str(sq("2024 年 1 月 10 日"), "2024年1月10日", "a space between a digit and an ideograph goes");
	is_str(sq("金额 ： 12,345.50 元 ， 另"), "金额：12,345.50元，另", "fullwidth punctuation is CJK");
	is_str(sq("Room 5 B and 12 34"), "Room 5 B and 12 34", "spaces between Latin words and digits stay");
	is_str(sq("代码 91330683 MA2B 号"), "代码91330683 MA2B号", "only the spaces touching a CJK character go");
	is_str(sq("审判员\t俞晓峰\n 执行员　张三 \n"), "审判员俞晓峰\n执行员张三\n", "tabs and U+3000 too; newlines stay");
	is_str(sq("a  b\n\nc"), "a  b\n\nc", "blank lines are kept");
	is_str(sq(""), "", "empty text");
	is_str(sq("   "), "   ", "blanks alone stay");
	is_str(sq("中 "), "中", "a trailing blank after CJK goes");
	ok(cjk_is_wide(0x4E2D) && cjk_is_wide(0x3002) && cjk_is_wide(0xFF0C) && !cjk_is_wide('A') && !cjk_is_wide('9'),
	   "cjk_is_wide on 中 。 ， A 9");

	is_str(fix(cjk_fullwidth_punct, "被执行人:张三;住址(略),电话?"), "被执行人：张三；住址（略），电话？", "ASCII punctuation after CJK");
	is_str(fix(cjk_fullwidth_punct, "(2024)浙0683执101号"), "（2024）浙0683执101号", "案号 parentheses: CJK after the pair");
	is_str(fix(cjk_fullwidth_punct, "12,345.50 元 10:30 (a) f(x)"), "12,345.50 元 10:30 (a) f(x)", "between digits and in Latin text they stay");
	is_str(fix(cjk_fullwidth_punct, "如下:\n(一)查封"), "如下：\n（一）查封", "a pair with CJK inside, at the start of a line");
	is_str(fix(cjk_fullwidth_punct, "作出的〈2023)浙0683民初2001号 〈书名〉"), "作出的（2023）浙0683民初2001号 〈书名〉",
	       "〈 before a digit, closed by ), is a parenthesis");
	is_str(fix(cjk_fullwidth_punct, "Ref (12) 号)"), "Ref (12) 号）", "an unpaired ) after CJK");
	is_str(fix(cjk_fullwidth_punct, "云城调【2019] 297号 [2020) (2021) [12345]"), "云城调〔2019〕 297号 〔2020〕 (2021) [12345]",
	       "a year in brackets, one of them square, is 〔year〕");
	is_str(fix(cjk_fix_years, "二O〇一八年一月十五日"), "二〇一八年一月十五日", "O before 〇 in a year");
	is_str(fix(cjk_fix_years, "二G〇一七年 二@〇二四年 二OO一九年"), "二〇一七年 二〇二四年 二〇一九年",
	       "G, @ and OO are look-alikes of 〇 (OO is one slot)");
	is_str(fix(cjk_fix_years, "二O二二年"), "二〇二二年", "a lone O in a year");
	is_str(fix(cjk_fix_years, "二〇一九年 GO二年 二O一年 第一O条"), "二〇一九年 GO二年 二O一年 第一O条",
	       "only four-slot years before 年 change");
	is_str(fix(cjk_tidy, "二 G〇 二 二 年 (盖章) : 附件"), "二〇二二年（盖章）：附件", "cjk_tidy does all three");
	free(out);
	return tap_done();
}
