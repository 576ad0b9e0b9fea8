/* engine.c — see engine.h. The reader thread parses rows into batches
 * while the main thread stages the previous batch; the merge is one
 * transaction. */
#include "import/engine.h"
#include "import/rejects.h"
#include "import/table_reader.h"
#include "store/audit.h"
#include "store/bulk_index.h"
#include "store/lazy_index.h"
#include "store/policy.h"
#include "util/progress.h"
#include "util/xalloc.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HEADER_SEARCH_ROWS 20
enum { BATCH = 512, NBATCH = 4 };

void import_stats_free(struct import_stats *st)
{
	free(st->rejects_path);
	st->rejects_path = NULL;
}

int import_exec(jz_db *db, const char *sql, struct jz_err *e)
{
	return db_exec(db, sql, e);
}

int import_exec_file(jz_db *db, const char *sql, long long file_id, struct jz_err *e)
{
	return db_exec_script_i(db, sql, file_id, "SQL error", e);
}

long import_count(jz_db *db, const char *sql)
{
	return (long)db_int(db, sql, -1);
}

int import_insert_new(jz_db *db, const char *table, long long fresh, const char *keeps, const char *leave,
		      const char *insert_sql, const char *marks_sql, long long file_id, struct jz_err *e)
{
	const char *const tables[] = { table, NULL };
	char sql[128];
	snprintf(sql, sizeof sql, "SELECT coalesce(max(rowid), 0) FROM main.\"%s\"", table);
	/* max(rowid): about the count, at once */
	int bulk = fresh > 1000 && fresh >= db_int(db, sql, 0) / 4;
	struct bulk_index bi = { .defer_lazy = 1, .leave = leave };     /* the rules' own indexes: after (db/schema/054) */
	int rc = bulk && bulk_index_drop_indexes(db, tables, keeps, &bi, e);
	/* the insert triggers' marks once — none before the first full screen */
	rc = rc || import_exec_file(db, insert_sql, file_id, e) ||
	     (bulk && bulk_index_screened(db) &&
	      (db_exec(db, marks_sql, e) || bulk_index_mark(db, "temp.import_marks", e) ||
	       db_exec(db, "DROP VIEW temp.import_marks", e))) ||
	     bulk_index_restore(db, &bi, e) ? -1 : 0;
	bulk_index_free(&bi);
	return rc;
}

/* ---- header ---- */

static void required_labels(const struct import_kind *k, char *buf, size_t len)
{
	buf[0] = 0;
	for (int i = 0, o = 0; i < k->nspec; i++)
		if (k->spec[i].required)
			o += snprintf(buf + o, len - (size_t)o, "%s%s", o ? "、" : "", k->spec[i].label);
}

static int header_check(const struct column_map *m, const char *path, const struct import_kind *k,
			struct jz_err *e)
{
	struct strbuf why = STRBUF_INIT;
	int rc = k->header && k->header(k->state, m, &why) ? jz_err_set(e, "%s: %s", path, sb_str(&why)) : 0;
	sb_free(&why);
	return rc;
}

/* Skip title rows: the header names two known columns and every required one. */
static int find_header(struct column_map *m, table_reader *t, rejects *rj, const char *path,
		       const struct import_kind *k, struct import_stats *st, struct jz_err *e)
{
	char **cells, missing[512];
	int n, bad;
	long rowno;
	for (int i = 0; i < HEADER_SEARCH_ROWS; i++) {
		int rc = table_next_row(t, &cells, &n, &rowno, &bad, e);
		if (rc < 0)
			return -1;
		if (rc == 0)
			break;
		if (columns_match(m, cells, n) >= 2 && columns_missing(m, missing, sizeof missing) == 0) {
			rejects_header(rj, cells, n);
			columns_unused(m, cells, n, st->unused, sizeof st->unused);
			return header_check(m, path, k, e);
		}
		if (k->preamble)
			k->preamble(k->state, m, cells, n);
	}
	char need[512];
	required_labels(k, need, sizeof need);
	return jz_err_set(e, "%s: no header row naming %s and another known column in the first %d rows "
			  "(use --map FILE for other headers)", path, need, HEADER_SEARCH_ROWS);
}

/* ---- batches: the reader thread fills them, the main thread stages them ---- */

