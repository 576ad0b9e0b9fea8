/* money.c — see money.h. Each section is one statement (money_select,
 * query/sql.h) with ?1 the party and ?2 set for people (money as "1234.50"
 * 元, which the CLI prints) or clear (fen, for the workbook and the typed
 * rows), so every face reads the same rows. */
#include "query/money.h"
#include "query/rows.h"
#include "query/sql.h"
#include "store/audit.h"
#include "store/policy.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

#define M(x) "CASE WHEN (" x ") IS NULL THEN NULL WHEN ?2 THEN printf('%.2f', (" x ") / 100.0) ELSE (" x ") END"

/* Transactions cited by active ZJ-* leads of the party's cases. */
#define FLAGGED_CTE \
	"fl AS (SELECT CAST(substr(j.value, 6) AS INTEGER) AS txn_id, group_concat(DISTINCT l.rule_code) AS rules," \
	"  group_concat(DISTINCT l.id) AS leads" \
	"  FROM (SELECT DISTINCT case_id FROM case_parties WHERE party_id = ?1) cp" \
	"  JOIN leads l ON l.case_id = cp.case_id AND l.status = 'active' AND substr(l.rule_code, 1, 3) = 'ZJ-'" \
	"  JOIN json_each('[\"' || replace(trim(l.sources), ' ', '\",\"') || '\"]') j" \
	"  WHERE j.value LIKE 'bank:%' GROUP BY 1)"

static const char timeline_sql[] =
	"WITH " FLAGGED_CTE
	" SELECT t.txn_date AS date, coalesce(t.txn_time, '') AS time, a.account_no AS account,"
	" " M("CASE t.direction WHEN 'in' THEN t.amount_fen END") " AS amount_in,"
	" " M("CASE t.direction WHEN 'out' THEN t.amount_fen END") " AS amount_out,"
	" " M("t.balance_fen") " AS balance, coalesce(t.cp_name, '') AS counterparty,"
	" coalesce(t.cp_account, '') AS cp_account, coalesce(t.summary, '') AS summary,"
	" coalesce(t.channel, '') AS channel, coalesce(f.name, '') AS file, t.src_row AS row,"
	" coalesce(fl.rules, '') AS flagged, t.id AS txn_id"
	" FROM bank_accounts a JOIN bank_txns t ON t.account_id = a.id"
	" LEFT JOIN import_file_names f ON f.id = t.src_file_id LEFT JOIN fl ON fl.txn_id = t.id"
	" WHERE a.party_id = ?1 ORDER BY t.txn_date, t.txn_time, t.id";

/* The party's own links, for the relation of a counterparty. */
#define LINKS1_CTE \
	"h1 AS (SELECT l.id, l.kind, l.a, l.b, l.source, l.strength, l.src_file_id, l.src_row," \
	"  CASE WHEN l.a = ?1 THEN l.b ELSE l.a END AS other FROM party_links l WHERE l.a = ?1" \
	"  UNION SELECT l.id, l.kind, l.a, l.b, l.source, l.strength, l.src_file_id, l.src_row, l.a" \
	"  FROM party_links l WHERE l.b = ?1)"

static const char cps_sql[] =
	"WITH " LINKS1_CTE ","
	" g AS (SELECT coalesce(t.cp_name, '') AS cp_name, coalesce(t.cp_account, '') AS cp_account, count(*) AS n,"
	"  count(CASE WHEN t.direction = 'in' THEN 1 END) AS n_in,"
	"  sum(CASE WHEN t.direction = 'in' THEN t.amount_fen ELSE 0 END) AS sum_in,"
	"  count(CASE WHEN t.direction = 'out' THEN 1 END) AS n_out,"
	"  sum(CASE WHEN t.direction = 'out' THEN t.amount_fen ELSE 0 END) AS sum_out,"
	"  min(t.txn_date) AS first, max(t.txn_date) AS last"
	"  FROM bank_accounts a JOIN bank_txns t ON t.account_id = a.id WHERE a.party_id = ?1 GROUP BY 1, 2)"
	" SELECT CASE WHEN g.cp_name = '' THEN '（未记载）' ELSE g.cp_name END AS counterparty,"
	" g.cp_account AS cp_account, g.n AS txns, g.n_in AS n_in, " M("g.sum_in") " AS total_in,"
	" g.n_out AS n_out, " M("g.sum_out") " AS total_out, g.first AS first, g.last AS last,"
	" coalesce((SELECT group_concat(DISTINCT h1.kind) FROM h1 JOIN parties p ON p.id = h1.other"
	"  WHERE p.name = g.cp_name), '') AS relation"
	" FROM g ORDER BY g.sum_in + g.sum_out DESC, g.cp_name, g.cp_account";

