/* test_caselist.c — keyset paging of the case list visits every case once,
 * in the order of the sort column (NULLs included), forward and backward;
 * filters and search (short and trigram) find what they should; masking. */
#include "query/caselist.h"
#include "query/casedetail.h"
#include "query/sql.h"
#include "legal/mask.h"
#include "store/db.h"
#include "tap.h"
#include "test_db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NCASES 53

static const char *names[] = { "王志强", "李春梅", "绍兴市远帆餐饮有限公司", "张三", "欧阳志远" };

static void fill(jz_db *db)
{
	struct jz_err e;
	db_exec(db, "BEGIN", &e);
	for (int i = 1; i <= NCASES; i++) {
		char sql[1024];
		/* Repeating values, and NULLs in every nullable sort column (the
		 * filing date too: it orders the ties of 法院 and 结案方式). */
		char filing[32];
		snprintf(filing, sizeof filing, i % 11 ? "'2023-0%d-1%d'" : "NULL", 1 + i % 9, i % 7);
		snprintf(sql, sizeof sql,
			 "INSERT INTO cases(id, case_no, court_code, filing_date, closing_date, closing_method,"
			 " claim_fen, paid_fen, judge) VALUES (%d, '（202%d）浙068%d执%d号', %s, %s, %s, %s, %s, %d, '法官%d')",
			 i, i % 4, i % 3, i, i % 5 ? "'浙0683'" : "NULL", filing,
			 i % 3 ? "'2024-02-0' || (1 + abs(random()) % 3)" : "NULL",
			 i % 3 ? "'终结本次执行程序'" : i % 2 ? "'执行完毕'" : "NULL",
			 i % 6 ? "(abs(random()) % 4) * 100000" : "NULL", (i % 5) * 500, i % 4);
		if (db_exec(db, sql, &e))
			fprintf(stderr, "%s\n", e.msg);
		snprintf(sql, sizeof sql, "INSERT OR IGNORE INTO parties(name) VALUES ('%s')", names[i % 5]);
		db_exec(db, sql, &e);
		snprintf(sql, sizeof sql, "INSERT INTO case_parties(case_id, party_id, role) SELECT %d, id, '被执行人'"
			 " FROM parties WHERE name = '%s'", i, names[i % 5]);
		db_exec(db, sql, &e);
	}
	/* Leads on some cases (0-3 active, some gone), so 线索数 repeats and
	 * varies: the kept key (db/schema/023) must order like a fresh count. */
	db_exec(db, "INSERT OR IGNORE INTO rules(code, title, path) VALUES ('T-1', '测试', 't.sql')", &e);
	for (int i = 1; i <= NCASES; i += 2) {
		char sql[256];
		for (int k = 0; k < i % 4 + 1; k++) {
			snprintf(sql, sizeof sql, "INSERT INTO leads(rule_code, case_id, hit_key, status) VALUES ('T-1', %d, '%d', '%s')",
				 i, k, k == 2 ? "gone" : "active");
			if (db_exec(db, sql, &e))
				fprintf(stderr, "%s\n", e.msg);
		}
	}
	db_exec(db, "COMMIT", &e);
}

/* The expected order by a plain ORDER BY (SQLite: NULLs first ascending)
 * of the cases where holds; tie: the second key within equal values, or NULL. */
