/* extract.h — the facts of an enforcement document, from its text.
 *
 * Works on OCR output or text files, one page at a time; every fact keeps
 * the page, the line (1-based) and the byte span within that line. Fields
 * (stable; the JSON of `jianzhi extract --format json` uses these names):
 *   kind        文书种类: 终本裁定书, 执行通知书, 报告财产令, 限制消费令, 查封裁定,
 *               冻结裁定, 扣押裁定, 拍卖公告, 成交确认裁定, 案款发放通知, 恢复执行裁定,
 *               失信决定书
 *   case_no     the 执行案号 (normalised, OCR slips such as 〈 for （ or O for 0 fixed)
 *   basis_no    the 执行依据 案号 (民初, 民终, 商初, 劳仲 …)
 *   court       the court (…人民法院)
 *   applicant / debtor   a party: value is the name; kind person|org; id when given
 *   cause       案由 (…纠纷)
 *   amount      money in fen (digits, 万元, 大写 such as 叁拾伍万陆仟元整)
 *   date        ISO date (2023年5月6日, 二〇二三年八月二十日)
 *   measure     a measure the text says was taken (查封, 冻结, 扣押, 拍卖, 限制消费,
 *               失信, 网络查控, 罚款, 拘留, 终结本次执行程序, 恢复执行, 评估, 续行查封)
 *   item        a seized, frozen or auctioned item, with its value (fen) when stated
 *   judge       审判长/审判员/执行员 names */
#ifndef JZ_EXTRACT_H
#define JZ_EXTRACT_H

#include <stddef.h>
#include "util/strbuf.h"

struct fact {
	char field[16];
	char value[256];
	char raw[256];         /* the text as written */
	char kind[8];          /* party: person/org */
	char id_no[32];        /* party: ID number when given */
	long long fen;         /* amount / item value; -1 when none */
	int page, line, span_start, span_end;
};

struct facts {
	struct fact *v;
	int n, cap;
};

/* Add the facts of one page's text (page is 1-based). */
void extract_page(const char *text, int page, struct facts *out);
void facts_free(struct facts *f);
/* The first fact of a field, or NULL. */
const struct fact *facts_first(const struct facts *f, const char *field);
/* As JSON: {"kind":…, "case_no":…, …, "facts":[{field,value,raw,page,line,span:[a,b]…}]} */
void facts_json(const struct facts *f, struct strbuf *out);

#endif
