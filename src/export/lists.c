/* lists.c — the cases, leads and 监督案件台账 sheets (see sheets.h).
 *
 * Rows come from the query modules (query/sql.h: the same filters and
 * order as the case list and the lead queue) joined to the views of
 * db/schema/007 and 008 for the figures. */
#include "export/sheets.h"
#include "query/sql.h"

#include <string.h>

static const struct xl_col case_cols[] = {
	{ "案号", XT_TEXT }, { "法院", XT_TEXT }, { "立案日期", XT_DATE }, { "结案日期", XT_DATE },
	{ "结案方式", XT_TEXT }, { "案由", XT_TEXT }, { "申请执行标的(元)", XT_MONEY }, { "实际到位(元)", XT_MONEY },
	{ "申请执行人", XT_TEXT }, { "被执行人", XT_TEXT }, { "被执行人证件号", XT_TEXT }, { "承办人", XT_TEXT },
	{ "执行依据", XT_TEXT }, { "有效线索数", XT_COUNT },
};
static const char case_select[] =
	"s.case_no, s.court_name, s.filing_date, s.closing_date, coalesce(s.closing_method, '未结'), s.cause,"
	" s.claim_fen, s.paid_fen, s.applicants, s.debtors, s.debtor_ids, s.judge, s.basis_no, s.active_leads";
static const char case_join[] = "JOIN v_case_summary s ON s.case_id = c.id";

int sheets_cases(struct xl_book *b, jz_db *db, const struct caselist_query *q, const char *note,
		 struct jz_err *e)
{
	static const int n = sizeof case_cols / sizeof case_cols[0];
	const struct xl_sheet sp = { "案件", "执行案件清单", note, case_cols, n };
	sqlite3_stmt *st;
	struct xl_done done;
	if (cases_select(db, q, case_select, case_join, &st, e))
		return -1;
	return xl_write_sheet(b, db, &sp, st, &done, e);
}

static const struct xl_col lead_cols[] = {
	{ "线索编号", XT_NUM }, { "规则", XT_TEXT }, { "规则名称", XT_TEXT }, { "阶段", XT_TEXT },
	{ "严重程度", XT_TEXT }, { "案号", XT_TEXT }, { "法院", XT_TEXT }, { "承办人", XT_TEXT },
	{ "状态", XT_TEXT }, { "标注", XT_TEXT }, { "排除理由", XT_TEXT }, { "备注", XT_TEXT },
	{ "标注人", XT_TEXT }, { "标注日期", XT_DATE }, { "首次命中", XT_DATE }, { "证据", XT_LONG },
	{ "文书状态", XT_TEXT }, { "发出日期", XT_DATE }, { "采纳情况", XT_TEXT }, { "恢复执行", XT_YESNO },
	{ "监督后到位(元)", XT_MONEY },
};
static const char lead_select[] =
	"l.id, l.rule_code, r.title, r.stage, l.severity, c.case_no, coalesce(nullif(ct.name, ''), c.court_code),"
	" c.judge, CASE l.status WHEN 'active' THEN '有效' ELSE '不再命中' END, coalesce(l.label, '未标注'),"
	" l.label_reason, l.label_note, coalesce(nullif(u.name, ''), l.labelled_by), l.labelled_at, l.first_seen,"
	" l.evidence, o.draft_status, o.issued_at, o.outcome, o.resumed, o.recovered_fen";
static const char lead_join[] =
	"LEFT JOIN courts ct ON ct.id = c.court_id LEFT JOIN users u ON u.login = l.labelled_by"
	" JOIN v_lead_outcome o ON o.lead_id = l.id";

int sheets_leads(struct xl_book *b, jz_db *db, const struct lead_filter *f, const char *note,
		 struct jz_err *e)
{
	static const int n = sizeof lead_cols / sizeof lead_cols[0];
	const struct xl_sheet sp = { "线索", "监督线索清单", note, lead_cols, n };
	sqlite3_stmt *st;
	struct xl_done done;
	if (leads_select(db, f, lead_select, lead_join, &st, e))
		return -1;
	return xl_write_sheet(b, db, &sp, st, &done, e);
}

/* The 台账: v_supervision_cases, in the order the cases became supervision cases. */
static const struct xl_col ledger_cols[] = {
	{ "序号", XT_SEQ }, { "案号", XT_TEXT }, { "法院", XT_TEXT }, { "承办法官", XT_TEXT }, { "被执行人", XT_TEXT },
	{ "监督事项", XT_TEXT }, { "违法情形", XT_LONG }, { "成案日期", XT_DATE }, { "承办检察官", XT_TEXT },
	{ "申请执行标的(元)", XT_MONEY }, { "实际到位(元)", XT_MONEY }, { "文书", XT_TEXT }, { "文号", XT_TEXT },
	{ "状态", XT_TEXT }, { "发出日期", XT_DATE }, { "回复期限", XT_DATE }, { "回复日期", XT_DATE },
	{ "采纳情况", XT_TEXT }, { "恢复执行", XT_YESNO }, { "监督后到位(元)", XT_MONEY },
};
static const char ledger_sql[] =
	"SELECT case_no, court_name, judge, debtors, matters, findings, confirmed_on, prosecutor, claim_fen, paid_fen,"
	" doc_title, doc_no, draft_status, issued_on, reply_due, reply_on, outcome, resumed, recovered_fen"
	" FROM v_supervision_cases ORDER BY confirmed_on, case_id";

int sheets_ledger(struct xl_book *b, jz_db *db, struct jz_err *e)
{
	static const int n = sizeof ledger_cols / sizeof ledger_cols[0];
	const struct xl_sheet sp = { "监督案件台账", "民事执行监督案件台账", NULL, ledger_cols, n };
	sqlite3_stmt *st;
	struct xl_done done;
	if (db_prepare(db, ledger_sql, &st, e))
		return -1;
	return xl_write_sheet(b, db, &sp, st, &done, e);
}

static void part(struct strbuf *sb, const char *fmt, const char *v)
{
	if (!v || !*v)
		return;
	if (sb->len)
		sb_adds(sb, "，");
	sb_printf(sb, fmt, v);
}

void sheets_describe_cases(const struct caselist_query *q, struct strbuf *sb)
{
	const struct caselist_filter *f = &q->f;
	part(sb, "法院 %s", f->court);
	part(sb, "%s", f->status);
	part(sb, "立案日期自 %s", f->date_from);
	part(sb, "立案日期至 %s", f->date_to);
	part(sb, "承办人 %s", f->judge);
	part(sb, "%s", f->has_leads ? "有有效线索" : NULL);
	part(sb, "搜索“%s”", f->search);
	part(sb, "按%s", caselist_col_title(q->sort));
	sb_adds(sb, q->desc ? "降序" : "升序");
}

void sheets_describe_leads(const struct lead_filter *f, struct strbuf *sb)
{
	static const struct { const char *v, *text; } status[] = { { "active", "有效" }, { "gone", "不再命中" } };
	for (int i = 0; i < 2; i++)
		if (f->status && strcmp(f->status, status[i].v) == 0)
			part(sb, "%s", status[i].text);
	part(sb, "规则 %s", f->rule);
	part(sb, "阶段 %s", f->stage);
	part(sb, "法院 %s", f->court);
	part(sb, "承办人 %s", f->judge);
	part(sb, "%s", f->label && strcmp(f->label, "none") == 0 ? "未标注" : f->label);
	if (f->case_id) {
		if (sb->len)
			sb_adds(sb, "，");
		sb_printf(sb, "案件 #%lld", f->case_id);
	}
}
