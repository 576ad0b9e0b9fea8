/* bank.c — bank statements as an import kind: rows are parsed by
 * bank_row.c on the reader thread, staged as stg.txn (one row per
 * transaction, its account as a small number and its repeat number) and
 * stg.acct (one row per account of the file), and merged: accounts upserted,
 * transactions inserted unless already there, counterparties noted, then
 * accounts re-linked to parties and counterparty links refreshed. */
#include "import/bank.h"
#include "import/bank_row.h"
#include "import/bank_seen.h"
#include "import/links.h"
#include "import/party_sql.h"
#include "legal/normalize.h"
#include "util/xalloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What the main thread keeps while staging: the holder ID of each of the
 * file's accounts (numbered by the reader in order of first appearance). */
struct stage_state {
	char **acct_id;
	int nacct, cap;
};

/* What the reader thread keeps: the account named by key:value lines, and
 * what it has seen of the file's rows (bank_seen.h). */
struct reader_state {
	struct bank_block block;
	struct bank_seen *seen;
};

struct bank_cfg {
	struct bank_dirmap dirs;
	struct reader_state *reader;      /* reader thread (and the preamble before it) */
	struct stage_state *stage;        /* main thread */
	long long party_id;
};

/* One parsed row, with what the reader worked out about it. */
struct bank_item {
	struct bank_rec r;
	int acct;                         /* the account's number in the file (0, 1 …) */
	uint32_t seq;                     /* the key's repeat number within the file */
	int new_cp;                       /* first row with this account and counterparty */
};

/* ---- the engine's callbacks ---- */

static void rec_init(void *rec) { memset(rec, 0, sizeof(struct bank_item)); }
static void rec_free(void *rec) { bank_rec_free(&((struct bank_item *)rec)->r); }

static int parse(void *rec, const struct column_map *m, char **cells, int n, struct strbuf *why,
		 struct strbuf *warn, const void *cfg)
{
	const struct bank_cfg *c = cfg;
	struct bank_item *it = rec;
	int rc = bank_row_parse(&it->r, m, cells, n, &c->dirs, &c->reader->block, why, warn);
	if (rc == BANK_ROW_OK && bank_seen_row(c->reader->seen, &it->r, &it->acct, &it->seq, &it->new_cp, why))
		return BANK_ROW_BAD;
	return rc;
}

static void preamble(void *state, const struct column_map *m, char **cells, int n)
{
	struct bank_cfg *c = state;
	bank_block_read(&c->reader->block, m, cells, n);
}

static int header(void *state, const struct column_map *m, struct strbuf *why)
{
	const struct bank_cfg *c = state;
	if (m->col[BF_AMOUNT] < 0 && m->col[BF_DEBIT] < 0 && m->col[BF_CREDIT] < 0)
		return sb_adds(why, "表头中没有交易金额列，也没有借方/贷方（支出/收入）发生额列"), -1;
	if (m->col[BF_ACCOUNT] < 0 && !c->reader->block.account[0])
		return sb_adds(why, "没有账号：表头上方没有「账号：…」或「卡号：…」行，表中也没有账号列"), -1;
	return 0;
}

/* ---- staging ---- */

static const char stage_ddl[] =
	"CREATE TABLE stg.acct(k INTEGER PRIMARY KEY, account_no TEXT, holder TEXT, holder_id TEXT, bank TEXT,"
	" rowno INTEGER);"
	"CREATE TABLE stg.txn(rowno INTEGER PRIMARY KEY, acct INTEGER, date TEXT, time TEXT, amount INTEGER, dir TEXT,"
	" balance INTEGER, cp_name TEXT, cp_account TEXT, cp_bank TEXT, summary TEXT, channel TEXT, seq INTEGER);"
	"CREATE TABLE stg.cps(acct INTEGER, cp_account TEXT, cp_name TEXT, rowno INTEGER);";

static const char *const stage_sql[] = {
	"INSERT INTO stg.txn VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)",
	"INSERT INTO stg.acct VALUES(?1,?2,?3,?4,?5,?6)",
	"UPDATE stg.acct SET holder_id = ?2 WHERE k = ?1",
	"INSERT INTO stg.cps VALUES(?1,?2,?3,?4)",
	NULL,
};

