/* The layout of a draft (drafts/layout.h), its plain-text view and the XML
 * text escaping of the DOCX writer. */
#include "tap.h"
#include "drafts/docx.h"
#include "drafts/layout.h"
#include "drafts/xmltext.h"
#include "util/strbuf.h"

#include <string.h>

static void collect(const char *text, void *arg)
{
	sb_adds(arg, text);
	sb_addc(arg, '\n');
}

static const char *plain(const char *body)
{
	static struct strbuf sb;
	sb_free(&sb);
	docx_plain_text(body, collect, &sb);
	return sb_str(&sb);
}

static const char *xml(const char *s, size_t n, int *replaced)
{
	static struct strbuf sb;
	sb_free(&sb);
	*replaced = xml_add_text(&sb, s, n);
	return sb_str(&sb);
}

static void test_xml(void)
{
	int r;
	is_str(xml("甲<乙>&\"丙\"", strlen("甲<乙>&\"丙\""), &r), "甲&lt;乙&gt;&amp;&quot;丙&quot;", "escaping");
	is_int(r, 0, "nothing replaced in clean text");
	const char bad[] = "a\x01" "b\x0b\x0c\x1f" "c\xef\xbf\xbe" "d\xef\xbf\xbf" "e\xed\xa0\x80" "f\xff" "g\xc0\xaf";
	const char *got = xml(bad, sizeof bad - 1, &r);
	is_str(got, "a\xef\xbf\xbd" "b\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" "c\xef\xbf\xbd" "d\xef\xbf\xbd"
	       "e\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" "f\xef\xbf\xbd" "g\xef\xbf\xbd\xef\xbf\xbd",
	       "controls, U+FFFE, U+FFFF, a surrogate, invalid and overlong bytes become U+FFFD");
	is_int(r, 12, "and each is counted");
	const char ok_chars[] = "\t\xef\xbf\xbd\xf0\x9f\x98\x80\xee\x80\x80";
	is_str(xml(ok_chars, sizeof ok_chars - 1, &r), ok_chars, "tab, U+FFFD itself, astral and private-use characters stay");
	is_int(r, 0, "none of them counted");
}

static void test_layout(void)
{
	struct layout l;
	layout_parse("#org 某市人民检察院\n\n#docno 某检民执建〔2026〕3号\n#title 检察建议书\n#recipient 某市人民法院:\n正文。\n\n"
		     "#attach 附件：1. 甲\n#attach 2. 乙\n\n\n#sign 某市人民检察院\n#date 二〇二六年十二月二日\n"
		     "#cc 抄送：上级院。\n#printed 某市人民检察院办公室  2026年12月2日印发\n", &l);
	is_int(l.n, 11, "empty lines above parts that bring their own space are dropped");
	ok(l.p[1].kind == PARA_DOCNO && l.p[1].under_org && l.p[1].blank_before == 2, "文号 under the 发文机关标志: red line, two lines down");
	ok(l.p[2].kind == PARA_TITLE && l.p[2].blank_before == 2, "title two lines under the red line");
	ok(l.p[3].kind == PARA_RECIPIENT && l.p[3].blank_before == 1 && l.p[3].len == strlen("某市人民法院")
	   && strcmp(l.p[3].suffix, "：") == 0, "主送机关 one line under the title; a half-width colon becomes full-width");
	ok(l.p[5].kind == PARA_ATTACH && l.p[5].run_first && l.p[5].blank_before == 1 && l.p[5].hang_cols == 6,
	   "附件说明 one line under the body, hanging by 附件：");
	ok(l.p[6].kind == PARA_ATTACH && !l.p[6].run_first && l.p[6].hang_cols == 6, "the second attachment aligned with the first");
	is_int(l.p[8].right_cols, 8, "成文日期 右空四字");
	is_int(l.p[7].right_cols, 8 + (20 - 14) / 2, "署名 centred over the date");
	ok(l.p[7].blank_before == 2 && l.p[8].blank_before == 0, "two lines of room for the seal above the 署名");
	ok(l.p[9].run_first && !l.p[9].run_last && l.p[10].run_last && !l.p[10].run_first, "版记 lines form one run");
	ok(!l.p[3].keep_next && l.p[4].keep_next && l.p[5].keep_next && l.p[6].keep_next && l.p[7].keep_next && !l.p[8].keep_next,
	   "the last body paragraph, 附件说明 and 署名 stay on the date's page");
	layout_free(&l);

	layout_parse("#sign 某某省某某市某某区人民检察院\n#date 二〇二六年一月一日\n", &l);
	ok(l.p[0].right_cols == 4 && l.p[1].right_cols == 9,
	   "a 署名 longer than the date keeps two characters and moves the date left (%d, %d)", l.p[0].right_cols, l.p[1].right_cols);
	layout_free(&l);

	layout_parse("#center 旧院名\n#title 旧标题\n#docno 〔文号〕\n#right 旧落款\r\n", &l);
	ok(l.p[0].kind == PARA_CENTER && l.p[2].kind == PARA_DOCNO && !l.p[2].under_org && l.p[3].kind == PARA_RIGHT
	   && l.p[3].right_cols == 4 && l.p[3].len == strlen("旧落款"), "older drafts' markers keep working (and CRLF lines)");
	layout_free(&l);
}

static void test_plain(void)
{
	const char *t = plain("#org 某院\n#docno 〔2026〕1号\n#title 标题\n#recipient 某法院\n正文\n#attach 附件：1. 甲\n"
			      "#attach 2. 乙\n#sign 某院\n#date 二〇二六年一月一日\n#printed 某院办公室\t2026年1月1日印发\n");
	struct strbuf want = STRBUF_INIT;
	const char *rule = "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n";
	sb_printf(&want, "%*s某院\n\n\n%*s〔2026〕1号\n%s\n\n%*s标题\n\n某法院：\n    正文\n\n    附件：1. 甲\n          2. 乙\n\n\n"
		  "%*s某院\n%*s二〇二六年一月一日\n\n%s  某院办公室%*s2026年1月1日印发\n%s",
		  26, "", 22, "", rule, 26, "", 56 - 15 - 4, "", 56 - 8 - 18, "", rule, 56 - 4 - 10 - 16, "", rule);
	is_str(t, want.buf, "the plain-text view lays the parts out as the DOCX does");
	sb_free(&want);
	is_str(plain("#center 院\n#right 落款\n"), "                           院\n                                                落款\n",
	       "old markers: centred and right-aligned lines");
	size_t skip;
	ok(docx_para_kind("#recipient 某", strlen("#recipient 某"), &skip) == PARA_RECIPIENT && skip == strlen("#recipient "),
	   "docx_para_kind names the marker and skips it");
	ok(docx_para_kind("#nosuch x", 9, &skip) == PARA_BODY && skip == 0, "an unknown marker is body text");
}

int main(void)
{
	test_xml();
	test_layout();
	test_plain();
	return tap_done();
}
