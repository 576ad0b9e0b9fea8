/* ledger_bulk.c — see ledger_bulk.h. Counts as the merge gives them for an
 * empty database: every distinct 案号 is new; a repeat within the file is
 * an update when it differs from the row before it, else a duplicate. */
#include "import/ledger_bulk.h"
#include "import/batch_vtab.h"
#include "import/ledger_tally.h"
#include "import/parties.h"
#include "import/party_map.h"
#include "import/registry.h"
#include "store/bulk_index.h"
#include "store/roles.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { S_CASES, S_PARTIES, S_LINKS, S_CASE, S_REPEAT, S_CASE_ROW, S_COURT_ADD, S_COURT_ID, S_DEBTOR_KEY };

#define CASE_COLS "case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date," \
	" closing_method, cause, claim_fen, paid_fen, basis_no, judge, zb_reason, prior_case_no, src_file_id, src_row," \
	" row_hash"

/* A batch at a time (batch_vtab.h): its cases (a repeated 案号 is left to
 * the upsert below, row by row), its new parties (ids given here: the load
 * is the only writer), its links. One case row by row: ?1..?18 as
 * ledger_bind_case binds them, ?19 court id, ?20 file id; a repeat
 * replaces the row before it (a ledger's last word on a case), an
 * identical one changes nothing. */
static const char *const bulk_sql[] = {
	[S_CASES] = "INSERT OR IGNORE INTO cases(" CASE_COLS ", first_debtor) SELECT c0, c1, c2, c3, c4, c5, c6, c7,"
		" c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19 FROM jz_batch(?1)",
	[S_PARTIES] = "INSERT INTO parties(id, name, id_no, kind, id_valid, birth_date)"
		" SELECT c0, c1, c2, c3, c4, c5 FROM jz_batch(?1)",
	[S_LINKS] = "INSERT OR IGNORE INTO case_links(case_id, party_id, role, src_file_id, src_row)"
		" SELECT c0, c1, c2, c3, c4 FROM jz_batch(?1)",
	[S_CASE] = "INSERT INTO cases(" CASE_COLS ") VALUES(?2, ?3, ?4, ?5, ?6, ?19, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
		" ?15, ?16, ?17, ?20, ?1, ?18) ON CONFLICT(case_no) DO UPDATE SET court_id = excluded.court_id,"
		" filing_date = excluded.filing_date, closing_date = excluded.closing_date,"
		" closing_method = excluded.closing_method, cause = excluded.cause, claim_fen = excluded.claim_fen,"
		" paid_fen = excluded.paid_fen, basis_no = excluded.basis_no, judge = excluded.judge,"
		" zb_reason = excluded.zb_reason, prior_case_no = excluded.prior_case_no,"
		" src_file_id = excluded.src_file_id, src_row = excluded.src_row, row_hash = excluded.row_hash"
		" WHERE cases.row_hash IS NOT excluded.row_hash",
	[S_REPEAT] = "UPDATE cases SET src_row = ?2 WHERE case_no = ?1",
	[S_CASE_ROW] = "SELECT id, src_row FROM cases WHERE case_no = ?1",
	[S_COURT_ADD] = "INSERT INTO courts(code) VALUES(?1) ON CONFLICT(code) DO NOTHING",
	[S_COURT_ID] = "SELECT id FROM courts WHERE code = ?1",
	/* what the trigger sortkey_link_ins does for a case's new 被执行人 */
	[S_DEBTOR_KEY] = "UPDATE cases SET first_debtor = ?2 WHERE id = ?1 AND (first_debtor IS NULL OR first_debtor > ?2)",
	NULL,
};

struct court {
	long long id;
	char *code, *name;       /* name: the greatest the file gives, or NULL */
};

/* One row of the batch: its case id once written (0: an identical repeat);
 * the smallest name of its 被执行人 as the parties table holds them (the
 * case's sort key, written with the case: set by the link trigger after,
 * it grew every row and split a tenth of the table's pages). */
struct row {
	const struct ledger_row *r;
	long rowno;
	long long court, id;
	const char *first_debtor;    /* the row's (prepare), or NULL */
};

struct new_party {
	long long id;
	const struct ledger_party *p;
};

struct link {
	int row;                 /* in the batch: its case id once written */
	long long case_id, party_id;
	int role;                /* enum party_role */
	long rowno;
};

