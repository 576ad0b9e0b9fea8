/* ledger.c — the ledger as an import kind: a row is parsed and normalised
 * by ledger_row.c, staged as one stg.cases row and one stg.parties row per
 * party, and merged with set-based SQL: courts, new cases, changed cases,
 * parties (parties.h), links, then registry records re-linked. */
#include "import/ledger.h"
#include "import/ledger_bulk.h"
#include "import/ledger_row.h"
#include "import/parties.h"
#include "import/registry.h"
#include "store/bulk_index.h"
#include "store/roles.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char stage_ddl[] =
	"CREATE TABLE stg.cases(rowno INTEGER PRIMARY KEY, case_no TEXT, year INTEGER, court_code TEXT,"
	" type_code TEXT, seq INTEGER, court_name TEXT, filing TEXT, closing TEXT, method TEXT, cause TEXT,"
	" claim INTEGER, paid INTEGER, basis TEXT, judge TEXT, zb_reason TEXT, prior TEXT, hash TEXT);"
	"CREATE TABLE stg.parties(rowno INTEGER, case_no TEXT, role INTEGER, name TEXT, id_no TEXT, kind TEXT,"
	" id_valid INTEGER, birth TEXT);";

static const char *const stage_sql[] = {
	"INSERT INTO stg.cases VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18)",
	"INSERT INTO stg.parties VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
	NULL,
};

static void rec_init(void *rec) { ledger_row_init(rec); }
static void rec_free(void *rec) { ledger_row_free(rec); }

static int parse(void *rec, const struct column_map *m, char **cells, int n, struct strbuf *why,
		 struct strbuf *warn, const void *cfg)
{
	struct ledger_row *r = rec;
	(void)cfg;
	int bad = ledger_row_parse(r, m, cells, n);
	sb_adds(bad ? why : warn, sb_str(bad ? &r->errors : &r->warnings));
	return bad ? -1 : 0;
}

void ledger_bind_case(sqlite3_stmt *s, const struct ledger_row *r, long rowno)
{
	sqlite3_bind_int64(s, 1, rowno);
	sqlite3_bind_text(s, 2, r->case_no, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 3, r->cn.year);
	sqlite3_bind_text(s, 4, r->cn.court, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 5, r->cn.type, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 6, r->cn.seq);
	db_bind_text_or_null(s, 7, r->court_name);
	db_bind_text_or_null(s, 8, r->filing);
	db_bind_text_or_null(s, 9, r->closing);
	db_bind_text_or_null(s, 10, r->method);
	db_bind_text_or_null(s, 11, r->cause);
	if (r->has_claim) sqlite3_bind_int64(s, 12, r->claim_fen); else sqlite3_bind_null(s, 12);
	if (r->has_paid) sqlite3_bind_int64(s, 13, r->paid_fen); else sqlite3_bind_null(s, 13);
	db_bind_text_or_null(s, 14, r->basis_no);
	db_bind_text_or_null(s, 15, r->judge);
	db_bind_text_or_null(s, 16, r->zb_reason);
	db_bind_text_or_null(s, 17, r->prior_case_no);
	sqlite3_bind_blob(s, 18, r->hash_bytes, sizeof r->hash_bytes, SQLITE_STATIC);
}

static int stage_parties(struct stage_ctx *sc, const struct ledger_row *r, long rowno, int role,
			 const struct ledger_party *p, int n, struct jz_err *e)
{
	sqlite3_stmt *s = sc->st[1];
	for (int i = 0; i < n; i++) {
		sqlite3_bind_int64(s, 1, rowno);
		sqlite3_bind_text(s, 2, r->case_no, -1, SQLITE_STATIC);
		sqlite3_bind_int(s, 3, role);
		parties_bind_staged(s, 4, p[i].name, &p[i].id);
		int rc = sqlite3_step(s);
		sqlite3_reset(s);
		if (rc != SQLITE_DONE)
			return jz_err_set(e, "staging row %ld: %s", rowno, db_errmsg(sc->db));
	}
	return 0;
}