struct slot {
	long rowno;
	int ncells, capcells;
	char **cells;            /* copies, for a reject found while staging */
	struct strbuf text;
};

struct batch {
	unsigned char *recs;
	struct slot slots[BATCH];
	int n;
};

struct pipe {
	const struct import_kind *kind;
	const struct import_bulk *bulk;      /* a bulk load: batches go to bulk->stage */
	const struct column_map *map;
	const struct import_opts *o;
	const char *path;
	table_reader *t;
	rejects *rj;
	struct import_stats *st;
	pthread_mutex_t mu;      /* guards the ring, and the rejects report */
	pthread_cond_t cv;
	struct batch *b[NBATCH];
	int full[NBATCH];
	void *bulk_state;        /* for bulk->prepare, on the reader thread */
	int done, stop, rc;
	struct jz_err err;
};

static void reject(struct pipe *p, long rowno, const char *why, char **cells, int n)
{
	pthread_mutex_lock(&p->mu);
	rejects_add(p->rj, rowno, why, cells, n);
	pthread_mutex_unlock(&p->mu);
}

static void keep_cells(struct slot *s, char **cells, int n)
{
	sb_reset(&s->text);
	size_t local[64], *off = n <= 64 ? local : xmalloc(sizeof *off * (size_t)n);
	for (int i = 0; i < n; i++) {
		off[i] = s->text.len;
		sb_adds(&s->text, cells[i]);
		sb_addc(&s->text, 0);
	}
	s->cells = xgrow(s->cells, sizeof *s->cells, &s->capcells, n + 1);
	for (int i = 0; i < n; i++)
		s->cells[i] = s->text.buf + off[i];
	s->ncells = n;
	if (off != local)
		free(off);
}

/* Parse the next good row into rec; 1 good, 0 end, -1 error/interrupt. */
static int read_one(struct pipe *p, void *rec, struct slot *s, struct progress *pr, struct strbuf *why,
		    struct strbuf *warn)
{
	char **cells;
	int n, bad, rc;
	for (;;) {
		if ((rc = table_next_row(p->t, &cells, &n, &s->rowno, &bad, &p->err)) != 1)
			return rc < 0 ? -1 : 0;
		if (p->o->interrupted && *p->o->interrupted) {
			jz_err_set(&p->err, "%s: interrupted at row %ld; nothing was imported", p->path, s->rowno);
			return -1;
		}
		p->st->read++;
		if ((p->st->read & 1023) == 0)
			progress_update(pr, table_progress_permille(p->t));
		sb_reset(why);
		sb_reset(warn);
		int prc = p->kind->parse(rec, p->map, cells, n, why, warn, p->kind->cfg);
		if (prc == 1) {     /* not a data row: a total, a repeated header, an account line */
			p->st->skipped++;
			continue;
		}
		int bad_row = prc != 0;
		if (bad) {      /* the reader's reason names the row and column */
			if (why->len)
				sb_adds(why, "；");
			sb_adds(why, table_row_problem(p->t));
			bad_row = 1;
		}
		if (bad_row) {
			p->st->rejected++;
			reject(p, s->rowno, sb_str(why), cells, n);
			continue;
		}
		if (warn->len) {
			p->st->warned++;
			reject(p, s->rowno, sb_str(warn), cells, n);
		}
		if (!p->kind->stage_never_rejects)
			keep_cells(s, cells, n);
		return 1;
	}
}

static void fill_batch(struct pipe *p, struct batch *b, struct progress *pr, int *rc)
{
	struct strbuf why = STRBUF_INIT, warn = STRBUF_INIT;
	b->n = 0;
	while (b->n < BATCH) {
		void *rec = b->recs + p->kind->rec_size * (size_t)b->n;
		*rc = read_one(p, rec, &b->slots[b->n], pr, &why, &warn);
		if (*rc != 1)
			break;
		b->n++;
	}
	sb_free(&why);
	sb_free(&warn);
}

