#include "export/export.h"
#include "store/db.h"
#include "legal/mask.h"
#include "legal/normalize.h"
#include "util/progress.h"
#include "util/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

enum col_type { T_TEXT, T_DATE, T_MONEY, T_INT, T_PCT, T_IDS };

struct col { const char *title; enum col_type type; };

struct sheet_spec {
	const char *name;
	const struct col *cols;
	int ncols;
	const char *sql;
};

struct xl {
	lxw_workbook *wb;
	lxw_format *head, *date, *money, *pct, *wrap;
	const struct export_opts *o;
	struct progress pr;
	long rows;
};

int export_what_parse(const char *s)
{
	static const char *const names[] = { "cases", "leads", "ledger", "stats" };
	for (int i = 0; i < 4; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

/* Screen columns of UTF-8 text: CJK and other wide characters count 2. */
static int text_width(const char *s)
{
	int w = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x80) w++;
		else if (*p >= 0xE0) w += 2;
		else if (*p >= 0xC0) w++;
	return w;
}

static void formats(struct xl *x)
{
	x->head = workbook_add_format(x->wb);
	format_set_bold(x->head);
	format_set_bg_color(x->head, 0xDDEBF7);
	format_set_border(x->head, LXW_BORDER_THIN);
	format_set_text_wrap(x->head);
	format_set_align(x->head, LXW_ALIGN_CENTER);
	format_set_align(x->head, LXW_ALIGN_VERTICAL_CENTER);
	x->date = workbook_add_format(x->wb);
	format_set_num_format(x->date, "yyyy-mm-dd");
	x->money = workbook_add_format(x->wb);
	format_set_num_format(x->money, "#,##0.00");
	x->pct = workbook_add_format(x->wb);
	format_set_num_format(x->pct, "0.0%");
	x->wrap = workbook_add_format(x->wb);
	format_set_text_wrap(x->wrap);
	format_set_align(x->wrap, LXW_ALIGN_VERTICAL_TOP);
}

static lxw_format *col_format(struct xl *x, enum col_type t)
{
	return t == T_DATE ? x->date : t == T_MONEY ? x->money : t == T_PCT ? x->pct : NULL;
}

/* "a、b" of ID numbers, each masked. */
static void mask_list(const char *ids, struct strbuf *out)
{
	const char *p = ids;
	while (*p) {
		const char *sep = strstr(p, "、");
		size_t n = sep ? (size_t)(sep - p) : strlen(p);
		char one[64];
		snprintf(one, sizeof one, "%.*s", (int)(n < 63 ? n : 63), p);
		char *m = mask_id_no(one, strlen(one) == 18 && one[0] != '9' ? "person" : "org");
		sb_adds(out, m ? m : one);
		free(m);
		if (!sep)
			break;
		sb_adds(out, "、");
		p = sep + strlen("、");
	}
}

static void write_cell(struct xl *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, enum col_type t,
		       sqlite3_stmt *st, int i)
{
	if (sqlite3_column_type(st, i) == SQLITE_NULL)
		return;
	const char *s = (const char *)sqlite3_column_text(st, i);
	switch (t) {
	case T_DATE: {
		long d = norm_date_days(s);
		if (d > -1000000)
			worksheet_write_number(ws, r, c, (double)(d + 25569), x->date);   /* Excel serial */
		else
			worksheet_write_string(ws, r, c, s, NULL);
		break;
	}
	case T_MONEY:
		worksheet_write_number(ws, r, c, sqlite3_column_int64(st, i) / 100.0, x->money);
		break;
	case T_INT:
		worksheet_write_number(ws, r, c, (double)sqlite3_column_int64(st, i), NULL);
		break;
	case T_PCT:
		worksheet_write_number(ws, r, c, sqlite3_column_double(st, i), x->pct);
		break;
	case T_IDS:
		if (x->o->mask_ids) {
			struct strbuf sb = STRBUF_INIT;
			mask_list(s, &sb);
			worksheet_write_string(ws, r, c, sb_str(&sb), NULL);
			sb_free(&sb);
			break;
		}
		/* fall through */
	default:
		worksheet_write_string(ws, r, c, s, NULL);
	}
}

/* Column widths from the header and the first rows (constant-memory mode
 * needs them before any row is written). */
static int set_widths(struct xl *x, jz_db *db, lxw_worksheet *ws, const struct sheet_spec *sp,
		      struct jz_err *e)
{
	double w[32];
	for (int c = 0; c < sp->ncols; c++)
		w[c] = text_width(sp->cols[c].title) + 2;
	struct strbuf sql = STRBUF_INIT;
	sb_printf(&sql, "SELECT * FROM (%s) LIMIT 300", sp->sql);
	sqlite3_stmt *st;
	int rc = db_prepare(db, sql.buf, &st, e);
	sb_free(&sql);
	if (rc)
		return -1;
	while (sqlite3_step(st) == SQLITE_ROW)
		for (int c = 0; c < sp->ncols; c++) {
			enum col_type t = sp->cols[c].type;
			double cw = t == T_DATE ? 11 : t == T_MONEY ? 15 : t == T_INT || t == T_PCT ? 9
				  : text_width((const char *)sqlite3_column_text(st, c) ? (const char *)sqlite3_column_text(st, c) : "") + 2;
			if (cw > w[c])
				w[c] = cw;
		}
	sqlite3_finalize(st);
	for (int c = 0; c < sp->ncols; c++)
		worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, w[c] > 60 ? 60 : w[c],
				     w[c] > 60 ? x->wrap : col_format(x, sp->cols[c].type));
	return 0;
}