static const char flagged_sql[] =
	"WITH " FLAGGED_CTE
	" SELECT fl.rules AS rules, fl.leads AS leads, t.txn_date AS date, coalesce(t.txn_time, '') AS time,"
	" a.account_no AS account, CASE t.direction WHEN 'in' THEN '收入' ELSE '支出' END AS direction,"
	" " M("t.amount_fen") " AS amount, coalesce(t.cp_name, '') AS counterparty,"
	" coalesce(t.cp_account, '') AS cp_account, coalesce(t.summary, '') AS summary,"
	" coalesce(f.name, '') AS file, t.src_row AS row, t.id AS txn_id"
	" FROM fl JOIN bank_txns t ON t.id = fl.txn_id JOIN bank_accounts a ON a.id = t.account_id"
	" LEFT JOIN import_file_names f ON f.id = t.src_file_id ORDER BY t.txn_date, t.txn_time, t.id";

/* Depth 2: the links of each depth-1 party that do not touch the party,
 * each link once (under the first of its ends reached). */
static const char links_sql[] =
	"WITH " LINKS1_CTE ","
	" n1 AS (SELECT DISTINCT other AS id FROM h1 WHERE other <> ?1),"
	" h2 AS (SELECT l.id, l.kind, l.a, l.b, l.source, l.strength, l.src_file_id, l.src_row, min(n1.id) AS via,"
	"  CASE WHEN l.a = min(n1.id) THEN l.b ELSE l.a END AS other"
	"  FROM n1 JOIN party_links l ON l.a = n1.id OR l.b = n1.id WHERE l.a <> ?1 AND l.b <> ?1 GROUP BY l.id),"
	" x AS (SELECT 1 AS depth, ?1 AS via, * FROM h1 UNION ALL"
	"  SELECT 2, via, id, kind, a, b, source, strength, src_file_id, src_row, other FROM h2)"
	" SELECT x.depth AS depth, pv.name AS via, x.kind AS kind,"
	" CASE WHEN x.kind IN ('共有人', '同证件号', '同电话', '同地址') THEN '↔' WHEN x.a = x.via THEN '→' ELSE '←' END AS dir,"
	" po.name AS party, x.source || coalesce(' ' || f.name || ':' || x.src_row, '') AS source,"
	" CASE x.strength WHEN 'strong' THEN '强' ELSE '弱' END AS strength, x.via AS via_id, x.other AS party_id"
	" FROM x JOIN parties pv ON pv.id = x.via JOIN parties po ON po.id = x.other"
	" LEFT JOIN import_file_names f ON f.id = x.src_file_id"
	" ORDER BY CASE WHEN x.depth = 1 THEN po.name ELSE pv.name END,"
	"  CASE WHEN x.depth = 1 THEN x.other ELSE x.via END, x.depth, po.name, x.other, x.strength = 'weak', x.kind"
	" LIMIT 2000";

static const struct { const char *name, *title, *sql; } sections[MS_COUNT] = {
	[MS_TIMELINE] = { "timeline", "流水", timeline_sql },
	[MS_COUNTERPARTIES] = { "counterparties", "对手方", cps_sql },
	[MS_FLAGGED] = { "flagged", "可疑交易", flagged_sql },
	[MS_LINKS] = { "links", "关联主体", links_sql },
};

