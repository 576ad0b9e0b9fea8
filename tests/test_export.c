/* test_export.c — the exports the workstation calls write exactly what its
 * lists show: export_cases_xlsx in the case list's order under its filters
 * (read back with the importer's XLSX reader and compared with
 * caselist_fetch paging), export_leads_xlsx under a lead filter; the title
 * row names the selection; full IDs need a role; xl_text makes any text
 * safe for a cell and masks 身份证号 in it. */
#include "export/export.h"
#include "export/xltext.h"
#include "import/xlsx_reader.h"
#include "query/caselist.h"
#include "store/db.h"
#include "store/users.h"
#include "util/utf8.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NCASES 40

static const char *const debtors[] = { "王志强", "李春梅", "绍兴市远帆餐饮有限公司", NULL, "欧阳志远" };
static const char *const ids[] = { "330683198805120318", NULL, "91330602MA2BXK7Q1F", NULL, "33068319900101005X" };

static void exec(jz_db *db, const char *sql)
{
	struct jz_err e;
	if (db_exec(db, sql, &e))
		fprintf(stderr, "# %s\n", e.msg);
}

static void fill(jz_db *db)
{
	char sql[1024];
	exec(db, "BEGIN");
	exec(db, "INSERT INTO rules(code, title, stage, path) VALUES ('T-RULE', '测试规则', '终本', 'x')");
	for (int i = 1; i <= NCASES; i++) {
		snprintf(sql, sizeof sql,
			 "INSERT INTO cases(id, case_no, court_code, filing_date, claim_fen, judge) VALUES"
			 " (%d, '（2023）浙068%d执%d号', '浙068%d', '2023-0%d-1%d', %s, '法官%d')",
			 i, i % 3, i, i % 3, 1 + i % 9, i % 7, i % 5 ? "(abs(random()) % 5) * 100000" : "NULL", i % 4);
		exec(db, sql);
		const char *d = debtors[i % 5];
		if (!d)
			continue;
		snprintf(sql, sizeof sql, "INSERT OR IGNORE INTO parties(name, kind, id_no) VALUES ('%s', '%s', %s%s%s)", d,
			 ids[i % 5] && ids[i % 5][0] == '9' ? "org" : "person", ids[i % 5] ? "'" : "",
			 ids[i % 5] ? ids[i % 5] : "NULL", ids[i % 5] ? "'" : "");
		exec(db, sql);
		snprintf(sql, sizeof sql, "INSERT INTO case_parties(case_id, party_id, role) SELECT %d, id, '被执行人'"
			 " FROM parties WHERE name = '%s'", i, d);
		exec(db, sql);
		snprintf(sql, sizeof sql, "INSERT INTO leads(rule_code, case_id, evidence, label) VALUES ('T-RULE', %d,"
			 " '被执行人%s（%s）名下有车辆。', %s)", i, d, ids[i % 5] ? ids[i % 5] : "无证件号",
			 i % 2 ? "NULL" : "'排除'");
		exec(db, sql);
	}
	exec(db, "COMMIT");
}

/* Column 0 of the data rows of the first sheet (between the header and the
 * 合计 row, or the end); *title gets row 1's text. */
static int read_first_col(const char *path, char **out, int max, char *title, size_t tn)
{
	xlsx_book *b;
	struct jz_err e;
	if (xlsx_open(path, &b, &e)) {
		fprintf(stderr, "# %s\n", e.msg);
		return -1;
	}
	char **cells;
	int nc, n = 0;
	long rowno;
	while (xlsx_next_row(b, &cells, &nc, &rowno, &e) == 1) {
		if (rowno == 1)
			snprintf(title, tn, "%s", cells[0]);
		else if (rowno >= 3 && strcmp(cells[0], "合计") != 0 && n < max)
			out[n++] = strdup(cells[0]);
	}
	xlsx_close(&b);
	return n;
}

