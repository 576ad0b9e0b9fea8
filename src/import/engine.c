/* engine.c — see engine.h. The reader thread parses rows into batches
 * while the main thread stages the previous batch; the merge is one
 * transaction. */
#include "import/engine.h"
#include "import/rejects.h"
#include "import/table_reader.h"
#include "store/audit.h"
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

long import_count(jz_db *db, const char *sql)
{
	return (long)db_int(db, sql, -1);
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
		       const struct import_kind *k, struct jz_err *e)
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
 * temporary file SQLite deletes when it is detached or the process ends). */
static int staging_open(jz_db *db, const struct import_kind *k, struct jz_err *e)
{
	db_exec(db, "DETACH DATABASE stg", NULL);
	if (db_exec(db, "ATTACH DATABASE '' AS stg", e) ||
	    db_exec(db, "PRAGMA stg.journal_mode=OFF; PRAGMA stg.synchronous=OFF; PRAGMA stg.cache_size=-32768;"
		    " PRAGMA main.cache_size=-65536", e))
		return -1;
	return db_exec(db, k->stage_ddl, e);
}

static void staging_close(jz_db *db)
{
	db_rollback(db);
	db_exec(db, "DETACH DATABASE stg", NULL);
}

static int stage_prepare(jz_db *db, const struct import_kind *k, sqlite3_stmt ***st, struct jz_err *e)
{
	int n = 0;
	while (k->stage_sql[n])
		n++;
	*st = xcalloc((size_t)n + 1, sizeof **st);
	for (int i = 0; i < n; i++)
		if (db_prepare(db, k->stage_sql[i], &(*st)[i], e))
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

static int merge(jz_db *db, const struct import_kind *k, const char *path, table_reader *t,
		 struct import_stats *st, struct jz_err *e)
{
	if (db_begin(db, e))
		return -1;
	if ((st->file_id = file_row(db, k->name, path, t, e)) < 0 || k->merge(db, st->file_id, st, k->cfg, e) ||
	    finish_counts(db, k->name, path, st, e) || db_commit(db, e)) {
		db_rollback(db);
		return -1;
	}
	return 0;
}

static int stage_file(jz_db *db, const struct import_kind *k, const struct import_opts *o, const char *path,
		      table_reader *t, rejects *rj, const struct column_map *m, struct import_stats *st,
		      struct jz_err *e)
{
	struct pipe p = { .kind = k, .map = m, .o = o, .path = path, .t = t, .rj = rj, .st = st };
	sqlite3_stmt **stmts = NULL;
	struct stage_ctx sc = { db, NULL, k->cfg };
	int rc = -1;
	if (staging_open(db, k, e) == 0 && db_exec(db, "BEGIN", e) == 0 && stage_prepare(db, k, &stmts, e) == 0) {
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

int import_file(jz_db *db, const char *path, const struct import_kind *k, const struct import_opts *o,
		struct import_stats *st, struct jz_err *e)
{
	memset(st, 0, sizeof *st);
	if (policy_check(db, PA_IMPORT, NULL, e))
		return -1;
	if (db_int(db, "SELECT EXISTS(SELECT 1 FROM sync_offices)", 0))
		return jz_err_set(e, "%s：这是全省汇总库，只通过 jianzhi sync import 接收各院的导出；请在本院数据库中导入", path);
	struct column_map m;
	table_reader *t = NULL;
	rejects *rj = NULL;
	int rc = -1;
	if (columns_init(&m, k->spec, k->nspec, o->map_file, e))
		return -1;
	/* --sheet, or the first visible sheet with this importer's header */
	struct table_opts to = { .sheet = o->sheet, .header_test = columns_header_test, .header_arg = &m };
	if (table_open_opts(path, &to, &t, e) || rejects_open(path, &rj, e) || find_header(&m, t, rj, path, k, e))
		goto out;
	snprintf(st->format, sizeof st->format, "%s", table_format(t));
	snprintf(st->encoding, sizeof st->encoding, "%s", table_encoding(t));
	snprintf(st->sheet, sizeof st->sheet, "%s", table_sheet_name(t));
	if (stage_file(db, k, o, path, t, rj, &m, st, e) || merge(db, k, path, t, st, e))
		goto out;
	rc = rejects_close(&rj, &st->rejects_path, e);
out:
	staging_close(db);
	table_close(&t);
	if (rj)
		rejects_abort(&rj);
	columns_free(&m);
	return rc;
}
