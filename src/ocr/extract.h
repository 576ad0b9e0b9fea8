/* extract.h — the facts of an enforcement document, from its text.
 *
 * Works on OCR output or text files. The pages of a file are read as one
 * document split by layout — header (court, title, 案号), parties, body,
 * operative clause (裁定如下/决定如下 …), signature (judges, 落款 date), and an
 * appendix of statutes, which gives no facts — and a page that opens with a
 * header of its own starts a new document (a batch scan). Every fact keeps
 * its page, line (1-based), byte span in that line (a fact that a line
 * break cut in two runs past the line's end, as if the lines were joined),
 * the raw text as written, and a confidence 0..1 from the checks it passed
 * (reference data: courts, 案由; 案号 and ID check characters) and the OCR
 * confidence of its page. Text and values are always valid UTF-8: invalid
 * input bytes become U+FFFD, cuts fall on character boundaries.
 *
 * Fields and roles (stable; `jianzhi extract --format json` uses them):
 *   kind           终本裁定书 执行通知书 报告财产令 限制消费令 查封裁定书 冻结裁定书
 *                  扣押裁定书 拍卖公告 成交确认裁定书 案款发放通知书 恢复执行裁定书
 *                  失信决定书 终结执行裁定书 执行异议裁定书 执行复议裁定书
 *                  财产保全裁定书 行政非诉执行审查裁定书 罚款决定书 拘留决定书
 *                  (else the title as written, e.g. 执行裁定书)
 *   court          the court's full name
 *   case_no        the document's own 案号, normalised （2023）浙0683执1234号
 *   prior_case_no  role 执行依据|原执行案号|异议案号|保全案号|其他
 *   cause          案由, as the 民事案件案由规定 names it
 *   party          role 申请执行人|被执行人|异议人|复议申请人|案外人|申请人|被申请人|
 *                  第三人|买受人; party_kind person|org; id_no when given
 *   legal_rep      role = the organisation, value = 法定代表人/负责人
 *   amount         role 标的|本金|利息|到位|未履行|发放|评估价|起拍价|成交价|保证金|
 *                  罚款|费用|其他; value = fen as a decimal string
 *   date           role 立案|通知|落款|到账|拍卖|查封|生效|其他; ISO value
 *   judge          role 审判长|审判员|代理审判员|人民陪审员|执行员
 *   measure        查封 冻结 扣押 拍卖 变卖 评估 限制消费 失信 网络查控 罚款 拘留
 *                  终结本次执行程序 恢复执行 续行查封 解除查封 以物抵债; negated
 *   item           role 不动产|车辆|存款|股权|其他; value the identifier (不动产权证号
 *                  else 坐落, plate, account, "公司 NN%"); action; fen when stated
 *   auction_round  1 | 2 | 变卖 */
#ifndef JZ_EXTRACT_H
#define JZ_EXTRACT_H

#include <stddef.h>
#include "util/strbuf.h"

struct fact {
	char field[16];
	char role[160];        /* legal_rep: the organisation's name, which may be long */
	char value[256];
	char raw[256];         /* the text as written (cut at a character boundary) */
	char party_kind[8];    /* party: person|org */
	char id_no[32];        /* party: 身份证号 / 统一社会信用代码 when given */
	char action[16];       /* item: 查封, 冻结, 扣押, 拍卖, 解除查封 … */
	long long fen;         /* item: its value in fen; -1 when none */
	int negated;           /* measure: said not to be taken */
	double confidence;     /* 0..1 */
	int page, line, span_start, span_end;
	char checked[384];     /* what the case's ledger says of it (ocr/ledger_check.h); "" unchecked */
};

struct facts {
	struct fact *v;
	int n, cap;
};

/* One page of input: its text, its number, and the OCR engine's mean
 * confidence 0..100 (negative when the text did not come from OCR). */
struct extract_page_in {
	const char *text;
	int page_no;
	double ocr_conf;
};

/* Add the facts of a file's pages (NULL texts are skipped). */
void extract_doc(const struct extract_page_in *pages, int n, struct facts *out);
/* 1 when the page opens with a title of its own near its top: it starts a
 * new document (extract_doc splits there; so does a dossier, ocr/dossier.h). */
int extract_opens_document(const struct extract_page_in *page);
/* Add the facts of one page read on its own (no OCR confidence). */
void extract_page(const char *text, int page, struct facts *out);
void facts_free(struct facts *f);
/* The first fact of a field (and role, unless NULL), or NULL. */
const struct fact *facts_first(const struct facts *f, const char *field);
const struct fact *facts_find(const struct facts *f, const char *field, const char *role);
/* As JSON: {"kind":…,"court":…,"case_no":…,"cause":…,"facts":[{"field","role",
 * "value","raw","page","line","span":[a,b],"confidence", party_kind/id_no,
 * action/fen, negated}]} — always valid UTF-8. */
void facts_json(const struct facts *f, struct strbuf *out);

#endif
