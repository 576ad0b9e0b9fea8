/* test_ledger_check.c — a scanned document stored against its case's
 * ledger: names read exactly are marked and trusted, names OCR misread in a
 * character take the case's spelling (the reading kept in the note), a
 * party's ID a digit off is mended and one far off flagged, a name near two
 * of the case's names and a stranger's stay as read, a party the extractor
 * missed is added with its page and line; a case with no ledger checks
 * nothing. Judges are read against the case's 承办人 and the others of its
 * court; a 人民陪审员 is not. */
#include "ocr/documents.h"
#include "ocr/ledger_check.h"
#include "store/db.h"
#include "tap.h"
#include "test_db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const setup_sql[] =
	{ "INSERT INTO cases(id, case_no, court_code, judge) VALUES (1, '（2024）浙0683执101号', '浙0683', '段晓云'),"
	  " (2, '（2024）浙0683执102号', '浙0683', '苟雪莲'), (3, '（2024）浙0602执9号', '浙0602', '苟雪连')",
	  "INSERT INTO parties(id, name, kind, id_no) VALUES (1, '李春梅', 'person', NULL),"
	  " (2, '绍兴市远帆餐饮有限公司', 'org', '91330683MA2BXXXX1K'), (3, '张三丰', 'person', '330683198001020013'),"
	  " (4, '尹志强', 'person', NULL), (5, '王志钢', 'person', NULL), (6, '王小明', 'person', NULL),"
	  " (7, '王小朋', 'person', NULL), (8, '钱多多', 'person', '330683199002030047')",
	  "INSERT INTO case_parties(case_id, party_id, role) VALUES (1, 1, '申请执行人'), (1, 2, '被执行人'),"
	  " (1, 3, '被执行人'), (1, 4, '被执行人'), (1, 6, '案外人'), (1, 7, '案外人'), (1, 8, '被执行人')",
	  "INSERT INTO party_links(kind, a, b, source, strength) VALUES ('法定代表人', 5, 2, 'test', 'strong')",
	  NULL };

/* OCR's misreadings: 悔 for 梅, 去 for 云, 刚 for 钢, 入 for 尹, a digit of
 * 张三丰's ID, 钱多多's ID another person's. */
static const char page1[] =
	"浙江省嵊州市人民法院\n"
	"执行裁定书\n"
	"（2024）浙0683执101号\n"
	"申请执行人：李春悔，女，1980年1月2日出生，住浙江省嵊州市。\n"
	"被执行人：绍兴市远帆餐饮有限公司，住所地浙江省嵊州市。\n"
	"法定代表人：王志刚，该公司经理。\n"
	"被执行人：张三丰，男，1980年1月2日出生，公民身份号码330683198001020018，住浙江省嵊州市。\n"
	"被执行人：钱多多，女，公民身份号码330683199505050026，住浙江省嵊州市。\n"
	"案外人：王小月，男，住浙江省嵊州市。\n"
	"案外人：赵六，男，住浙江省嵊州市。\n"
	"本院在执行申请执行人李春悔与被执行人绍兴市远帆餐饮有限公司等民间借贷纠纷一案中，"
	"查明被执行人入志强名下无可供执行的财产。\n";
static const char page2[] =
	"依照《中华人民共和国民事诉讼法》第二百六十四条第六项的规定，裁定如下：\n"
	"终结本次执行程序。\n"
	"审判长 苟雪连\n"
	"审判员 段晓去\n"
	"人民陪审员 苟雪达\n"
	"二〇二四年五月六日\n";

static char *q(jz_db *db, const char *sql)
{
	char *s = db_text(db, sql);
	return s ? s : strdup("(null)");
}

static void is_q(jz_db *db, const char *sql, const char *want, const char *what)
{
	char *got = q(db, sql);
	is_str(got, want, what);
	free(got);
}

static struct doc_out last;     /* what the last store said */

static long long store(jz_db *db, const char *text1, const char *text2, const char *sha)
{
	struct ocr_page pages[2] = { { 1, (char *)text1, 90, NULL }, { 2, (char *)text2, 90, NULL } };
	struct page_src src[2] = { { "/scans/zb.pdf", sha, 1 }, { "/scans/zb.pdf", sha, 2 } };
	struct doc_in in = { "/scans/zb.pdf", sha, NULL, NULL, pages, src, 2 };
	struct doc_out out;
	struct jz_err e;
	int rc = documents_store_doc(db, &in, &out, &e);
	last = out;
	if (rc) {
		printf("# %s\n", e.msg);
		return -1;
	}
	return out.doc_id;
}