static void *reader_main(void *arg)
{
	struct pipe *p = arg;
	struct progress pr;
	progress_start(&pr, "导入", 1000);
	if (!p->o->progress)
		pr.active = 0;
	int rc = 1;
	for (int slot = 0; rc == 1; slot = (slot + 1) % NBATCH) {
		pthread_mutex_lock(&p->mu);
		while (p->full[slot] && !p->stop)
			pthread_cond_wait(&p->cv, &p->mu);
		int stop = p->stop;
		pthread_mutex_unlock(&p->mu);
		if (stop)
			break;
		fill_batch(p, p->b[slot], &pr, &rc);
		if (p->bulk && p->bulk->prepare && p->b[slot]->n > 0)
			p->bulk->prepare(p->bulk_state, p->b[slot]->recs, p->kind->rec_size, p->b[slot]->n);
		pthread_mutex_lock(&p->mu);
		p->full[slot] = p->b[slot]->n > 0;
		pthread_cond_broadcast(&p->cv);
		pthread_mutex_unlock(&p->mu);
	}
	progress_done(&pr);
	pthread_mutex_lock(&p->mu);
	p->rc = rc < 0 ? -1 : 0;
	p->done = 1;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

static int stage_batch(struct pipe *p, struct stage_ctx *sc, struct batch *b, struct jz_err *e)
{
	if (p->bulk) {
		long rownos[BATCH];
		for (int i = 0; i < b->n; i++)
			rownos[i] = b->slots[i].rowno;
		return p->bulk->stage(sc, b->recs, p->kind->rec_size, rownos, b->n, e);
	}
	struct strbuf why = STRBUF_INIT;
	int rc = 0;
	for (int i = 0; i < b->n && rc == 0; i++) {
		sb_reset(&why);
		int r = p->kind->stage(sc, b->recs + p->kind->rec_size * (size_t)i, b->slots[i].rowno, &why, e);
		if (r == -1) {           /* (never from a kind with stage_never_rejects) */
			p->st->rejected++;
			reject(p, b->slots[i].rowno, sb_str(&why), b->slots[i].cells, b->slots[i].ncells);
		} else if (r < -1) {
			rc = -1;
		}
	}
	sb_free(&why);
	return rc;
}

/* Stage the batches in order as the reader fills them. */
static int stage_loop(struct pipe *p, struct stage_ctx *sc, struct jz_err *e)
{
	for (int slot = 0;; slot = (slot + 1) % NBATCH) {
		pthread_mutex_lock(&p->mu);
		while (!p->full[slot] && !p->done)
			pthread_cond_wait(&p->cv, &p->mu);
		int have = p->full[slot];
		pthread_mutex_unlock(&p->mu);
		if (!have)
			return 0;      /* the reader has finished and nothing is left */
		if (stage_batch(p, sc, p->b[slot], e))
			return -1;
		pthread_mutex_lock(&p->mu);
		p->full[slot] = 0;
		pthread_cond_broadcast(&p->cv);
		pthread_mutex_unlock(&p->mu);
	}
}

static void pipe_init(struct pipe *p)
{
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->cv, NULL);
	for (int i = 0; i < NBATCH; i++) {
		p->b[i] = xcalloc(1, sizeof *p->b[i]);
		p->b[i]->recs = xcalloc(BATCH, p->kind->rec_size);
		for (int j = 0; j < BATCH; j++)
			p->kind->rec_init(p->b[i]->recs + p->kind->rec_size * (size_t)j);
	}
}

static void pipe_free(struct pipe *p)
{
	for (int i = 0; i < NBATCH; i++) {
		for (int j = 0; j < BATCH; j++) {
			p->kind->rec_free(p->b[i]->recs + p->kind->rec_size * (size_t)j);
			sb_free(&p->b[i]->slots[j].text);
			free(p->b[i]->slots[j].cells);
		}
		free(p->b[i]->recs);
		free(p->b[i]);
	}
	pthread_cond_destroy(&p->cv);
	pthread_mutex_destroy(&p->mu);
}

/* Read and stage every row: a reader thread parses while this one stages. */
static int read_rows(struct pipe *p, struct stage_ctx *sc, struct jz_err *e)
{
	pipe_init(p);
	p->bulk_state = sc->state;
	pthread_t th;
	int rc;
	if (pthread_create(&th, NULL, reader_main, p) != 0) {
		rc = jz_err_set(e, "%s: cannot start the reader thread", p->path);
	} else {
		rc = stage_loop(p, sc, e);
		pthread_mutex_lock(&p->mu);
		p->stop = 1;
		pthread_cond_broadcast(&p->cv);
		pthread_mutex_unlock(&p->mu);
		pthread_join(th, NULL);
		if (rc == 0 && p->rc < 0)
			rc = jz_err_set(e, "%s", p->err.msg);
	}
	pipe_free(p);
	return rc;
}

