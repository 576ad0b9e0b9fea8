/* Spaces between CJK characters are dropped; between Latin words and
 * digits they stay; line breaks are kept. */
#include "ocr/cjkspace.h"
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

int main(void)
{
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
	return tap_done();
}
