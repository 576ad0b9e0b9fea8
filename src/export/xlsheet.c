/* xlsheet.c — see xlsheet.h. */
#include "export/xlsheet.h"
#include "export/xltext.h"
#include "legal/normalize.h"
#include "store/settings.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define XL_MAXCOLS 32
#define SAMPLE_ROWS 300
#define TEXT_CAP 30.0        /* widest plain text column; wider text wraps */
#define LONG_CAP 44.0        /* widest long-text column */
#define LINE_PT 15.5         /* points per wrapped line (11 pt text, CJK included) */
#define MAX_ROW_PT 409.0     /* Excel's tallest row */
#define EXCEL_EPOCH 25569    /* Excel serial of 1970-01-01 */

/* One cell as read from the statement; s points into the statement (or
 * into a sampled copy). */
struct xl_val {
	int type;                /* SQLITE_NULL / INTEGER / FLOAT / TEXT */
	long long i;
	double d;
	const char *s;
};

/* The sheet being written. */
struct sheet {
	struct xl_book *b;
	const struct xl_sheet *sp;
	lxw_worksheet *ws;
	int nsrc;                        /* statement columns */
	int src[XL_MAXCOLS];             /* statement column of each sheet column, -1 for 序号 */
	double w[XL_MAXCOLS];            /* widths in Excel character units */
	int wrap[XL_MAXCOLS];
	long long sum[XL_MAXCOLS];       /* fen or counts, for the 合计 row */
	double height;                   /* points, title to last row so far */
	lxw_error err;                   /* first write error */
};

static int summed(enum xl_type t) { return t == XT_MONEY || t == XT_COUNT; }

static lxw_format *new_format(lxw_workbook *wb, const char *num, int total)
{
	lxw_format *f = workbook_add_format(wb);
	format_set_border(f, LXW_BORDER_THIN);
	format_set_border_color(f, 0xA6A6A6);
	format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	if (num)
		format_set_num_format(f, num);
	if (total) {
		format_set_bold(f);
		format_set_bg_color(f, 0xF2F2F2);
		format_set_top(f, LXW_BORDER_DOUBLE);
	}
	return f;
}

static void formats(struct xl_book *b)
{
	static const char *const num[XT_NTYPES] = {
		[XT_SEQ] = "0", [XT_DATE] = "yyyy-mm-dd", [XT_MONTH] = "yyyy-mm", [XT_MONEY] = "#,##0.00",
		[XT_BALANCE] = "#,##0.00", [XT_COUNT] = "#,##0", [XT_NUM] = "0", [XT_PCT] = "0.0%",
	};
	for (int t = 0; t < XT_NTYPES; t++)
		for (int total = 0; total < 2; total++)
			b->fmt[t][total] = new_format(b->wb, num[t], total);
	format_set_align(b->fmt[XT_YESNO][0], LXW_ALIGN_CENTER);
	b->wrap = new_format(b->wb, NULL, 0);
	format_set_text_wrap(b->wrap);
	format_set_text_wrap(b->fmt[XT_LONG][0]);
	b->head = workbook_add_format(b->wb);
	format_set_bold(b->head);
	format_set_bg_color(b->head, 0xDDEBF7);
	format_set_border(b->head, LXW_BORDER_THIN);
	format_set_text_wrap(b->head);
	format_set_align(b->head, LXW_ALIGN_CENTER);
	format_set_align(b->head, LXW_ALIGN_VERTICAL_CENTER);
	b->title = workbook_add_format(b->wb);
	format_set_bold(b->title);
	format_set_font_size(b->title, 14);
	format_set_align(b->title, LXW_ALIGN_CENTER);
	format_set_align(b->title, LXW_ALIGN_VERTICAL_CENTER);
}

