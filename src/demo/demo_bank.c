/* demo_bank.c — bank statements in the demo. Debtors' accounts with the
 * patterns the money rules look for planted (three of each, and a near miss
 * for each), and lawful noise: ordinary spending, salaries of debtors whose
 * cases are not 终本. Accounts are tied to parties and related parties
 * linked the way an import does it (bank_relink, party_links_refresh).
 *
 * It draws from its own random stream (seeded from the demo's seed), and
 * gives the shared one back untouched, so the rest of the demo is the same
 * with or without it. */
#include "demo/demo.h"
#include "import/bank.h"
#include "import/links.h"
#include "legal/normalize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct bk {
	struct demo_ctx *c;
	struct jz_err *e;
	int failed;
	sqlite3_stmt *ins_file, *ins_acct, *ins_txn, *ins_cp;
	long long file_id, acct_id, case_id, debtor_pid, applicant_pid;
	long long balance, claim;
	char debtor[64], debtor_id[19], applicant[64], account[24];
	long row, fd, close, minute;
};

static const char *const shops[] = { "嵊州市好又多超市", "中国石化嵊州加油站", "国网浙江省电力有限公司", "嵊州市自来水有限公司",
				      "中国移动通信", "嵊州市第一菜场", "美团", "嵊州市人民医院", "某某餐饮店", "拼多多" };

static long rnd(struct bk *b, long lo, long hi) { return demo_rng_range(&b->c->rng, lo, hi); }

static void step(struct bk *b, sqlite3_stmt *st)
{
	if (b->failed)
		return;
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		jz_err_set(b->e, "demo bank: %s", db_errmsg(b->c->db));
		b->failed = 1;
	}
}

/* A statement file and an account for the current debtor. */
static void open_account(struct bk *b, const char *bankname, long long start_balance)
{
	char path[160];
	snprintf(b->account, sizeof b->account, "6217%03ld%012ld", rnd(b, 100, 999), rnd(b, 100000000L, 999999999L));
	snprintf(path, sizeof path, "演示流水/%s-%s.csv", b->debtor, bankname);
	sqlite3_bind_text(b->ins_file, 1, path, -1, SQLITE_TRANSIENT);
	step(b, b->ins_file);
	b->file_id = db_last_id(b->c->db);
	sqlite3_bind_text(b->ins_acct, 1, b->account, -1, SQLITE_STATIC);
	sqlite3_bind_text(b->ins_acct, 2, b->debtor, -1, SQLITE_STATIC);
	sqlite3_bind_text(b->ins_acct, 3, b->debtor_id, -1, SQLITE_STATIC);
	sqlite3_bind_text(b->ins_acct, 4, bankname, -1, SQLITE_STATIC);
	sqlite3_bind_int64(b->ins_acct, 5, b->file_id);
	step(b, b->ins_acct);
	b->acct_id = db_last_id(b->c->db);
	b->balance = start_balance;
	b->row = 1;                              /* the header row */
	b->minute = 0;
}

/* One transaction on day d; times advance so no two rows share a key. */
static void tx(struct bk *b, long d, long long fen, const char *dir, const char *cp, const char *cp_acct,
	       const char *summary, const char *channel)
{
	char day[11], tm[16];
	norm_days_date(d, day);
	b->minute = (b->minute + rnd(b, 7, 90)) % (14 * 60);
	snprintf(tm, sizeof tm, "%02d:%02d:%02d", (int)(8 + b->minute / 60), (int)(b->minute % 60), (int)rnd(b, 0, 59));
	b->balance += strcmp(dir, "in") == 0 ? fen : -fen;
	sqlite3_stmt *st = b->ins_txn;
	sqlite3_bind_int64(st, 1, b->acct_id);
	sqlite3_bind_text(st, 2, day, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, tm, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 4, fen);
	sqlite3_bind_text(st, 5, dir, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 6, b->balance);
	db_bind_text_or_null(st, 7, cp);
	db_bind_text_or_null(st, 8, cp_acct);
	db_bind_text_or_null(st, 9, summary);
	db_bind_text_or_null(st, 10, channel);
	sqlite3_bind_int64(st, 11, b->file_id);
	sqlite3_bind_int64(st, 12, ++b->row);
	step(b, st);
	if (cp) {
		sqlite3_bind_int64(b->ins_cp, 1, b->acct_id);
		sqlite3_bind_text(b->ins_cp, 2, cp_acct ? cp_acct : "", -1, SQLITE_STATIC);
		sqlite3_bind_text(b->ins_cp, 3, cp, -1, SQLITE_STATIC);
		sqlite3_bind_int64(b->ins_cp, 4, b->file_id);
		sqlite3_bind_int64(b->ins_cp, 5, b->row);
		step(b, b->ins_cp);
	}
}

