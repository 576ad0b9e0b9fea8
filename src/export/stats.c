/* stats.c — the 监督成效 sheets (see sheets.h): per rule, court, judge and
 * month, each the funnel 命中 → 成案 → 检察建议 → 采纳 → 恢复执行 → 到位金额
 * with 成案率, 采纳率 and 恢复执行率, read from the views v_rule_outcomes,
 * v_court_outcomes, v_judge_outcomes and v_month_outcomes (db/schema/008).
 *
 * The funnel columns sit side by side so the 合计 row is the funnel of the
 * whole sheet, charted next to the per-row chart. Charts go under the table
 * (not to its right) so "one page wide" keeps the table legible and the
 * sheet prints on few pages. */
#include "export/sheets.h"

#include <math.h>

#define NFUNNEL 5   /* 命中 成案 检察建议 采纳 恢复执行: contiguous columns */

static const struct xl_col rule_cols[] = {
	{ "规则", XT_TEXT }, { "规则名称", XT_TEXT }, { "阶段", XT_TEXT },
	{ "命中", XT_COUNT }, { "成案", XT_COUNT }, { "发出检察建议", XT_COUNT }, { "采纳", XT_COUNT },
	{ "恢复执行", XT_COUNT }, { "到位金额(元)", XT_MONEY },
	{ "成案率", XT_PCT }, { "采纳率", XT_PCT }, { "恢复执行率", XT_PCT },
	{ "有效线索", XT_COUNT }, { "已标注", XT_COUNT }, { "排除", XT_COUNT }, { "已回复", XT_COUNT },
};
static const char rule_sql[] =
	"SELECT rule, title, stage, hits, confirmed, suggestions, adopted, resumed, recovered_fen,"
	" precision, adoption, resume_rate, active, labelled, dismissed, replied FROM v_rule_outcomes ORDER BY rule";

static const struct xl_col court_cols[] = {
	{ "法院", XT_TEXT }, { "案件数", XT_COUNT },
	{ "命中", XT_COUNT }, { "成案", XT_COUNT }, { "发出检察建议", XT_COUNT }, { "采纳", XT_COUNT },
	{ "恢复执行", XT_COUNT }, { "到位金额(元)", XT_MONEY },
	{ "成案率", XT_PCT }, { "采纳率", XT_PCT }, { "恢复执行率", XT_PCT },
	{ "已标注", XT_COUNT }, { "已回复", XT_COUNT },
};
static const char court_sql[] =
	"SELECT court_name, cases, hits, confirmed, suggestions, adopted, resumed, recovered_fen,"
	" precision, adoption, resume_rate, labelled, replied FROM v_court_outcomes ORDER BY hits DESC, court_code";

static const struct xl_col judge_cols[] = {
	{ "法院", XT_TEXT }, { "承办法官", XT_TEXT }, { "案件数", XT_COUNT },
	{ "命中", XT_COUNT }, { "成案", XT_COUNT }, { "发出检察建议", XT_COUNT }, { "采纳", XT_COUNT },
	{ "恢复执行", XT_COUNT }, { "到位金额(元)", XT_MONEY },
	{ "成案率", XT_PCT }, { "采纳率", XT_PCT }, { "恢复执行率", XT_PCT },
	{ "已标注", XT_COUNT }, { "已回复", XT_COUNT },
};
static const char judge_sql[] =
	"SELECT court_name, judge, cases, hits, confirmed, suggestions, adopted, resumed, recovered_fen,"
	" precision, adoption, resume_rate, labelled, replied FROM v_judge_outcomes ORDER BY court_code, hits DESC, judge";

static const struct xl_col month_cols[] = {
	{ "月份", XT_MONTH },
	{ "命中", XT_COUNT }, { "成案", XT_COUNT }, { "发出检察建议", XT_COUNT }, { "采纳", XT_COUNT },
	{ "恢复执行", XT_COUNT }, { "监督后到位(元)", XT_MONEY },
	{ "成案率", XT_PCT }, { "采纳率", XT_PCT }, { "恢复执行率", XT_PCT },
	{ "结案", XT_COUNT }, { "终本", XT_COUNT }, { "执行完毕", XT_COUNT }, { "结案实际到位(元)", XT_MONEY },
};
static const char month_sql[] =
	"SELECT month, hits, confirmed, suggestions, adopted, resumed, recovered_fen, precision, adoption,"
	" resume_rate, closed, zb, done, paid_fen FROM v_month_outcomes ORDER BY month";

struct stat_sheet {
	const char *name, *title;
	const struct xl_col *cols;
	int ncols;
	const char *sql;
	int cat_col, funnel_col;    /* the category column; the first funnel column */
	uint8_t chart_type;          /* per-row chart; 0: none (too many rows to read) */
	const char *chart_title;
};

