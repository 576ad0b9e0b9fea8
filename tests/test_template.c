/* The template language and the official number/date formats. */
#include "legal/cnfmt.h"
#include "tap.h"
#include "drafts/template.h"

#include <string.h>

static const char *render(struct tctx *c, const char *src, struct jz_err *e, int *rc)
{
	static struct strbuf out;
	sb_free(&out);
	*rc = template_render("t.tpl", src, c, &out, e);
	return sb_str(&out);
}

/* A template is outside input: nesting, work, output and amounts are bounded. */
static void hostile_templates(struct tctx *c)
{
	struct jz_err e;
	int rc;
	struct strbuf src = STRBUF_INIT;
	for (int i = 0; i < 100000; i++)
		sb_adds(&src, "{{#if case.claim}}");
	render(c, sb_str(&src), &e, &rc);
	ok(rc == -1 && strstr(e.msg, "nested more than 32"), "100000 nested ifs refused, no stack overflow: %.80s", e.msg);
	sb_reset(&src);
	for (int i = 0; i < 30; i++)
		sb_adds(&src, "{{#each events}}");
	for (int i = 0; i < 30; i++)
		sb_adds(&src, "{{/each}}");
	render(c, sb_str(&src), &e, &rc);
	ok(rc == -1 && strstr(e.msg, "too complex"), "2^30 loop iterations stopped: %.80s", e.msg);
	sb_reset(&src);
	for (int i = 0; i < 16; i++)
		sb_adds(&src, "{{#each events}}");
	sb_adds(&src, "0123456789012345678901234567890123456789012345678901234567890123456789");
	for (int i = 0; i < 16; i++)
		sb_adds(&src, "{{/each}}");
	const char *out = render(c, sb_str(&src), &e, &rc);
	ok(rc == -1 && strstr(e.msg, "output over 4 MiB") && strlen(out) < (5u << 20),
	   "output bounded: %.80s", e.msg);
	sb_free(&src);
	tctx_set(c, "huge", "-9223372036854775808");
	render(c, "{{huge|大写}}", &e, &rc);
	ok(rc == -1 && strstr(e.msg, "out of range"), "an amount beyond 10^15 fen is an error: %s", e.msg);
	is_str(render(c, "{{#if empty}}{{huge|大写}}{{/if}}ok", &e, &rc), "ok", "not checked in a skipped branch");
}