static int stage(struct stage_ctx *sc, const void *rec, long rowno, struct strbuf *why, struct jz_err *e)
{
	const struct ledger_row *r = rec;
	(void)why;
	ledger_bind_case(sc->st[0], r, rowno);
	int rc = sqlite3_step(sc->st[0]);
	sqlite3_reset(sc->st[0]);
	if (rc != SQLITE_DONE)
		return jz_err_set(e, "staging row %ld: %s", rowno, db_errmsg(sc->db)), -2;
	if (stage_parties(sc, r, rowno, ROLE_APPLICANT, r->applicants, r->napplicants, e) ||
	    stage_parties(sc, r, rowno, ROLE_DEBTOR, r->debtors, r->ndebtors, e))
		return -2;
	return 0;
}

/* ---- merge ---- */

/* The merge is planned before the write lock (plan(), reading the
 * database, writing only staging) and applied under it (merge()); the
 * engine plans again under the lock when someone wrote in between.
 *
 * The last row of each 案号 is what is written; earlier repeats are counted
 * (identical to the row before: duplicate; different: updated). */
static const char classify_sql[] =
	"DROP TABLE IF EXISTS stg.last; DROP TABLE IF EXISTS stg.delta; DROP TABLE IF EXISTS stg.changed;"
	"DROP TABLE IF EXISTS stg.newlinks; DROP TABLE IF EXISTS stg.plan;"
	"CREATE INDEX IF NOT EXISTS stg.cases_no ON cases(case_no, rowno);"
	"CREATE TABLE stg.last AS SELECT s.*, c.id AS case_id, c.row_hash AS old_hash,"
	"  (SELECT count(*) FROM stg.cases x WHERE x.case_no = s.case_no) AS nrows"
	" FROM stg.cases s LEFT JOIN main.cases c ON c.case_no = s.case_no"
	" WHERE s.rowno = (SELECT max(rowno) FROM stg.cases x WHERE x.case_no = s.case_no);"
	"CREATE TABLE IF NOT EXISTS stg.repeats AS SELECT case_no, count(CASE WHEN hash = prev THEN 1 END) AS dup,"
	"  count(CASE WHEN hash <> prev THEN 1 END) AS changed FROM"
	"  (SELECT case_no, hash, lag(hash) OVER (PARTITION BY case_no ORDER BY rowno) AS prev FROM stg.cases)"
	"  WHERE prev IS NOT NULL GROUP BY case_no;"
	"CREATE TABLE stg.delta(col INTEGER, case_id INTEGER, v, PRIMARY KEY (col, case_id)) WITHOUT ROWID;"
	/* the ledger's parties are the scope of its registry relink (registry_relink) */
	"CREATE TABLE IF NOT EXISTS stg.relink AS SELECT DISTINCT id_no, name FROM stg.parties;";

static const char courts_sql[] =
	"INSERT INTO courts(code, name) SELECT court_code, coalesce(max(court_name), '') FROM stg.cases"
	" WHERE court_code IS NOT NULL GROUP BY court_code"
	" ON CONFLICT(code) DO UPDATE SET name = CASE WHEN name = '' THEN excluded.name ELSE name END;";

static const char insert_sql[] =
	"INSERT INTO cases(case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date,"
	" closing_method, cause, claim_fen, paid_fen, basis_no, judge, zb_reason, prior_case_no,"
	" src_file_id, src_row, row_hash)"
	" SELECT case_no, year, court_code, type_code, seq, (SELECT id FROM courts WHERE code = l.court_code),"
	" filing, closing, method, cause, claim, paid, basis, judge, zb_reason, prior, ?1, rowno, hash"
	" FROM stg.last l WHERE case_id IS NULL ORDER BY rowno";

/* A later ledger fills in and corrects; a blank cell does not erase. The
 * plan lists each changed value (stg.delta); the merge writes one column at
 * a time, only those rows: an UPDATE naming every column rewrites every
 * index on cases (fourteen) for every row, and held the write lock four
 * times as long for a ledger that changed one amount in 20,000 cases.
 * {case column, staged column}: */