/* Ordinary life from day from to day to: shopping and bills most days, now
 * and then a little cash, and a salary on the 10th when salary > 0. The
 * balance never goes below zero. */
static void everyday(struct bk *b, long from, long to, long long salary, const char *employer)
{
	for (long d = from; d <= to && !b->failed; d++) {
		char day[11];
		norm_days_date(d, day);
		if (salary && strcmp(day + 8, "10") == 0)
			tx(b, d, salary + rnd(b, 0, 50) * 1000, "in", employer, "1211020109000012345", "代发工资", "批量代发");
		if (rnd(b, 0, 9) < 4) {
			long long fen = rnd(b, 20, 600) * 100 + rnd(b, 0, 99);
			if (fen < b->balance)
				tx(b, d, fen, "out", shops[rnd(b, 0, 9)], NULL, "消费", rnd(b, 0, 1) ? "POS" : "快捷支付");
		}
		if (rnd(b, 0, 40) == 0 && b->balance > 300000)
			tx(b, d, rnd(b, 5, 20) * 10000, "out", NULL, NULL, "ATM取现", "ATM");
	}
}

static void event(struct bk *b, const char *kind, long d, const char *item)
{
	char day[11];
	norm_days_date(d, day);
	if (!b->failed && demo_add_event(b->c, b->case_id, kind, day, NULL, item, 0, 0, 0, NULL, NULL, NULL, b->e) < 0)
		b->failed = 1;
}

/* The steps a lawful case has (as in demo_plant.c), so that only the money
 * rules find something in these cases: notice, report order, queries; for
 * 终本 the 限制消费令, a last query, the hearing and the six-monthly queries
 * after; an open case's extension and a recent query. */
static void lawful_steps(struct bk *b, const char *method)
{
	long fd = b->fd, t = b->c->today_days;
	event(b, "执行通知", fd + 2, NULL);
	event(b, "报告财产令", fd + 2, NULL);
	event(b, "网络查控", fd + 4, "总对总网络查控");
	if (method) {
		event(b, "限制消费", fd + 15, b->debtor);
		event(b, "网络查控", b->close - 10, "总对总网络查控");
		event(b, "终本前告知申请人", b->close - 6, "约谈申请执行人并告知财产调查结果");
		event(b, "申请执行人确认终本", b->close - 6, "申请执行人签字确认");
		event(b, "终本", b->close, NULL);
		for (long d = b->close + 150; d < t; d += 150)
			event(b, "终本后查询", d, "总对总网络查控");
		return;
	}
	if (t - fd > 170)
		event(b, "延长期限批准", fd + 160, NULL);
	event(b, "网络查控", t - rnd(b, 10, 40), "总对总网络查控");
}

/* A case of a new person debtor (method NULL: open), with an applicant. */
static void new_case(struct bk *b, long fd, long close, const char *method, const char *cause)
{
	struct demo_ctx *c = b->c;
	const struct demo_court *ct = &demo_courts[rnd(b, 0, 5)];
	char fds[11], cls[11], no[96], aid[19];
	norm_days_date(fd, fds);
	norm_days_date(close, cls);
	demo_case_no(c, ct->code, atoi(fds), "执", no, sizeof no);
	b->fd = fd;
	b->close = close;
	b->claim = rnd(b, 10, 80) * 1000000LL;
	b->case_id = demo_add_case(c, no, ct->code, fds, method ? cls : NULL, method, cause, b->claim, 0, NULL,
				   ct->judges[rnd(b, 0, 5)], NULL, b->e);
	demo_person_name(&c->rng, b->applicant, sizeof b->applicant);
	demo_person_id(&c->rng, 1960, 1995, aid);
	demo_person_name(&c->rng, b->debtor, sizeof b->debtor);
	demo_person_id(&c->rng, 1965, 1995, b->debtor_id);
	if (b->case_id < 0 || (b->applicant_pid = demo_add_party(c, b->case_id, "申请执行人", b->applicant, aid, b->e)) < 0 ||
	    (b->debtor_pid = demo_add_party(c, b->case_id, "被执行人", b->debtor, b->debtor_id, b->e)) < 0) {
		b->failed = 1;
		return;
	}
	lawful_steps(b, method);
}

/* ---- one planting function per money rule: three that fire, one near miss ---- */

