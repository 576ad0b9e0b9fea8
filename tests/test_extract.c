/* The extractor on text alone: every field and its variants, with spans. */
#include "ocr/extract.h"
#include "tap.h"

#include <string.h>

static struct facts f;

static const char *first(const char *field)
{
	const struct fact *x = facts_first(&f, field);
	return x ? x->value : "(none)";
}

static int count(const char *field, const char *value)
{
	int n = 0;
	for (int i = 0; i < f.n; i++)
		n += strcmp(f.v[i].field, field) == 0 && (!value || strcmp(f.v[i].value, value) == 0);
	return n;
}

static void run(const char *text)
{
	facts_free(&f);
	extract_page(text, 1, &f);
}

int main(void)
{
	run("浙江省嵊州市人民法院\n执行裁定书\n〈2024〉浙0683执1O1号\n"
	    "申请执行人：钱晓明，男，公民身份号码330683198507120013。\n"
	    "被执行人：嵊州市恒昌纺织有限公司，统一社会信用代码91330683MA2BCD1232。\n"
	    "本院作出的（2023）浙0683民初2001号民事判决书已经发生法律效力，申请执行人与被执行人民间借贷纠纷一案。\n"
	    "执行标的叁拾伍万陆仟元整，已到位12,345.50元，另评估价为80万元。\n"
	    "本院依法查封了被执行人名下位于嵊州市鹿山街道鹿山路8号1幢502室的房产，评估价为80万元。\n"
	    "依法冻结银行存款，并纳入失信被执行人名单，采取限制消费措施。\n"
	    "终结本次执行程序。\n审判员　俞晓峰\n二〇二三年八月二十日\n2024年1月10日立案");
	is_str(first("kind"), "终本裁定书", "kind from the title and 终结本次执行程序");
	is_str(first("court"), "浙江省嵊州市人民法院", "court");
	is_str(first("case_no"), "（2024）浙0683执101号", "案号 with 〈〉 and O for 0");
	const struct fact *cn = facts_first(&f, "case_no");
	ok(cn && cn->line == 3 && strcmp(cn->raw, "（2024）浙0683执1O1号") == 0 && cn->span_start == 0,
	   "案号 keeps line, span and the raw text");
	is_str(first("basis_no"), "（2023）浙0683民初2001号", "执行依据 案号");
	const struct fact *ap = facts_first(&f, "applicant"), *db = facts_first(&f, "debtor");
	ok(ap && strcmp(ap->value, "钱晓明") == 0 && strcmp(ap->kind, "person") == 0 &&
	   strcmp(ap->id_no, "330683198507120013") == 0, "applicant: person with 身份证号");
	ok(db && strcmp(db->value, "嵊州市恒昌纺织有限公司") == 0 && strcmp(db->kind, "org") == 0 &&
	   strcmp(db->id_no, "91330683MA2BCD1232") == 0, "debtor: organisation with 统一社会信用代码");
	is_str(first("cause"), "民间借贷纠纷", "案由");
	is_int(count("amount", "35600000"), 1, "大写 amount 叁拾伍万陆仟元整");
	is_int(count("amount", "1234550"), 1, "digits with a thousands separator");
	is_int(count("amount", "80000000") >= 1, 1, "万元");
	is_int(count("date", "2023-08-20"), 1, "date in Chinese numerals");
	is_int(count("date", "2024-01-10"), 1, "date in digits");
	is_int(count("measure", "查封") + count("measure", "冻结") + count("measure", "失信") + count("measure", "限制消费"), 4,
	       "measures: 查封, 冻结, 失信, 限制消费");
	const struct fact *it = facts_first(&f, "item");
	ok(it && strstr(it->value, "鹿山路8号1幢502室") && it->fen == 80000000, "seized item with its value");
	is_str(first("judge"), "俞晓峰", "审判员");

	run("执行通知书\n（2025）浙0683执202号\n责令你支付人民币壹拾贰万\n元整及利息。二〇二五年三\n月三日");
	is_str(first("kind"), "执行通知书", "执行通知书");
	is_int(count("amount", "12000000"), 1, "an amount cut by a line break");
	is_int(count("date", "2025-03-03"), 1, "a date cut by a line break");
	run("浙江省嵊州市人民法院\n报告财产令\n（2025）浙0683执202号");
	is_str(first("kind"), "报告财产令", "报告财产令");
	run("限制消费令\n(2025)浙0683执202号");
	is_str(first("kind"), "限制消费令", "限制消费令");
	run("执行裁定书\n查封被执行人名下房产，裁定如下：");
	is_str(first("kind"), "查封裁定", "查封裁定");
	run("拍卖公告\n本院将于网络司法拍卖平台拍卖");
	is_str(first("kind"), "拍卖公告", "拍卖公告");
	run("执行裁定书\n恢复执行");
	is_str(first("kind"), "恢复执行裁定", "恢复执行裁定");
	run("成交确认裁定书\n买受人：金佳慧，女");
	ok(strcmp(first("kind"), "成交确认裁定") == 0 && strcmp(first("buyer"), "金佳慧") == 0, "成交确认裁定 and 买受人");
	run("");
	is_int(f.n, 0, "empty text: no facts");
	run("（（（号号号 元元元 年年年 纠纷 人民法院 审判员");
	ok(1, "garbage does not crash");
	facts_free(&f);
	return tap_done();
}