/* Every 案号 the case list shows for q, walking its pages. */
static int list_order(jz_db *db, const struct caselist_query *q, char **out, int max)
{
	struct caselist_row rows[7];
	struct caselist_key k;
	memset(&k, 0, sizeof k);
	memset(rows, 0, sizeof rows);
	struct jz_err e;
	int total = 0, n;
	while (caselist_fetch(db, q, &k, 0, rows, 7, &n, &e) == 0 && n > 0 && total < max) {
		for (int i = 0; i < n && total < max; i++)
			out[total++] = strdup(rows[i].case_no);
		caselist_key_set(&k, &rows[n - 1]);
		caselist_rows_free(rows, n);
	}
	caselist_key_clear(&k);
	return total;
}

static void free_all(char **v, int n)
{
	for (int i = 0; i < n; i++)
		free(v[i]);
}

static void same_as_list(jz_db *db, const char *dir, const struct caselist_query *q, const char *what,
			 const char *want_title_part)
{
	char path[512], title[512] = "", *got[NCASES + 5], *want[NCASES + 5];
	snprintf(path, sizeof path, "%s/list.xlsx", dir);
	struct export_opts o = { .quiet = 1 };
	long rows = -1;
	struct jz_err e;
	int rc = export_cases_xlsx(db, path, q, &o, &rows, &e);
	ok(rc == 0, "%s: export_cases_xlsx", what);
	if (rc)
		fprintf(stderr, "# %s\n", e.msg);
	int ng = read_first_col(path, got, NCASES + 5, title, sizeof title);
	int nw = list_order(db, q, want, NCASES + 5);
	int same = ng == nw && ng == rows;
	for (int i = 0; same && i < ng; i++)
		same = strcmp(got[i], want[i]) == 0;
	ok(same && nw > 0, "%s: the workbook holds the list's %d cases in its order (got %d)", what, nw, ng);
	ok(strstr(title, want_title_part) != NULL, "%s: title row names the selection (%s)", what, title);
	free_all(got, ng);
	free_all(want, nw);
	unlink(path);
}

static void test_case_lists(jz_db *db, const char *dir)
{
	struct caselist_query q = { .sort = CL_CLAIM, .desc = 1 };
	q.f.court = "浙0681";
	same_as_list(db, dir, &q, "court filter, by 标的 descending (NULLs last)", "法院 浙0681，按标的降序");
	struct caselist_query q2 = { .sort = CL_DEBTOR, .desc = 0 };
	same_as_list(db, dir, &q2, "by 被执行人 ascending (cases without one first)", "按被执行人升序");
	struct caselist_query q3 = { .sort = CL_CASE_NO, .desc = 1 };
	q3.f.search = "志";
	same_as_list(db, dir, &q3, "a one-character search", "搜索“志”");
}

static void test_leads(jz_db *db, const char *dir)
{
	char path[512], title[512] = "", *got[NCASES + 5];
	snprintf(path, sizeof path, "%s/leads.xlsx", dir);
	struct lead_filter f = { .rule = "T-RULE", .label = "none" };
	struct export_opts o = { .quiet = 1 };
	long rows = -1;
	struct jz_err e;
	ok(export_leads_xlsx(db, path, &f, &o, &rows, &e) == 0, "export_leads_xlsx");
	int n = read_first_col(path, got, NCASES + 5, title, sizeof title);
	long long want = db_int(db, "SELECT count(*) FROM leads WHERE label IS NULL", -1);
	ok(n == want && rows == want, "the unlabelled leads only (%d of %lld)", n, want);
	ok(strstr(title, "规则 T-RULE，未标注") != NULL, "title row names the filter (%s)", title);
	free_all(got, n);
	o.full_ids = 1;
	unlink(path);
	char me[64];
	snprintf(me, sizeof me, "%s", jz_login(db));
	users_act_as(db, "nobody");
	ok(export_leads_xlsx(db, path, &f, &o, &rows, &e) == -1 && access(path, F_OK) != 0,
	   "full IDs refused for a login without a role; no file written");
	ok(strstr(e.msg, "无权查看完整证件号") != NULL, "saying why (%s)", e.msg);
	users_act_as(db, me);     /* the creator: 管理员 */
	if (users_set(db, "chief", "测试", "检察长", &e))
		fprintf(stderr, "# %s\n", e.msg);
	users_act_as(db, "chief");
	ok(export_leads_xlsx(db, path, &f, &o, &rows, &e) == 0, "full IDs allowed for a 检察长 (%s)", jz_role(db));
	ok(db_int(db, "SELECT count(*) FROM audit WHERE action = 'export.unmask'"
		   " AND after LIKE '%\"selection\":\"规则 T-RULE，未标注\"%'", 0) == 1,
	   "audited with the selection");
	unlink(path);
}