/* ZJ-TRANSFER-OUT: the debtor is 法定代表人 of a company that is itself a
 * debtor elsewhere, and pays it after the case was filed. */
static void plant_transfer(struct bk *b, long t, int fire)
{
	char company[96], cid[19], day[11];
	new_case(b, t - rnd(b, 500, 700), 0, NULL, "民间借贷纠纷");
	demo_company_name(&b->c->rng, company, sizeof company);
	demo_company_id(&b->c->rng, cid);
	long long debtor = b->debtor_pid, cs = b->case_id;
	char name[64], nid[19];
	snprintf(name, sizeof name, "%s", b->debtor);
	snprintf(nid, sizeof nid, "%s", b->debtor_id);
	new_case(b, t - rnd(b, 300, 400), 0, NULL, "买卖合同纠纷");        /* the company's own case */
	if (!b->failed && demo_add_party(b->c, b->case_id, "被执行人", company, cid, b->e) < 0)
		b->failed = 1;
	norm_days_date(t - 3000, day);
	if (!b->failed && demo_add_registry(b->c, "企业登记", debtor, name, nid, company, cid, 0, day, NULL,
					    "{\"role\":\"法定代表人\"}", b->e) < 0)
		b->failed = 1;
	b->case_id = cs;
	b->debtor_pid = debtor;
	snprintf(b->debtor, sizeof b->debtor, "%s", name);
	snprintf(b->debtor_id, sizeof b->debtor_id, "%s", nid);
	open_account(b, "农行", 30000000);
	everyday(b, b->fd - 60, b->fd + 200, 0, NULL);
	long d = b->fd + rnd(b, 20, 90);
	tx(b, d, fire ? rnd(b, 12, 25) * 1000000LL : 3000000, "out", company, NULL, "往来款", "网银");
	everyday(b, d + 1, d + 30, 0, NULL);
}

/* ZJ-CASH-SPLIT: three or four withdrawals just under 50,000 within a week. */
static void plant_cash(struct bk *b, long t, int fire)
{
	new_case(b, t - rnd(b, 150, 250), 0, NULL, "买卖合同纠纷");
	open_account(b, "建行", 25000000);
	everyday(b, b->fd - 30, b->fd + 10, 0, NULL);
	long d = b->fd + 15, n = fire ? rnd(b, 3, 4) : 3;
	for (long i = 0; i < n; i++)
		tx(b, d + i * 2, fire ? rnd(b, 46, 49) * 100000LL + 80000 : 2000000, "out", NULL, NULL, "ATM取现", "ATM");
	everyday(b, d + 10, d + 40, 0, NULL);
}

/* ZJ-INCOME: a salary every month around the 终本 (the near miss: an open case). */
static void plant_income(struct bk *b, long t, int fire)
{
	long fd = t - rnd(b, 450, 550);
	new_case(b, fd, fd + 150, fire ? "终结本次执行程序" : NULL, "劳务合同纠纷");
	open_account(b, "工行", 200000);
	everyday(b, fd - 30, fd + 240, rnd(b, 45, 90) * 10000, "嵊州市鹿山精密机械有限公司");
}

/* ZJ-BALANCE-AT-ZB: a large sum on the account days before 终本. */
static void plant_balance(struct bk *b, long t, int fire)
{
	long fd = t - rnd(b, 400, 600);
	new_case(b, fd, fd + 140, "终结本次执行程序", "民间借贷纠纷");
	open_account(b, "中行", 300000);
	everyday(b, fd, fd + 120, 0, NULL);
	tx(b, fd + 134, fire ? b->claim + rnd(b, 1, 30) * 1000000LL : 400000, "in", "嵊州市城南拆迁安置办公室",
	   "1211020109000099999", "拆迁补偿款", "网银");
	everyday(b, fd + 135, fd + 170, 0, NULL);
}

/* ZJ-SPEND-LIMITED: flights and hotels after the 限制消费令 (the near miss
 * spends only on ordinary things). */
static void plant_spend(struct bk *b, long t, int fire)
{
	static const char *const what[][2] = { { "中国东方航空股份有限公司", "机票" }, { "杭州某某大酒店", "酒店住宿" },
						{ "中国铁路12306", "高铁票" } };
	new_case(b, t - rnd(b, 200, 300), 0, NULL, "民间借贷纠纷");
	event(b, "限制消费", b->fd + 15, b->debtor);
	open_account(b, "招行", 5000000);
	everyday(b, b->fd - 20, b->fd + 90, 0, NULL);
	for (int i = 0; fire && i < 2; i++) {
		int k = (int)rnd(b, 0, 2);
		tx(b, b->fd + 30 + i * 21, rnd(b, 8, 30) * 10000, "out", what[k][0], NULL, what[k][1], "快捷支付");
	}
}