/* One sheet: header, rows, frozen header, autofilter. Returns rows written or -1. */
static long write_sheet(struct xl *x, jz_db *db, const struct sheet_spec *sp, struct jz_err *e)
{
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, sp->name);
	if (!ws || set_widths(x, db, ws, sp, e))
		return ws ? -1 : jz_err_set(e, "cannot add sheet %s", sp->name);
	worksheet_freeze_panes(ws, 1, 0);
	worksheet_set_row(ws, 0, 22, NULL);
	for (int c = 0; c < sp->ncols; c++)
		worksheet_write_string(ws, 0, (lxw_col_t)c, sp->cols[c].title, x->head);
	sqlite3_stmt *st;
	if (db_prepare(db, sp->sql, &st, e))
		return -1;
	lxw_row_t r = 0;
	int step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		r++;
		for (int c = 0; c < sp->ncols; c++)
			write_cell(x, ws, r, (lxw_col_t)c, sp->cols[c].type, st, c);
		if ((r & 4095) == 0)
			progress_update(&x->pr, x->rows + r);
	}
	sqlite3_finalize(st);
	if (step != SQLITE_DONE)
		return jz_err_set(e, "export %s: %s", sp->name, db_errmsg(db));
	worksheet_autofilter(ws, 0, 0, r, (lxw_col_t)(sp->ncols - 1));
	x->rows += r;
	return (long)r;
}

