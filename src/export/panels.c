/* panels.c — the workstation's other lists as sheets (see sheets.h): the
 * rules with their figures, the drafts, the scanned documents and a
 * 监督成效 panel, each from the statement its view reads (query/sql.h; the
 * rules: the view's own columns of v_rule_outcomes), so the sheet has the
 * view's rows in the view's order. */
#include "export/sheets.h"
#include "query/sql.h"

#include <stdio.h>
#include <string.h>

static int write(struct xl_book *b, jz_db *db, const struct xl_sheet *sp, sqlite3_stmt *st, struct jz_err *e)
{
	struct xl_done done;
	return xl_write_sheet(b, db, sp, st, &done, e);
}

/* The rules view's columns and order (query/leadlist.h leadlist_rule_stats). */
static const struct xl_col rule_cols[] = {
	{ "规则", XT_TEXT }, { "规则名称", XT_TEXT }, { "阶段", XT_TEXT }, { "命中", XT_COUNT }, { "有效", XT_COUNT },
	{ "已标注", XT_COUNT }, { "成案", XT_COUNT }, { "排除", XT_COUNT }, { "成案率", XT_PCT },
};
static const char rule_sql[] = "SELECT rule, title, stage, hits, active, labelled, confirmed, dismissed, precision"
			       " FROM v_rule_outcomes ORDER BY rule";
static const struct xl_col draft_cols[] = {
	{ "编号", XT_NUM }, { "状态", XT_TEXT }, { "标题", XT_TEXT }, { "案号", XT_TEXT }, { "起草人", XT_TEXT },
	{ "文号", XT_TEXT }, { "回复期限", XT_DATE }, { "逾期未回复", XT_YESNO }, { "版本", XT_NUM },
};
static const struct xl_col doc_cols[] = {
	{ "编号", XT_NUM }, { "种类", XT_TEXT }, { "文件", XT_TEXT }, { "页数", XT_COUNT }, { "案号", XT_TEXT },
	{ "低置信度页", XT_COUNT }, { "要素", XT_COUNT }, { "待审要素", XT_COUNT },
};
#define N(a) (int)(sizeof a / sizeof a[0])

int sheets_list(struct xl_book *b, jz_db *db, enum sheets_list what, struct jz_err *e)
{
	sqlite3_stmt *st;
	struct xl_sheet sp = { "规则", "筛查规则与成案率", NULL, rule_cols, N(rule_cols) };
	int rc;
	if (what == SL_DRAFTS) {
		sp = (struct xl_sheet){ "文稿", "检察建议书等文稿清单", NULL, draft_cols, N(draft_cols) };
		rc = drafts_list_query(db, &st, e);
	} else if (what == SL_DOCS) {
		sp = (struct xl_sheet){ "文书", "扫描文书清单", NULL, doc_cols, N(doc_cols) };
		rc = documents_list_query(db, &st, e);
	} else {
		rc = db_prepare(db, rule_sql, &st, e);
	}
	return rc ? -1 : write(b, db, &sp, st, e);
}

/* A panel column's type, by the names outcomes.h gives them. */
static enum xl_type panel_type(const char *name)
{
	static const struct { const char *names; enum xl_type t; } types[] = {
		{ " hits confirmed suggestions adopted resumed labelled replied ", XT_COUNT },
		{ " recovered ", XT_MONEY }, { " precision adoption resume_rate ", XT_PCT },
		{ " reply_due issued_on due ", XT_DATE }, { " days_left ", XT_NUM }, { " month ", XT_MONTH },
		{ " detail ", XT_LONG },
	};
	char key[40];
	snprintf(key, sizeof key, " %s ", name);
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (strstr(types[i].names, key))
			return types[i].t;
	return XT_TEXT;
}

int sheets_outcomes(struct xl_book *b, jz_db *db, const struct outcomes_query *q, const char *note, struct jz_err *e)
{
	struct xl_col cols[32];
	int n = outcomes_ncols(q->panel);
	if (n > 32)
		n = 32;
	for (int i = 0; i < n; i++)
		cols[i] = (struct xl_col){ outcomes_col_title(q->panel, i), panel_type(outcomes_col_name(q->panel, i)) };
	char title[96];
	if (outcomes_is_funnel(q->panel))
		snprintf(title, sizeof title, "监督成效统计（%s）", outcomes_panel_title(q->panel));
	else
		snprintf(title, sizeof title, "%s", q->panel == OP_REPLIES ? "待法院回复的检察建议与函" : "终本后议程");
	const struct xl_sheet sp = { outcomes_panel_title(q->panel), title, note, cols, n };
	sqlite3_stmt *st;
	if (outcomes_select(db, q, OF_SHEET, &st, e))
		return -1;
	return write(b, db, &sp, st, e);
}

void sheets_describe_outcomes(const struct outcomes_query *q, struct strbuf *sb)
{
	if (q->sort >= 0)
		sb_printf(sb, "按%s%s", outcomes_col_title(q->panel, q->sort), q->desc ? "降序" : "升序");
}