/* ---- staging ---- */

/* A fresh private staging database for this file (ATTACH '' is a
 * temporary file SQLite deletes when it is detached or the process ends);
 * ddl creates the kind's staging tables (a bulk load has none). The page
 * caches are sized for a million-row file within about 100 MB: the main
 * database's working set is the B-trees written in key order (case_no),
 * the rest is appended. */
static int staging_open(jz_db *db, const char *ddl, struct jz_err *e)
{
	/* (main at 16 MiB instead of 32: a 1M-row bulk load took the same
	 * time, 84 MB peak RSS instead of 110 MB — bench/RESULTS.md) */
	db_exec(db, "DETACH DATABASE stg", NULL);
	if (db_exec(db, "ATTACH DATABASE '' AS stg", e) ||
	    db_exec(db, "PRAGMA stg.page_size=16384; PRAGMA stg.journal_mode=OFF; PRAGMA stg.synchronous=OFF;"
		    " PRAGMA stg.cache_size=-16384; PRAGMA main.cache_size=-16384", e))
		return -1;
	return ddl ? db_exec(db, ddl, e) : 0;
}

static void staging_close(jz_db *db)
{
	db_rollback(db);
	db_exec(db, "DETACH DATABASE stg", NULL);
}

static int stage_prepare(jz_db *db, const char *const *sql, sqlite3_stmt ***st, struct jz_err *e)
{
	int n = 0;
	while (sql[n])
		n++;
	*st = xcalloc((size_t)n + 1, sizeof **st);
	for (int i = 0; i < n; i++)
		if (db_prepare(db, sql[i], &(*st)[i], e))
			return -1;
	return 0;
}

static void stage_finalize(sqlite3_stmt **st)
{
	for (int i = 0; st && st[i]; i++)
		sqlite3_finalize(st[i]);
	free(st);
}

/* ---- the file row, the merge, the audit ---- */

static long long file_row(jz_db *db, const char *kind, const char *path, table_reader *t, struct jz_err *e)
{
	sqlite3_stmt *s;
	if (db_prepare(db, "INSERT INTO import_files(kind, path, format, encoding, imported_by) VALUES(?,?,?,?,?)",
		       &s, e))
		return -1;
	sqlite3_bind_text(s, 1, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, path, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, table_format(t), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, table_encoding(t), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 5, jz_login(db), -1, SQLITE_STATIC);
	int ok = sqlite3_step(s) == SQLITE_DONE;
	sqlite3_finalize(s);
	return ok ? db_last_id(db) : jz_err_set(e, "SQL error: %s", db_errmsg(db));
}

static int finish_counts(jz_db *db, const char *kind, const char *path, const struct import_stats *st,
			 struct jz_err *e)
{
	char sql[512], action[96];
	snprintf(sql, sizeof sql, "UPDATE import_files SET rows_read=%ld, rows_new=%ld, rows_updated=%ld, "
		 "rows_dup=%ld, rows_rejected=%ld, rows_warned=%ld WHERE id=%lld", st->read, st->added, st->updated,
		 st->dup, st->rejected, st->warned, st->file_id);
	if (db_exec(db, sql, e))
		return -1;
	snprintf(sql, sizeof sql, "{\"read\":%ld,\"new\":%ld,\"updated\":%ld,\"duplicate\":%ld,\"rejected\":%ld,"
		 "\"warned\":%ld}", st->read, st->added, st->updated, st->dup, st->rejected, st->warned);
	snprintf(action, sizeof action, "import.%s", kind);
	return audit_log(db, action, "import_files", st->file_id, NULL, sql, path, e);
}

/* Foreign keys are not enforced in the import's transaction (engine.h);
 * the pragma does nothing inside a transaction, so it is set around it. */
static void enforce_fk(jz_db *db, int on)
{
	db_exec(db, on ? "PRAGMA foreign_keys=ON" : "PRAGMA foreign_keys=OFF", NULL);
}

static int journal_rollback(jz_db *db);
static void journal_restore(jz_db *db, int switched);

