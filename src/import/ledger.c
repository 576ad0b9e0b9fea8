#include "import/ledger.h"
#include "store/audit.h"
#include "store/bulk_index.h"
#include "store/db.h"
#include "import/ledger_row.h"
#include "import/parties.h"
#include "util/progress.h"
#include "import/rejects.h"
#include "util/strmap.h"
#include "import/table_reader.h"
#include "store/users.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HEADER_SEARCH_ROWS 20

struct importer {
	jz_db *db;
	const char *path;
	struct import_stats *st;
	struct column_map map;
	party_cache *parties;
	struct strmap courts;      /* court code → courts.id */
	struct strmap cases;       /* case_no → cases.id, for cases seen in this file */
	struct strmap hashes;      /* case_no → row hash last written */
	int cases_was_empty;
	struct bulk_index indexes;  /* dropped while loading into an empty database */
	sqlite3_stmt *find_case, *ins_case, *upd_case, *ins_court, *find_court, *link;
};

static const char *const SQL_INS_CASE =
	"INSERT INTO cases(case_no,year,court_code,type_code,seq,court_id,filing_date,closing_date,"
	"closing_method,cause,claim_fen,paid_fen,basis_no,judge,zb_reason,src_file_id,src_row,row_hash)"
	" VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18)";
/* A later ledger fills in and corrects; a blank cell does not erase. */
static const char *const SQL_UPD_CASE =
	"UPDATE cases SET filing_date=coalesce(?7,filing_date), closing_date=coalesce(?8,closing_date),"
	" closing_method=coalesce(?9,closing_method), cause=coalesce(?10,cause),"
	" claim_fen=coalesce(?11,claim_fen), paid_fen=coalesce(?12,paid_fen),"
	" basis_no=coalesce(?13,basis_no), judge=coalesce(?14,judge), zb_reason=coalesce(?15,zb_reason),"
	" src_file_id=?16, src_row=?17, row_hash=?18,"
	" updated_at=strftime('%Y-%m-%dT%H:%M:%S','now','localtime') WHERE id=?19"
	" AND (filing_date IS NOT coalesce(?7,filing_date) OR closing_date IS NOT coalesce(?8,closing_date)"
	" OR closing_method IS NOT coalesce(?9,closing_method) OR cause IS NOT coalesce(?10,cause)"
	" OR claim_fen IS NOT coalesce(?11,claim_fen) OR paid_fen IS NOT coalesce(?12,paid_fen)"
	" OR basis_no IS NOT coalesce(?13,basis_no) OR judge IS NOT coalesce(?14,judge)"
	" OR zb_reason IS NOT coalesce(?15,zb_reason))";

static int prepare_all(struct importer *im, struct jz_err *e)
{
	return db_prepare(im->db, "SELECT id, row_hash FROM cases WHERE case_no=?", &im->find_case, e) ||
	       db_prepare(im->db, SQL_INS_CASE, &im->ins_case, e) ||
	       db_prepare(im->db, SQL_UPD_CASE, &im->upd_case, e) ||
	       db_prepare(im->db, "INSERT INTO courts(code,name) VALUES(?,coalesce(?,'')) "
			  "ON CONFLICT(code) DO UPDATE SET name=CASE WHEN name='' THEN excluded.name ELSE name END "
			  "RETURNING id", &im->ins_court, e) ||
	       db_prepare(im->db, "SELECT id FROM courts WHERE code=?", &im->find_court, e) ||
	       db_prepare(im->db, "INSERT OR IGNORE INTO case_parties(case_id,party_id,role,src_file_id,src_row)"
			  " VALUES(?,?,?,?,?)", &im->link, e);
}

static void finalize_all(struct importer *im)
{
	sqlite3_stmt *all[] = { im->find_case, im->ins_case, im->upd_case, im->ins_court,
				im->find_court, im->link };
	for (size_t i = 0; i < sizeof all / sizeof *all; i++)
		sqlite3_finalize(all[i]);
	im->find_case = im->ins_case = im->upd_case = im->ins_court = im->find_court = im->link = NULL;
}

