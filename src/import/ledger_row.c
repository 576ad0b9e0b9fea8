#include "import/ledger_row.h"
#include "import/ledger.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

const struct column_spec ledger_columns[LF_COUNT] = {
	[LF_CASE_NO] = { "case_no", "案号", { "案号", "执行案号", "案件编号", "案件号" }, 1 },
	[LF_FILING] = { "filing_date", "立案日期", { "立案日期", "立案时间", "收案日期", "立案日", "收案时间" }, 0 },
	[LF_CLOSING] = { "closing_date", "结案日期", { "结案日期", "结案时间", "结案日" }, 0 },
	[LF_METHOD] = { "closing_method", "结案方式", { "结案方式", "结案类型", "结案情况", "结案方式类型" }, 0 },
	[LF_CAUSE] = { "cause", "案由", { "案由", "执行案由" }, 0 },
	[LF_APPLICANT] = { "applicant", "申请执行人", { "申请执行人", "申请人", "申请执行人名称", "申请执行人姓名", "申请执行人姓名或名称" }, 0 },
	[LF_APPLICANT_ID] = { "applicant_id", "申请执行人证件号码", { "申请执行人证件号码", "申请执行人身份证号", "申请人证件号码" }, 0 },
	[LF_DEBTOR] = { "debtor", "被执行人", { "被执行人", "被执行人名称", "被执行人姓名", "被执行人姓名或名称", "被申请人" }, 0 },
	[LF_DEBTOR_ID] = { "debtor_id", "证件号码", { "证件号码", "被执行人证件号码", "身份证号", "身份证号码", "被执行人身份证号码", "统一社会信用代码", "证照号码", "证件号" }, 0 },
	[LF_CLAIM] = { "claim", "执行标的", { "执行标的", "申请执行标的金额", "申请执行标的", "执行标的金额", "标的额", "申请标的额", "执行标的额", "标的金额", "申请执行金额", "执行金额", "标的" }, 0 },
	[LF_PAID] = { "paid", "实际到位金额", { "实际到位金额", "到位金额", "执行到位金额", "已执行到位金额", "实际执行到位金额", "执行到位" }, 0 },
	[LF_BASIS] = { "basis_no", "执行依据", { "执行依据", "执行依据文书号", "执行依据文号", "执行依据案号", "依据文书号", "执行依据编号" }, 0 },
	[LF_JUDGE] = { "judge", "承办人", { "承办人", "承办法官", "执行法官", "承办人员", "执行员", "承办执行员" }, 0 },
	[LF_ZB_REASON] = { "zb_reason", "终本理由", { "终本理由", "终本原因", "终结本次执行程序理由", "终本情况" }, 0 },
	[LF_COURT] = { "court", "法院", { "法院", "执行法院", "承办法院", "法院名称" }, 0 },
	[LF_PRIOR] = { "prior_case", "原案号", { "原案号", "原执行案号", "关联案号", "恢复前案号" }, 0 },
};

void ledger_row_init(struct ledger_row *r)
{
	memset(r, 0, sizeof *r);
}

void ledger_row_free(struct ledger_row *r)
{
	sb_free(&r->names);
	sb_free(&r->errors);
	sb_free(&r->warnings);
	sb_free(&r->debtor_key);
}

static void add_msg(struct strbuf *sb, const char *fmt, const char *a, const char *b)
{
	if (sb->len)
		sb_adds(sb, "；");
	sb_printf(sb, fmt, a, b);
}

static void parse_date(struct ledger_row *r, const char *v, const char *label, char out[11])
{
	out[0] = '\0';
	int rc = norm_date(v, out, 1);
	if (rc == NORM_IMPOSSIBLE)
		add_msg(&r->errors, "%s不存在: %s", label, v);
	else if (rc == NORM_BAD)
		add_msg(&r->errors, "%s无法识别: %s", label, v);
	if (rc != NORM_OK)
		out[0] = '\0';
}

static int parse_money(struct ledger_row *r, const char *v, const char *label, long long *fen)
{
	int rc = norm_amount_fen(v, fen);
	if (rc == NORM_NEGATIVE)
		add_msg(&r->errors, "%s为负数: %s", label, v);
	else if (rc == NORM_BAD)
		add_msg(&r->errors, "%s无法识别: %s", label, v);
	return rc == NORM_OK;
}

/* Names split on 、；; etc.; offsets first, pointers once the buffer is final. */
struct split_ctx {
	struct ledger_row *r;
	size_t off[LEDGER_MAX_PARTIES];
	int n, overflow;
};