static void test_checked(jz_db *db)
{
	struct jz_err e;
	for (int i = 0; setup_sql[i]; i++)
		if (db_exec(db, setup_sql[i], &e))
			printf("# %s\n", e.msg);
	long long doc = store(db, page1, page2, "sha-ledger-1");
	ok(doc > 0, "the document is stored and attached to its case");
	is_q(db, "SELECT value || '|' || checked || '|' || (confidence >= 0.95) FROM facts"
		 " WHERE field = 'party' AND role = '被执行人' AND value LIKE '绍兴%'",
	     "绍兴市远帆餐饮有限公司|与台账相符|1", "a party read as the ledger has it: marked, and trusted");
	is_q(db, "SELECT value || '|' || raw || '|' || checked || '|' || confidence || '|' || status FROM facts"
		 " WHERE field = 'party' AND role = '申请执行人'",
	     "李春梅|李春悔|据台账更正（识别为“李春悔”）|0.6|proposed",
	     "a name one character off takes the ledger's spelling, keeps the reading, waits for review");
	is_q(db, "SELECT value || '|' || checked FROM facts WHERE field = 'legal_rep'",
	     "王志钢|据台账更正（识别为“王志刚”）", "a 法定代表人 is read against the company's, from the register's links");
	is_q(db, "SELECT group_concat(role || ' ' || value || '|' || coalesce(checked, 'NULL'), '; ') FROM facts"
		 " WHERE field = 'judge'",
	     "审判长 苟雪莲|据台账更正（识别为“苟雪连”）; 审判员 段晓云|据台账更正（识别为“段晓去”）; 人民陪审员 苟雪达|NULL",
	     "judges are read against the case's 承办人 and the other 承办人 of its court (not another court's);"
	     " a 人民陪审员, no 承办人, is not");
	is_q(db, "SELECT id_no || '|' || checked FROM facts WHERE field = 'party' AND value = '张三丰'",
	     "330683198001020013|与台账相符；证件号据台账更正（识别为“330683198001020018”）",
	     "an ID one digit off takes the ledger's");
	is_q(db, "SELECT id_no || '|' || checked || '|' || (confidence <= 0.5) FROM facts WHERE field = 'party'"
		 " AND value = '钱多多'",
	     "330683199505050026|与台账相符；证件号与台账不符（台账为“330683199002030047”）|1",
	     "an ID far from the ledger's is kept and flagged as a conflict");
	is_q(db, "SELECT value || '|' || coalesce(checked, 'NULL') FROM facts WHERE field = 'party' AND role = '案外人'"
		 " ORDER BY value", "王小月|NULL",
	     "a name as near to two of the case's names stays as read");
	is_q(db, "SELECT count(*) FROM facts WHERE value = '赵六' AND checked IS NOT NULL", "0",
	     "a name the ledger does not hold is not touched");
	is_q(db, "SELECT role || '|' || value || '|' || raw || '|' || checked || '|' || p.page_no || '|' || f.line FROM facts f"
		 " JOIN pages p ON p.id = f.page_id WHERE f.field = 'party' AND f.value = '尹志强'",
	     "被执行人|尹志强|入志强|据台账补充（文中识别为“入志强”）|1|11",
	     "a party the extractor missed (no surname first) is added from the ledger with its page and line");
	is_q(db, "SELECT count(*) FROM facts WHERE field = 'party' AND value = '王小明'", "0",
	     "a party the document does not name is not added");
	char sql[200];
	snprintf(sql, sizeof sql, "SELECT count(checked) || '/' || count(CASE WHEN instr(checked, '据台账') THEN 1 END)"
		 " FROM facts WHERE doc_id = %lld", doc);
	char want[32];
	snprintf(want, sizeof want, "%d/%d", last.ledger_checked, last.ledger_mended);
	is_q(db, sql, want, "jianzhi ocr's counts of names checked and mended are the stored facts'");
	is_int(last.ledger_mended, 6, "six mended or added: 李春梅, 张三丰's ID, 王志钢, 苟雪莲, 段晓云, 尹志强");
}

static void test_no_ledger(jz_db *db)
{
	static const char other[] =
		"浙江省嵊州市人民法院\n执行裁定书\n（2024）浙0683执555号\n申请执行人：李春悔，女，住浙江省嵊州市。\n";
	long long doc = store(db, other, "", "sha-ledger-2");
	ok(doc > 0, "a document of a case the database does not hold is stored");
	char sql[160];
	snprintf(sql, sizeof sql, "SELECT value || '|' || coalesce(checked, 'NULL') FROM facts WHERE doc_id = %lld"
		 " AND field = 'party'", doc);
	is_q(db, sql, "李春悔|NULL", "and its names, with no ledger to read them against, stay as read");
}

/* A 案号 OCR misread in a digit names no case: the case one digit off
 * with a party of the document is the document's; without a shared
 * party the 案号 is taken as read (a new case). */
