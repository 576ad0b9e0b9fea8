/* test_note_date.c — note_date (legal/date_sql.h): the bidding start a
 * court writes into an auction announcement's remark, in the forms courts
 * use, and nothing where there is no such date. */
#include "legal/date_sql.h"
#include "tap.h"

static void date_is(const char *text, const char *marker, const char *want)
{
	char out[11] = "";
	int rc = note_date(text, marker, out);
	if (want)
		is_str(rc == 0 ? out : "(none)", want, "%s → %s", text, want);
	else
		ok(rc != 0, "%s → no date", text ? text : "(NULL)");
}

int main(void)
{
	date_is("竞价时间：2026-03-29 10:00 至 2026-03-30 10:00", "竞价", "2026-03-29");
	date_is("本次拍卖竞价时间为2026/3/9 10:00起", "竞价", "2026-03-09");
	date_is("拍卖时间：2025年4月6日10时至4月7日10时", "拍卖时间", "2025-04-06");
	date_is("保证金10万元；竞价时间：2026-03-29", "竞价", "2026-03-29");
	date_is("竞价时间：2026-02-30 10:00", "竞价", NULL);
	date_is("竞价时间另行公告", "竞价", NULL);
	date_is("拍卖公告（第二次）", "竞价", NULL);
	date_is(NULL, "竞价", NULL);
	date_is("竞价时间：见平台页面，本院电话0575-83012345", "竞价", NULL);
	return tap_done();
}