static const char *const update_cols[][2] = {
	{ "filing_date", "filing" }, { "closing_date", "closing" }, { "closing_method", "method" },
	{ "cause", "cause" }, { "claim_fen", "claim" }, { "paid_fen", "paid" }, { "basis_no", "basis" },
	{ "judge", "judge" }, { "zb_reason", "zb_reason" }, { "prior_case_no", "prior" },
};
#define NCOLS ((int)(sizeof update_cols / sizeof *update_cols))

/* The provenance of the cases whose content changed. */
static const char update_source_sql[] =
	"UPDATE cases SET src_file_id = ?1, src_row = l.rowno, row_hash = l.hash FROM stg.last l"
	" WHERE cases.id = l.case_id AND l.case_id IN (SELECT case_id FROM stg.changed)";

/* Cases that gain a party they did not have (they changed too). */
static const char newlinks_sql[] =
	"CREATE TABLE stg.newlinks AS SELECT DISTINCT c.id AS case_id FROM stg.pmap m"
	" JOIN main.cases c ON c.case_no = m.case_no"
	" WHERE NOT EXISTS (SELECT 1 FROM case_links cp WHERE cp.case_id = c.id AND cp.party_id = m.party_id"
	" AND cp.role = m.role);";

/* A case the merge adds gains all its parties. */
static const char newlinks_added_sql[] =
	"INSERT INTO stg.newlinks SELECT c.id FROM stg.last l CROSS JOIN main.cases c ON c.case_no = l.case_no"
	" WHERE l.case_id IS NULL;";

static const char links_sql[] =
	"INSERT OR IGNORE INTO case_links(case_id, party_id, role, src_file_id, src_row)"
	" SELECT c.id, m.party_id, m.role, ?1, m.rowno FROM stg.pmap m CROSS JOIN main.cases c ON c.case_no = m.case_no"
	" WHERE +c.id IN (SELECT case_id FROM stg.newlinks) ORDER BY c.id;";   /* + : a lookup, not a loop per row */

/* Existing cases whose content changed: each changed value into stg.delta,
 * their ids into stg.changed. */
static int plan_updates(jz_db *db, struct jz_err *e)
{
	for (int i = 0; i < NCOLS; i++) {
		char sql[320];
		snprintf(sql, sizeof sql, "INSERT INTO stg.delta SELECT %d, l.case_id, l.%s FROM stg.last l"
			 " JOIN main.cases c ON c.id = l.case_id WHERE l.old_hash IS NOT l.hash AND l.%s IS NOT NULL"
			 " AND c.%s IS NOT l.%s", i, update_cols[i][1], update_cols[i][1], update_cols[i][0],
			 update_cols[i][1]);
		if (db_exec(db, sql, e))
			return -1;
	}
	return db_exec(db, "CREATE TABLE stg.changed(case_id INTEGER PRIMARY KEY);"
		       "INSERT OR IGNORE INTO stg.changed SELECT case_id FROM stg.delta", e);
}

static int plan(jz_db *db, const void *cfg, struct jz_err *e)
{
	(void)cfg;
	int mapped = 0;
	if (db_exec(db, classify_sql, e) || plan_updates(db, e) || parties_plan(db, &mapped, e) ||
	    (mapped && db_exec(db, newlinks_sql, e)))
		return -1;
	char sql[64];
	snprintf(sql, sizeof sql, "CREATE TABLE stg.plan AS SELECT %d AS mapped", mapped);
	return db_exec(db, sql, e);
}

static int update_cases(jz_db *db, long long file_id, struct jz_err *e)
{
	for (int i = 0; i < NCOLS; i++) {
		char sql[200];
		snprintf(sql, sizeof sql, "UPDATE cases SET %s = d.v FROM stg.delta d WHERE d.col = %d"
			 " AND cases.id = d.case_id", update_cols[i][0], i);
		if (db_exec(db, sql, e))
			return -1;
	}
	return import_exec_file(db, update_source_sql, file_id, e);
}