const char *money_section_name(enum money_section s) { return s < MS_COUNT ? sections[s].name : ""; }
const char *money_section_title(enum money_section s) { return s < MS_COUNT ? sections[s].title : ""; }

int money_select(jz_db *db, long long party_id, enum money_section s, int print, sqlite3_stmt **out,
		 struct jz_err *e)
{
	if ((unsigned)s >= MS_COUNT)
		return jz_err_set(e, "未知的资金分析部分");
	if (db_prepare(db, sections[s].sql, out, e))
		return -1;
	sqlite3_bind_int64(*out, 1, party_id);
	sqlite3_bind_int(*out, 2, print);
	return 0;
}

/* ---- finding the party ---- */

static int all_digits(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

int money_find_party(jz_db *db, const char *what, long long *id, struct jz_err *e)
{
	sqlite3_stmt *st;
	*id = 0;
	if (db_prepare(db, "SELECT id FROM parties WHERE (?2 AND id = CAST(?1 AS INTEGER)) OR id_no = upper(?1)"
		       " OR name = ?1 ORDER BY (name = ?1) DESC, id LIMIT 6", &st, e))
		return -1;
	sqlite3_bind_text(st, 1, what, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, all_digits(what) && strlen(what) < 12);
	struct strbuf ids = STRBUF_INIT;
	int n = 0, rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		sb_printf(&ids, "%s%lld", n++ ? "、" : "", *id);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		n = -1, jz_err_set(e, "查找当事人失败: %s", db_errmsg(db));
	else if (n == 0)
		jz_err_set(e, "没有当事人“%s”（可用编号、证件号或完整名称）", what);
	else if (n > 1)
		jz_err_set(e, "“%s”对应多个当事人（编号 %s%s），请用编号", what, sb_str(&ids), n > 5 ? "…" : "");
	sb_free(&ids);
	return n == 1 ? 0 : -1;
}

/* ---- typed rows ---- */

static char *txt(sqlite3_stmt *st, int i) { return db_col_dup(st, i); }

static void fill_txn(sqlite3_stmt *st, void *row)
{
	struct money_txn *r = row;
	r->date = txt(st, 0); r->time = txt(st, 1); r->account = txt(st, 2);
	r->amount_in = rows_money(st, 3); r->amount_out = rows_money(st, 4); r->balance = rows_money(st, 5);
	r->counterparty = txt(st, 6); r->cp_account = txt(st, 7); r->summary = txt(st, 8);
	r->channel = txt(st, 9); r->file = txt(st, 10); r->row = sqlite3_column_int(st, 11);
	r->flagged = txt(st, 12); r->id = sqlite3_column_int64(st, 13);
}

static void fill_cp(sqlite3_stmt *st, void *row)
{
	struct money_cp *r = row;
	r->name = txt(st, 0); r->account = txt(st, 1); r->n = sqlite3_column_int(st, 2);
	r->n_in = sqlite3_column_int(st, 3); r->in = sqlite3_column_int64(st, 4);
	r->n_out = sqlite3_column_int(st, 5); r->out = sqlite3_column_int64(st, 6);
	r->first = txt(st, 7); r->last = txt(st, 8); r->relation = txt(st, 9);
}

static void fill_flag(sqlite3_stmt *st, void *row)
{
	struct money_flag *r = row;
	r->rules = txt(st, 0); r->leads = txt(st, 1); r->date = txt(st, 2); r->time = txt(st, 3);
	r->account = txt(st, 4); r->dir = txt(st, 5); r->amount = sqlite3_column_int64(st, 6);
	r->counterparty = txt(st, 7); r->cp_account = txt(st, 8); r->summary = txt(st, 9);
	r->file = txt(st, 10); r->row = sqlite3_column_int(st, 11); r->txn_id = sqlite3_column_int64(st, 12);
}

static void fill_link(sqlite3_stmt *st, void *row)
{
	struct money_link *r = row;
	r->depth = sqlite3_column_int(st, 0); r->via = txt(st, 1); r->kind = txt(st, 2); r->dir = txt(st, 3);
	r->name = txt(st, 4); r->source = txt(st, 5); r->strength = txt(st, 6);
	r->via_id = sqlite3_column_int64(st, 7); r->party_id = sqlite3_column_int64(st, 8);
}

static const char party_sql[] =
	"SELECT p.name, p.kind, coalesce(p.id_no, ''),"
	" coalesce((SELECT group_concat(role || ' ' || n || ' 件', '、') FROM (SELECT role, count(*) AS n"
	"  FROM case_parties WHERE party_id = p.id GROUP BY role ORDER BY role DESC)), ''),"
	" (SELECT count(*) FROM bank_accounts WHERE party_id = p.id),"
	" (SELECT count(*) FROM bank_accounts a JOIN bank_txns t ON t.account_id = a.id WHERE a.party_id = p.id)"
	" FROM parties p WHERE p.id = ?1";

int money_load_party(jz_db *db, long long id, struct money_party *p, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (db_prepare(db, party_sql, &st, e))
		return -1;
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		p->id = id;
		p->name = txt(st, 0); p->kind = txt(st, 1); p->id_no = txt(st, 2); p->roles = txt(st, 3);
		p->accounts = sqlite3_column_int(st, 4); p->txns = sqlite3_column_int(st, 5);
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return jz_err_set(e, "当事人 %lld 不存在", id);
	return jz_err_set(e, "读取当事人失败: %s", db_errmsg(db));
}

static int section(jz_db *db, long long id, enum money_section s, rows_fill_fn fill, void *arr, size_t size,
		   int *n, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (money_select(db, id, s, 0, &st, e))
		return -1;
	return rows_read(db, st, fill, arr, size, n, e);
}

int money_load(jz_db *db, long long party_id, struct money *m, struct jz_err *e)
{
	memset(m, 0, sizeof *m);
	if (money_load_party(db, party_id, &m->p, e)
	    || section(db, party_id, MS_TIMELINE, fill_txn, &m->txns, sizeof *m->txns, &m->ntxns, e)
	    || section(db, party_id, MS_COUNTERPARTIES, fill_cp, &m->cps, sizeof *m->cps, &m->ncps, e)
	    || section(db, party_id, MS_FLAGGED, fill_flag, &m->flags, sizeof *m->flags, &m->nflags, e)
	    || section(db, party_id, MS_LINKS, fill_link, &m->links, sizeof *m->links, &m->nlinks, e))
		return -1;
	return 0;
}

void money_free(struct money *m)
{
	free(m->p.name); free(m->p.kind); free(m->p.id_no); free(m->p.roles);
	for (int i = 0; i < m->ntxns; i++) {
		struct money_txn *r = &m->txns[i];
		free(r->date); free(r->time); free(r->account); free(r->counterparty); free(r->cp_account);
		free(r->summary); free(r->channel); free(r->file); free(r->flagged);
	}
	for (int i = 0; i < m->ncps; i++) {
		struct money_cp *r = &m->cps[i];
		free(r->name); free(r->account); free(r->first); free(r->last); free(r->relation);
	}
	for (int i = 0; i < m->nflags; i++) {
		struct money_flag *r = &m->flags[i];
		free(r->rules); free(r->leads); free(r->date); free(r->time); free(r->account); free(r->dir);
		free(r->counterparty); free(r->cp_account); free(r->summary); free(r->file);
	}
	for (int i = 0; i < m->nlinks; i++) {
		struct money_link *r = &m->links[i];
		free(r->via); free(r->kind); free(r->dir); free(r->name); free(r->source); free(r->strength);
	}
	free(m->txns); free(m->cps); free(m->flags); free(m->links);
	memset(m, 0, sizeof *m);
}

int money_reveal_ids(jz_db *db, long long party_id, struct jz_err *e)
{
	if (policy_check(db, PA_SEE_IDS, NULL, e))
		return -1;
	return audit_log(db, "party.unmask", "parties", party_id, NULL, NULL, "查看资金分析中的完整证件号", e);
}
