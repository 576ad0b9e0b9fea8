/* Unit tests of the bank statement row parser: times, signed amounts,
 * account numbers, direction words and the --map flip, the account lines
 * above a table, and whole rows in the common layouts. */
#include "import/bank_row.h"
#include "import/bank_seen.h"
#include "legal/normalize.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void test_time(void)
{
	static const char *const cases[][2] = {
		{ "10:20:30", "10:20:30" }, { "9:05", "09:05:00" }, { "102030", "10:20:30" }, { "93000", "09:30:00" },
		{ "10时20分30秒", "10:20:30" }, { "0.5", "12:00:00" }, { "2024-01-05 08:30:00", "08:30:00" },
		{ "20240105102030", "10:20:30" }, { "45413.3541666667", "08:30:00" }, { "", "" },
		{ "１０：２０：３０", "10:20:30" }, { "09:30:00.123", "09:30:00" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char out[9];
		int rc = bank_parse_time(cases[i][0], out);
		ok(rc == 0 && strcmp(out, cases[i][1]) == 0, "time '%s' → '%s' (got '%s')", cases[i][0], cases[i][1],
		   rc ? "error" : out);
	}
	static const char *const bad[] = { "25:00", "10:61", "abc", "12:3", "1:2:3:4" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char out[9];
		ok(bank_parse_time(bad[i], out) != 0, "'%s' is not a time", bad[i]);
	}
}

static void test_money(void)
{
	static const struct { const char *in; long long fen; } cases[] = {
		{ "1,234.50", 123450 }, { "-1,234.5", -123450 }, { "+80", 8000 }, { "−5", -500 }, { "0.01", 1 },
		{ "12.3万元", 12300000 }, { "￥8,000", 800000 }, { ".5", 50 }, { "1.005", 101 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		long long fen = 0;
		int rc = bank_parse_signed(cases[i].in, &fen);
		ok(rc == NORM_OK && fen == cases[i].fen, "money '%s' → %lld fen (got %lld)", cases[i].in, cases[i].fen, fen);
	}
	long long fen;
	ok(bank_parse_signed("", &fen) == NORM_EMPTY, "blank money is empty");
	ok(bank_parse_signed("12a", &fen) == NORM_BAD, "'12a' is not money");
	ok(bank_parse_signed("+", &fen) == NORM_BAD, "a lone sign is not money");
}

static void test_account(void)
{
	char out[64];
	bank_norm_account("6222 0212-3456 7890 123", out, sizeof out);
	is_str(out, "6222021234567890123", "spaces and dashes dropped");
	bank_norm_account("'6222021234567890123", out, sizeof out);
	is_str(out, "6222021234567890123", "a spreadsheet's text quote dropped");
	bank_norm_account("６２２２ab", out, sizeof out);
	is_str(out, "6222AB", "full-width folded, letters upper-cased");
}

static void test_direction(void)
{
	static const struct { const char *w; char d; } cases[] = {
		{ "借", 'o' }, { "贷", 'i' }, { "借方", 'o' }, { "贷方", 'i' }, { "收", 'i' }, { "支", 'o' }, { "收入", 'i' },
		{ "支出", 'o' }, { "转入", 'i' }, { "转出", 'o' }, { "+", 'i' }, { "-", 'o' }, { "出", 'o' }, { "进", 'i' },
		{ "D", 'o' }, { "CR", 'i' }, { "转账支出", 'o' }, { "收入-工资", 'i' }, { "飞", 0 }, { "", 0 },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		ok(bank_direction(NULL, cases[i].w) == cases[i].d, "'%s' is %c", cases[i].w, cases[i].d ? cases[i].d : '0');
	FILE *f = fopen("test_bank_row.map", "w");
	fputs("# this bank's 借 is money in\ndirection.借 = 收入\ndirection.飞 = 支出\n", f);
	fclose(f);
	struct bank_dirmap d;
	struct jz_err e;
	ok(bank_dirmap_load(&d, "test_bank_row.map", &e) == 0, "a direction map loads");
	ok(bank_direction(&d, "借") == 'i' && bank_direction(&d, "借方") == 'i', "direction.借 = 收入 flips 借 and 借方");
	ok(bank_direction(&d, "贷") == 'o', "and 贷 the other way");
	ok(bank_direction(&d, "飞") == 'o', "a new word is learnt");
	bank_dirmap_free(&d);
	f = fopen("test_bank_row.map", "w");
	fputs("direction.借 = 未知\n", f);
	fclose(f);
	ok(bank_dirmap_load(&d, "test_bank_row.map", &e) != 0 && strstr(e.msg, ":1:"), "a bad target is refused by line");
	bank_dirmap_free(&d);
	remove("test_bank_row.map");
}

static struct column_map map_for(char **header, int n)
{
	struct column_map m;
	struct jz_err e;
	columns_init(&m, bank_columns, BF_COUNT, NULL, &e);
	columns_match(&m, header, n);
	return m;
}

static void test_block(void)
{
	char *h[] = { "交易日期", "交易金额" };
	struct column_map m = map_for(h, 2);
	struct bank_block b;
	memset(&b, 0, sizeof b);
	char *l1[] = { "户  名：俞建国    账号：6222 0212 3456 7890 123" };
	ok(bank_block_read(&b, &m, l1, 1) == 2, "a line naming an account");
	is_str(b.holder, "俞建国", "户名 with spaces inside the key");
	is_str(b.account, "6222021234567890123", "账号 without spaces");
	char *l2[] = { "证件号码：330683197903051231", "开户行：", "工行嵊州支行", "币种：人民币" };
	ok(bank_block_read(&b, &m, l2, 4) == 1, "a line with details only");
	is_str(b.holder_id, "330683197903051231", "证件号码");
	is_str(b.bank, "工行嵊州支行", "a key whose value is in the next cell");
	char *l3[] = { "客户名称", "竺丽萍", "卡号/账号", "6217 0000 1111 2222" };
	b.data_seen = 1;
	ok(bank_block_read(&b, &m, l3, 4) == 2, "keys and values in separate cells");
	ok(!strcmp(b.holder, "竺丽萍") && !strcmp(b.account, "6217000011112222") && !b.holder_id[0] && !b.bank[0],
	   "after data rows a new block starts afresh (no ID carried over)");
	char *l4[] = { "打印日期：2024-08-01 10:20:30" };
	ok(bank_block_read(&b, &m, l4, 1) == 3 && !strcmp(b.holder, "竺丽萍"),
	   "a heading line (打印日期) is read as such and changes nothing");
	char *l5[] = { "查询日期", "2026-11-02", "币种", "人民币" };
	ok(bank_block_read(&b, &m, l5, 4) == 3 && !strcmp(b.account, "6217000011112222"),
	   "查询日期 and 币种 in cells of their own, between two accounts: a heading, no transaction");
	char *l6[] = { "备注：无" };
	ok(bank_block_read(&b, &m, l6, 1) == 0, "a line with none of the keys changes nothing");
	columns_free(&m);
}

static int parse(char **h, int nh, char **row, int n, struct bank_rec *r, struct bank_block *b, char *why)
{
	struct column_map m = map_for(h, nh);
	struct strbuf w = STRBUF_INIT, warn = STRBUF_INIT;
	int rc = bank_row_parse(r, &m, row, n, NULL, b, &w, &warn);
	snprintf(why, 256, "%s", sb_str(&w));
	sb_free(&w);
	sb_free(&warn);
	columns_free(&m);
	return rc;
}

static void test_rows(void)
{
	struct bank_rec r;
	struct bank_block b;
	char why[256];
	bank_rec_init(&r);
	memset(&b, 0, sizeof b);
	char *h1[] = { "户名", "账号", "交易日期", "交易时间", "交易金额", "借贷标志", "余额", "对方户名", "对方账号", "摘要", "附言" };
	char *r1[] = { "俞建国", "6222021234567890123", "2024/3/5", "10:12", "8,000.00", "借", "-1,200.00", "某公司", "1211 0000",
		       "转账", "货款" };
	ok(parse(h1, 11, r1, 11, &r, &b, why) == BANK_ROW_OK, "a row with the account in columns");
	ok(!strcmp(r.date, "2024-03-05") && !strcmp(r.time, "10:12:00") && r.amount == 800000 && r.dir == 'o',
	   "date, time, amount and direction");
	ok(r.has_balance && r.balance == -120000, "a negative balance (an overdraft) is kept");
	is_str(bank_rec_text(&r, BT_SUMMARY), "转账；货款", "摘要 and 附言 joined");
	is_str(bank_rec_text(&r, BT_CP_ACCOUNT), "12110000", "counterparty account normalised");
	char *r2[] = { "俞建国", "6.22202E+18", "2024-03-05", "", "1", "借", "", "", "", "", "" };
	ok(parse(h1, 11, r2, 11, &r, &b, why) == BANK_ROW_BAD && strstr(why, "科学计数法"), "an account in scientific notation");
	char *r3[] = { "", "", "合计", "", "8,001.00", "", "", "", "", "", "" };
	ok(parse(h1, 11, r3, 11, &r, &b, why) == BANK_ROW_SKIP, "a 合计 row is skipped");
	char *r4[] = { "户名", "账号", "交易日期", "交易时间", "交易金额", "借贷标志", "余额", "对方户名", "对方账号", "摘要", "附言" };
	ok(parse(h1, 11, r4, 11, &r, &b, why) == BANK_ROW_SKIP, "a repeated header is skipped");
	char *r5[] = { "俞建国", "6222021234567890123", "", "", "5", "借", "", "", "", "", "" };
	ok(parse(h1, 11, r5, 11, &r, &b, why) == BANK_ROW_BAD && strstr(why, "缺少交易日期"), "a row without a date");
	char *h2[] = { "交易日期", "支出", "收入", "余额" };
	char *r6[] = { "2024-03-05", "0.00", "50", "100" };
	memset(&b, 0, sizeof b);
	ok(parse(h2, 4, r6, 4, &r, &b, why) == BANK_ROW_BAD && strstr(why, "缺少账号"), "no account anywhere");
	snprintf(b.account, sizeof b.account, "6217000011112222");
	ok(parse(h2, 4, r6, 4, &r, &b, why) == BANK_ROW_OK && r.dir == 'i' && r.amount == 5000,
	   "支出/收入 columns (a 0.00 in the other), the block's account");
	is_str(bank_rec_text(&r, BT_ACCOUNT), "6217000011112222", "the account from the block");
	bank_rec_free(&r);
}

/* Feed rows (date, amount in fen) of one account; the repeat numbers as "1 1 2 …". */
static int seen_run(struct bank_seen *s, const char *const *dates, const long long *fen, int n, char *out)
{
	struct bank_rec r;
	struct strbuf why = STRBUF_INIT;
	bank_rec_init(&r);
	out[0] = 0;
	int rc = 0;
	for (int i = 0; i < n && rc == 0; i++) {
		sb_reset(&r.text);
		for (int f = 0; f < BT_COUNT; f++) {
			r.off[f] = r.text.len;
			sb_adds(&r.text, f == BT_ACCOUNT ? "6217000000000001" : "");
			sb_addc(&r.text, 0);
		}
		snprintf(r.date, sizeof r.date, "%s", dates[i]);
		r.amount = fen[i];
		r.dir = 'o';
		uint32_t seq;
		int cp, acct;
		rc = bank_seen_row(s, &r, &acct, &seq, &cp, &why);
		sprintf(out + strlen(out), "%s%u", i ? " " : "", seq);
	}
	bank_rec_free(&r);
	sb_free(&why);
	return rc;
}

static void test_seen(void)
{
	char out[64];
	static const char *const asc[] = { "2024-03-01", "2024-03-01", "2024-03-01", "2024-03-02", "2024-03-02" };
	static const long long fa[] = { 200, 200, 500, 200, 200 };
	struct bank_seen *s = bank_seen_new();
	seen_run(s, asc, fa, 5, out);
	is_str(out, "1 2 1 1 2", "repeats numbered within each day, oldest first");
	ok(!bank_seen_unsorted(s), "in order: no recount");
	bank_seen_free(&s);
	static const char *const desc[] = { "2024-03-03", "2024-03-02", "2024-03-02", "2024-03-01" };
	static const long long fd[] = { 200, 200, 200, 200 };
	s = bank_seen_new();
	seen_run(s, desc, fd, 4, out);
	is_str(out, "1 1 2 1", "newest first is in order too");
	ok(!bank_seen_unsorted(s), "no recount");
	bank_seen_free(&s);
	static const char *const mixed[] = { "2024-03-02", "2024-03-01", "2024-03-03" };
	s = bank_seen_new();
	seen_run(s, mixed, fd, 3, out);
	ok(bank_seen_unsorted(s), "out of date order: the file is recounted");
	bank_seen_free(&s);
	ok(s == NULL, "free nulls the pointer");
}

int main(void)
{
	test_seen();
	test_time();
	test_money();
	test_account();
	test_direction();
	test_block();
	test_rows();
	return tap_done();
}
