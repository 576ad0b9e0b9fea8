/* The XLSX reader against workbooks written here with libxlsxwriter:
 * an empty first sheet is skipped, a title row comes through as a row,
 * gaps give "" cells, numbers and dates come as stored text, CJK strings
 * (shared) survive, and damaged files fail with the file named. */
#include "tap.h"
#include "import/xlsx_reader.h"
#include "util/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <minizip/zip.h>
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

/* ---- hostile workbooks (issue 12) ---- */

/* A court workbook: a hidden 代码表 first, the ledger second. */
static void make_hidden_book(const char *path)
{
	lxw_workbook *wb = workbook_new(path);
	lxw_worksheet *codes = workbook_add_worksheet(wb, "代码表");
	worksheet_write_string(codes, 0, 0, "代码", NULL);
	worksheet_write_string(codes, 0, 1, "名称", NULL);
	worksheet_write_string(codes, 1, 0, "01", NULL);
	worksheet_write_string(codes, 1, 1, "执行完毕", NULL);
	lxw_worksheet *note = workbook_add_worksheet(wb, "说明");
	worksheet_write_string(note, 0, 0, "本表由执行局导出", NULL);
	lxw_worksheet *ws = workbook_add_worksheet(wb, "台账");
	worksheet_write_string(ws, 0, 0, "案号", NULL);
	worksheet_write_string(ws, 0, 1, "被执行人", NULL);
	worksheet_write_string(ws, 1, 0, "（2023）浙0683执1号", NULL);
	worksheet_write_string(ws, 1, 1, "赵六", NULL);
	worksheet_activate(ws);
	worksheet_hide(codes);
	workbook_close(wb);
}

static int has_case_no(char **cells, int n, void *arg)
{
	(void)arg;
	for (int i = 0; i < n; i++)
		if (strcmp(cells[i], "案号") == 0)
			return 1;
	return 0;
}

static void test_hidden_sheets(const char *path)
{
	make_hidden_book(path);
	xlsx_book *b;
	struct jz_err e;
	char **c;
	int n;
	long rowno;
	ok(xlsx_open(path, &b, &e) == 0, "hidden-sheet workbook opens");
	is_int(xlsx_next_row(b, &c, &n, &rowno, &e), 1, "default: a row");
	is_str(xlsx_sheet_name(b), "说明", "default skips the hidden 代码表");
	xlsx_close(&b);

	struct xlsx_pick pk = { .header_test = has_case_no };
	ok(xlsx_open(path, &b, &e) == 0 && xlsx_choose_sheet(b, &pk, &e) == 0, "choose by header");
	ok(xlsx_next_row(b, &c, &n, &rowno, &e) == 1 && strcmp(c[0], "案号") == 0 && rowno == 1,
	   "the header-test sheet is read from its first row");
	is_str(xlsx_sheet_name(b), "台账", "the ledger sheet, not the hidden one");
	ok(xlsx_next_row(b, &c, &n, &rowno, &e) == 1 && strcmp(c[1], "赵六") == 0, "its data row");
	is_int(xlsx_next_row(b, &c, &n, &rowno, &e), 0, "then the end");
	xlsx_close(&b);

	struct xlsx_pick named = { .sheet = "代码表" };
	ok(xlsx_open(path, &b, &e) == 0 && xlsx_choose_sheet(b, &named, &e) == 0, "choose by name");
	ok(xlsx_next_row(b, &c, &n, &rowno, &e) == 1 && strcmp(c[0], "代码") == 0, "a named hidden sheet is read");
	xlsx_close(&b);

	struct xlsx_pick nope = { .sheet = "不存在" };
	ok(xlsx_open(path, &b, &e) == 0 && xlsx_choose_sheet(b, &nope, &e) == -1, "unknown sheet name refused");
	ok(strstr(e.msg, "不存在") && strstr(e.msg, "代码表（隐藏）") && strstr(e.msg, "台账"),
	   "the message lists the sheets: %s", e.msg);
	xlsx_close(&b);
}

