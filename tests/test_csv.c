/* Unit tests of the CSV reader: RFC 4180 quoting, line ends, separators,
 * encodings, row numbers, and records larger than the read buffer. */
#include "import/csv_reader.h"
#include "util/strbuf.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

static csv_reader *open_str(const char *s, size_t n)
{
	csv_reader *r = NULL;
	struct jz_err e;
	if (csv_open_mem(s, n, &r, &e))
		printf("# open failed: %s\n", e.msg);
	return r;
}

static int next(csv_reader *r, char ***cells, int *n, long *row, int *bad)
{
	struct jz_err e;
	return csv_next_row(r, cells, n, row, bad, &e);
}

static void test_quoting(void)
{
	const char s[] = "案号,被执行人,备注\r\n"
			 "\"（2023）浙0683执1号\",\"张三、李四\",\"含,逗号\"\r\n"
			 "\"（2023）浙0683执2号\",\"王五\",\"两行\n备注\"\r\n"
			 "\r\n"
			 "x,\"他说\"\"还钱\"\"\",\n"
			 "last,no,newline";
	csv_reader *r = open_str(s, sizeof s - 1);
	char **c;
	int n, bad;
	long row;
	ok(next(r, &c, &n, &row, &bad) == 1 && n == 3 && strcmp(c[2], "备注") == 0, "header row");
	ok(next(r, &c, &n, &row, &bad) == 1 && strcmp(c[2], "含,逗号") == 0, "quoted comma");
	is_str(c[1], "张三、李四", "quoted Chinese field");
	ok(next(r, &c, &n, &row, &bad) == 1 && strcmp(c[2], "两行\n备注") == 0, "quoted newline kept");
	is_int(row, 3, "row number of the multi-line record");
	ok(next(r, &c, &n, &row, &bad) == 1 && strcmp(c[1], "他说\"还钱\"") == 0, "doubled quotes");
	is_int(row, 5, "blank line counted in row numbers");
	is_int(n, 3, "trailing empty field kept");
	ok(next(r, &c, &n, &row, &bad) == 1 && strcmp(c[2], "newline") == 0, "last line without newline");
	is_int(next(r, &c, &n, &row, &bad), 0, "end of input");
	csv_close(&r);
	ok(r == NULL, "close clears the pointer");
}

static void test_separators_and_bom(void)
{
	const char tsv[] = "\xEF\xBB\xBF案号\t立案日期\n（2023）浙0683执1号\t2023-01-05\n";
	csv_reader *r = open_str(tsv, sizeof tsv - 1);
	char **c;
	int n, bad;
	long row;
	ok(next(r, &c, &n, &row, &bad) == 1 && n == 2 && strcmp(c[0], "案号") == 0, "tab separated, BOM dropped");
	is_str(csv_encoding(r), "UTF-8", "UTF-8 detected");
	csv_close(&r);
	const char semi[] = "a;b;c\r1;2;3\r";
	r = open_str(semi, sizeof semi - 1);
	next(r, &c, &n, &row, &bad);
	ok(n == 3, "semicolon separated, CR line ends");
	ok(next(r, &c, &n, &row, &bad) == 1 && strcmp(c[2], "3") == 0 && row == 2, "second CR-ended row");
	csv_close(&r);
}

static void test_gbk(void)
{
	/* 案号,被执行人\n（2023）,张三\n in GBK */
	const char gbk[] = "\xB0\xB8\xBA\xC5,\xB1\xBB\xD6\xB4\xD0\xD0\xC8\xCB\n"
			   "\xA3\xA8" "2023" "\xA3\xA9,\xD5\xC5\xC8\xFD\n";
	csv_reader *r = open_str(gbk, sizeof gbk - 1);
	char **c;
	int n, bad;
	long row;
	is_str(csv_encoding(r), "GB18030", "GBK detected");
	ok(next(r, &c, &n, &row, &bad) == 1 && strcmp(c[1], "被执行人") == 0, "GBK header converted");
	ok(next(r, &c, &n, &row, &bad) == 1 && strcmp(c[0], "（2023）") == 0 && strcmp(c[1], "张三") == 0,
	   "GBK row converted");
	ok(!bad, "no bad text in clean GBK");
	csv_close(&r);
}

static void test_invalid_utf8(void)
{
	/* Valid UTF-8 in the sample, then a stray byte: the row is flagged and repaired. */
	const char s[] = "案号,名称\n（2023）浙0683执1号,\xE5\xBC\xA0\xFF\n";
	csv_reader *r = open_str(s, sizeof s - 1);
	char **c;
	int n, bad;
	long row;
	/* The stray 0xFF makes the whole sample invalid UTF-8, so it is read as GB18030;
	 * a UTF-8 file with a late bad byte is covered by the import tests. */
	next(r, &c, &n, &row, &bad);
	ok(next(r, &c, &n, &row, &bad) == 1 && bad, "row with undecodable bytes flagged");
	csv_close(&r);
}

static void test_big_record(void)
{
	struct strbuf s = STRBUF_INIT;
	sb_adds(&s, "a,b\n\"");
	for (int i = 0; i < 700000; i++)
		sb_addc(&s, i % 100 == 99 ? '"' : 'x'), i % 100 == 99 ? sb_addc(&s, '"') : (void)0;
	sb_adds(&s, "\",tail\nz,y\n");
	csv_reader *r = open_str(s.buf, s.len);
	char **c;
	int n, bad;
	long row;
	next(r, &c, &n, &row, &bad);
	ok(next(r, &c, &n, &row, &bad) == 1 && strlen(c[0]) == 700000 && strcmp(c[1], "tail") == 0,
	   "700 KB quoted field across read chunks (%zu)", strlen(c[0]));
	ok(next(r, &c, &n, &row, &bad) == 1 && strcmp(c[0], "z") == 0, "row after the big one");
	csv_close(&r);
	sb_free(&s);
}

int main(void)
{
	test_quoting();
	test_separators_and_bom();
	test_gbk();
	test_invalid_utf8();
	test_big_record();
	return tap_done();
}