static const struct col case_cols[] = {
	{ "案号", T_TEXT }, { "法院", T_TEXT }, { "立案日期", T_DATE }, { "结案日期", T_DATE },
	{ "结案方式", T_TEXT }, { "案由", T_TEXT }, { "申请执行标的(元)", T_MONEY }, { "实际到位(元)", T_MONEY },
	{ "申请执行人", T_TEXT }, { "被执行人", T_TEXT }, { "被执行人证件号", T_IDS }, { "承办人", T_TEXT },
	{ "执行依据", T_TEXT }, { "有效线索数", T_INT },
};
static const char case_sql[] =
	"SELECT c.case_no, coalesce(nullif(ct.name, ''), c.court_code), c.filing_date, c.closing_date,"
	" coalesce(c.closing_method, '未结'), c.cause, c.claim_fen, c.paid_fen,"
	" (SELECT group_concat(p.name, '、') FROM case_parties cp JOIN parties p ON p.id = cp.party_id"
	"  WHERE cp.case_id = c.id AND cp.role = '申请执行人'),"
	" (SELECT group_concat(p.name, '、') FROM case_parties cp JOIN parties p ON p.id = cp.party_id"
	"  WHERE cp.case_id = c.id AND cp.role = '被执行人'),"
	" (SELECT group_concat(p.id_no, '、') FROM case_parties cp JOIN parties p ON p.id = cp.party_id"
	"  WHERE cp.case_id = c.id AND cp.role = '被执行人' AND p.id_no IS NOT NULL),"
	" c.judge, c.basis_no, (SELECT count(*) FROM leads l WHERE l.case_id = c.id AND l.status = 'active')"
	" FROM cases c LEFT JOIN courts ct ON ct.id = c.court_id ORDER BY c.filing_date DESC, c.id DESC";

static const struct col lead_cols[] = {
	{ "线索编号", T_INT }, { "规则", T_TEXT }, { "规则名称", T_TEXT }, { "阶段", T_TEXT },
	{ "严重程度", T_TEXT }, { "案号", T_TEXT }, { "法院", T_TEXT }, { "承办人", T_TEXT },
	{ "状态", T_TEXT }, { "标注", T_TEXT }, { "排除理由", T_TEXT }, { "备注", T_TEXT },
	{ "标注人", T_TEXT }, { "标注日期", T_DATE }, { "首次命中", T_DATE }, { "证据", T_TEXT },
};
static const char lead_sql[] =
	"SELECT l.id, l.rule_code, r.title, r.stage, l.severity, c.case_no, coalesce(nullif(ct.name, ''), c.court_code),"
	" c.judge, CASE l.status WHEN 'active' THEN '有效' ELSE '不再命中' END, coalesce(l.label, '未标注'),"
	" l.label_reason, l.label_note, l.labelled_by, substr(l.labelled_at, 1, 10), substr(l.first_seen, 1, 10),"
	" l.evidence FROM leads l JOIN rules r ON r.code = l.rule_code JOIN cases c ON c.id = l.case_id"
	" LEFT JOIN courts ct ON ct.id = c.court_id ORDER BY l.id";

/* The 台账: one row per supervision case, with its latest draft's document,
 * 文号, dates, reply and outcome. */
static const struct col ledger_cols[] = {
	{ "序号", T_INT }, { "案号", T_TEXT }, { "法院", T_TEXT }, { "承办法官", T_TEXT }, { "被执行人", T_TEXT },
	{ "监督事项", T_TEXT }, { "违法情形", T_TEXT }, { "成案日期", T_DATE }, { "承办检察官", T_TEXT },
	{ "申请执行标的(元)", T_MONEY }, { "实际到位(元)", T_MONEY }, { "文书", T_TEXT }, { "文号", T_TEXT },
	{ "状态", T_TEXT }, { "发出日期", T_DATE }, { "回复期限", T_DATE }, { "回复日期", T_DATE },
	{ "采纳情况", T_TEXT }, { "恢复执行", T_TEXT }, { "监督后到位(元)", T_MONEY },
};
static const char ledger_sql[] =
	"SELECT row_number() OVER (ORDER BY min(l.labelled_at), c.id), c.case_no,"
	" coalesce(nullif(ct.name, ''), c.court_code), c.judge,"
	" (SELECT group_concat(p.name, '、') FROM case_parties cp JOIN parties p ON p.id = cp.party_id"
	"  WHERE cp.case_id = c.id AND cp.role = '被执行人'),"
	" group_concat(r.title, '；'), group_concat(l.evidence, '\n'), substr(min(l.labelled_at), 1, 10),"
	" group_concat(DISTINCT l.labelled_by), c.claim_fen, c.paid_fen, d.title, d.doc_no, d.status, d.issued_at,"
	" d.reply_due, d.reply_at, d.outcome, CASE d.resumed WHEN 1 THEN '是' WHEN 0 THEN '否' END, d.recovered_fen"
	" FROM leads l JOIN rules r ON r.code = l.rule_code JOIN cases c ON c.id = l.case_id"
	" LEFT JOIN courts ct ON ct.id = c.court_id"
	" LEFT JOIN drafts d ON d.id = (SELECT max(id) FROM drafts WHERE case_id = c.id)"
	" WHERE l.label = '成案' OR EXISTS (SELECT 1 FROM drafts x WHERE x.case_id = c.id)"
	" GROUP BY c.id ORDER BY min(l.labelled_at), c.id";

