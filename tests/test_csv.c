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
	/* over CSV_MAX_CELL: kept up to the limit, flagged; the record's end
	 * and the next field are still found across the read chunks */
	ok(next(r, &c, &n, &row, &bad) == 1 && strlen(c[0]) == CSV_MAX_CELL && strcmp(c[1], "tail") == 0,
	   "700 KB quoted field across read chunks: cut to 64 KiB (%zu)", strlen(c[0]));
	ok(bad && strstr(csv_row_problem(r), "第2行第1列超过单元格上限") != NULL,
	   "the cut cell is flagged with row and column: %s", csv_row_problem(r));
	ok(next(r, &c, &n, &row, &bad) == 1 && strcmp(c[0], "z") == 0, "row after the big one");
	csv_close(&r);
	sb_free(&s);
}

/* Fuzzer reproducer (issue 12): 29 NULs then "S5\xE5" crashed check_record
 * (the field offsets were recounted past their array). Now one flagged row. */
static void test_nul_run_reproducer(void)
{
	char s[32];
	memset(s, 0, 29);
	memcpy(s + 29, "S5\xE5", 3);
	csv_reader *r = open_str(s, sizeof s);
	char **c;
	int n, bad;
	long row;
	ok(next(r, &c, &n, &row, &bad) == 1 && n == 1 && bad, "NUL run + cut UTF-8: one flagged row");
	ok(strstr(csv_row_problem(r), "第1行第1列含有 NUL") != NULL, "NUL reported with row and column: %s",
	   csv_row_problem(r));
	ok(strstr(c[0], "S5") != NULL && strlen(c[0]) == 29 * 3 + 2 + 3, "NULs and the bad byte become U+FFFD");
	is_int(next(r, &c, &n, &row, &bad), 0, "then the end");
	csv_close(&r);
	ok(csv_open_mem(NULL, 0, &r, NULL) == 0 && next(r, &c, &n, &row, &bad) == 0, "empty input, NULL buffer");
	csv_close(&r);
}

/* 「赵\0六」 must not silently become 「赵」. */
static void test_nul_in_name(void)
{
	const char s[] = "案号,被执行人,备注\n（2023）浙0683执1号,赵\0六,x\n（2023）浙0683执2号,钱七,y\n";
	csv_reader *r = open_str(s, sizeof s - 1);
	char **c;
	int n, bad;
	long row;
	next(r, &c, &n, &row, &bad);
	ok(next(r, &c, &n, &row, &bad) == 1 && n == 3 && bad, "row with a NUL is flagged, fields intact");
	is_str(c[1], "赵\xEF\xBF\xBD六", "the NUL is shown as U+FFFD, nothing cut");
	is_str(c[2], "x", "the field after it");
	is_str(csv_row_problem(r), "第2行第2列含有 NUL 空字节（已替换为 \xEF\xBF\xBD）", "reason names row 2 column 2");
	ok(next(r, &c, &n, &row, &bad) == 1 && !bad && *csv_row_problem(r) == '\0', "next row clean");
	csv_close(&r);
}

/* One GBK row in a UTF-8 file: UTF-8 by majority, that row flagged alone. */
static void test_one_gbk_row(void)
{
	struct strbuf s = STRBUF_INIT;
	sb_adds(&s, "案号,被执行人\n");
	for (int i = 1; i <= 20; i++)
		sb_printf(&s, "（2023）浙0683执%d号,张三%d\n", i, i);
	sb_adds(&s, "x,\xD5\xC5\xC8\xFD\n");     /* 张三 in GBK */
	sb_adds(&s, "（2023）浙0683执99号,李四\n");
	csv_reader *r = open_str(s.buf, s.len);
	char **c;
	int n, bad, flagged = 0, rows = 0;
	long row, bad_row = 0;
	is_str(csv_encoding(r), "UTF-8", "one GBK row does not make the file GB18030");
	ok(next(r, &c, &n, &row, &bad) == 1 && strcmp(c[0], "案号") == 0, "header intact");
	while (next(r, &c, &n, &row, &bad) == 1) {
		rows++;
		if (bad) {
			flagged++;
			bad_row = row;
			is_str(csv_row_problem(r), "第22行第2列含有无效字节（不是 UTF-8 编码，可能是 GBK）",
			       "the GBK row named with row and column");
		}
	}
	is_int(rows, 22, "every row read");
	is_int(flagged, 1, "only the GBK row flagged");
	is_int(bad_row, 22, "it is row 22");
	csv_close(&r);
	sb_free(&s);
}

/* Limits: cells cut on a character boundary, records and field counts bounded. */
static void test_limits(void)
{
	struct strbuf s = STRBUF_INIT;
	sb_adds(&s, "a,b\nx,");
	for (int i = 0; i < 30000; i++)
		sb_adds(&s, "中");
	sb_adds(&s, "\n");
	for (int k = 0; k < 20; k++) {       /* 20 cells of 60 KB: over 1 MiB */
		for (int i = 0; i < 60000; i++)
			sb_addc(&s, 'y');
		sb_addc(&s, ',');
	}
	sb_adds(&s, "end\n");
	for (int k = 0; k < CSV_MAX_FIELDS + 10; k++)
		sb_adds(&s, "f,");
	sb_adds(&s, "\nlast,row\n");
	csv_reader *r = open_str(s.buf, s.len);
	char **c;
	int n, bad;
	long row;
	next(r, &c, &n, &row, &bad);
	ok(next(r, &c, &n, &row, &bad) == 1 && bad, "90 KB cell flagged");
	is_int((long)strlen(c[1]), 65535, "cut to 64 KiB on a character boundary");
	ok(strstr(csv_row_problem(r), "第2行第2列超过单元格上限 64 KiB") != NULL, "reason: %s", csv_row_problem(r));
	ok(next(r, &c, &n, &row, &bad) == 1 && bad && n == 21, "1.2 MB record: flagged, fields still counted");
	ok(strstr(csv_row_problem(r), "第3行第18列起超过单行上限 1 MiB") != NULL, "reason: %s", csv_row_problem(r));
	size_t total = 0;
	for (int i = 0; i < n; i++)
		total += strlen(c[i]);
	ok(total <= CSV_MAX_RECORD, "record kept within 1 MiB (%zu)", total);
	ok(next(r, &c, &n, &row, &bad) == 1 && bad && n == CSV_MAX_FIELDS, "too many fields: capped and flagged");
	ok(strstr(csv_row_problem(r), "超过列数上限") != NULL, "reason: %s", csv_row_problem(r));
	ok(next(r, &c, &n, &row, &bad) == 1 && !bad && strcmp(c[1], "row") == 0, "the next row is whole");
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
	test_nul_run_reproducer();
	test_nul_in_name();
	test_one_gbk_row();
	test_limits();
	return tap_done();
}