/* ZJ-ROUNDTRIP: a mediated debt; the debtor pays the applicant, who sends
 * most of it back (the near miss: a small refund after two months). */
static void plant_roundtrip(struct bk *b, long t, int fire)
{
	char detail[64], d[11];
	new_case(b, t - rnd(b, 200, 300), 0, NULL, "民间借贷纠纷");
	norm_days_date(b->fd - 40, d);
	snprintf(detail, sizeof detail, "{\"suit_filed\":\"%s\"}", d);
	norm_days_date(b->fd - 20, d);
	if (!b->failed && demo_add_event(b->c, b->case_id, "执行依据", d, NULL, "民事调解书", 0, 0, 0, NULL, NULL, detail,
					 b->e) < 0)
		b->failed = 1;
	open_account(b, "农商银行", 30000000);
	everyday(b, b->fd - 20, b->fd + 20, 0, NULL);
	long long paid = b->claim / 2;
	tx(b, b->fd + 25, paid, "out", b->applicant, NULL, "还款", "网银");
	tx(b, b->fd + (fire ? 32 : 90), fire ? paid * rnd(b, 85, 98) / 100 : paid / 5, "in", b->applicant, NULL, "转账",
	   "网银");
	everyday(b, b->fd + 26, b->fd + 60, 0, NULL);
}

/* Noise: salaries and spending of debtors in open cases (some under a
 * 限制消费令, spending only on ordinary things). */
static void plant_noise(struct bk *b, long t, int n)
{
	for (int i = 0; i < n && !b->failed; i++) {
		long fd = t - rnd(b, 200, 700);
		new_case(b, fd, 0, NULL, "买卖合同纠纷");
		if (i % 4 == 0)
			event(b, "限制消费", fd + 15, b->debtor);
		open_account(b, "工行", rnd(b, 100, 3000) * 100);
		everyday(b, fd, fd + rnd(b, 60, 180), i % 2 ? rnd(b, 30, 80) * 10000 : 0, "嵊州市某某服装有限公司");
	}
}

static const char *const sql[] = {
	"INSERT INTO import_files(kind, path, format, encoding, imported_by) VALUES('bank', ?1, 'demo', 'UTF-8', 'demo')",
	"INSERT INTO bank_accounts(account_no, holder_name, holder_id, bank, src_file_id) VALUES(?1,?2,?3,?4,?5)",
	"INSERT OR IGNORE INTO bank_txns(account_id, txn_date, txn_time, amount_fen, direction, balance_fen, cp_name,"
	" cp_account, summary, channel, src_file_id, src_row) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)",
	"INSERT OR IGNORE INTO bank_counterparties(account_id, cp_account, cp_name, src_file_id, src_row)"
	" VALUES(?1,?2,?3,?4,?5)",
};

static int plant_all(struct bk *b)
{
	long t = b->c->today_days;
	void (*plants[])(struct bk *, long, int) = { plant_transfer, plant_cash, plant_income, plant_balance,
						      plant_spend, plant_roundtrip };
	for (size_t k = 0; k < sizeof plants / sizeof *plants; k++)
		for (int i = 0; i < 4 && !b->failed; i++)
			plants[k](b, t, i < 3);
	plant_noise(b, t, 40);
	return b->failed ? -1 : 0;
}

int demo_add_bank(struct demo_ctx *c, uint64_t seed, struct jz_err *e)
{
	struct bk b;
	memset(&b, 0, sizeof b);
	b.c = c;
	b.e = e;
	struct demo_rng shared = c->rng;
	demo_rng_seed(&c->rng, seed ^ 0x6A09E667F3BCC908ULL);
	sqlite3_stmt **st[] = { &b.ins_file, &b.ins_acct, &b.ins_txn, &b.ins_cp };
	int rc = 0;
	for (size_t i = 0; i < sizeof st / sizeof *st && rc == 0; i++)
		rc = db_prepare(c->db, sql[i], st[i], e);
	if (rc == 0)
		rc = plant_all(&b);
	for (size_t i = 0; i < sizeof st / sizeof *st; i++)
		sqlite3_finalize(*st[i]);
	c->rng = shared;
	if (rc == 0)
		rc = bank_relink(c->db, e) || party_links_refresh(c->db, LINKS_ALL, NULL, e) ? -1 : 0;
	return rc;
}
