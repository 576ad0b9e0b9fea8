/* money.c — a party's 资金分析 as four sheets (see sheets.h): 流水, 对手方,
 * 可疑交易, 关联主体, each from the statement the CLI and the workstation
 * read (query/sql.h money_select), columns in its order. */
#include "export/sheets.h"
#include "query/sql.h"

#define N(a) (int)(sizeof a / sizeof a[0])

static const struct xl_col timeline_cols[] = {
	{ "日期", XT_DATE }, { "时间", XT_TEXT }, { "账号", XT_TEXT }, { "收入(元)", XT_MONEY },
	{ "支出(元)", XT_MONEY }, { "余额(元)", XT_BALANCE }, { "对方户名", XT_TEXT }, { "对方账号", XT_TEXT },
	{ "摘要", XT_TEXT }, { "渠道", XT_TEXT }, { "文件", XT_TEXT }, { "行", XT_NUM }, { "命中规则", XT_TEXT },
	{ "交易编号", XT_NUM },
};
static const struct xl_col cp_cols[] = {
	{ "对方户名", XT_TEXT }, { "对方账号", XT_TEXT }, { "笔数", XT_COUNT }, { "收入笔数", XT_COUNT },
	{ "收入合计(元)", XT_MONEY }, { "支出笔数", XT_COUNT }, { "支出合计(元)", XT_MONEY }, { "首笔", XT_DATE },
	{ "末笔", XT_DATE }, { "关联关系", XT_TEXT },
};
static const struct xl_col flag_cols[] = {
	{ "命中规则", XT_TEXT }, { "线索编号", XT_TEXT }, { "日期", XT_DATE }, { "时间", XT_TEXT }, { "账号", XT_TEXT },
	{ "收支", XT_TEXT }, { "金额(元)", XT_MONEY }, { "对方户名", XT_TEXT }, { "对方账号", XT_TEXT },
	{ "摘要", XT_TEXT }, { "文件", XT_TEXT }, { "行", XT_NUM }, { "交易编号", XT_NUM },
};
static const struct xl_col link_cols[] = {
	{ "层级", XT_NUM }, { "起点", XT_TEXT }, { "关系", XT_TEXT }, { "方向", XT_TEXT }, { "关联主体", XT_TEXT },
	{ "来源", XT_LONG }, { "强弱", XT_TEXT }, { "起点编号", XT_NUM }, { "主体编号", XT_NUM },
};

static const struct { const struct xl_col *cols; int n; const char *title; } sheets[MS_COUNT] = {
	[MS_TIMELINE] = { timeline_cols, N(timeline_cols), "银行交易流水" },
	[MS_COUNTERPARTIES] = { cp_cols, N(cp_cols), "交易对手方汇总" },
	[MS_FLAGGED] = { flag_cols, N(flag_cols), "资金规则命中的可疑交易" },
	[MS_LINKS] = { link_cols, N(link_cols), "关联主体（两层）" },
};

int sheets_money(struct xl_book *b, jz_db *db, long long party_id, const char *note, struct jz_err *e)
{
	for (int s = 0; s < MS_COUNT; s++) {
		const struct xl_sheet sp = { money_section_title((enum money_section)s), sheets[s].title, note,
					     sheets[s].cols, sheets[s].n };
		sqlite3_stmt *st;
		struct xl_done done;
		if (money_select(db, party_id, (enum money_section)s, 0, &st, e)
		    || xl_write_sheet(b, db, &sp, st, &done, e))
			return -1;
	}
	return 0;
}