static const struct col rule_cols[] = {
	{ "规则", T_TEXT }, { "规则名称", T_TEXT }, { "阶段", T_TEXT }, { "命中", T_INT }, { "有效", T_INT },
	{ "已标注", T_INT }, { "成案", T_INT }, { "排除", T_INT }, { "成案率", T_PCT },
};
static const char rule_sql[] =
	"SELECT r.code, r.title, r.stage, count(l.id), count(CASE WHEN l.status = 'active' THEN 1 END),"
	" count(l.label), count(CASE WHEN l.label = '成案' THEN 1 END), count(CASE WHEN l.label = '排除' THEN 1 END),"
	" CASE WHEN count(l.label) > 0 THEN 1.0 * count(CASE WHEN l.label = '成案' THEN 1 END) / count(l.label) END"
	" FROM rules r LEFT JOIN leads l ON l.rule_code = r.code WHERE r.path <> '' GROUP BY r.code ORDER BY r.code";

static const struct col court_cols[] = {
	{ "法院", T_TEXT }, { "案件", T_INT }, { "终本", T_INT }, { "线索", T_INT }, { "成案", T_INT },
	{ "成案率", T_PCT }, { "实际到位(元)", T_MONEY },
};
static const char court_sql[] =
	"SELECT coalesce(nullif(ct.name, ''), c.court_code), count(*),"
	" count(CASE WHEN c.closing_method = '终结本次执行程序' THEN 1 END),"
	" (SELECT count(*) FROM leads l JOIN cases c2 ON c2.id = l.case_id WHERE c2.court_code = c.court_code),"
	" (SELECT count(*) FROM leads l JOIN cases c2 ON c2.id = l.case_id WHERE c2.court_code = c.court_code AND l.label = '成案'),"
	" (SELECT 1.0 * count(CASE WHEN l.label = '成案' THEN 1 END) / nullif(count(l.label), 0) FROM leads l"
	"  JOIN cases c2 ON c2.id = l.case_id WHERE c2.court_code = c.court_code),"
	" sum(coalesce(c.paid_fen, 0))"
	" FROM cases c LEFT JOIN courts ct ON ct.id = c.court_id GROUP BY c.court_code ORDER BY count(*) DESC";

static const struct col month_cols[] = {
	{ "月份", T_TEXT }, { "结案", T_INT }, { "终本", T_INT }, { "执行完毕", T_INT }, { "实际到位(元)", T_MONEY },
	{ "成案线索", T_INT },
};
static const char month_sql[] =
	"SELECT m, sum(n), sum(zb), sum(done), sum(paid), sum(confirmed) FROM ("
	" SELECT substr(closing_date, 1, 7) AS m, count(*) AS n,"
	"  count(CASE WHEN closing_method = '终结本次执行程序' THEN 1 END) AS zb,"
	"  count(CASE WHEN closing_method = '执行完毕' THEN 1 END) AS done, sum(coalesce(paid_fen, 0)) AS paid,"
	"  0 AS confirmed FROM cases WHERE closing_date IS NOT NULL GROUP BY 1"
	" UNION ALL SELECT substr(labelled_at, 1, 7), 0, 0, 0, 0, count(*) FROM leads WHERE label = '成案' GROUP BY 1)"
	" GROUP BY m ORDER BY m";