static void test_text(void)
{
	struct strbuf sb = STRBUF_INIT;
	const char *plain = "（2023）浙0683执1234号 张三";
	ok(xl_text(plain, 1, &sb) == plain, "ordinary text passes untouched (no copy)");
	is_str(xl_text("被执行人王某（330683198805120318）名下", 1, &sb), "被执行人王某（330683********0318）名下",
	       "a 身份证号 inside text is masked");
	is_str(xl_text("330683198805120318、33068319900101005x", 1, &sb), "330683********0318、330683********005x",
	       "each of a list, lower-case x too");
	is_str(xl_text("330683880512031", 1, &sb), "330683*****2031", "15-digit IDs too");
	is_str(xl_text("91330602MA2BXK7Q1F", 1, &sb), "91330602MA2BXK7Q1F", "统一社会信用代码 stay");
	is_str(xl_text("账号6222020200112233445566", 1, &sb), "账号6222020200112233445566", "longer numbers stay");
	is_str(xl_text("330683198805120318", 0, &sb), "330683198805120318", "no masking when not asked");
	is_str(xl_text("a\x01" "b\x0b" "c\x1f" "d\te\nf\rg", 0, &sb), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD" "d\te\nf\rg",
	       "C0 controls but tab, LF, CR become U+FFFD");
	is_str(xl_text("x\xEF\xBF\xBEy\xEF\xBF\xBFz", 0, &sb), "x\xEF\xBF\xBDy\xEF\xBF\xBDz", "U+FFFE and U+FFFF become one U+FFFD each");
	is_str(xl_text("a\xFF" "b\xC3", 0, &sb), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD", "invalid UTF-8 becomes U+FFFD");
	is_str(xl_text("\xED\xA0\x80", 0, &sb), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", "an encoded surrogate is invalid");
	is_str(xl_text("\xEF\xBF\xBD好", 0, &sb), "\xEF\xBF\xBD好", "a real U+FFFD stays");
	struct strbuf big = STRBUF_INIT;
	for (int i = 0; i < 40000; i++)
		sb_adds(&big, "长");
	const char *t = xl_text(big.buf, 1, &sb);
	ok(utf8_chars(t) == XL_MAX_CHARS && strcmp(t + strlen(t) - 3, "…") == 0,
	   "longer than a cell holds: cut to 32767 characters ending in …");
	sb_free(&big);
	sb_free(&sb);
}

int main(void)
{
	char dir[] = "/tmp/jz-export-XXXXXX";
	if (!mkdtemp(dir))
		return 1;
	char path[512];
	snprintf(path, sizeof path, "%s/t.db", dir);
	struct jz_err e;
	jz_db *db = jz_open(path, JZ_OPEN_CREATE, &e);
	if (db)
		users_bootstrap(db, "", &e);
	if (!db) {
		fprintf(stderr, "%s\n", e.msg);
		return 1;
	}
	fill(db);
	test_case_lists(db, dir);
	test_leads(db, dir);
	test_text();
	jz_close(&db);
	char cmd[600];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "# could not remove %s\n", dir);
	return tap_done();
}