static long long court_id(struct importer *im, const char *code, const char *name, struct jz_err *e)
{
	long long id;
	if (strmap_get(&im->courts, code, &id) && !name)
		return id;
	sqlite3_bind_text(im->ins_court, 1, code, -1, SQLITE_TRANSIENT);
	db_bind_text_or_null(im->ins_court, 2, name);
	id = sqlite3_step(im->ins_court) == SQLITE_ROW ? sqlite3_column_int64(im->ins_court, 0) : -1;
	sqlite3_reset(im->ins_court);
	if (id < 0)
		return jz_err_set(e, "saving court %s: %s", code, db_errmsg(im->db));
	strmap_put(&im->courts, code, id);
	return id;
}

/* Existing case id for r (0 when new) and the hash it was last written with. */
static long long existing_case(struct importer *im, const char *case_no, long long *hash)
{
	long long id = 0;
	*hash = 0;
	if (strmap_get(&im->cases, case_no, &id)) {
		strmap_get(&im->hashes, case_no, hash);
		return id;
	}
	if (im->cases_was_empty)
		return 0;
	sqlite3_bind_text(im->find_case, 1, case_no, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(im->find_case) == SQLITE_ROW) {
		id = sqlite3_column_int64(im->find_case, 0);
		const char *h = (const char *)sqlite3_column_text(im->find_case, 1);
		*hash = h ? (long long)strtoull(h, NULL, 16) : 0;
	}
	sqlite3_reset(im->find_case);
	return id;
}