/* A minimal workbook written part by part (to put in what Excel never writes). */
static void make_zip(const char *path, const char *sheet_xml, const char *sst_xml)
{
	zipFile z = zipOpen64(path, 0);
	const char *names[] = { "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
				"xl/sharedStrings.xml" };
	const char *parts[] = {
		"<workbook xmlns:r=\"r\"><sheets><sheet name=\"台账\" r:id=\"rId1\"/></sheets></workbook>",
		"<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
		sheet_xml, sst_xml };
	for (int i = 0; i < 4; i++) {
		if (!parts[i])
			continue;
		zipOpenNewFileInZip64(z, names[i], NULL, NULL, 0, NULL, 0, NULL, Z_DEFLATED, 6, 1);
		zipWriteInFileInZip(z, parts[i], (unsigned)strlen(parts[i]));
		zipCloseFileInZip(z);
	}
	zipClose(z, NULL);
}

static void test_xxe(const char *path)
{
	xlsx_book *b;
	struct jz_err e;
	char **c;
	int n;
	long rowno;
	make_zip(path, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
		 "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
		 "</sheetData></worksheet>", NULL);
	ok(xlsx_open(path, &b, &e) == 0, "XXE workbook opens (the sheet is read later)");
	is_int(xlsx_next_row(b, &c, &n, &rowno, &e), -1, "an XXE entity in a sheet is refused, not an empty cell");
	ok(strstr(e.msg, "DTD") && strstr(e.msg, "xl/worksheets/sheet1.xml"), "message names the part: %s", e.msg);
	xlsx_close(&b);
	make_zip(path, "<worksheet/>", "<!DOCTYPE s [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
		 "<sst><si><t>&b;</t></si></sst>");
	ok(xlsx_open(path, &b, &e) == -1 && strstr(e.msg, "xl/sharedStrings.xml") && strstr(e.msg, "DTD"),
	   "entities in the shared strings refused: %s", e.msg);
}

static void test_cell_limit(const char *path)
{
	struct strbuf x = STRBUF_INIT;
	sb_adds(&x, "<worksheet><sheetData><row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>ok</t></is></c>"
		    "<c r=\"C3\" t=\"inlineStr\"><is><t>");
	for (int i = 0; i < 2000000; i++)
		sb_adds(&x, "中");                      /* 6 MB in one cell */
	sb_adds(&x, "</t></is></c></row><row r=\"4\"><c r=\"A4\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>");
	struct strbuf sst = STRBUF_INIT;
	sb_adds(&sst, "<sst><si><t>");
	for (int i = 0; i < 100000; i++)
		sb_adds(&sst, "ab");
	sb_adds(&sst, "</t></si></sst>");
	make_zip(path, x.buf, sst.buf);
	sb_free(&x);
	sb_free(&sst);
	xlsx_book *b;
	struct jz_err e;
	char **c;
	int n;
	long rowno;
	ok(xlsx_open(path, &b, &e) == 0, "workbook with huge cells opens");
	ok(xlsx_next_row(b, &c, &n, &rowno, &e) == 1 && n == 3 && strcmp(c[0], "ok") == 0, "row 3 read");
	is_int((long)strlen(c[2]), 65535, "6 MB cell cut to 64 KiB on a character boundary");
	is_str(xlsx_row_problem(b), "第3行第C列超过单元格上限 64 KiB，已截断", "flagged with row and column");
	ok(xlsx_next_row(b, &c, &n, &rowno, &e) == 1 && strlen(c[0]) == 65536, "a 200 KB shared string cut too");
	is_str(xlsx_row_problem(b), "第4行第A列超过单元格上限 64 KiB，已截断", "and flagged where it is used");
	xlsx_close(&b);
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
	ok(xlsx_open_mem(NULL, 0, &b, &e) == -1, "empty buffer refused");

	snprintf(path, sizeof path, "%s/hidden.xlsx", dir);
	test_hidden_sheets(path);
	snprintf(path, sizeof path, "%s/xxe.xlsx", dir);
	test_xxe(path);
	snprintf(path, sizeof path, "%s/huge.xlsx", dir);
	test_cell_limit(path);

	snprintf(path, sizeof path, "rm -rf %s", dir);
	if (system(path) != 0)
		return 1;
	return tap_done();
}