/* A new account (the first row of it, in order): staged into stg.acct. */
static int new_acct(struct stage_ctx *sc, struct stage_state *s, const struct bank_rec *r, long rowno,
		    struct jz_err *e)
{
	s->acct_id = xgrow(s->acct_id, sizeof *s->acct_id, &s->cap, s->nacct + 1);
	s->acct_id[s->nacct++] = xstrdup(r->holder_id);
	sqlite3_stmt *st = sc->st[1];
	sqlite3_bind_int(st, 1, s->nacct);
	sqlite3_bind_text(st, 2, bank_rec_text(r, BT_ACCOUNT), -1, SQLITE_STATIC);
	db_bind_text_or_null(st, 3, bank_rec_text(r, BT_HOLDER));
	db_bind_text_or_null(st, 4, r->holder_id);
	db_bind_text_or_null(st, 5, bank_rec_text(r, BT_BANK));
	sqlite3_bind_int64(st, 6, rowno);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : jz_err_set(e, "staging row %ld: %s", rowno, db_errmsg(sc->db));
}

/* Stage the row's account when it is new, or its holder ID when the first
 * rows gave none; 0, or -1 failed. (An ID that differs from the account's
 * earlier rows was rejected by the reader.) */
static int row_account(struct stage_ctx *sc, struct stage_state *s, int k, const struct bank_rec *r, long rowno,
		       struct jz_err *e)
{
	if (k >= s->nacct)
		return new_acct(sc, s, r, rowno, e);
	if (!r->holder_id[0] || s->acct_id[k][0])
		return 0;
	free(s->acct_id[k]);
	s->acct_id[k] = xstrdup(r->holder_id);
	sqlite3_stmt *st = sc->st[2];
	sqlite3_bind_int(st, 1, k + 1);
	sqlite3_bind_text(st, 2, r->holder_id, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : jz_err_set(e, "staging row %ld: %s", rowno, db_errmsg(sc->db));
}

/* Text with its length (known from the offsets: no strlen per bind). */
static void bind_field(sqlite3_stmt *st, int i, const struct bank_rec *r, int f)
{
	size_t len = (f + 1 < BT_COUNT ? r->off[f + 1] : r->text.len) - r->off[f] - 1;
	if (len)
		sqlite3_bind_text(st, i, bank_rec_text(r, f), (int)len, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

static int stage_counterparty(struct stage_ctx *sc, int k, const struct bank_rec *r, long rowno, struct jz_err *e)
{
	sqlite3_stmt *st = sc->st[3];
	sqlite3_bind_int(st, 1, k + 1);
	sqlite3_bind_text(st, 2, bank_rec_text(r, BT_CP_ACCOUNT), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, bank_rec_text(r, BT_CP_NAME), -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, rowno);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : jz_err_set(e, "staging row %ld: %s", rowno, db_errmsg(sc->db));
}

static int stage(struct stage_ctx *sc, const void *rec, long rowno, struct strbuf *why, struct jz_err *e)
{
	const struct bank_item *it = rec;
	const struct bank_rec *r = &it->r;
	const struct bank_cfg *c = sc->cfg;
	int k = it->acct;
	(void)why;
	if (row_account(sc, c->stage, k, r, rowno, e))
		return -2;
	sqlite3_stmt *s = sc->st[0];
	sqlite3_bind_int64(s, 1, rowno);
	sqlite3_bind_int(s, 2, k + 1);
	sqlite3_bind_text(s, 3, r->date, 10, SQLITE_STATIC);
	if (r->time[0]) sqlite3_bind_text(s, 4, r->time, 8, SQLITE_STATIC); else sqlite3_bind_null(s, 4);
	sqlite3_bind_int64(s, 5, r->amount);
	sqlite3_bind_text(s, 6, r->dir == 'i' ? "in" : "out", -1, SQLITE_STATIC);
	if (r->has_balance) sqlite3_bind_int64(s, 7, r->balance); else sqlite3_bind_null(s, 7);
	static const int text_cols[][2] = { { BT_CP_NAME, 8 }, { BT_CP_ACCOUNT, 9 }, { BT_CP_BANK, 10 },
					    { BT_SUMMARY, 11 }, { BT_CHANNEL, 12 } };
	for (size_t i = 0; i < sizeof text_cols / sizeof *text_cols; i++)
		bind_field(s, text_cols[i][1], r, text_cols[i][0]);
	sqlite3_bind_int64(s, 13, it->seq);
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return jz_err_set(e, "staging row %ld: %s", rowno, db_errmsg(sc->db)), -2;
	return it->new_cp && stage_counterparty(sc, k, r, rowno, e) ? -2 : 0;
}

static void stage_free(struct stage_state *s)
{
	for (int k = 0; k < s->nacct; k++)
		free(s->acct_id[k]);
	free(s->acct_id);
	memset(s, 0, sizeof *s);
}

/* ---- merge ---- */

/* An account of the file whose holder ID differs from the one on record. */
static const char conflict_sql[] =
	"SELECT s.account_no || '：库中为' || a.holder_id || '，本文件为' || s.holder_id FROM stg.acct s"
	" JOIN main.bank_accounts a ON a.account_no = s.account_no"
	" WHERE s.holder_id IS NOT NULL AND a.holder_id IS NOT NULL AND s.holder_id <> a.holder_id LIMIT 1";

/* An account of the file whose holder ID is not --party's. */
static const char party_conflict_sql[] =
	"SELECT a.account_no || '（证件号码' || a.holder_id || '）' FROM stg.acct s"
	" JOIN main.bank_accounts a ON a.account_no = s.account_no"
	" JOIN main.parties p ON p.id = ?1"
	" WHERE a.holder_id IS NOT NULL AND p.id_no IS NOT NULL AND a.holder_id <> p.id_no LIMIT 1";

static const char accounts_sql[] =
	/* an account keeps the holder, ID and bank it was first named with; a later file fills blanks */
	"INSERT INTO bank_accounts(account_no, holder_name, holder_id, bank, src_file_id)"
	" SELECT account_no, holder, holder_id, bank, ?1 FROM stg.acct WHERE true ORDER BY k"
	" ON CONFLICT(account_no) DO UPDATE SET holder_name = coalesce(bank_accounts.holder_name, excluded.holder_name),"
	" holder_id = coalesce(bank_accounts.holder_id, excluded.holder_id),"
	" bank = coalesce(bank_accounts.bank, excluded.bank);"
	"CREATE TABLE stg.amap(k INTEGER PRIMARY KEY, account_id INTEGER);"
	"INSERT INTO stg.amap SELECT s.k, a.id FROM stg.acct s JOIN main.bank_accounts a ON a.account_no = s.account_no;";

static const char txns_sql[] =
	"INSERT OR IGNORE INTO bank_txns(account_id, txn_date, txn_time, amount_fen, direction, balance_fen, cp_name,"
	" cp_account, cp_bank, summary, channel, seq, src_file_id, src_row)"
	" SELECT m.account_id, t.date, t.time, t.amount, t.dir, t.balance, t.cp_name, t.cp_account, t.cp_bank,"
	" t.summary, t.channel, t.seq, ?1, t.rowno FROM stg.txn t JOIN stg.amap m ON m.k = t.acct ORDER BY t.rowno";

static const char counterparties_sql[] =
	"INSERT OR IGNORE INTO bank_counterparties(account_id, cp_account, cp_name, src_file_id, src_row)"
	" SELECT m.account_id, c.cp_account, c.cp_name, ?1, c.rowno FROM stg.cps c JOIN stg.amap m ON m.k = c.acct"
	" ORDER BY 1, 2, 3;"
	/* the cases of the parties behind these accounts are to be screened again */
	"INSERT OR IGNORE INTO screen_dirty SELECT cp.case_id FROM stg.amap m"
	" JOIN main.bank_accounts a ON a.id = m.account_id JOIN main.case_parties cp ON cp.party_id = a.party_id;";

/* import_exec_file, and the rows the last statement changed */
static int run(jz_db *db, const char *sql, long long arg, long *changes, struct jz_err *e)
{
	if (import_exec_file(db, sql, arg, e))
		return -1;
	if (changes)
		*changes = db_changes(db);
	return 0;
}

/* The first row of a query with one text column and parameter ?1, or NULL. */
static char *first_text(jz_db *db, const char *sql, long long arg)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK)
		return NULL;
	if (sqlite3_bind_parameter_count(st) >= 1)
		sqlite3_bind_int64(st, 1, arg);
	char *s = sqlite3_step(st) == SQLITE_ROW ? db_col_dup(st, 0) : NULL;
	sqlite3_finalize(st);
	return s;
}

static int check_conflicts(jz_db *db, struct jz_err *e)
{
	char *c = first_text(db, conflict_sql, 0);
	if (c) {
		jz_err_set(e, "账号的持有人证件号码与已导入的不同（%s）；整个文件未导入", c);
		free(c);
		return -1;
	}
	return 0;
}

static int give_party(jz_db *db, long long party_id, struct jz_err *e)
{
	char *c = first_text(db, party_conflict_sql, party_id);
	if (c) {
		jz_err_set(e, "--party 指定的当事人与账户持有人的证件号码不符：%s；整个文件未导入", c);
		free(c);
		return -1;
	}
	return run(db, "UPDATE bank_accounts SET party_id = ?1, match = 'given' WHERE account_no IN"
		   " (SELECT account_no FROM stg.acct) AND (party_id IS NOT ?1 OR match IS NOT 'given')", party_id, NULL, e);
}

static void count_accounts(jz_db *db, struct import_stats *st)
{
	static const char *const q[3] = { "a.match IN ('id', 'account', 'given')", "a.match = 'name'",
					  "a.party_id IS NULL" };
	long *out[3] = { &st->by_id, &st->by_name, &st->unlinked };
	for (int i = 0; i < 3; i++) {
		char sql[256];
		snprintf(sql, sizeof sql, "SELECT count(*) FROM stg.amap m JOIN main.bank_accounts a ON a.id = m.account_id"
			 " WHERE %s", q[i]);
		*out[i] = import_count(db, sql);
	}
}

/* Repeat numbers over the file's rows of the accounts in stg.resort, whose
 * rows were not in date order (bank_seen.h). */
static const char recount_sql[] =
	"UPDATE stg.txn SET seq = w.n FROM (SELECT rowno, row_number() OVER (PARTITION BY acct, date, ifnull(time, ''),"
	" amount, dir, ifnull(cp_account, ''), ifnull(balance, '') ORDER BY rowno) AS n FROM stg.txn"
	" WHERE acct IN (SELECT a.k FROM stg.acct a JOIN stg.resort r ON r.account_no = a.account_no)) w"
	" WHERE w.rowno = txn.rowno AND txn.seq IS NOT w.n";

static int recount(jz_db *db, const struct bank_seen *seen, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (db_exec(db, "CREATE TABLE stg.resort(account_no TEXT PRIMARY KEY)", e) ||
	    db_prepare(db, "INSERT INTO stg.resort VALUES(?)", &st, e))
		return -1;
	const char *no;
	int i = 0, rc = SQLITE_DONE;
	while (rc == SQLITE_DONE && (no = bank_seen_unsorted_account(seen, &i))) {
		sqlite3_bind_text(st, 1, no, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return jz_err_set(e, "SQL error: %s", db_errmsg(db));
	return db_exec(db, recount_sql, e);
}

static int merge(jz_db *db, long long file_id, struct import_stats *st, const void *cfg, struct jz_err *e)
{
	const struct bank_cfg *c = cfg;
	long added = 0;
	if (bank_seen_unsorted(c->reader->seen) && recount(db, c->reader->seen, e))
		return -1;
	if (check_conflicts(db, e) || run(db, accounts_sql, file_id, NULL, e) ||
	    run(db, txns_sql, file_id, &added, e))
		return -1;
	if (c->party_id > 0 && give_party(db, c->party_id, e))
		return -1;
	if (bank_relink(db, e) || run(db, counterparties_sql, file_id, NULL, e) ||
	    party_links_refresh(db, LINKS_BANK, NULL, e))
		return -1;
	st->added = added;
	st->dup = import_count(db, "SELECT count(*) FROM stg.txn") - added;
	count_accounts(db, st);
	return 0;
}

/* ---- linking accounts to parties ---- */

static const char relink_sql[] =
	"DROP TABLE IF EXISTS temp.bank_regacct;"
	"CREATE TEMP TABLE bank_regacct AS SELECT upper(replace(replace(replace(reg_no, ' ', ''), '-', ''), '''', ''))"
	" AS acct, party_id, match = 'id' AS strong FROM main.registry_records"
	" WHERE kind = '存款' AND party_id IS NOT NULL AND reg_no IS NOT NULL;"
	"CREATE INDEX temp.bank_regacct_acct ON bank_regacct(acct);"
	"UPDATE bank_accounts SET party_id = n.pid, match = n.m FROM (SELECT id, coalesce(bid, cid, aid) AS pid,"
	"  CASE WHEN bid IS NOT NULL THEN 'id' WHEN cid IS NOT NULL THEN iif(cstrong, 'account', 'name')"
	"   WHEN aid IS NOT NULL THEN 'name' END AS m FROM (SELECT a.id,"
	/* by the holder's ID */
	"   (SELECT p.id FROM main.parties p WHERE a.holder_id IS NOT NULL AND p.id_no = a.holder_id) AS bid,"
	/* by a 存款 record of one party, whose ID does not contradict the holder's */
	"   (SELECT CASE WHEN count(DISTINCT g.party_id) = 1 THEN min(g.party_id) END FROM temp.bank_regacct g"
	"    JOIN main.parties p ON p.id = g.party_id WHERE g.acct = a.account_no"
	"    AND (a.holder_id IS NULL OR p.id_no IS NULL OR p.id_no = a.holder_id)) AS cid,"
	"   (SELECT max(g.strong) FROM temp.bank_regacct g WHERE g.acct = a.account_no) AS cstrong,"
	/* by a name only one party has, when no ID contradicts it */
	"   " ONE_PARTY_NAMED("a.holder_name", "a.holder_id") " AS aid"
	"  FROM main.bank_accounts a WHERE a.match IS NOT 'given')) n"
	" WHERE bank_accounts.id = n.id AND (bank_accounts.party_id IS NOT n.pid OR bank_accounts.match IS NOT n.m);"
	"DROP TABLE temp.bank_regacct;";

int bank_relink(jz_db *db, struct jz_err *e)
{
	return db_exec(db, relink_sql, e);
}

/* ---- the file ---- */

long long bank_find_party(jz_db *db, const char *which, struct jz_err *e)
{
	char no[160];
	struct id_info id;
	if (norm_case_no(which, no, sizeof no, NULL) == NORM_OK) {
		long long cid = db_case_id(db, no);
		if (!cid)
			return jz_err_set(e, "--party: 案号%s不在数据库中", no);
		long long n = db_int_i(db, "SELECT count(*) FROM case_parties WHERE case_id = ?1 AND role = '被执行人'", cid, 0);
		if (n != 1)
			return jz_err_set(e, "--party: 案号%s有%lld个被执行人；请写被执行人的证件号码", no, n);
		return db_int_i(db, "SELECT party_id FROM case_parties WHERE case_id = ?1 AND role = '被执行人'", cid, -1);
	}
	if (norm_id(which, &id) == NORM_OK && (id.kind == ID_PERSON || id.kind == ID_ORG)) {
		long long pid = db_int_s(db, "SELECT id FROM parties WHERE id_no = ?1", id.norm, 0);
		if (pid > 0)
			return pid;
		return jz_err_set(e, "--party: 没有证件号码为%s的当事人（请先导入台账）", id.norm);
	}
	return jz_err_set(e, "--party: '%s' 既不是案号也不是证件号码", which);
}

int bank_import_file(jz_db *db, const char *path, const struct import_opts *o, long long party_id,
		     struct import_stats *st, struct jz_err *e)
{
	struct reader_state rd;
	struct stage_state acc;
	struct bank_cfg c;
	memset(&rd, 0, sizeof rd);
	rd.seen = bank_seen_new();
	memset(&acc, 0, sizeof acc);
	memset(&c, 0, sizeof c);
	if (bank_dirmap_load(&c.dirs, o->map_file, e)) {
		memset(st, 0, sizeof *st);
		bank_seen_free(&rd.seen);
		return -1;
	}
	c.reader = &rd;
	c.stage = &acc;
	c.party_id = party_id;
	struct import_kind k = {
		"bank", bank_columns, BF_COUNT, sizeof(struct bank_item), rec_init, rec_free, parse,
		stage_ddl, stage_sql, stage, merge, &c, preamble, header, &c, 1, NULL, NULL,
	};
	int rc = import_file(db, path, &k, o, st, e);
	stage_free(&acc);
	bank_seen_free(&rd.seen);
	bank_dirmap_free(&c.dirs);
	return rc;
}
