/* ledger_bulk.c — see ledger_bulk.h. Counts as the merge gives them for an
 * empty database: every distinct 案号 is new; a repeat within the file is
 * an update when it differs from the row before it, else a duplicate. */
#include "import/ledger_bulk.h"
#include "import/parties.h"
#include "import/party_map.h"
#include "import/registry.h"
#include "store/bulk_index.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

enum { S_CASE, S_REPEAT, S_CASE_ID, S_PARTY, S_LINK, S_COURT_ADD, S_COURT_ID };

/* ?1..?18 as ledger_bind_case binds them; ?19 court id, ?20 file id. A
 * repeat replaces the row before it (a ledger's last word on a case), an
 * identical one changes nothing. (No RETURNING: it costs a temporary table
 * per row; the rowid and the change count tell what happened.) */
static const char *const bulk_sql[] = {
	[S_CASE] = "INSERT INTO cases(case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date,"
		" closing_method, cause, claim_fen, paid_fen, basis_no, judge, zb_reason, prior_case_no, src_file_id,"
		" src_row, row_hash) VALUES(?2, ?3, ?4, ?5, ?6, ?19, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
		" ?20, ?1, ?18) ON CONFLICT(case_no) DO UPDATE SET court_id = excluded.court_id,"
		" filing_date = excluded.filing_date, closing_date = excluded.closing_date,"
		" closing_method = excluded.closing_method, cause = excluded.cause, claim_fen = excluded.claim_fen,"
		" paid_fen = excluded.paid_fen, basis_no = excluded.basis_no, judge = excluded.judge,"
		" zb_reason = excluded.zb_reason, prior_case_no = excluded.prior_case_no,"
		" src_file_id = excluded.src_file_id, src_row = excluded.src_row, row_hash = excluded.row_hash"
		" WHERE cases.row_hash IS NOT excluded.row_hash",
	[S_REPEAT] = "UPDATE cases SET src_row = ?2 WHERE case_no = ?1",
	[S_CASE_ID] = "SELECT id FROM cases WHERE case_no = ?1",
	[S_PARTY] = "INSERT INTO parties(name, id_no, kind, id_valid, birth_date) VALUES(?1, ?2, ?3, ?4, ?5)",
	[S_LINK] = "INSERT OR IGNORE INTO case_parties(case_id, party_id, role, src_file_id, src_row)"
		" VALUES(?1, ?2, ?3, ?4, ?5)",
	[S_COURT_ADD] = "INSERT INTO courts(code) VALUES(?1) ON CONFLICT(code) DO NOTHING",
	[S_COURT_ID] = "SELECT id FROM courts WHERE code = ?1",
	NULL,
};

struct court {
	long long id;
	char *code, *name;       /* name: the greatest the file gives, or NULL */
};

struct state {
	struct party_map *keys;  /* parties ('I' ID, 'N' name) and courts ('C': index + 1) */
	struct court *courts;
	int ncourts, capcourts;
	long added, updated, dup;
	struct bulk_index bi;
};

static int applies(jz_db *db, const void *cfg)
{
	(void)cfg;
	return db_int(db, "SELECT NOT EXISTS (SELECT 1 FROM cases) AND NOT EXISTS (SELECT 1 FROM parties)", 0) == 1;
}

static int begin(struct stage_ctx *sc, struct jz_err *e)
{
	static const char *const tables[] = { "cases", "parties", "case_parties", NULL };
	struct state *s = xcalloc(1, sizeof *s);
	s->keys = party_map_new();
	sc->state = s;
	return bulk_index_drop(sc->db, tables, &s->bi, e);
}

static void end(struct stage_ctx *sc)
{
	struct state *s = sc->state;
	if (!s)
		return;
	party_map_free(&s->keys);
	for (int i = 0; i < s->ncourts; i++) {
		free(s->courts[i].code);
		free(s->courts[i].name);
	}
	free(s->courts);
	bulk_index_free(&s->bi);
	free(s);
	sc->state = NULL;
}