static int expected_where(jz_db *db, const char *where, const char *expr, const char *tie, int desc, long long *ids)
{
	char sql[1024];
	const char *dir = desc ? "DESC" : "ASC";
	snprintf(sql, sizeof sql, "SELECT c.id FROM cases c WHERE %s ORDER BY %s %s%s%s%s, c.id %s", where, expr, dir,
		 tie ? ", " : "", tie ? tie : "", tie ? (desc ? " DESC" : " ASC") : "", dir);
	sqlite3_stmt *st;
	db_prepare(db, sql, &st, NULL);
	int n = 0;
	while (sqlite3_step(st) == SQLITE_ROW && n < NCASES)
		ids[n++] = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* Walk all pages of size page forward (or backward from the end). */
static int walk(jz_db *db, struct caselist_query *q, int backward, int page, long long *ids)
{
	struct caselist_row rows[16];
	struct caselist_key k;
	memset(&k, 0, sizeof k);
	struct jz_err e;
	int total = 0, n;
	memset(rows, 0, sizeof rows);
	for (;;) {
		if (caselist_fetch(db, q, &k, backward, rows, page, &n, &e) || n == 0)
			break;
		for (int i = 0; i < n && total < NCASES + 5; i++)
			ids[total++] = rows[backward ? n - 1 - i : i].id;
		caselist_key_set(&k, &rows[backward ? 0 : n - 1]);
		caselist_rows_free(rows, n);
		if (total > NCASES)
			break;
	}
	caselist_key_clear(&k);
	return total;
}

/* The cases where holds, sorted by col (desc), as a plain ORDER BY of
 * expr gives them and as pages of the list give them: forward in pages
 * of fwd rows, backward from the end in pages of back rows. */
struct visit {
	int nw, nf, nb;          /* cases wanted, visited forward, visited backward */
	int same_f, same_b;      /* each visit in the wanted order */
};

static struct visit visit_pages(jz_db *db, int col, int desc, const char *search, const char *where,
				const char *expr, int fwd_rows, int back_rows)
{
	struct caselist_query q;
	memset(&q, 0, sizeof q);
	q.sort = col;
	q.desc = desc;
	q.f.search = search;
	long long want[NCASES], fwd[NCASES + 8], back[NCASES + 8];
	/* 法院 and 结案方式 list their ties by filing date (db/schema/046) */
	const char *tie = col == CL_COURT || col == CL_METHOD ? "c.filing_date" : NULL;
	struct visit v;
	v.nw = expected_where(db, where, expr, tie, desc, want);
	v.nf = walk(db, &q, 0, fwd_rows, fwd);
	v.nb = walk(db, &q, 1, back_rows, back);
	v.same_f = v.nf == v.nw;
	v.same_b = v.nb == v.nw;
	for (int i = 0; i < v.nw && i < v.nf; i++)
		v.same_f &= fwd[i] == want[i];
	for (int i = 0; i < v.nw && i < v.nb; i++)
		v.same_b &= back[i] == want[v.nw - 1 - i];
	return v;
}

static void test_paging(jz_db *db)
{
	static const char *exprs[CL_NCOLS] = {
		"c.case_no", "c.court_code", "c.filing_date", "c.closing_date", "c.closing_method",
		"c.claim_fen", "c.paid_fen",
		"(SELECT min(p.name) FROM case_parties cp JOIN parties p ON p.id = cp.party_id WHERE cp.case_id = c.id AND cp.role = '被执行人')",
		"(SELECT count(*) FROM leads l WHERE l.case_id = c.id AND l.status = 'active')",
	};
	ok(db_int(db, "SELECT count(DISTINCT active_leads) FROM cases", 0) >= 3, "the cases have 0 to 3 active leads");
	for (int col = 0; col < CL_NCOLS; col++)
		for (int desc = 0; desc < 2; desc++) {
			struct visit v = visit_pages(db, col, desc, NULL, "1", exprs[col], 7, 5);
			ok(v.same_f, "sort %s %s: pages of 7 forward visit all %d cases in order (got %d)",
			   caselist_col_name(col), desc ? "desc" : "asc", v.nw, v.nf);
			ok(v.same_b, "sort %s %s: pages of 5 backward from the end visit them in reverse (got %d)",
			   caselist_col_name(col), desc ? "desc" : "asc", v.nb);
		}
}

/* A search that matches many cases pages along the sort's index, asking
 * the hits of each case (caselist.c, hits_walked): the same cases in the
 * same order as a plain ORDER BY of the matching cases, every column,
 * both directions, forward and backward. */
static void test_search_paging(jz_db *db)
{
	static const char *exprs[CL_NCOLS] = {
		"c.case_no", "c.court_code", "c.filing_date", "c.closing_date", "c.closing_method",
		"c.claim_fen", "c.paid_fen", "c.first_debtor", "c.active_leads",
	};
	const char *hits = "c.id IN (SELECT cp.case_id FROM case_parties cp JOIN parties p ON p.id = cp.party_id"
			   " WHERE p.name LIKE '%志%')";
	int all = 1, n_hits = 0;
	for (int col = 0; col < CL_NCOLS; col++)
		for (int desc = 0; desc < 2; desc++) {
			struct visit v = visit_pages(db, col, desc, "志", hits, exprs[col], 5, 4);
			if (!v.same_f || !v.same_b)
				printf("# search sort %s %s: %d wanted, %d forward, %d backward\n", caselist_col_name(col),
				       desc ? "desc" : "asc", v.nw, v.nf, v.nb);
			all &= v.same_f && v.same_b;
			n_hits = v.nw;
		}
	ok(n_hits >= 15 && all, "a search matching %d of %d cases pages along each sort's index: every column, both"
	   " directions, forward and backward, the cases of a plain ORDER BY", n_hits, NCASES);
}

static long long count_where(jz_db *db, const char *where)
{
	char sql[1024];
	snprintf(sql, sizeof sql, "SELECT count(*) FROM cases c WHERE %s", where);
	return db_int(db, sql, -1);
}

static void test_filters(jz_db *db)
{
	struct jz_err e;
	struct caselist_filter f;
	memset(&f, 0, sizeof f);
	is_int((int)caselist_count(db, &f, &e), NCASES, "no filter counts every case");
	f.status = "终本";
	is_int((int)caselist_count(db, &f, &e), (int)count_where(db, "closing_method = '终结本次执行程序'"),
	       "status 终本 counts the 终结本次执行程序 cases");
	f.status = "未结";
	is_int((int)caselist_count(db, &f, &e), (int)count_where(db, "closing_method IS NULL"),
	       "status 未结 counts the cases without a closing method");
	f.status = NULL;
	f.court = "浙0683";
	f.date_from = "2023-03-01";
	f.date_to = "2023-05-31";
	is_int((int)caselist_count(db, &f, &e),
	       (int)count_where(db, "court_code = '浙0683' AND filing_date BETWEEN '2023-03-01' AND '2023-05-31'"),
	       "court and filing date range");
	memset(&f, 0, sizeof f);
	f.judge = "法官2";
	is_int((int)caselist_count(db, &f, &e), (int)count_where(db, "judge = '法官2'"), "judge");
	memset(&f, 0, sizeof f);
	const char *searches[][2] = {
		{ "志强", "王志强" }, { "远帆餐饮", "绍兴市远帆餐饮有限公司" }, { "志", NULL },
		{ "阳志远", "欧阳志远" }, { "执17号", NULL }, { "浙0682执2", NULL },
	};
	for (size_t i = 0; i < sizeof searches / sizeof searches[0]; i++) {
		char where[512];
		snprintf(where, sizeof where, "case_no LIKE '%%%s%%' OR id IN (SELECT case_id FROM case_parties cp"
			 " JOIN parties p ON p.id = cp.party_id WHERE p.name LIKE '%%%s%%')", searches[i][0], searches[i][0]);
		f.search = searches[i][0];
		long long want = count_where(db, where), got = caselist_count(db, &f, &e);
		ok(got == want && want > 0, "search '%s' finds %lld cases (want %lld)", searches[i][0], got, want);
	}
	f.search = "没有这个人";
	is_int((int)caselist_count(db, &f, &e), 0, "search for an absent name finds nothing");
}

static void test_search_follows_updates(jz_db *db)
{
	struct jz_err e;
	struct caselist_filter f;
	memset(&f, 0, sizeof f);
	db_exec(db, "UPDATE parties SET name = '王志刚' WHERE name = '王志强'", &e);
	f.search = "王志强";
	is_int((int)caselist_count(db, &f, &e), 0, "after a rename the old name is gone from the index");
	f.search = "王志刚";
	ok(caselist_count(db, &f, &e) > 0, "and the new name is found");
	db_exec(db, "INSERT INTO cases(id, case_no) VALUES (900, '（2025）浙0683执900号');"
		" INSERT INTO parties(name) VALUES ('司马相如');"
		" INSERT INTO case_parties(case_id, party_id, role) SELECT 900, id, '被执行人' FROM parties"
		" WHERE name = '司马相如'", &e);
	ok(caselist_search_pending(db) == 2, "a case and a party added after the last search wait for the index");
	f.search = "马相如";
	is_int((int)caselist_count(db, &f, &e), 1, "a party added since the last search is found");
	is_int((int)caselist_search_pending(db), 0, "and the index has caught up");
	f.search = "执900";
	is_int((int)caselist_count(db, &f, &e), 1, "so is the new 案号");
	db_exec(db, "DELETE FROM cases WHERE id = 900", &e);
	is_int((int)caselist_count(db, &f, &e), 0, "a deleted case leaves the index");
	/* The highest id deleted and used again by a new case: found. */
	db_exec(db, "INSERT INTO cases(id, case_no) VALUES (900, '（2025）浙0683执901号')", &e);
	f.search = "执901";
	is_int((int)caselist_count(db, &f, &e), 1, "a new case that reuses a deleted id is found");
	f.search = "执900";
	is_int((int)caselist_count(db, &f, &e), 0, "and the old 案号 of that id is not");

	/* A big import the index has not caught up with: its rows are scanned,
	 * not indexed first (that took 18 s on a million cases). */
	db_exec(db, "INSERT INTO cases(id, case_no) SELECT 1000 + n, printf('（2025）浙0683执%d号', 1000 + n)"
		" FROM (WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 6000) SELECT n FROM k);"
		" INSERT INTO parties(name) SELECT printf('欧阳%d', id) FROM cases WHERE id > 1000;"
		" INSERT INTO parties(name) VALUES ('上官婉儿');"
		" INSERT INTO case_parties(case_id, party_id, role) SELECT 7000, id, '被执行人' FROM parties"
		" WHERE name = '上官婉儿'", &e);
	long long waiting = caselist_search_pending(db);
	ok(waiting > 12000, "12,001 rows wait for the index (%lld)", waiting);
	f.search = "官婉儿";
	is_int((int)caselist_count(db, &f, &e), 1, "a party of the unindexed rows is found by the scan");
	f.search = "婉儿";
	is_int((int)caselist_count(db, &f, &e), 1, "with two characters too");
	f.search = "执6999号";
	is_int((int)caselist_count(db, &f, &e), 1, "and a 案号 of them");
	ok(caselist_search_pending(db) == waiting, "the search did not stop to index them");
	is_int(caselist_search_sync_some(db, 20000, &e), 0, "the idle indexing catches up");
	f.search = "官婉儿";
	is_int((int)caselist_count(db, &f, &e), 1, "and the same search finds it through the index");
	/* fewer than half the rows wait: the scan reads them from the marks on */
	db_exec(db, "INSERT INTO cases(id, case_no) SELECT 8000 + n, printf('（2025）浙0683执%d号', 8000 + n)"
		" FROM (WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 5500) SELECT n FROM k);"
		" INSERT INTO parties(name) VALUES ('司马相宜');"
		" INSERT INTO case_parties(case_id, party_id, role) SELECT 13000, id, '被执行人' FROM parties"
		" WHERE name = '司马相宜'", &e);
	waiting = caselist_search_pending(db);
	ok(waiting > 5000 && waiting * 2 < 27000, "5,501 rows wait, fewer than half (%lld)", waiting);
	f.search = "马相宜";
	is_int((int)caselist_count(db, &f, &e), 1, "a party of fewer unindexed rows is found by the scan");
	f.search = "相宜";
	is_int((int)caselist_count(db, &f, &e), 1, "with two characters too");
	f.search = "执13500号";
	is_int((int)caselist_count(db, &f, &e), 1, "and a 案号 of them");
}

/* The workstation's search right after a big import: the key returns with
 * what a first slice found, the rest comes a step at a time, and the hits
 * are whole in the end — and whole at once for an export. */
static void test_search_stepwise(jz_db *db)
{
	struct jz_err e;
	jz_err_clear(&e);
	caselist_search_sync(db, &e);
	db_exec(db, "INSERT INTO cases(id, case_no) SELECT 20000 + n, printf('（2025）浙0683执%d号', 20000 + n)"
		" FROM (WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 60000) SELECT n FROM k);"
		" INSERT INTO parties(name) VALUES ('慕容雪');"
		" INSERT INTO parties(name) SELECT printf('诸葛%d', id) FROM cases WHERE id > 20000;"
		" INSERT INTO parties(name) VALUES ('慕容雪晴');"
		" INSERT INTO case_parties(case_id, party_id, role) SELECT 20001, id, '被执行人' FROM parties"
		" WHERE name = '慕容雪';"
		" INSERT INTO case_parties(case_id, party_id, role) SELECT 80000, id, '被执行人' FROM parties"
		" WHERE name = '慕容雪晴'", &e);
	struct caselist_filter f = { .search = "容雪" };
	caselist_search_stepwise(0.001);        /* one slice in the key */
	long long first = caselist_count(db, &f, &e);
	int done = caselist_search_progress(db);
	ok(first == 1 && done >= 0 && done < 100,
	   "a search over 120,000 unindexed rows returns after a slice: 1 of its 2 cases, %d %% scanned", done);
	/* the idle indexing between two steps is not a change of data */
	is_int(caselist_search_sync_some(db, 1000, &e), 1, "an idle indexing step in between");
	int steps = 0, r;
	while ((r = caselist_search_step(db, 0.001, &e)) == 1) {
		int now = caselist_search_progress(db);
		if (now <= done)
			break;
		done = now;
		steps++;
	}
	ok(r == 0 && steps >= 1, "the rest comes in steps, each further on (%d steps, last %d)", steps, r);
	is_int((int)caselist_count(db, &f, &e), 2, "then the search has both cases");
	is_int(caselist_search_progress(db), -1, "and no scan is under way");

	f.search = "雪晴";
	is_int((int)caselist_count(db, &f, &e), 0, "a new search starts again from its first slice");
	struct caselist_query q = { .f = f, .sort = CL_CASE_NO };
	sqlite3_stmt *st;
	int rows = 0;
	if (cases_select(db, &q, "c.case_no", "", &st, &e) == 0) {
		while (sqlite3_step(st) == SQLITE_ROW)
			rows++;
		sqlite3_finalize(st);
	}
	is_int(rows, 1, "an export of that list scans the rest first");
	is_int(caselist_search_progress(db), -1, "leaving nothing to scan");
	is_int((int)caselist_count(db, &f, &e), 1, "and the list counts what it exported");
	caselist_search_stepwise(0);
	f.search = "慕容";
	is_int((int)caselist_count(db, &f, &e), 2, "stepwise off (the CLI): the whole scan in one call");
}

/* A short text in thousands of indexed names (a surname, 玉英) is matched
 * through the index a range of parties at a time in the workstation: the
 * key returns after a slice, the steps bring the rest, and the whole is
 * what a plain LIKE over every name finds. */
static void test_search_common(jz_db *db)
{
	struct jz_err e;
	jz_err_clear(&e);
	db_exec(db, "INSERT INTO case_parties(case_id, party_id, role) SELECT CAST(substr(name, 3) AS INTEGER), id, '被执行人'"
		" FROM parties WHERE name LIKE '诸葛%'", &e);
	caselist_search_sync(db, &e);
	is_int((int)caselist_search_pending(db), 0, "every name indexed");
	long long want = db_int(db, "SELECT count(DISTINCT cp.case_id) FROM case_parties cp JOIN parties p ON p.id = cp.party_id"
				" WHERE p.name LIKE '%诸葛%'", 0);
	struct caselist_filter f = { .search = "诸葛" };
	caselist_search_stepwise(0.001);
	long long first = caselist_count(db, &f, &e);
	int done = caselist_search_progress(db);
	ok(want > 50000 && first < want && done >= 0 && done < 100,
	   "%lld indexed names: the key returns after a slice with %lld of %lld cases, %d %% done", want, first, want, done);
	int steps = 0;
	while (caselist_search_step(db, 0.001, &e) == 1 && steps < 10000)
		steps++;
	is_int((int)caselist_count(db, &f, &e), (int)want, "the steps bring every case a LIKE over the names finds");
	is_int(caselist_search_progress(db), -1, "and the search is complete");
	f.search = "诸葛1";
	caselist_search_stepwise(0);
	want = db_int(db, "SELECT count(DISTINCT cp.case_id) FROM case_parties cp JOIN parties p ON p.id = cp.party_id"
		      " WHERE p.name LIKE '%诸葛1%'", 0);
	is_int((int)caselist_count(db, &f, &e), (int)want, "the CLI (no steps) matches the same way at once");
}

static void test_mask(void)
{
	char *m = mask_id_no("330683199001011234", "person");
	is_str(m, "330683********1234", "身份证号 keeps 6 + 4 characters");
	free(m);
	m = mask_id_no("91330604246024774Q", "org");
	is_str(m, "91330604246024774Q", "统一社会信用代码 of an organisation stays visible");
	free(m);
	ok(mask_id_no(NULL, "person") == NULL, "no ID stays NULL");
}

int main(void)
{
	char path[] = "/tmp/jz-caselist-XXXXXX";
	jz_db *db = test_db_open(path);
	if (!db)
		return 1;
	fill(db);
	test_paging(db);
	test_search_paging(db);
	test_filters(db);
	test_search_follows_updates(db);
	test_search_stepwise(db);
	test_search_common(db);
	test_mask();
	test_db_remove(&db, path);
	return tap_done();
}