void xl_book_init(struct xl_book *b, lxw_workbook *wb, jz_db *db, int mask, int quiet)
{
	memset(b, 0, sizeof *b);
	b->wb = wb;
	b->mask = mask;
	char *org = settings_get(db, "org.name");
	b->org = xstrdup(xl_text(org ? org : "", 0, &b->scratch));
	free(org);
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	snprintf(b->date, sizeof b->date, "%d年%d月%d日", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	formats(b);
	progress_start(&b->pr, "导出", 0);
	if (quiet)
		b->pr.active = 0;
}

void xl_book_free(struct xl_book *b)
{
	progress_done(&b->pr);
	free(b->org);
	sb_free(&b->scratch);
}

/* Each value as what it is: text stays text (no conversion to a number,
 * none from a number unless a text column holds one: val_text). */
static void read_row(sqlite3_stmt *st, int n, struct xl_val *v)
{
	for (int i = 0; i < n; i++) {
		int t = v[i].type = sqlite3_column_type(st, i);
		int num = t == SQLITE_INTEGER || t == SQLITE_FLOAT;
		v[i].s = t == SQLITE_TEXT || t == SQLITE_BLOB ? (const char *)sqlite3_column_text(st, i) : NULL;
		v[i].i = num ? sqlite3_column_int64(st, i) : 0;
		v[i].d = num ? sqlite3_column_double(st, i) : 0;
	}
}

/* A value as text: its own, or a number written out into buf. */
static const char *val_text(const struct xl_val *v, char buf[32])
{
	if (v->s)
		return v->s;
	if (v->type == SQLITE_INTEGER)
		snprintf(buf, 32, "%lld", v->i);
	else
		snprintf(buf, 32, "%.15g", v->d);
	return buf;
}

/* Widest line of s, in display columns. */
static int text_width(const char *s)
{
	int w = 0;
	for (const char *p = s;;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		int lw = utf8_width_n(p, n);
		if (lw > w)
			w = lw;
		if (!nl)
			return w;
		p = nl + 1;
	}
}

/* Characters of a number as Excel shows it (#,##0 or #,##0.00). */
static int num_chars(double v, int decimals)
{
	char buf[64];
	int n = snprintf(buf, sizeof buf, "%.0f", fabs(trunc(v)));
	return n + (n - 1) / 3 + (decimals ? 3 : 0) + (v < 0);
}

static double fit(double w, double lo, double hi) { return w < lo ? lo : w > hi ? hi : w; }

/* A column's width from its title and the sampled values' widest. */
static double col_width(struct sheet *x, int c, double widest)
{
	enum xl_type t = x->sp->cols[c].type;
	double head = text_width(x->sp->cols[c].title) + 2;
	switch (t) {
	case XT_TEXT: x->wrap[c] = widest + 2 > TEXT_CAP; return fit(widest + 2, fmin(head, TEXT_CAP), TEXT_CAP);
	case XT_LONG: x->wrap[c] = 1; return fit(widest + 2, fmax(head, 16), LONG_CAP);
	case XT_DATE: return fmax(head, 12);
	case XT_MONTH: return fmax(head, 9);
	case XT_PCT: return fmax(head, 8);
	case XT_YESNO: return fmax(head, 6);
	default: return fmax(head, widest + 3);
	}
}

/* The widest value of column c over the sampled rows. */
static double sample_widest(struct sheet *x, int c, const struct xl_val *rows, int n)
{
	double widest = 0;
	enum xl_type t = x->sp->cols[c].type;
	char buf[32];
	for (int r = 0; r < n; r++) {
		const struct xl_val *v = x->src[c] < 0 ? NULL : &rows[r * x->nsrc + x->src[c]];
		double w = !v ? num_chars(n, 0)
			 : v->type == SQLITE_NULL ? 0
			 : t == XT_MONEY || t == XT_BALANCE ? num_chars(v->i / 100.0, 1)
			 : t == XT_COUNT || t == XT_NUM ? num_chars((double)v->i, 0)
			 : text_width(val_text(v, buf));
		if (w > widest)
			widest = w;
	}
	return widest;
}

static void set_widths(struct sheet *x, const struct xl_val *rows, int n)
{
	for (int c = 0; c < x->sp->ncols; c++) {
		x->w[c] = col_width(x, c, sample_widest(x, c, rows, n));
		worksheet_set_column(x->ws, (lxw_col_t)c, (lxw_col_t)c, x->w[c], NULL);
	}
}

/* Lines s takes in a wrapping cell w units wide. */
static int text_lines(const char *s, double w)
{
	int usable = (int)w - 1, lines = 0;
	if (usable < 1)
		usable = 1;
	if (!strchr(s, '\n') && strlen(s) <= (size_t)usable)
		return 1;           /* bytes >= display columns: it fits */
	for (const char *p = s;;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		int lw = utf8_width_n(p, n);
		lines += lw == 0 ? 1 : (lw + usable - 1) / usable;
		if (!nl)
			return lines;
		p = nl + 1;
	}
}

/* Rows of one line keep Excel's default height (15 pt). */
static void set_height(struct sheet *x, lxw_row_t r, int lines)
{
	double h = lines > 1 ? fmin(lines * LINE_PT + 2, MAX_ROW_PT) : 15;
	if (lines > 1)
		worksheet_set_row(x->ws, r, h, NULL);
	x->height += h;
}

static void set_height_pt(struct sheet *x, lxw_row_t r, double h)
{
	worksheet_set_row(x->ws, r, h, NULL);
	x->height += h;
}

static void keep_err(struct sheet *x, lxw_error le)
{
	if (le != LXW_NO_ERROR && x->err == LXW_NO_ERROR)
		x->err = le;
}

static void write_text(struct sheet *x, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *f)
{
	keep_err(x, worksheet_write_string(x->ws, r, c, xl_text(s, x->b->mask, &x->b->scratch), f));
}

/* A date (or month) as an Excel serial; the text itself when it is none. */
static void write_date(struct sheet *x, lxw_row_t r, lxw_col_t c, const char *s, enum xl_type t)
{
	char iso[16];
	snprintf(iso, sizeof iso, t == XT_MONTH ? "%.7s-01" : "%.10s", s);
	long d = norm_date_days(iso);
	lxw_format *f = x->b->fmt[t][0];
	if (d > -1000000)
		keep_err(x, worksheet_write_number(x->ws, r, c, (double)(d + EXCEL_EPOCH), f));
	else
		write_text(x, r, c, s, f);
}

static void write_cell(struct sheet *x, lxw_row_t r, int c, const struct xl_val *v, long seq)
{
	char buf[32];
	enum xl_type t = x->sp->cols[c].type;
	lxw_col_t col = (lxw_col_t)c;
	lxw_format *f = x->wrap[c] && t == XT_TEXT ? x->b->wrap : x->b->fmt[t][0];
	if (t == XT_SEQ)
		keep_err(x, worksheet_write_number(x->ws, r, col, (double)seq, f));
	else if (v->type == SQLITE_NULL)
		keep_err(x, worksheet_write_blank(x->ws, r, col, f));
	else if (v->s && (summed(t) || t == XT_NUM || t == XT_PCT || t == XT_BALANCE))
		write_text(x, r, col, v->s, f);     /* not a number: shown as it is, not as 0 */
	else if (t == XT_DATE || t == XT_MONTH)
		write_date(x, r, col, val_text(v, buf), t);
	else if (t == XT_MONEY || t == XT_BALANCE) {
		keep_err(x, worksheet_write_number(x->ws, r, col, v->i / 100.0, f));
		x->sum[c] += v->i;
	} else if (t == XT_COUNT || t == XT_NUM) {
		keep_err(x, worksheet_write_number(x->ws, r, col, (double)v->i, f));
		x->sum[c] += v->i;
	} else if (t == XT_PCT)
		keep_err(x, worksheet_write_number(x->ws, r, col, v->d, f));
	else if (t == XT_YESNO)
		write_text(x, r, col, v->i ? "是" : "否", f);
	else
		write_text(x, r, col, val_text(v, buf), f);
}

/* One data row: tall enough for its wrapped cells, then its cells. */
static void write_row(struct sheet *x, lxw_row_t r, const struct xl_val *v, long seq)
{
	int lines = 1;
	for (int c = 0; c < x->sp->ncols; c++) {
		const struct xl_val *cv = x->src[c] < 0 ? NULL : &v[x->src[c]];
		if (x->wrap[c] && cv && cv->type == SQLITE_TEXT) {
			int l = text_lines(cv->s, x->w[c]);
			if (l > lines)
				lines = l;
		}
	}
	set_height(x, r, lines);
	for (int c = 0; c < x->sp->ncols; c++)
		write_cell(x, r, c, x->src[c] < 0 ? NULL : &v[x->src[c]], seq);
}

static void title_rows(struct sheet *x)
{
	struct xl_book *b = x->b;
	struct strbuf t = STRBUF_INIT;
	sb_printf(&t, "%s %s（", b->org, x->sp->title);
	if (x->sp->note && *x->sp->note)
		sb_printf(&t, "%s，", x->sp->note);
	sb_printf(&t, "导出于 %s）", b->date);
	const char *s = xl_text(sb_str(&t), b->mask, &b->scratch);   /* a search may quote an ID */
	set_height_pt(x, 0, 30);
	if (x->sp->ncols > 1)
		keep_err(x, worksheet_merge_range(x->ws, 0, 0, 0, (lxw_col_t)(x->sp->ncols - 1), s, b->title));
	else
		keep_err(x, worksheet_write_string(x->ws, 0, 0, s, b->title));
	sb_free(&t);
	int lines = 1;
	for (int c = 0; c < x->sp->ncols; c++) {
		int l = text_lines(x->sp->cols[c].title, x->w[c]);
		lines = l > lines ? l : lines;
	}
	set_height_pt(x, 1, lines * LINE_PT + 4);
	for (int c = 0; c < x->sp->ncols; c++)
		keep_err(x, worksheet_write_string(x->ws, 1, (lxw_col_t)c, x->sp->cols[c].title, b->head));
}

/* The 合计 row under rows first..last: SUM formulas with their values;
 * money and count columns widened for the totals. */
static lxw_row_t totals_row(struct sheet *x, lxw_row_t first, lxw_row_t last)
{
	int any = 0, label = -1;
	for (int c = 0; c < x->sp->ncols; c++) {
		if (summed(x->sp->cols[c].type))
			any = 1;
		else if (label < 0)
			label = c;
	}
	if (!any || last < first)
		return 0;
	lxw_row_t r = last + 1;
	set_height_pt(x, r, LINE_PT + 3);
	for (int c = 0; c < x->sp->ncols; c++) {
		enum xl_type t = x->sp->cols[c].type;
		lxw_format *f = x->b->fmt[summed(t) ? t : XT_TEXT][1];
		if (!summed(t)) {
			keep_err(x, c == label ? worksheet_write_string(x->ws, r, (lxw_col_t)c, "合计", f)
					       : worksheet_write_blank(x->ws, r, (lxw_col_t)c, f));
			continue;
		}
		char range[LXW_MAX_CELL_RANGE_LENGTH], formula[64];
		lxw_rowcol_to_range(range, first, (lxw_col_t)c, last, (lxw_col_t)c);
		snprintf(formula, sizeof formula, "=SUM(%s)", range);
		double v = t == XT_MONEY ? x->sum[c] / 100.0 : (double)x->sum[c];
		keep_err(x, worksheet_write_formula_num(x->ws, r, (lxw_col_t)c, formula, f, v));
		double w = num_chars(v, t == XT_MONEY) + 3;
		if (w > x->w[c])
			worksheet_set_column(x->ws, (lxw_col_t)c, (lxw_col_t)c, x->w[c] = w, NULL);
	}
	return r;
}

/* A4 landscape, one page wide, the header on every page, page numbers. */
static void print_setup(struct sheet *x)
{
	lxw_worksheet *ws = x->ws;
	worksheet_set_landscape(ws);
	worksheet_set_paper(ws, 9);          /* A4 */
	worksheet_fit_to_pages(ws, 1, 0);
	keep_err(x, worksheet_repeat_rows(ws, 1, 1));
	worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.7);
	lxw_header_footer_options fo = { .margin = 0.3 };
	keep_err(x, worksheet_set_footer_opt(ws, "&C第 &P 页，共 &N 页", &fo));
	worksheet_center_horizontally(ws);
	worksheet_freeze_panes(ws, 2, 0);
}