static int step_done(struct stage_ctx *sc, sqlite3_stmt *st, long rowno, struct jz_err *e)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : jz_err_set(e, "row %ld: %s", rowno, db_errmsg(sc->db));
}

/* The court of a 案号 (added when new); its name kept for the end. */
static long long court_id(struct stage_ctx *sc, const struct ledger_row *r, long rowno, struct jz_err *e)
{
	struct state *s = sc->state;
	int added;
	uint32_t *slot = party_map_find(s->keys, 'C', r->cn.court, &added);
	if (added) {
		sqlite3_stmt *q = sc->st[S_COURT_ID];
		sqlite3_bind_text(sc->st[S_COURT_ADD], 1, r->cn.court, -1, SQLITE_STATIC);
		if (step_done(sc, sc->st[S_COURT_ADD], rowno, e))
			return -1;
		sqlite3_bind_text(q, 1, r->cn.court, -1, SQLITE_STATIC);
		long long id = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : -1;
		sqlite3_reset(q);
		if (id < 0)
			return jz_err_set(e, "row %ld: %s", rowno, db_errmsg(sc->db));
		s->courts = xgrow(s->courts, sizeof *s->courts, &s->capcourts, s->ncourts + 1);
		s->courts[s->ncourts] = (struct court){ id, xstrdup(r->cn.court), NULL };
		*slot = (uint32_t)++s->ncourts;
	}
	struct court *c = &s->courts[*slot - 1];
	if (r->court_name && (!c->name || strcmp(r->court_name, c->name) > 0)) {
		free(c->name);
		c->name = xstrdup(r->court_name);
	}
	return c->id;
}

static long long case_id(struct stage_ctx *sc, const char *case_no, long rowno, struct jz_err *e)
{
	sqlite3_stmt *q = sc->st[S_CASE_ID];
	sqlite3_bind_text(q, 1, case_no, -1, SQLITE_STATIC);
	long long id = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
	sqlite3_reset(q);
	return id > 0 ? id : jz_err_set(e, "row %ld: %s", rowno, db_errmsg(sc->db));
}

/* Upsert the case: its id, 0 for an identical repeat, -1 on error. */
static long long put_case(struct stage_ctx *sc, const struct ledger_row *r, long rowno, struct jz_err *e)
{
	struct state *s = sc->state;
	long long court = court_id(sc, r, rowno, e);
	if (court < 0)
		return -1;
	sqlite3_stmt *st = sc->st[S_CASE];
	ledger_bind_case(st, r, rowno);
	sqlite3_bind_int64(st, 19, court);
	sqlite3_bind_int64(st, 20, sc->file_id);
	sqlite3_set_last_insert_rowid(sc->db->sql, 0);
	if (step_done(sc, st, rowno, e))
		return -1;
	long long id = sqlite3_last_insert_rowid(sc->db->sql);
	if (id > 0) {
		s->added++;
		return id;
	}
	if (sqlite3_changes(sc->db->sql) > 0) {    /* a repeat that differs */
		s->updated++;
		return case_id(sc, r->case_no, rowno, e);
	}
	s->dup++;          /* the same row again: the case keeps it, now from here */
	sqlite3_bind_text(sc->st[S_REPEAT], 1, r->case_no, -1, SQLITE_STATIC);
	sqlite3_bind_int64(sc->st[S_REPEAT], 2, rowno);
	return step_done(sc, sc->st[S_REPEAT], rowno, e) ? -1 : 0;
}

/* The party of p: found by its key, else added. */
static long long party_id(struct stage_ctx *sc, const struct ledger_party *p, long rowno, struct jz_err *e)
{
	struct state *s = sc->state;
	int has = parties_usable_id(&p->id), added;
	uint32_t *slot = party_map_find(s->keys, has ? 'I' : 'N', has ? p->id.norm : p->name, &added);
	if (!added)
		return *slot;
	parties_bind_staged(sc->st[S_PARTY], 1, p->name, &p->id);
	if (step_done(sc, sc->st[S_PARTY], rowno, e))
		return -1;
	long long id = db_last_id(sc->db);
	if (id <= 0 || id > UINT32_MAX)
		return jz_err_set(e, "row %ld: party id %lld out of range for a bulk load", rowno, id);
	*slot = (uint32_t)id;
	return id;
}