int main(void)
{
	char buf[256];
	cn_money_upper(35600000, buf, sizeof buf);
	is_str(buf, "叁拾伍万陆仟元整", "356000元 in 大写");
	cn_money_upper(10050, buf, sizeof buf);
	is_str(buf, "壹佰元伍角", "100.50元");
	cn_money_upper(100000001, buf, sizeof buf);
	is_str(buf, "壹佰万元零壹分", "1000000.01元 keeps the 零");
	cn_money_upper(1000500000, buf, sizeof buf);
	is_str(buf, "壹仟万伍仟元整", "10005000元");
	cn_money_upper(0, buf, sizeof buf);
	is_str(buf, "零元整", "zero");
	cn_date("2026-11-23", buf, sizeof buf);
	is_str(buf, "二〇二六年十一月二十三日", "date in Chinese numerals");
	cn_date("2023-05-06", buf, sizeof buf);
	is_str(buf, "二〇二三年五月六日", "single-digit month and day");
	cn_date("2020-10-10", buf, sizeof buf);
	is_str(buf, "二〇二〇年十月十日", "十");
	cn_yuan(123456789, buf, sizeof buf);
	is_str(buf, "1,234,567.89", "元 with thousands separators");

	static const struct { const char *in, *want, *name; } human[] = {
		{ "立案日期2023-08-20，终本日期2024-01-05", "立案日期2023年8月20日，终本日期2024年1月5日", "ISO dates in free text" },
		{ "前次起拍价2811000.00元", "前次起拍价2,811,000.00元", "a plain amount gets thousands separators" },
		{ "执行款547000元到账，另有1464.5元", "执行款547,000元到账，另有1,464.5元", "amounts without or with one decimal" },
		{ "已是1,234,567.89元；仅80.00元", "已是1,234,567.89元；仅80.00元", "grouped and small amounts stay" },
		{ "证件号330106198510272716，MU5137航班，120天", "证件号330106198510272716，MU5137航班，120天",
		  "numbers that are neither dates nor amounts stay" },
		{ "12023-08-200与2023-13-01、2023-02-32", "12023-08-200与2023-13-01、2023-02-32",
		  "no date inside a longer number, none with a bad month or day" },
		{ "0.5000元与20230820元", "0.5000元与20,230,820元", "a fraction is not an amount; a long amount is grouped" },
		{ "2023-08-20至2023-09-01共12000.00元", "2023年8月20日至2023年9月1日共12,000.00元", "dates next to each other and an amount" },
		{ "", "", "empty text" },
	};
	for (size_t i = 0; i < sizeof human / sizeof *human; i++) {
		struct strbuf sb = STRBUF_INIT;
		cn_human_text(human[i].in, &sb);
		is_str(sb_str(&sb), human[i].want, "人读: %s", human[i].name);
		sb_free(&sb);
	}

	struct tctx *c = tctx_new();
	tctx_set(c, "case.case_no", "（2024）浙0683执101号");
	tctx_set(c, "case.claim", "35600000");
	tctx_set(c, "case.filing_date", "2024-01-10");
	tctx_set(c, "empty", "");
	tctx_set(c, "note", "<&>");
	for (int i = 0; i < 2; i++) {
		struct tctx *it = tctx_add_item(c, "events");
		tctx_set(it, "kind", i ? "终本" : "执行通知");
	}
	tctx_declare_list(c, "none");
	struct jz_err e;
	int rc;
	is_str(render(c, "案号{{case.case_no}}。", &e, &rc), "案号（2024）浙0683执101号。", "a field");
	is_str(render(c, "{{ case.claim | 大写 }}/{{case.claim|元}}", &e, &rc), "叁拾伍万陆仟元整/356,000.00", "filters 大写 and 元");
	is_str(render(c, "{{case.filing_date|中文日期}} {{case.filing_date|日期}}", &e, &rc),
	       "二〇二四年一月十日 2024年1月10日", "date filters");
	is_str(render(c, "{{#if empty}}有{{else}}无{{/if}}{{#if case.claim}}有{{/if}}", &e, &rc), "无有",
	       "conditionals with else");
	is_str(render(c, "{{#each events}}{{@index}}.{{kind}}({{case.case_no}}) {{/each}}", &e, &rc),
	       "1.执行通知(（2024）浙0683执101号) 2.终本(（2024）浙0683执101号) ", "a loop sees item and outer fields");
	is_str(render(c, "[{{#each none}}x{{kind}}{{/each}}]", &e, &rc), "[]", "an empty loop renders nothing");
	is_str(render(c, "a\n{{#if case.claim}}\nb\n{{/if}}\nc", &e, &rc), "a\nb\nc", "block tags on their own line leave no blank line");
	is_str(render(c, "\\{{case.case_no}} {{! a comment }}{{note}}", &e, &rc), "{{case.case_no}} <&>",
	       "\\{{ escapes, comments vanish, text is not altered");
	tctx_set(c, "lead.evidence", "立案日期2024-11-13，评估价3520000.00元");
	is_str(render(c, "{{lead.evidence | 人读}}", &e, &rc), "立案日期2024年11月13日，评估价3,520,000.00元",
	       "the 人读 filter in a template");
	struct tctx *it = tctx_add_item(c, "cases");
	tctx_set(it, "evidence", "2026-03-01终本");
	is_str(render(c, "{{#each cases}}{{evidence | 人读}}{{/each}}", &e, &rc), "2026年3月1日终本", "人读 on a list item");
	render(c, "第一行\n第二行 {{case.nope}}", &e, &rc);
	ok(rc == -1 && strstr(e.msg, "t.tpl:2") && strstr(e.msg, "case.nope"), "unknown field names file, line and field: %s", e.msg);
	render(c, "{{#if case.claim}}open", &e, &rc);
	ok(rc == -1 && strstr(e.msg, "/if"), "unclosed block is an error: %s", e.msg);
	render(c, "{{case.claim | 罗马}}", &e, &rc);
	ok(rc == -1 && strstr(e.msg, "unknown filter"), "unknown filter: %s", e.msg);
	render(c, "{{/each}}", &e, &rc);
	ok(rc == -1, "a stray closing tag is an error");
	render(c, "{{case.case_no", &e, &rc);
	ok(rc == -1 && strstr(e.msg, "unclosed tag"), "unclosed tag: %s", e.msg);
	hostile_templates(c);
	tctx_free(c);
	return tap_done();
}