/* A merge of this many rows writes mostly pages new to the file: when no
 * one else has the database open it runs in rollback-journal mode (see
 * journal_rollback). (200,000 until 2026-12-07: a 111,684-row register file
 * then went through the WAL and its checkpoint, 0.82 s against 0.72 s so,
 * medians of six alternating runs; 120,000 events 0.50 → 0.47 s.) */
#define BIG_MERGE_ROWS 50000

/* The kind's plan in a read transaction, then the write lock; planned
 * again under the lock when someone wrote in between. 0 holding the lock. */
static int plan_then_lock(jz_db *db, const struct import_kind *k, struct jz_err *e)
{
	if (db_exec(db, "BEGIN DEFERRED", e))
		return -1;
	char *mark = db_write_mark(db);
	int rc = k->plan(db, k->cfg, e);
	db_exec(db, rc ? "ROLLBACK" : "COMMIT", NULL);
	if (rc == 0)
		rc = db_begin(db, e);
	if (rc == 0 && !db_same_write_mark(db, mark))
		rc = k->plan(db, k->cfg, e);
	free(mark);
	return rc;
}

static int merge(jz_db *db, const struct import_kind *k, const char *path, table_reader *t,
		 struct import_stats *st, struct jz_err *e)
{
	enforce_fk(db, 0);
	int switched = st->read >= BIG_MERGE_ROWS ? journal_rollback(db) : 0;
	int rc = k->plan ? plan_then_lock(db, k, e) : db_begin(db, e);
	if (rc == 0 && ((st->file_id = file_row(db, k->name, path, t, e)) < 0 ||
			k->merge(db, st->file_id, st, k->cfg, e) || finish_counts(db, k->name, path, st, e) ||
			db_commit(db, e)))
		rc = -1;
	if (rc)
		db_rollback(db);
	journal_restore(db, switched);
	enforce_fk(db, 1);
	return rc;
}

static int stage_file(jz_db *db, const struct import_kind *k, const struct import_opts *o, const char *path,
		      table_reader *t, rejects *rj, const struct column_map *m, struct import_stats *st,
		      struct jz_err *e)
{
	struct pipe p = { .kind = k, .map = m, .o = o, .path = path, .t = t, .rj = rj, .st = st };
	sqlite3_stmt **stmts = NULL;
	struct stage_ctx sc = { db, NULL, k->cfg, 0, NULL };
	int rc = -1;
	if (staging_open(db, k->stage_ddl, e) == 0 && db_exec(db, "BEGIN", e) == 0 &&
	    stage_prepare(db, k->stage_sql, &stmts, e) == 0) {
		sc.st = stmts;
		rc = read_rows(&p, &sc, e);
	}
	stage_finalize(stmts);
	if (rc == 0)
		rc = db_commit(db, e);
	if (rc)
		db_rollback(db);
	return rc;
}

/* SQLite's progress handler once the rows are read: a signal also stops
 * the SQL of the merge and of the index builds (the transaction then rolls
 * back). While reading, the reader thread notices it first. */
static int interrupted(void *arg)
{
	const struct import_opts *o = arg;
	return o->interrupted && *o->interrupted;
}

static int watch(jz_db *db, const struct import_opts *o)
{
	sqlite3_progress_handler(db->sql, 20000, interrupted, (void *)o);
	return 0;
}

/* ---- bulk load: straight into an empty database ---- */

/* An empty database loads in rollback-journal mode: pages new to the file
 * are not journaled, where WAL writes every page twice (to the log, then at
 * the checkpoint). Leaving WAL needs the file to itself, so a database
 * another process has open stays in WAL. 1 when switched (switch back). */
static int journal_rollback(jz_db *db)
{
	struct jz_err ignore;
	char *mode = db_text(db, "PRAGMA main.journal_mode");
	int wal = mode && strcmp(mode, "wal") == 0;
	free(mode);
	if (!wal || db_open_elsewhere(jz_path(db), &ignore))
		return 0;
	mode = db_text(db, "PRAGMA main.journal_mode=DELETE");
	int ok = mode && strcmp(mode, "delete") == 0;
	free(mode);
	return ok;
}

static void journal_restore(jz_db *db, int switched)
{
	if (switched)
		free(db_text(db, "PRAGMA main.journal_mode=WAL"));
}

/* Inside the write transaction: the file row, the kind's rows, its finish,
 * the counts. 1 when the database was not empty after all (nothing done). */