static void bind_case(sqlite3_stmt *s, const struct ledger_row *r, long long court, long long file_id,
		      long rowno)
{
	char hash[17];
	snprintf(hash, sizeof hash, "%016llx", (unsigned long long)r->hash);
	sqlite3_bind_text(s, 1, r->case_no, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(s, 2, r->cn.year);
	sqlite3_bind_text(s, 3, r->cn.court, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 4, r->cn.type, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(s, 5, r->cn.seq);
	sqlite3_bind_int64(s, 6, court);
	db_bind_text_or_null(s, 7, r->filing);
	db_bind_text_or_null(s, 8, r->closing);
	db_bind_text_or_null(s, 9, r->method);
	db_bind_text_or_null(s, 10, r->cause);
	if (r->has_claim) sqlite3_bind_int64(s, 11, r->claim_fen); else sqlite3_bind_null(s, 11);
	if (r->has_paid) sqlite3_bind_int64(s, 12, r->paid_fen); else sqlite3_bind_null(s, 12);
	db_bind_text_or_null(s, 13, r->basis_no);
	db_bind_text_or_null(s, 14, r->judge);
	db_bind_text_or_null(s, 15, r->zb_reason);
	sqlite3_bind_int64(s, 16, file_id);
	sqlite3_bind_int64(s, 17, rowno);
	sqlite3_bind_text(s, 18, hash, -1, SQLITE_TRANSIENT);
}

static int link_parties(struct importer *im, long long case_id, const struct ledger_party *p, int n,
			const char *role, long rowno, struct jz_err *e)
{
	int added = 0;   /* new links: a known case that gains a party has changed */
	for (int i = 0; i < n; i++) {
		long long pid = party_get(im->parties, p[i].name, &p[i].id, e);
		if (pid < 0)
			return -1;
		sqlite3_stmt *s = im->link;
		sqlite3_bind_int64(s, 1, case_id);
		sqlite3_bind_int64(s, 2, pid);
		sqlite3_bind_text(s, 3, role, -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 4, im->st->file_id);
		sqlite3_bind_int64(s, 5, rowno);
		int rc = sqlite3_step(s);
		sqlite3_reset(s);
		if (rc != SQLITE_DONE)
			return jz_err_set(e, "row %ld: saving %s: %s", rowno, role, db_errmsg(im->db));
		added += db_changes(im->db);
	}
	return added;
}

/* Write one good row: insert, update, or count a row that changes nothing. */
static int store_row(struct importer *im, const struct ledger_row *r, long rowno, struct jz_err *e)
{
	long long old_hash;
	long long id = existing_case(im, r->case_no, &old_hash);
	if (id && (unsigned long long)old_hash == r->hash) {
		im->st->dup++;
		return 0;
	}
	long long court = court_id(im, r->cn.court, r->court_name, e);
	if (court < 0)
		return -1;
	sqlite3_stmt *s = id ? im->upd_case : im->ins_case;
	bind_case(s, r, court, im->st->file_id, rowno);
	if (id)
		sqlite3_bind_int64(s, 19, id);
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return jz_err_set(e, "%s row %ld: saving case %s: %s", im->path, rowno, r->case_no,
				  db_errmsg(im->db));
	int is_new = !id, case_changed = is_new || db_changes(im->db) > 0;
	if (is_new)
		id = db_last_id(im->db);
	int la = link_parties(im, id, r->applicants, r->napplicants, "申请执行人", rowno, e);
	int ld = la < 0 ? -1 : link_parties(im, id, r->debtors, r->ndebtors, "被执行人", rowno, e);
	if (la < 0 || ld < 0)
		return -1;
	strmap_put(&im->cases, r->case_no, id);
	strmap_put(&im->hashes, r->case_no, (long long)r->hash);
	if (is_new)
		im->st->added++;
	else if (case_changed || la > 0 || ld > 0)
		im->st->updated++;
	else
		im->st->dup++;
	return 0;
}

/* Skip title rows: the header is the first row naming 案号 and another field. */
static int find_header(struct importer *im, table_reader *t, rejects *rj, struct jz_err *e)
{
	char **cells;
	int n, bad;
	long rowno;
	for (int i = 0; i < HEADER_SEARCH_ROWS; i++) {
		int rc = table_next_row(t, &cells, &n, &rowno, &bad, e);
		if (rc < 0)
			return -1;
		if (rc == 0)
			break;
		int hits = columns_match(&im->map, cells, n);
		if (hits >= 2 && im->map.col[LF_CASE_NO] >= 0) {
			rejects_header(rj, cells, n);
			return 0;
		}
	}
	return jz_err_set(e, "%s: no header row naming 案号 and another known column in the first %d rows "
			  "(use --map FILE for other headers)", im->path, HEADER_SEARCH_ROWS);
}

static int insert_file_row(struct importer *im, table_reader *t, struct jz_err *e)
{
	sqlite3_stmt *s;
	if (db_prepare(im->db, "INSERT INTO import_files(kind,path,format,encoding,imported_by) "
		       "VALUES('cases',?,?,?,?)", &s, e))
		return -1;
	sqlite3_bind_text(s, 1, im->path, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, table_format(t), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, table_encoding(t), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, jz_login(im->db), -1, SQLITE_STATIC);
	int rc = sqlite3_step(s) == SQLITE_DONE ? 0 : jz_err_set(e, "SQL error: %s", db_errmsg(im->db));
	sqlite3_finalize(s);
	im->st->file_id = db_last_id(im->db);
	snprintf(im->st->format, sizeof im->st->format, "%s", table_format(t));
	snprintf(im->st->encoding, sizeof im->st->encoding, "%s", table_encoding(t));
	return rc;
}

static int finish_file_row(struct importer *im, struct jz_err *e)
{
	const struct import_stats *st = im->st;
	char sql[512];
	snprintf(sql, sizeof sql, "UPDATE import_files SET rows_read=%ld, rows_new=%ld, rows_updated=%ld, "
		 "rows_dup=%ld, rows_rejected=%ld, rows_warned=%ld WHERE id=%lld", st->read, st->added,
		 st->updated, st->dup, st->rejected, st->warned, st->file_id);
	if (db_exec(im->db, sql, e))
		return -1;
	snprintf(sql, sizeof sql, "{\"read\":%ld,\"new\":%ld,\"updated\":%ld,\"duplicate\":%ld,"
		 "\"rejected\":%ld,\"warned\":%ld}", st->read, st->added, st->updated, st->dup,
		 st->rejected, st->warned);
	return audit_log(im->db, "import.cases", "import_files", st->file_id, NULL, sql, im->path, e);
}

/* Reading and normalising rows runs on a second thread while this one
 * writes to SQLite: on two cores the parse cost (about a third of an
 * import) overlaps the database work. Rows travel in batches through a
 * small ring; rejected rows never leave the reader thread. */
enum { BATCH = 512, NBATCH = 4 };

struct batch {
	struct ledger_row rows[BATCH];
	long rownos[BATCH];
	int n;
};

struct pipe {
	struct importer *im;
	table_reader *t;
	rejects *rj;
	const struct import_opts *o;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct batch *b[NBATCH];
	int full[NBATCH];
	int done;          /* reader finished (eof or error) */
	int stop;          /* writer failed: reader should quit */
	int rc;            /* reader's result: 0 or -1 with err */
	struct jz_err err;
};

/* Parse one table row into slot r; 1 good, 0 rejected (reported), -1 error/eof. */
static int read_one(struct pipe *p, struct ledger_row *r, long *rowno, struct progress *pr)
{
	struct importer *im = p->im;
	char **cells;
	int n, bad, rc;
	for (;;) {
		if ((rc = table_next_row(p->t, &cells, &n, rowno, &bad, &p->err)) != 1)
			return rc < 0 ? -2 : -1;
		if (p->o->interrupted && *p->o->interrupted) {
			jz_err_set(&p->err, "%s: interrupted at row %ld; nothing was imported", im->path, *rowno);
			return -2;
		}
		im->st->read++;
		if ((im->st->read & 1023) == 0)
			progress_update(pr, table_progress_permille(p->t));
		if (ledger_row_parse(r, &im->map, cells, n) || bad) {
			if (bad) {   /* [hostile] the reader's reason names row and column */
				if (r->errors.len)
					sb_adds(&r->errors, "；");
				sb_adds(&r->errors, table_row_problem(p->t));
			}
			im->st->rejected++;
			rejects_add(p->rj, *rowno, sb_str(&r->errors), cells, n);
			continue;
		}
		if (r->warnings.len) {
			im->st->warned++;
			rejects_add(p->rj, *rowno, sb_str(&r->warnings), cells, n);
		}
		return 1;
	}
}

static void *reader_main(void *arg)
{
	struct pipe *p = arg;
	struct progress pr;
	progress_start(&pr, "导入", 1000);
	if (!p->o->progress)
		pr.active = 0;
	int rc = 0;
	for (int slot = 0; rc == 0; slot = (slot + 1) % NBATCH) {
		pthread_mutex_lock(&p->mu);
		while (p->full[slot] && !p->stop)
			pthread_cond_wait(&p->cv, &p->mu);
		int stop = p->stop;
		pthread_mutex_unlock(&p->mu);
		if (stop)
			break;
		struct batch *b = p->b[slot];
		b->n = 0;
		while (b->n < BATCH && (rc = read_one(p, &b->rows[b->n], &b->rownos[b->n], &pr)) == 1)
			b->n++;
		rc = rc == 1 ? 0 : rc;
		pthread_mutex_lock(&p->mu);
		p->full[slot] = b->n > 0;
		if (rc < 0)
			p->done = 1;
		pthread_cond_broadcast(&p->cv);
		pthread_mutex_unlock(&p->mu);
	}
	progress_done(&pr);
	pthread_mutex_lock(&p->mu);
	p->rc = rc == -2 ? -1 : 0;
	p->done = 1;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

/* Write the batches in order as the reader fills them. */
static int writer_loop(struct pipe *p, struct jz_err *e)
{
	for (int slot = 0;; slot = (slot + 1) % NBATCH) {
		pthread_mutex_lock(&p->mu);
		while (!p->full[slot] && !p->done)
			pthread_cond_wait(&p->cv, &p->mu);
		int have = p->full[slot];
		pthread_mutex_unlock(&p->mu);
		if (!have)
			return 0;      /* the reader has finished and nothing is left */
		struct batch *b = p->b[slot];
		for (int i = 0; i < b->n; i++)
			if (store_row(p->im, &b->rows[i], b->rownos[i], e) < 0)
				return -1;
		pthread_mutex_lock(&p->mu);
		p->full[slot] = 0;
		pthread_cond_broadcast(&p->cv);
		pthread_mutex_unlock(&p->mu);
	}
}

static int import_rows(struct importer *im, table_reader *t, rejects *rj, const struct import_opts *o,
		       struct jz_err *e)
{
	struct pipe p = { .im = im, .t = t, .rj = rj, .o = o };
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.cv, NULL);
	for (int i = 0; i < NBATCH; i++) {
		p.b[i] = malloc(sizeof *p.b[i]);
		if (!p.b[i])
			abort();
		for (int j = 0; j < BATCH; j++)
			ledger_row_init(&p.b[i]->rows[j]);
	}
	pthread_t th;
	int rc;
	if (pthread_create(&th, NULL, reader_main, &p) != 0) {
		rc = jz_err_set(e, "%s: cannot start the reader thread", im->path);
	} else {
		rc = writer_loop(&p, e);
		pthread_mutex_lock(&p.mu);
		p.stop = 1;
		pthread_cond_broadcast(&p.cv);
		pthread_mutex_unlock(&p.mu);
		pthread_join(th, NULL);
		if (rc == 0 && p.rc < 0)
			rc = jz_err_set(e, "%s", p.err.msg);
	}
	for (int i = 0; i < NBATCH; i++) {
		for (int j = 0; j < BATCH; j++)
			ledger_row_free(&p.b[i]->rows[j]);
		free(p.b[i]);
	}
	pthread_cond_destroy(&p.cv);
	pthread_mutex_destroy(&p.mu);
	return rc;
}

/* The foreign keys of what an import writes, checked once for the file. */
static int check_keys(jz_db *db, struct jz_err *e)
{
	static const char *const tables[] = { "cases", "case_parties" };
	for (size_t i = 0; i < sizeof tables / sizeof *tables; i++) {
		char sql[64];
		snprintf(sql, sizeof sql, "PRAGMA foreign_key_check(%s)", tables[i]);
		if (db_int(db, sql, 0) != 0)
			return jz_err_set(e, "internal error: the import broke a foreign key in %s", tables[i]);
	}
	return 0;
}

int ledger_import_file(jz_db *db, const char *path, const struct import_opts *o,
		       struct import_stats *st, struct jz_err *e)
{
	memset(st, 0, sizeof *st);
	struct importer im = { .db = db, .path = path, .st = st };
	table_reader *t = NULL;
	rejects *rj = NULL;
	int rc = -1, wal_off = 0;
	long long cache = db_int(db, "PRAGMA cache_size", -2000);
	if (columns_init(&im.map, ledger_columns, LF_COUNT, o->map_file, e))
		return -1;
	/* [hostile] --sheet, or the first visible sheet with a ledger header */
	struct table_opts to = { .sheet = o->sheet, .header_test = columns_header_test, .header_arg = &im.map };
	if (table_open_opts(path, &to, &t, e) || rejects_open(path, &rj, e) || find_header(&im, t, rj, e))
		goto out;
	/* A big import touches index pages all over the file: keep them in
	 * memory (256 MiB at most) instead of spilling to the WAL and back. */
	db_exec(db, "PRAGMA cache_size=-262144", NULL);
	/* Every id the importer writes comes from its own inserts, so the
	 * per-row foreign-key lookups prove nothing; they are checked once
	 * before commit instead (foreign_key_check). */
	db_exec(db, "PRAGMA foreign_keys=OFF", NULL);
	/* Loading into an empty database: in rollback-journal mode pages past
	 * the old end of file need no journal, while WAL would write every new
	 * page twice (log, then checkpoint). Only possible when nobody else has
	 * the database open; otherwise it stays in WAL mode. */
	wal_off = db_int(db, "SELECT NOT EXISTS(SELECT 1 FROM cases)", 0) &&
		  db_exec(db, "PRAGMA journal_mode=DELETE", NULL) == 0;
	if (db_begin(db, e))
		goto out;
	im.cases_was_empty = (int)db_int(db, "SELECT NOT EXISTS(SELECT 1 FROM cases)", 0);
	static const char *const bulk_tables[] = { "cases", "parties", "case_parties", NULL };
	int bulk = im.cases_was_empty && db_int(db, "SELECT NOT EXISTS(SELECT 1 FROM parties)", 0);
	if ((bulk && bulk_index_drop(db, bulk_tables, &im.indexes, e)) || prepare_all(&im, e) || party_cache_new(db, &im.parties, e) || insert_file_row(&im, t, e) ||
	    import_rows(&im, t, rj, o, e) || finish_file_row(&im, e) ||
	    (finalize_all(&im), bulk_index_restore(db, &im.indexes, e)) || check_keys(db, e) ||
	    rejects_close(&rj, &st->rejects_path, e) || db_commit(db, e)) {
		db_rollback(db);
		goto out;
	}
	rc = 0;
out:
	if (wal_off)
		db_exec(db, "PRAGMA journal_mode=WAL", NULL);
	bulk_index_free(&im.indexes);
	db_exec(db, "PRAGMA foreign_keys=ON", NULL);
	{
		char sql[64];
		snprintf(sql, sizeof sql, "PRAGMA cache_size=%lld", cache);
		db_exec(db, sql, NULL);
	}
	finalize_all(&im);
	party_cache_free(&im.parties);
	strmap_free(&im.courts);
	strmap_free(&im.cases);
	strmap_free(&im.hashes);
	columns_free(&im.map);
	table_close(&t);
	if (rj)
		rejects_abort(&rj);
	return rc;
}

void import_stats_free(struct import_stats *st)
{
	free(st->rejects_path);
	st->rejects_path = NULL;
}