#define WITH_N(a) a, (int)(sizeof a / sizeof a[0])
static const struct stat_sheet sheets[] = {
	{ "按规则", "监督成效统计（按规则）", WITH_N(rule_cols), rule_sql, 0, 3, LXW_CHART_COLUMN, "各规则命中、成案与采纳" },
	{ "按法院", "监督成效统计（按法院）", WITH_N(court_cols), court_sql, 0, 2, LXW_CHART_COLUMN, "各法院命中、成案与采纳" },
	{ "按承办法官", "监督成效统计（按承办法官）", WITH_N(judge_cols), judge_sql, 1, 3, 0, NULL },
	{ "按月", "监督成效统计（按月）", WITH_N(month_cols), month_sql, 0, 1, LXW_CHART_LINE, "每月命中、成案与采纳" },
};

/* 命中, 成案 and 采纳 of every row. */
static void row_chart(struct xl_book *b, const struct stat_sheet *s, const struct xl_done *d, int x_offset)
{
	static const int pick[] = { 0, 1, 3 };   /* within the funnel */
	lxw_chart *ch = workbook_add_chart(b->wb, s->chart_type);
	for (int i = 0; i < 3; i++) {
		lxw_col_t c = (lxw_col_t)(s->funnel_col + pick[i]);
		lxw_chart_series *se = chart_add_series(ch, NULL, NULL);
		chart_series_set_categories(se, s->name, d->first, (lxw_col_t)s->cat_col, d->last, (lxw_col_t)s->cat_col);
		chart_series_set_values(se, s->name, d->first, c, d->last, c);
		chart_series_set_name_range(se, s->name, d->header, c);
	}
	chart_title_set_name(ch, s->chart_title);
	chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
	lxw_chart_options opt = { .x_offset = x_offset, .y_offset = 8, .x_scale = 1.3, .y_scale = 1.2 };
	worksheet_insert_chart_opt(d->ws, d->totals + 2, 0, ch, &opt);
}

/* The 合计 row as a funnel: one bar per step. */
static void funnel_chart(struct xl_book *b, const struct stat_sheet *s, const struct xl_done *d)
{
	lxw_chart *ch = workbook_add_chart(b->wb, LXW_CHART_BAR);
	lxw_chart_series *se = chart_add_series(ch, NULL, NULL);
	lxw_col_t c0 = (lxw_col_t)s->funnel_col, c1 = (lxw_col_t)(s->funnel_col + NFUNNEL - 1);
	chart_series_set_categories(se, s->name, d->header, c0, d->header, c1);
	chart_series_set_values(se, s->name, d->totals, c0, d->totals, c1);
	chart_series_set_name(se, "合计");
	chart_series_set_labels(se);
	chart_axis_set_reverse(chart_axis_get(ch, LXW_CHART_AXIS_TYPE_Y));   /* 命中 on top */
	chart_legend_set_position(ch, LXW_CHART_LEGEND_NONE);
	chart_title_set_name(ch, "监督漏斗（合计）");
	lxw_chart_options opt = { .y_offset = 8, .x_scale = 1.0, .y_scale = 1.2 };
	worksheet_insert_chart_opt(d->ws, d->totals + 2, 0, ch, &opt);
}

/* Charts under a table that leaves no room for them on its last printed
 * page start a page of their own, rather than being cut in two. The page:
 * A4 landscape less the margins (784 x 502 pt), the sheet scaled to fit
 * its width. */
static void break_before_charts(const struct xl_done *d)
{
	const double page_w = 784, page_h = 502, charts_h = 288 * 1.2 * 0.75 + 40;
	double width_pt = d->width * 0.75 > 1090 ? d->width * 0.75 : 1090;   /* charts are 1114 px wide */
	double scale = width_pt > page_w ? page_w / width_pt : 1;
	double room = page_h / scale;
	double used = d->height - room * floor(d->height / room);
	if (used + charts_h > room) {
		lxw_row_t breaks[] = { d->totals + 1, 0 };
		worksheet_set_h_pagebreaks(d->ws, breaks);
	}
}

static int stat_sheet(struct xl_book *b, jz_db *db, const struct stat_sheet *s, struct jz_err *e)
{
	const struct xl_sheet sp = { s->name, s->title, NULL, s->cols, s->ncols };
	sqlite3_stmt *st;
	struct xl_done d;
	if (db_prepare(db, s->sql, &st, e) || xl_write_sheet(b, db, &sp, st, &d, e))
		return -1;
	if (d.rows == 0 || d.totals == 0)
		return 0;
	break_before_charts(&d);
	funnel_chart(b, s, &d);
	if (s->chart_type)
		row_chart(b, s, &d, 490);   /* right of the funnel chart (480 px wide) */
	return 0;
}

int sheets_stats(struct xl_book *b, jz_db *db, struct jz_err *e)
{
	for (size_t i = 0; i < sizeof sheets / sizeof sheets[0]; i++)
		if (stat_sheet(b, db, &sheets[i], e))
			return -1;
	return 0;
}