static void collect_name(const char *name, void *arg)
{
	struct split_ctx *c = arg;
	if (c->n == LEDGER_MAX_PARTIES) {
		c->overflow = 1;
		return;
	}
	c->off[c->n++] = c->r->names.len;
	sb_adds(&c->r->names, name);
	sb_addc(&c->r->names, '\0');
}

struct id_split {
	struct id_info ids[LEDGER_MAX_PARTIES];
	const char *raw[LEDGER_MAX_PARTIES];
	char rawbuf[LEDGER_MAX_PARTIES][64];
	int n;
};

static void collect_id(const char *s, void *arg)
{
	struct id_split *c = arg;
	if (c->n < LEDGER_MAX_PARTIES) {
		size_t n = strlen(s);
		if (n >= sizeof c->rawbuf[0])
			n = sizeof c->rawbuf[0] - 1;
		memcpy(c->rawbuf[c->n], s, n);
		c->rawbuf[c->n][n] = '\0';
		norm_id(s, &c->ids[c->n]);
		c->n++;
	}
}

static void check_id(struct ledger_row *r, const struct id_info *id, const char *raw)
{
	if (id->kind == ID_PERSON && !id->valid)
		add_msg(&r->warnings, "警告: 身份证号校验位错误: %s%s", raw, "");
	else if (id->kind == ID_ORG && !id->valid)
		add_msg(&r->warnings, "警告: 统一社会信用代码校验位错误: %s%s", raw, "");
	else if (id->kind == ID_UNKNOWN)
		add_msg(&r->warnings, "警告: 证件号码不是身份证号或统一社会信用代码: %s%s", raw, "");
}

/* Parties of one role: names, and IDs paired by position when the counts agree. */
static int parse_parties(struct ledger_row *r, const char *names, const char *ids, const char *label,
			 struct ledger_party *out, size_t *offs)
{
	struct split_ctx sc = { .r = r };
	norm_split_names(names, collect_name, &sc);
	if (sc.overflow)
		add_msg(&r->warnings, "警告: %s超过16个，只导入前16个%s", label, "");
	struct id_split is;
	is.n = 0;
	if (ids && *ids)
		norm_split_names(ids, collect_id, &is);
	if (is.n && is.n != sc.n)
		add_msg(&r->warnings, "警告: %s人数与证件号码个数不一致，证件号码未关联: %s", label, ids);
	for (int i = 0; i < sc.n; i++) {
		offs[i] = sc.off[i];
		memset(&out[i].id, 0, sizeof out[i].id);
		if (is.n == sc.n) {
			out[i].id = is.ids[i];
			check_id(r, &is.ids[i], is.rawbuf[i]);
		}
	}
	return sc.n;
}

static void hash_add(uint64_t *h, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		*h ^= *p;
		*h *= 1099511628211ULL;
	}
	*h ^= 0x1f;
	*h *= 1099511628211ULL;
}

static void compute_hash(struct ledger_row *r, char **cells, int ncells)
{
	uint64_t h = 1469598103934665603ULL;
	hash_add(&h, r->case_no);
	for (int i = 0; i < ncells; i++)
		hash_add(&h, cells[i]);
	for (int i = 0; i < 8; i++)
		r->hash_bytes[i] = (unsigned char)(h >> (56 - 8 * i));
}

static const char *nonempty(const char *s)
{
	return s && *s ? s : NULL;
}

static void parse_case_no(struct ledger_row *r, const char *v)
{
	int rc = norm_case_no(v, r->case_no, sizeof r->case_no, &r->cn);
	if (rc == NORM_EMPTY)
		add_msg(&r->errors, "缺少案号%s%s", "", "");
	else if (rc != NORM_OK)
		add_msg(&r->errors, "案号格式错误: %s%s", v, "");
	else if (strncmp(r->cn.type, "执", 3) != 0)
		add_msg(&r->warnings, "警告: 案号类型不是执行案件: %s%s", r->case_no, "");
	if (rc != NORM_OK)
		r->case_no[0] = '\0';
}