struct state {
	/* the reader thread's (prepare): parties by key ('I' ID, 'N' name),
	 * each with the name it came with first, which the parties table keeps */
	struct party_map *keys;
	long long next_party;    /* the id the next new party gets */
	/* the writing thread's */
	struct party_map *court_keys;    /* courts ('C': index + 1) */
	struct court *courts;
	int ncourts, capcourts;
	long added, updated, dup;
	struct ledger_tally tally;   /* the running totals, while every row is a new case */
	int tally_inexact;           /* a repeated 案号 came: counted again in SQL at the end */
	struct bulk_index bi;
	long long file_id;
	struct row *rows;
	int nrows, caprows;      /* nrows: the rows of the last batch */
	struct new_party *parties;
	int nparties, capparties;
	struct link *links;
	int nlinks, caplinks;
};

static int applies(jz_db *db, const void *cfg)
{
	(void)cfg;
	return db_int(db, "SELECT NOT EXISTS (SELECT 1 FROM cases) AND NOT EXISTS (SELECT 1 FROM parties)", 0) == 1;
}

static int begin(struct stage_ctx *sc, struct jz_err *e)
{
	static const char *const tables[] = { "cases", "parties", "case_links", NULL };
	struct state *s = xcalloc(1, sizeof *s);
	s->keys = party_map_new();
	s->court_keys = party_map_new();
	s->file_id = sc->file_id;
	sc->state = s;
	s->next_party = db_int(sc->db, "SELECT coalesce(max(id), 0) + 1 FROM parties", -1);
	if (s->next_party < 1 || batch_vtab_register(sc->db->sql))
		return jz_err_set(e, "SQL error: %s", db_errmsg(sc->db));
	/* each case is written with its 被执行人 sort key (struct row); the
	 * sort and filter indexes are built after the import (db/schema/053) */
	s->bi.defer_lazy = 1;
	return bulk_index_drop(sc->db, tables, "sortkey_link_ins", &s->bi, e);
}

