/* xlsheet.h — one clerk-ready worksheet from a statement (export-internal).
 *
 * Every sheet has: a title row ("<org.name> <title>（<note>，导出于 Y年M月D日）"
 * across all columns), a bold header row that is frozen, filtered and
 * repeated on every printed page, the data rows, and a 合计 row with a SUM
 * formula (and its value) under every money and count column. Print
 * setup: A4 landscape, one page wide, centred, 第 &P 页，共 &N 页 in the
 * footer. Column widths come from the header and the first 300 rows,
 * measured in display columns (util/utf8.h: CJK counts 2); a text column
 * wider than its cap wraps, and each row is made tall enough for the lines
 * its wrapped cells need. Dates and months are Excel dates, money is 元 as
 * a number with #,##0.00, fractions are percentages. Cell text goes through
 * xl_text (XML-safe; 身份证号 masked unless the book says not to). Rows
 * stream out (the workbook is in constant-memory mode): only the 300
 * sampled rows are held. */
#ifndef JZ_EXPORT_XLSHEET_H
#define JZ_EXPORT_XLSHEET_H

#include "store/db.h"
#include "util/progress.h"
#include "util/strbuf.h"

#include <xlsxwriter.h>

enum xl_type {
	XT_SEQ,      /* 序号 1, 2, ...: made by the writer, takes no statement column */
	XT_TEXT,     /* text; wraps when the sample is wider than 30 columns */
	XT_LONG,     /* long text (evidence): always wraps, up to 50 columns wide */
	XT_DATE,     /* ISO date (a longer timestamp is cut to its date) */
	XT_MONTH,    /* YYYY-MM */
	XT_MONEY,    /* integer fen, shown in 元; summed */
	XT_BALANCE,  /* integer fen, shown in 元; not summed (a balance, a rate) */
	XT_COUNT,    /* integer count; summed */
	XT_NUM,      /* integer that is no quantity (an id); not summed */
	XT_PCT,      /* fraction 0..1 */
	XT_YESNO,    /* 1 / 0 → 是 / 否 */
	XT_NTYPES
};

struct xl_col {
	const char *title;
	enum xl_type type;
};

struct xl_sheet {
	const char *name;          /* the tab */
	const char *title;         /* 执行案件清单 */
	const char *note;          /* NULL, or what was selected (filters) */
	const struct xl_col *cols;
	int ncols;
};

struct xl_book {
	lxw_workbook *wb;
	lxw_format *fmt[XT_NTYPES][2];   /* [type][0 data, 1 合计 row]; XT_TEXT's wrapping twin: wrap */
	lxw_format *wrap, *title, *head;
	int mask;                  /* mask 身份证号 */
	char *org;                 /* settings org.name */
	char date[40];             /* today, 2026年12月2日 */
	struct progress pr;
	long rows;                 /* data rows written so far, all sheets */
	struct strbuf scratch;
};

/* Where a written sheet's parts are (0-based rows), for charts. */
struct xl_done {
	lxw_worksheet *ws;
	long rows;                 /* data rows */
	lxw_row_t header, first, last, totals;   /* totals: 0 when there is no 合计 row */
	double height, width;      /* of the table: points (all rows), pixels (all columns) */
};

/* Formats, org name and date for a new workbook. */
void xl_book_init(struct xl_book *b, lxw_workbook *wb, jz_db *db, int mask, int quiet);
void xl_book_free(struct xl_book *b);
/* Write a sheet from st, which is stepped to the end and finalized (also
 * on error). 0, or -1 with e filled. */
int xl_write_sheet(struct xl_book *b, jz_db *db, const struct xl_sheet *sp, sqlite3_stmt *st,
		   struct xl_done *out, struct jz_err *e);

#endif
