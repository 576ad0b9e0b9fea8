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