static void test_misread_case_no(jz_db *db)
{
	static const char misread[] =
		"浙江省嵊州市人民法院\n执行裁定书\n（2024）浙0683执107号\n"
		"被执行人：绍兴市远帆餐饮有限公司，住所地浙江省嵊州市。\n";
	static const char stranger[] =
		"浙江省嵊州市人民法院\n执行裁定书\n（2024）浙0683执108号\n"
		"被执行人：宁波市某某贸易有限公司，住所地浙江省宁波市。\n";
	long long doc = store(db, misread, "", "sha-ledger-3");
	char sql[256];
	snprintf(sql, sizeof sql, "SELECT c.case_no || '|' || f.value || '|' || f.checked FROM documents d"
		 " JOIN cases c ON c.id = d.case_id JOIN facts f ON f.doc_id = d.id AND f.field = 'case_no' WHERE d.id = %lld",
		 doc);
	is_q(db, sql, "（2024）浙0683执101号|（2024）浙0683执101号|据台账更正（识别为“（2024）浙0683执107号”；"
		 "台账中此案号不存在，一字之差的（2024）浙0683执101号当事人相同）",
	     "a 案号 one digit off a case with the same party is that case's");
	is_q(db, "SELECT count(*) FROM cases WHERE case_no = '（2024）浙0683执107号'", "0", "and no case is made of the misreading");
	doc = store(db, stranger, "", "sha-ledger-4");
	snprintf(sql, sizeof sql, "SELECT c.case_no FROM documents d JOIN cases c ON c.id = d.case_id WHERE d.id = %lld", doc);
	is_q(db, sql, "（2024）浙0683执108号", "one naming no party of the near case keeps its own 案号");
}

/* An old 案号 printed with its number's leading zeros (第00012号): the
 * fact says it as printed, the document still goes to the case the
 * ledger holds without them. */
static void test_leading_zeros(jz_db *db)
{
	struct jz_err e;
	if (db_exec(db, "INSERT INTO cases(id, case_no) VALUES (40, '（2015）万法执异字第12号')", &e))
		printf("# %s\n", e.msg);
	static const char zeros[] =
		"重庆市万州区人民法院\n执行裁定书\n(2015)万法执异字第00012号\n申请执行人重庆市万州区永德建筑工程有限公司。\n";
	long long doc = store(db, zeros, "", "sha-ledger-5");
	char sql[256];
	snprintf(sql, sizeof sql, "SELECT d.case_id || '|' || f.value FROM documents d"
		 " JOIN facts f ON f.doc_id = d.id AND f.field = 'case_no' WHERE d.id = %lld", doc);
	is_q(db, sql, "40|（2015）万法执异字第00012号",
	     "a 案号 printed with leading zeros: the fact as printed, the document on the ledger's case");
	is_q(db, "SELECT count(*) FROM cases WHERE case_no LIKE '%第00012号'", "0", "and no second case is made of it");
}

static void test_distance(void)
{
	ok(ledger_name_distance("李春梅", "李春梅") == 0, "the same name: 0");
	ok(ledger_name_distance("李春悔", "李春梅") == 1, "one character off: near");
	ok(ledger_name_distance("间丽", "闫丽") == 1, "a two-character name one off: near");
	ok(ledger_name_distance("能居明", "熊启明") == -1, "two of three off: not near");
	ok(ledger_name_distance("绍兴市远帆餐钦有限公", "绍兴市远帆餐饮有限公司") == -1,
	   "a long name one off and one short: not near");
	ok(ledger_name_distance("绍兴市远帆餐饮有限司", "绍兴市远帆餐饮有限公司") == 1, "one character lost: near");
	ok(ledger_name_distance("绍兴市远帆餐钦有限公习", "绍兴市远帆餐饮有限公司") == 1, "two of eleven off: near");
	ok(ledger_name_distance("张三", "张三丰") == -1, "a short name one shorter: not near");
}

int main(void)
{
	char path[] = "/tmp/jz-ledgercheck-XXXXXX";
	jz_db *db = test_db_open(path);
	if (!db)
		return 1;
	/* the one who scans: a prosecutor (policy.h) */
	struct jz_err e;
	char sql[256];
	snprintf(sql, sizeof sql, "INSERT INTO users(login, role) VALUES ('%s', '承办检察官');"
		 "INSERT INTO user_roles(login, role) VALUES ('%s', '承办检察官')", jz_login(db), jz_login(db));
	if (db_exec(db, sql, &e))
		printf("# %s\n", e.msg);
	db_reload_identity(db);
	test_distance();
	test_checked(db);
	test_leading_zeros(db);
	test_no_ledger(db);
	test_misread_case_no(db);
	test_db_remove(&db, path);
	return tap_done();
}