/* The parties: as planned, or resolved now when the file brings new ones. */
static int link_parties(jz_db *db, long long file_id, struct jz_err *e)
{
	int rc;
	if (db_int(db, "SELECT mapped FROM stg.plan", 0))
		rc = db_exec(db, newlinks_added_sql, e);
	else
		rc = parties_merge(db, e) || db_exec(db, "DROP TABLE IF EXISTS stg.newlinks", e) ||
		     db_exec(db, newlinks_sql, e);
	return rc ? -1 : import_exec_file(db, links_sql, file_id, e);
}

/* Counts as a row-by-row import would give them: a case new to the
 * database is new; an existing one is updated when its content or its
 * parties changed, else a duplicate; a repeat of a 案号 within the file is
 * an update when it differs from the row before it and its case was new or
 * changed, else a duplicate. */
static void count(jz_db *db, struct import_stats *st)
{
	static const char touched[] = "(SELECT l.case_no FROM stg.last l WHERE l.case_id IS NULL OR l.case_id IN"
		" (SELECT case_id FROM stg.changed) OR l.case_id IN (SELECT case_id FROM stg.newlinks))";
	char sql[512];
	st->added = import_count(db, "SELECT count(*) FROM stg.last WHERE case_id IS NULL");
	long changed = import_count(db, "SELECT count(*) FROM stg.last l WHERE case_id IS NOT NULL AND (case_id IN"
				    " (SELECT case_id FROM stg.changed) OR case_id IN (SELECT case_id FROM stg.newlinks))");
	long existing = import_count(db, "SELECT count(*) FROM stg.last WHERE case_id IS NOT NULL");
	snprintf(sql, sizeof sql, "SELECT coalesce(sum(changed), 0) FROM stg.repeats WHERE case_no IN %s", touched);
	long rep_changed = import_count(db, sql);
	long rep_all = import_count(db, "SELECT coalesce(sum(changed + dup), 0) FROM stg.repeats");
	st->updated = changed + rep_changed;
	st->dup = existing - changed + rep_all - rep_changed;
}

/* Loading into an empty database: build the indexes once at the end
 * instead of a random B-tree insert per row per index. */
static int bulk_begin(jz_db *db, struct bulk_index *bi, struct jz_err *e)
{
	static const char *const tables[] = { "cases", "case_links", NULL };
	memset(bi, 0, sizeof *bi);
	bi->defer_lazy = 1;     /* the sort and filter indexes: after the import */
	if (db_int(db, "SELECT EXISTS(SELECT 1 FROM cases) OR EXISTS(SELECT 1 FROM parties)", 1))
		return 0;
	return bulk_index_drop(db, tables, NULL, bi, e);
}

static int merge(jz_db *db, long long file_id, struct import_stats *st, const void *cfg, struct jz_err *e)
{
	struct bulk_index bi = { 0 };      /* freed on every path, even before bulk_begin */
	(void)cfg;
	int rc = db_exec(db, courts_sql, e) || bulk_begin(db, &bi, e) || import_exec_file(db, insert_sql, file_id, e) ||
		 update_cases(db, file_id, e) || link_parties(db, file_id, e) ||
		 bulk_index_restore(db, &bi, e) || registry_relink(db, e) ? -1 : 0;
	bulk_index_free(&bi);
	if (rc == 0)
		count(db, st);
	return rc;
}

static const struct import_kind ledger_kind = {
	"cases", ledger_columns, LF_COUNT, sizeof(struct ledger_row), rec_init, rec_free, parse,
	stage_ddl, stage_sql, stage, merge, NULL, NULL, NULL, NULL, 1, &ledger_bulk, plan,
};

int ledger_import_file(jz_db *db, const char *path, const struct import_opts *o, struct import_stats *st,
		       struct jz_err *e)
{
	return import_file(db, path, &ledger_kind, o, st, e);
}