static int link_parties(struct stage_ctx *sc, long long case_id, long rowno, const char *role,
			const struct ledger_party *p, int n, struct jz_err *e)
{
	sqlite3_stmt *st = sc->st[S_LINK];
	for (int i = 0; i < n; i++) {
		long long pid = party_id(sc, &p[i], rowno, e);
		if (pid < 0)
			return -1;
		sqlite3_bind_int64(st, 1, case_id);
		sqlite3_bind_int64(st, 2, pid);
		sqlite3_bind_text(st, 3, role, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 4, sc->file_id);
		sqlite3_bind_int64(st, 5, rowno);
		if (step_done(sc, st, rowno, e))
			return -1;
	}
	return 0;
}

static int stage(struct stage_ctx *sc, const void *rec, long rowno, struct strbuf *why, struct jz_err *e)
{
	const struct ledger_row *r = rec;
	(void)why;
	long long id = put_case(sc, r, rowno, e);
	if (id < 0)
		return -2;
	if (id == 0)       /* identical to the row before: its parties are linked */
		return 0;
	if (link_parties(sc, id, rowno, "申请执行人", r->applicants, r->napplicants, e) ||
	    link_parties(sc, id, rowno, "被执行人", r->debtors, r->ndebtors, e))
		return -2;
	return 0;
}

/* ---- finish ---- */

static int court_names(struct stage_ctx *sc, struct jz_err *e)
{
	struct state *s = sc->state;
	sqlite3_stmt *st;
	if (db_prepare(sc->db, "UPDATE courts SET name = ?2 WHERE code = ?1 AND name = ''", &st, e))
		return -1;
	int rc = 0;
	for (int i = 0; i < s->ncourts && rc == 0; i++) {
		if (!s->courts[i].name)
			continue;
		sqlite3_bind_text(st, 1, s->courts[i].code, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, s->courts[i].name, -1, SQLITE_STATIC);
		rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "SQL error: %s", db_errmsg(sc->db));
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return rc;
}

/* A name given without an ID belongs to the one party with an ID that has
 * that name, when there is exactly one (parties.h); the name-only party
 * added for it goes. The link keeps the earliest row that gave it. (CROSS
 * JOIN: from the few name-only parties to the name index, not the other
 * way round.) */
static const char names_sql[] =
	"CREATE TEMP TABLE bulk_names AS SELECT p.id AS from_id, min(q.id) AS to_id FROM parties p"
	" CROSS JOIN parties q ON q.name = p.name AND q.id_no IS NOT NULL WHERE p.id_no IS NULL"
	" GROUP BY p.id HAVING count(*) = 1;"
	"INSERT INTO case_parties(case_id, party_id, role, src_file_id, src_row)"
	" SELECT cp.case_id, n.to_id, cp.role, cp.src_file_id, cp.src_row FROM temp.bulk_names n"
	" JOIN case_parties cp ON cp.party_id = n.from_id WHERE true"
	" ON CONFLICT(case_id, role, party_id) DO UPDATE SET src_row = min(src_row, excluded.src_row);"
	"DELETE FROM case_parties WHERE party_id IN (SELECT from_id FROM temp.bulk_names);"
	"DELETE FROM parties WHERE id IN (SELECT from_id FROM temp.bulk_names);"
	"DROP TABLE temp.bulk_names;";

static int finish(struct stage_ctx *sc, struct import_stats *st, struct jz_err *e)
{
	struct state *s = sc->state;
	if (court_names(sc, e) || bulk_index_restore(sc->db, &s->bi, e) || db_exec(sc->db, names_sql, e) ||
	    registry_relink(sc->db, st, e))
		return -1;
	st->added = s->added;
	st->updated = s->updated;
	st->dup = s->dup;
	return 0;
}

const struct import_bulk ledger_bulk = { applies, bulk_sql, begin, stage, finish, end };
