/* The XLSX reader against workbooks written here with libxlsxwriter:
 * an empty first sheet is skipped, a title row comes through as a row,
 * gaps give "" cells, numbers and dates come as stored text, CJK strings
 * (shared) survive, and damaged files fail with the file named. */
#include "tap.h"
#include "import/xlsx_reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

static char dir[] = "/tmp/jz-test-xlsx-XXXXXX";

static void make_book(const char *path)
{
	lxw_workbook *wb = workbook_new(path);
	workbook_add_worksheet(wb, "说明");                 /* empty first sheet */
	lxw_worksheet *ws = workbook_add_worksheet(wb, "台账");
	worksheet_write_string(ws, 0, 0, "嵊州市人民法院执行案件台账", NULL);  /* title row */
	worksheet_write_string(ws, 2, 0, "案号", NULL);
	worksheet_write_string(ws, 2, 1, "立案日期", NULL);
	worksheet_write_string(ws, 2, 3, "执行标的", NULL);   /* column C left empty */
	worksheet_write_string(ws, 3, 0, "(2023)浙0683执1号", NULL);
	lxw_datetime dt = { 2023, 5, 6, 0, 0, 0 };
	lxw_format *datefmt = workbook_add_format(wb);
	format_set_num_format(datefmt, "yyyy-mm-dd");
	worksheet_write_datetime(ws, 3, 1, &dt, datefmt);
	worksheet_write_number(ws, 3, 3, 1234.5, NULL);
	worksheet_write_string(ws, 5, 0, "（2023）浙0683执2号", NULL);   /* row 5 empty */
	worksheet_write_boolean(ws, 5, 4, 1, NULL);
	workbook_add_worksheet(wb, "后面的表");
	workbook_close(wb);
}

static void write_file(const char *path, const char *data, size_t n)
{
	FILE *f = fopen(path, "wb");
	fwrite(data, 1, n, f);
	fclose(f);
}

int main(void)
{
	if (!mkdtemp(dir))
		return 1;
	char path[256];
	snprintf(path, sizeof path, "%s/ledger.xlsx", dir);
	make_book(path);

	xlsx_book *b;
	struct jz_err e;
	char **c;
	int n;
	long rowno;
	ok(xlsx_open(path, &b, &e) == 0, "opens a libxlsxwriter workbook");
	is_int(xlsx_next_row(b, &c, &n, &rowno, &e), 1, "first row");
	is_str(xlsx_sheet_name(b), "台账", "the empty first sheet is skipped");
	is_int(rowno, 1, "title row is row 1");
	is_str(c[0], "嵊州市人民法院执行案件台账", "title text (shared string, CJK)");
	is_int(xlsx_next_row(b, &c, &n, &rowno, &e), 1, "header row");
	is_int(rowno, 3, "blank row 2 skipped, header is row 3");
	is_int(n, 4, "header has 4 columns (A..D)");
	is_str(c[2], "", "missing cell C3 is empty");
	is_str(c[3], "执行标的", "D3");
	is_int(xlsx_next_row(b, &c, &n, &rowno, &e), 1, "data row");
	is_str(c[0], "(2023)浙0683执1号", "case number as written");
	is_str(c[1], "45052", "date comes as its Excel serial");
	is_str(c[3], "1234.5", "number as stored text");
	is_int(xlsx_next_row(b, &c, &n, &rowno, &e), 1, "second data row");
	is_int(rowno, 6, "row number after a gap");
	is_str(c[4], "TRUE", "boolean");
	is_int(xlsx_next_row(b, &c, &n, &rowno, &e), 0, "end of the sheet ends the book");
	xlsx_close(&b);
	ok(b == NULL, "close clears the handle");

	snprintf(path, sizeof path, "%s/broken.xlsx", dir);
	write_file(path, "PK\3\4garbage", 11);
	ok(xlsx_open(path, &b, &e) == -1, "truncated zip refused");
	ok(strstr(e.msg, "broken.xlsx") != NULL, "message names the file: %s", e.msg);

	ok(xlsx_open_mem("PK\3\4", 4, &b, &e) == -1, "tiny buffer refused");

	snprintf(path, sizeof path, "rm -rf %s", dir);
	if (system(path) != 0)
		return 1;
	return tap_done();
}