static int map_columns(struct sheet *x, sqlite3_stmt *st, struct jz_err *e)
{
	if (x->sp->ncols > XL_MAXCOLS)
		return jz_err_set(e, "导出 %s: 列数过多", x->sp->name);
	int k = 0;
	for (int c = 0; c < x->sp->ncols; c++)
		x->src[c] = x->sp->cols[c].type == XT_SEQ ? -1 : k++;
	x->nsrc = sqlite3_column_count(st);
	if (k != x->nsrc)
		return jz_err_set(e, "导出 %s: 查询有 %d 列，表头 %d 列", x->sp->name, x->nsrc, k);
	return 0;
}

/* Up to SAMPLE_ROWS rows, their text copied (they outlive the step). */
static int sample(sqlite3_stmt *st, int nsrc, struct xl_val **rows, int *step)
{
	*rows = xcalloc((size_t)SAMPLE_ROWS * (size_t)(nsrc ? nsrc : 1), sizeof **rows);
	int n = 0;
	while (n < SAMPLE_ROWS && (*step = sqlite3_step(st)) == SQLITE_ROW) {
		struct xl_val *v = *rows + (size_t)n * (size_t)nsrc;
		read_row(st, nsrc, v);
		for (int i = 0; i < nsrc; i++)
			if (v[i].s)
				v[i].s = xstrdup(v[i].s);
		n++;
	}
	if (n == SAMPLE_ROWS)
		*step = SQLITE_ROW;   /* more may follow */
	return n;
}