static int bulk_rows(struct pipe *p, struct stage_ctx *sc, table_reader *t, struct jz_err *e)
{
	const struct import_kind *k = p->kind;
	const struct import_bulk *b = k->bulk;
	if (!b->applies(sc->db, k->cfg))
		return 1;
	if ((p->st->file_id = sc->file_id = file_row(sc->db, k->name, p->path, t, e)) < 0)
		return -1;
	int rc = b->begin(sc, e) == 0 && stage_prepare(sc->db, b->sql, &sc->st, e) == 0 ? 0 : -1;
	if (rc == 0 && (read_rows(p, sc, e) || watch(sc->db, p->o) || b->finish(sc, p->st, e) ||
			finish_counts(sc->db, k->name, p->path, p->st, e)))
		rc = -1;
	b->end(sc);
	stage_finalize(sc->st);
	sc->st = NULL;
	return rc;
}

/* 0 loaded, 1 not applicable (stage instead), -1 failed. */
static int bulk_file(jz_db *db, const struct import_kind *k, const struct import_opts *o, const char *path,
		     table_reader *t, rejects *rj, const struct column_map *m, struct import_stats *st,
		     struct jz_err *e)
{
	if (!k->bulk || !k->bulk->applies(db, k->cfg))
		return 1;
	struct pipe p = { .kind = k, .bulk = k->bulk, .map = m, .o = o, .path = path, .t = t, .rj = rj, .st = st };
	struct stage_ctx sc = { db, NULL, k->cfg, 0, NULL };
	if (staging_open(db, NULL, e))
		return -1;
	int journal = journal_rollback(db);
	enforce_fk(db, 0);
	int rc = db_begin(db, e) ? -1 : bulk_rows(&p, &sc, t, e);
	if (rc == 0 && db_commit(db, e))
		rc = -1;
	if (rc)
		db_rollback(db);
	enforce_fk(db, 1);
	journal_restore(db, journal);
	st->bulk = rc == 0;
	return rc;
}

int import_file(jz_db *db, const char *path, const struct import_kind *k, const struct import_opts *o,
		struct import_stats *st, struct jz_err *e)
{
	memset(st, 0, sizeof *st);
	if (policy_check(db, PA_IMPORT, NULL, e))
		return -1;
	if (db_int(db, "SELECT EXISTS(SELECT 1 FROM sync_offices)", 0))
		return jz_err_set(e, "%s：这是全省汇总库，只通过 jianzhi sync import 接收各院的导出；请在本院数据库中导入", path);
	/* what the last bulk load left for its next import (db/schema/057) */
	if (lazy_index_build_for_import(db, e) < 0)
		return -1;
	struct column_map m;
	table_reader *t = NULL;
	rejects *rj = NULL;
	int rc = -1;
	if (columns_init(&m, k->spec, k->nspec, o->map_file, e))
		return -1;
	/* --sheet, or the first visible sheet with this importer's header */
	struct table_opts to = { .sheet = o->sheet, .header_test = columns_header_test, .header_arg = &m };
	if (table_open_opts(path, &to, &t, e) || rejects_open(path, &rj, e) || find_header(&m, t, rj, path, k, st, e))
		goto out;
	snprintf(st->format, sizeof st->format, "%s", table_format(t));
	snprintf(st->encoding, sizeof st->encoding, "%s", table_encoding(t));
	snprintf(st->sheet, sizeof st->sheet, "%s", table_sheet_name(t));
	int bulk = bulk_file(db, k, o, path, t, rj, &m, st, e);
	if (bulk == 1 && stage_file(db, k, o, path, t, rj, &m, st, e) == 0)
		bulk = watch(db, o) || merge(db, k, path, t, st, e) ? -1 : 0;
	if (bulk) {
		if (interrupted((void *)o) && !strstr(e->msg, "nothing was imported"))
			jz_err_set(e, "%s: interrupted while writing; nothing was imported", path);
		goto out;
	}
	rc = rejects_close(&rj, &st->rejects_path, e);
out:
	sqlite3_progress_handler(db->sql, 0, NULL, NULL);
	staging_close(db);
	table_close(&t);
	if (rj)
		rejects_abort(&rj);
	columns_free(&m);
	return rc;
}
