/* The --map file parser (columns_parse_map) and the header test used to
 * pick an XLSX sheet: good lines map headers; a NUL, invalid UTF-8, an
 * overlong line or header, or an oversized file is an error naming the
 * line, never a silently cut mapping. */
#include "import/columns.h"
#include "import/ledger_row.h"
#include "tap.h"

#include <string.h>

static int parse(const char *text, size_t len, struct jz_err *e)
{
	struct column_map m;
	columns_init(&m, ledger_columns, LF_COUNT, NULL, e);
	int rc = columns_parse_map(&m, text, len, "m.map", e);
	columns_free(&m);
	return rc;
}

int main(void)
{
	struct column_map m;
	struct jz_err e;
	const char good[] = "\xEF\xBB\xBF# 本院表头\ncase_no = 文书编号\r\n被执行人 = 欠款人  # 注释\n\n　\n";
	ok(columns_init(&m, ledger_columns, LF_COUNT, NULL, &e) == 0 &&
	   columns_parse_map(&m, good, sizeof good - 1, "m.map", &e) == 0, "a map with BOM, CRLF, comments");
	char *hdr[] = { "文书编号", "欠款人", "立案日期" };
	is_int(columns_match(&m, hdr, 3), 3, "mapped headers match");
	is_int(m.col[LF_DEBTOR], 1, "被执行人 is the 欠款人 column");
	ok(columns_header_test(hdr, 3, &m), "the header test accepts it");
	char *title[] = { "嵊州市人民法院执行案件台账" };
	ok(!columns_header_test(title, 1, &m), "a title row is no header");
	columns_free(&m);

	const char nul[] = "case_no = 文书\0编号\n";
	ok(parse(nul, sizeof nul - 1, &e) == -1 && strstr(e.msg, "m.map:1: 含有 NUL"), "NUL refused: %s", e.msg);
	const char bad[] = "# ok\ncase_no = \xD5\xC5\n";
	ok(parse(bad, sizeof bad - 1, &e) == -1 && strstr(e.msg, "m.map:2: 不是有效的 UTF-8"), "GBK refused: %s", e.msg);
	char line[1500] = "case_no = ";
	memset(line + 10, 'x', 1200);
	ok(parse(line, strlen(line), &e) == -1 && strstr(e.msg, "m.map:1: 行过长"), "overlong line refused: %s", e.msg);
	char hd[600] = "case_no = ";
	memset(hd + 10, 'y', 300);
	ok(parse(hd, strlen(hd), &e) == -1 && strstr(e.msg, "表头过长"), "overlong header refused: %s", e.msg);
	ok(parse("case_no =  \n", 12, &e) == -1 && strstr(e.msg, "缺少表头"), "empty header refused: %s", e.msg);
	ok(parse("nosuch = x\n", 11, &e) == -1 && strstr(e.msg, "unknown field 'nosuch'"), "unknown field: %s", e.msg);
	static char big[70000];
	memset(big, '#', sizeof big);
	ok(parse(big, sizeof big, &e) == -1 && strstr(e.msg, "64 KiB"), "a 70 KB map refused: %s", e.msg);
	return tap_done();
}