static void free_sample(struct xl_val *rows, int n, int nsrc)
{
	for (int i = 0; i < n * nsrc; i++)
		free((char *)rows[i].s);
	free(rows);
}

/* The data rows: the sampled ones, then the rest as they are stepped. */
static int stream_rows(struct sheet *x, sqlite3_stmt *st, const struct xl_val *rows, int n, int step,
		       long *count)
{
	lxw_row_t r = 2;
	long seq = 0;
	for (int i = 0; i < n; i++)
		write_row(x, r++, &rows[(size_t)i * (size_t)x->nsrc], ++seq);
	struct xl_val v[XL_MAXCOLS];
	if (step == SQLITE_ROW && n == SAMPLE_ROWS)
		while ((step = sqlite3_step(st)) == SQLITE_ROW) {
			read_row(st, x->nsrc, v);
			write_row(x, r++, v, ++seq);
			if ((seq & 4095) == 0)
				progress_update(&x->b->pr, x->b->rows + seq);
		}
	*count = seq;
	return step;
}

int xl_write_sheet(struct xl_book *b, jz_db *db, const struct xl_sheet *sp, sqlite3_stmt *st,
		   struct xl_done *out, struct jz_err *e)
{
	struct sheet x = { .b = b, .sp = sp };
	memset(out, 0, sizeof *out);
	if (map_columns(&x, st, e)) {
		sqlite3_finalize(st);
		return -1;
	}
	if (!(x.ws = workbook_add_worksheet(b->wb, sp->name))) {
		sqlite3_finalize(st);
		return jz_err_set(e, "导出: 无法添加工作表 %s", sp->name);
	}
	int step = SQLITE_DONE;
	struct xl_val *rows;
	int n = sample(st, x.nsrc, &rows, &step);
	set_widths(&x, rows, n);
	print_setup(&x);
	title_rows(&x);
	long count = 0;
	if (step == SQLITE_ROW || step == SQLITE_DONE)
		step = stream_rows(&x, st, rows, n, step, &count);
	free_sample(rows, n, x.nsrc);
	sqlite3_finalize(st);
	if (step != SQLITE_DONE)
		return jz_err_set(e, "导出 %s: %s", sp->name, db_errmsg(db));
	/* In constant-memory mode a range may not end above the row being
	 * written: the filter goes on before the 合计 row. */
	lxw_row_t last = (lxw_row_t)(1 + count);
	keep_err(&x, worksheet_autofilter(x.ws, 1, 0, last, (lxw_col_t)(sp->ncols - 1)));
	*out = (struct xl_done){ x.ws, count, 1, 2, last, totals_row(&x, 2, last), 0, 0 };
	out->height = x.height;
	for (int c = 0; c < sp->ncols; c++)
		out->width += x.w[c] * 7 + 5;     /* Excel's pixels for a width in characters (11 pt) */
	b->rows += count;
	if (x.err != LXW_NO_ERROR)
		return jz_err_set(e, "导出 %s: %s", sp->name, lxw_strerror(x.err));
	return 0;
}