int ledger_row_parse(struct ledger_row *r, const struct column_map *m, char **cells, int ncells)
{
	sb_reset(&r->names);
	sb_reset(&r->errors);
	sb_reset(&r->warnings);
#define F(f) columns_get(m, f, cells, ncells)
	parse_case_no(r, F(LF_CASE_NO));
	parse_date(r, F(LF_FILING), "立案日期", r->filing);
	parse_date(r, F(LF_CLOSING), "结案日期", r->closing);
	if (r->filing[0] && r->closing[0] && strcmp(r->closing, r->filing) < 0)
		add_msg(&r->warnings, "警告: 结案日期 %s 早于立案日期 %s", r->closing, r->filing);
	r->has_claim = parse_money(r, F(LF_CLAIM), "执行标的", &r->claim_fen);
	r->has_paid = parse_money(r, F(LF_PAID), "实际到位金额", &r->paid_fen);
	/* Copied into the row (not pointing at cells): the import parses on
	 * one thread while another writes, and the cells are reused. */
	const char *method = ledger_closing_method(F(LF_METHOD));
	if (!method && r->closing[0])
		add_msg(&r->warnings, "警告: 有结案日期 %s 但没有结案方式%s", r->closing, "");
	const char *texts[5] = { method, nonempty(F(LF_CAUSE)), nonempty(F(LF_JUDGE)),
				 nonempty(F(LF_ZB_REASON)), nonempty(F(LF_COURT)) };
	size_t toff[5];
	for (int i = 0; i < 5; i++) {
		toff[i] = r->names.len;
		if (texts[i])
			sb_add(&r->names, texts[i], strlen(texts[i]) + 1);
	}
	r->basis_no = NULL;
	const char *basis = F(LF_BASIS);
	if (*basis) {
		/* Keep the 执行依据 normalised when it is a 案号, as written otherwise. */
		if (norm_case_no(basis, r->basis_buf, sizeof r->basis_buf, NULL) != NORM_OK)
			snprintf(r->basis_buf, sizeof r->basis_buf, "%s", basis);
		r->basis_no = r->basis_buf;
	}
	r->prior_case_no[0] = '\0';
	const char *prior = F(LF_PRIOR);
	if (*prior && norm_case_no(prior, r->prior_case_no, sizeof r->prior_case_no, NULL) != NORM_OK) {
		add_msg(&r->warnings, "警告: 原案号格式错误，未关联: %s%s", prior, "");
		r->prior_case_no[0] = '\0';
	}
	size_t aoff[LEDGER_MAX_PARTIES], doff[LEDGER_MAX_PARTIES];
	r->napplicants = parse_parties(r, F(LF_APPLICANT), F(LF_APPLICANT_ID), "申请执行人", r->applicants, aoff);
	r->ndebtors = parse_parties(r, F(LF_DEBTOR), F(LF_DEBTOR_ID), "被执行人", r->debtors, doff);
	for (int i = 0; i < r->napplicants; i++)
		r->applicants[i].name = r->names.buf + aoff[i];
	for (int i = 0; i < r->ndebtors; i++)
		r->debtors[i].name = r->names.buf + doff[i];
	const char **dst[5] = { &r->method, &r->cause, &r->judge, &r->zb_reason, &r->court_name };
	for (int i = 0; i < 5; i++)
		*dst[i] = texts[i] ? r->names.buf + toff[i] : NULL;
#undef F
	compute_hash(r, cells, ncells);
	return r->errors.len ? 1 : 0;
}

const char *ledger_closing_method(const char *s)
{
	static const struct { const char *in, *out; } map[] = {
		{ "终结本次执行程序", "终结本次执行程序" }, { "终本", "终结本次执行程序" },
		{ "终结本次执行", "终结本次执行程序" }, { "终本结案", "终结本次执行程序" },
		{ "执行完毕", "执行完毕" }, { "执结", "执行完毕" }, { "全部执行完毕", "执行完毕" },
		{ "执行完结", "执行完毕" }, { "终结执行", "终结执行" }, { "终结", "终结执行" },
		{ "不予执行", "不予执行" }, { "驳回申请", "驳回申请" }, { "驳回执行申请", "驳回申请" },
		{ "销案", "销案" }, { "准许撤回", "准许撤回" }, { "准许撤回申请", "准许撤回" },
		{ "准予撤回", "准许撤回" }, { "准予撤回申请", "准许撤回" }, { "撤回执行申请", "准许撤回" },
		{ "撤回申请", "准许撤回" }, { "撤回", "准许撤回" },
	};
	if (!s || !*s || strcmp(s, "未结") == 0 || strcmp(s, "在办") == 0)
		return NULL;
	for (size_t i = 0; i < sizeof map / sizeof *map; i++)
		if (strcmp(s, map[i].in) == 0)
			return map[i].out;
	return s;
}