static void chart(struct xl *x, const char *sheet, lxw_worksheet *ws, uint8_t type, const char *title,
		  long rows, int cat_col, const int *val_cols, const char *const *names, int nval, int at_col)
{
	if (rows <= 0)
		return;
	lxw_chart *ch = workbook_add_chart(x->wb, type);
	for (int i = 0; i < nval; i++) {
		lxw_chart_series *s = chart_add_series(ch, NULL, NULL);
		chart_series_set_categories(s, sheet, 1, (lxw_col_t)cat_col, (lxw_row_t)rows, (lxw_col_t)cat_col);
		chart_series_set_values(s, sheet, 1, (lxw_col_t)val_cols[i], (lxw_row_t)rows, (lxw_col_t)val_cols[i]);
		chart_series_set_name(s, names[i]);
	}
	chart_title_set_name(ch, title);
	lxw_chart_options opt = { .x_scale = 1.6, .y_scale = 1.4 };
	worksheet_insert_chart_opt(ws, 1, (lxw_col_t)at_col, ch, &opt);
}

static lxw_worksheet *last_sheet(struct xl *x, const char *name)
{
	return workbook_get_worksheet_by_name(x->wb, name);
}

static int write_stats(struct xl *x, jz_db *db, struct jz_err *e)
{
	static const struct sheet_spec sheets[] = {
		{ "按规则", rule_cols, 9, rule_sql },
		{ "按法院", court_cols, 7, court_sql },
		{ "按月", month_cols, 6, month_sql },
	};
	long n[3];
	for (int i = 0; i < 3; i++)
		if ((n[i] = write_sheet(x, db, &sheets[i], e)) < 0)
			return -1;
	static const int rv[] = { 3, 6 }, cv[] = { 6 }, mv[] = { 4 };
	static const char *const rn[] = { "命中", "成案" }, *const cn[] = { "实际到位(元)" },
		*const mn[] = { "实际到位(元)" };
	chart(x, "按规则", last_sheet(x, "按规则"), LXW_CHART_COLUMN, "各规则命中与成案", n[0], 0, rv, rn, 2, 10);
	chart(x, "按法院", last_sheet(x, "按法院"), LXW_CHART_COLUMN, "各法院实际到位金额", n[1], 0, cv, cn, 1, 8);
	chart(x, "按月", last_sheet(x, "按月"), LXW_CHART_LINE, "每月实际到位金额", n[2], 0, mv, mn, 1, 7);
	return 0;
}

int export_xlsx(jz_db *db, const char *path, const struct export_opts *o, long *rows, struct jz_err *e)
{
	*rows = 0;
	lxw_workbook_options wo = { .constant_memory = LXW_TRUE, .tmpdir = NULL };
	struct xl x = { .o = o };
	x.wb = workbook_new_opt(path, &wo);
	if (!x.wb)
		return jz_err_set(e, "%s: cannot create the workbook", path);
	workbook_set_properties(x.wb, &(lxw_doc_properties){ .title = "检执工作台导出", .author = "jianzhi" });
	formats(&x);
	progress_start(&x.pr, "导出", 0);
	if (o->quiet)
		x.pr.active = 0;
	static const struct sheet_spec plain[] = {
		{ "案件", case_cols, 14, case_sql },
		{ "线索", lead_cols, 16, lead_sql },
		{ "监督案件台账", ledger_cols, 20, ledger_sql },
	};
	int rc = o->what == EXPORT_STATS ? write_stats(&x, db, e)
		 : write_sheet(&x, db, &plain[o->what], e) < 0 ? -1 : 0;
	progress_done(&x.pr);
	lxw_error le = workbook_close(x.wb);
	if (rc == 0 && le != LXW_NO_ERROR)
		rc = jz_err_set(e, "%s: %s", path, lxw_strerror(le));
	if (rc)
		remove(path);
	*rows = x.rows;
	return rc;
}