static void end(struct stage_ctx *sc)
{
	struct state *s = sc->state;
	if (!s)
		return;
	party_map_free(&s->keys);
	party_map_free(&s->court_keys);
	for (int i = 0; i < s->ncourts; i++) {
		free(s->courts[i].code);
		free(s->courts[i].name);
	}
	free(s->courts);
	free(s->rows);
	free(s->parties);
	free(s->links);
	bulk_index_free(&s->bi);
	ledger_tally_free(&s->tally);
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
	uint32_t *slot = party_map_find(s->court_keys, 'C', r->cn.court, &added);
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

/* ---- the batch's rows as tables ---- */

static void text_or_null(sqlite3_context *ctx, const char *v)
{
	if (v && *v)
		sqlite3_result_text(ctx, v, -1, SQLITE_STATIC);
	else
		sqlite3_result_null(ctx);
}

/* The columns of CASE_COLS, as ledger_bind_case and the upsert give them. */
static void case_column(const struct batch_rows *b, int i, int col, sqlite3_context *ctx)
{
	const struct state *s = b->arg;
	const struct row *w = &s->rows[i];
	const struct ledger_row *r = w->r;
	switch (col) {
	case 0: sqlite3_result_text(ctx, r->case_no, -1, SQLITE_STATIC); break;
	case 1: sqlite3_result_int(ctx, r->cn.year); break;
	case 2: sqlite3_result_text(ctx, r->cn.court, -1, SQLITE_STATIC); break;
	case 3: sqlite3_result_text(ctx, r->cn.type, -1, SQLITE_STATIC); break;
	case 4: sqlite3_result_int64(ctx, r->cn.seq); break;
	case 5: sqlite3_result_int64(ctx, w->court); break;
	case 6: text_or_null(ctx, r->filing); break;
	case 7: text_or_null(ctx, r->closing); break;
	case 8: text_or_null(ctx, r->method); break;
	case 9: text_or_null(ctx, r->cause); break;
	case 10: if (r->has_claim) sqlite3_result_int64(ctx, r->claim_fen); else sqlite3_result_null(ctx); break;
	case 11: if (r->has_paid) sqlite3_result_int64(ctx, r->paid_fen); else sqlite3_result_null(ctx); break;
	case 12: text_or_null(ctx, r->basis_no); break;
	case 13: text_or_null(ctx, r->judge); break;
	case 14: text_or_null(ctx, r->zb_reason); break;
	case 15: text_or_null(ctx, r->prior_case_no); break;
	case 16: sqlite3_result_int64(ctx, s->file_id); break;
	case 17: sqlite3_result_int64(ctx, w->rowno); break;
	case 18: sqlite3_result_blob(ctx, r->hash_bytes, sizeof r->hash_bytes, SQLITE_STATIC); break;
	case 19: text_or_null(ctx, w->first_debtor); break;
	default: sqlite3_result_null(ctx);
	}
}

/* id, name, id_no, kind, id_valid, birth_date (as parties_bind_staged). */
static void party_column(const struct batch_rows *b, int i, int col, sqlite3_context *ctx)
{
	const struct state *s = b->arg;
	const struct new_party *np = &s->parties[i];
	const struct id_info *id = &np->p->id;
	int has = parties_usable_id(id);
	switch (col) {
	case 0: sqlite3_result_int64(ctx, np->id); break;
	case 1: sqlite3_result_text(ctx, np->p->name, -1, SQLITE_STATIC); break;
	case 2: if (has) sqlite3_result_text(ctx, id->norm, -1, SQLITE_STATIC); else sqlite3_result_null(ctx); break;
	case 3: sqlite3_result_text(ctx, parties_kind(np->p->name, has ? id : NULL), -1, SQLITE_STATIC); break;
	case 4:
		if (has && (id->kind == ID_PERSON || id->kind == ID_ORG))
			sqlite3_result_int(ctx, id->valid);
		else
			sqlite3_result_null(ctx);
		break;
	case 5: if (has && id->birth[0]) sqlite3_result_text(ctx, id->birth, -1, SQLITE_STATIC); else sqlite3_result_null(ctx); break;
	default: sqlite3_result_null(ctx);
	}
}

static void link_column(const struct batch_rows *b, int i, int col, sqlite3_context *ctx)
{
	const struct state *s = b->arg;
	const struct link *l = &s->links[i];
	switch (col) {
	case 0: sqlite3_result_int64(ctx, l->case_id); break;
	case 1: sqlite3_result_int64(ctx, l->party_id); break;
	case 2: sqlite3_result_int(ctx, l->role); break;
	case 3: sqlite3_result_int64(ctx, s->file_id); break;
	case 4: sqlite3_result_int64(ctx, l->rowno); break;
	default: sqlite3_result_null(ctx);
	}
}

/* Run an INSERT … FROM jz_batch(?1) over n rows; the rows it changed. */
static int insert_rows(struct stage_ctx *sc, int stmt, int n,
		       void (*col)(const struct batch_rows *, int, int, sqlite3_context *), struct jz_err *e)
{
	struct batch_rows b = { n, sc->state, col };
	sqlite3_stmt *st = sc->st[stmt];
	batch_bind(st, 1, &b);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? sqlite3_changes(sc->db->sql) : jz_err_set(e, "SQL error: %s", db_errmsg(sc->db));
}

/* ---- cases ---- */

/* A 案号 already written by this load, row by row: the upsert. Sets w->id
 * (0 for an identical repeat). */
static int repeat_case(struct stage_ctx *sc, struct row *w, struct jz_err *e)
{
	struct state *s = sc->state;
	sqlite3_stmt *st = sc->st[S_CASE];
	ledger_bind_case(st, w->r, w->rowno);
	sqlite3_bind_int64(st, 19, w->court);
	sqlite3_bind_int64(st, 20, s->file_id);
	if (step_done(sc, st, w->rowno, e))
		return -1;
	if (sqlite3_changes(sc->db->sql) == 0) {    /* the same row again: the case keeps it, from here */
		s->dup++;
		w->id = 0;
		sqlite3_bind_text(sc->st[S_REPEAT], 1, w->r->case_no, -1, SQLITE_STATIC);
		sqlite3_bind_int64(sc->st[S_REPEAT], 2, w->rowno);
		return step_done(sc, sc->st[S_REPEAT], w->rowno, e);
	}
	s->updated++;
	sqlite3_stmt *q = sc->st[S_CASE_ROW];
	sqlite3_bind_text(q, 1, w->r->case_no, -1, SQLITE_STATIC);
	w->id = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : -1;
	sqlite3_reset(q);
	if (w->id <= 0)
		return jz_err_set(e, "row %ld: %s", w->rowno, db_errmsg(sc->db));
	if (!w->first_debtor)      /* links only add: the key can only fall */
		return 0;
	sqlite3_bind_int64(sc->st[S_DEBTOR_KEY], 1, w->id);
	sqlite3_bind_text(sc->st[S_DEBTOR_KEY], 2, w->first_debtor, -1, SQLITE_STATIC);
	return step_done(sc, sc->st[S_DEBTOR_KEY], w->rowno, e);
}

/* After the batch insert skipped some rows: which went in (their row is the
 * case's source row), the others through the upsert, in file order. */
static int sort_out_repeats(struct stage_ctx *sc, int n, struct jz_err *e)
{
	struct state *s = sc->state;
	sqlite3_stmt *q = sc->st[S_CASE_ROW];
	for (int i = 0; i < n; i++) {
		struct row *w = &s->rows[i];
		sqlite3_bind_text(q, 1, w->r->case_no, -1, SQLITE_STATIC);
		int rc = sqlite3_step(q);
		long long id = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : -1;
		long src = rc == SQLITE_ROW ? (long)sqlite3_column_int64(q, 1) : -1;
		sqlite3_reset(q);
		if (id < 0)
			return jz_err_set(e, "row %ld: %s", w->rowno, db_errmsg(sc->db));
		if (src == w->rowno) {
			w->id = id;
			s->added++;
		} else if (repeat_case(sc, w, e)) {
			return -1;
		}
	}
	return 0;
}

static int put_cases(struct stage_ctx *sc, int n, struct jz_err *e)
{
	struct state *s = sc->state;
	sqlite3_set_last_insert_rowid(sc->db->sql, 0);
	int in = insert_rows(sc, S_CASES, n, case_column, e);
	if (in < 0)
		return -1;
	if (in < n) {
		s->tally_inexact = 1;
		return sort_out_repeats(sc, n, e);
	}
	long long first = sqlite3_last_insert_rowid(sc->db->sql) - n + 1;    /* rowids are handed out in order */
	for (int i = 0; i < n; i++) {
		s->rows[i].id = first + i;
		if (!s->tally_inexact)
			ledger_tally_add(&s->tally, s->rows[i].r);
	}
	s->added += n;
	return 0;
}

/* ---- parties and links ---- */

/* On the reader thread, a batch at a time in file order (so the ids are
 * those the file order gives): each party of each row numbered — found by
 * its key, else given the next id — and the row's 被执行人 sort key, the
 * smallest name the parties table will hold for its 被执行人 (the name
 * each party came with first). No database: the load is the only writer
 * and the parties table was empty. An id past 2^32 is left as -1 (stage
 * says so). */
static long long number(struct state *s, const struct ledger_party *p, unsigned char *is_new, const char **name)
{
	int has = parties_usable_id(&p->id), added;
	uint32_t *slot = party_map_find_named(s->keys, has ? 'I' : 'N', has ? p->id.norm : p->name, p->name,
					      &added, name);
	*is_new = (unsigned char)added;
	if (!added)
		return *slot;
	if (s->next_party > UINT32_MAX)
		return -1;
	*slot = (uint32_t)s->next_party;
	return s->next_party++;
}

static void prepare(void *state, void *recs, size_t rec_size, int n)
{
	struct state *s = state;
	for (int i = 0; i < n; i++) {
		struct ledger_row *r = (struct ledger_row *)((char *)recs + rec_size * (size_t)i);
		const char *name;
		for (int k = 0; k < r->napplicants; k++)
			r->app_pid[k] = number(s, &r->applicants[k], &r->app_new[k], &name);
		sb_reset(&r->debtor_key);
		for (int k = 0; k < r->ndebtors; k++) {
			r->debt_pid[k] = number(s, &r->debtors[k], &r->debt_new[k], &name);
			if (!r->debtor_key.len || strcmp(name, sb_str(&r->debtor_key)) < 0) {
				sb_reset(&r->debtor_key);
				sb_adds(&r->debtor_key, name);
			}
		}
	}
}

/* One role's parties of a row: the new ones queued for the parties table
 * (in id order: prepare numbered them in this order), every one's link
 * queued (the case id comes once the case is written). */
static int queue_links(struct state *s, int row, int role, const struct ledger_party *p, const long long *pid,
		       const unsigned char *is_new, int n, struct jz_err *e)
{
	for (int i = 0; i < n; i++) {
		if (pid[i] < 0)
			return jz_err_set(e, "too many parties for a bulk load");
		if (is_new[i]) {
			s->parties = xgrow(s->parties, sizeof *s->parties, &s->capparties, s->nparties + 1);
			s->parties[s->nparties++] = (struct new_party){ pid[i], &p[i] };
		}
		s->links = xgrow(s->links, sizeof *s->links, &s->caplinks, s->nlinks + 1);
		s->links[s->nlinks++] = (struct link){ row, 0, pid[i], role, s->rows[row].rowno };
	}
	return 0;
}

static int stage(struct stage_ctx *sc, const void *recs, size_t rec_size, const long *rownos, int n,
		 struct jz_err *e)
{
	struct state *s = sc->state;
	s->rows = xgrow(s->rows, sizeof *s->rows, &s->caprows, n);
	for (int i = 0; i < n; i++) {
		struct row *w = &s->rows[i];
		const struct ledger_row *r = (const struct ledger_row *)((const char *)recs + rec_size * (size_t)i);
		*w = (struct row){ r, rownos[i], 0, 0, r->debtor_key.len ? sb_str(&r->debtor_key) : NULL };
		s->nrows = i + 1;
		if ((w->court = court_id(sc, w->r, w->rowno, e)) < 0)
			return -1;
	}
	/* The parties prepare numbered, so each case is written with its key
	 * (an identical repeat's are all known already: the same cells). */
	s->nparties = s->nlinks = 0;
	for (int i = 0; i < n; i++) {
		const struct ledger_row *r = s->rows[i].r;
		if (queue_links(s, i, ROLE_APPLICANT, r->applicants, r->app_pid, r->app_new, r->napplicants, e) ||
		    queue_links(s, i, ROLE_DEBTOR, r->debtors, r->debt_pid, r->debt_new, r->ndebtors, e))
			return -1;
	}
	if (put_cases(sc, n, e))
		return -1;
	int kept = 0;             /* an identical repeat's links are its case's already */
	for (int i = 0; i < s->nlinks; i++) {
		struct link *l = &s->links[i];
		if ((l->case_id = s->rows[l->row].id))
			s->links[kept++] = *l;
	}
	s->nlinks = kept;
	return (s->nparties && insert_rows(sc, S_PARTIES, s->nparties, party_column, e) < 0) ||
	       (s->nlinks && insert_rows(sc, S_LINKS, s->nlinks, link_column, e) < 0) ? -1 : 0;
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
	"INSERT INTO case_links(case_id, party_id, role, src_file_id, src_row)"
	" SELECT cp.case_id, n.to_id, cp.role, cp.src_file_id, cp.src_row FROM temp.bulk_names n"
	" JOIN case_links cp ON cp.party_id = n.from_id WHERE true"
	" ON CONFLICT(case_id, role, party_id) DO UPDATE SET src_row = min(src_row, excluded.src_row);"
	"DELETE FROM case_links WHERE party_id IN (SELECT from_id FROM temp.bulk_names);"
	"DELETE FROM parties WHERE id IN (SELECT from_id FROM temp.bulk_names);"
	"DROP TABLE temp.bulk_names;";

static int finish(struct stage_ctx *sc, struct import_stats *st, struct jz_err *e)
{
	struct state *s = sc->state;
	party_map_free(&s->keys);          /* its memory is the index builds' now */
	s->bi.totals_by_caller = !s->tally_inexact;
	if (court_names(sc, e) || bulk_index_restore(sc->db, &s->bi, e) ||
	    (!s->tally_inexact && ledger_tally_write(sc->db, &s->tally, e)) || db_exec(sc->db, names_sql, e) ||
	    registry_relink(sc->db, e))
		return -1;
	st->added = s->added;
	st->updated = s->updated;
	st->dup = s->dup;
	return 0;
}

const struct import_bulk ledger_bulk = { applies, bulk_sql, begin, prepare, stage, finish, end };
