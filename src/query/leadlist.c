/* leadlist.c — lead listings: the statements of query/sql.h and the typed
 * rows of query/leadlist.h read from them. */
#include "query/leadlist.h"
#include "query/rows.h"
#include "query/sql.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const lead_cols =
	"SELECT l.id AS lead_id, l.rule_code AS rule, r.title, r.stage, l.severity, c.case_no,"
	" c.court_code AS court, c.judge, l.status, l.label, l.label_reason, l.evidence, l.case_id, l.version";

/* select FROM leads l JOIN rules r JOIN cases c join WHERE l.id > after_id and
 * the filter, by id, at most limit rows (0: no limit). backward: l.id <
 * after_id (0: no bound), by id descending. The queue index (status, id)
 * walks the rows in order: a page never sorts the whole queue. */
static int leads_prepare_dir(jz_db *db, const struct lead_filter *f, const char *cols, const char *join,
			     long long after_id, long limit, int backward, const char *suffix, sqlite3_stmt **out,
			     struct jz_err *e)
{
	struct strbuf sql = STRBUF_INIT;
	sb_printf(&sql, "%s FROM leads l JOIN rules r ON r.code = l.rule_code JOIN cases c ON c.id = l.case_id"
		  " %s WHERE %s", cols, join, backward ? "l.id < ?1" : "l.id > ?1");
	if (f->status) sb_adds(&sql, " AND l.status = ?2");
	if (f->rule) sb_adds(&sql, " AND l.rule_code = ?3");
	if (f->stage) sb_adds(&sql, " AND r.stage = ?4");
	if (f->court) sb_adds(&sql, " AND c.court_code = ?5");
	if (f->judge) sb_adds(&sql, " AND c.judge = ?6");
	if (f->label) sb_adds(&sql, strcmp(f->label, "none") == 0 ? " AND l.label IS NULL AND ?7 IS NOT NULL"
						       : " AND l.label = ?7");
	if (f->case_id) sb_adds(&sql, " AND l.case_id = ?8");
	sb_adds(&sql, backward ? " ORDER BY l.id DESC" : " ORDER BY l.id");
	if (limit > 0)
		sb_printf(&sql, " LIMIT %ld", limit);
	sb_adds(&sql, suffix);
	int rc = db_prepare(db, sql.buf, out, e);
	sb_free(&sql);
	if (rc)
		return -1;
	sqlite3_bind_int64(*out, 1, backward && after_id == 0 ? LLONG_MAX : after_id);
	const char *v[] = { f->status, f->rule, f->stage, f->court, f->judge, f->label };
	for (int i = 0; i < 6; i++)
		if (v[i])
			sqlite3_bind_text(*out, i + 2, v[i], -1, SQLITE_TRANSIENT);
	if (f->case_id)
		sqlite3_bind_int64(*out, 8, f->case_id);
	return 0;
}

static int leads_prepare(jz_db *db, const struct lead_filter *f, const char *cols, const char *join,
			 long long after_id, long limit, sqlite3_stmt **out, struct jz_err *e)
{
	return leads_prepare_dir(db, f, cols, join, after_id, limit, 0, "", out, e);
}

int leads_query(jz_db *db, const struct lead_filter *f, long long after_id, long limit,
		sqlite3_stmt **out, struct jz_err *e)
{
	return leads_prepare(db, f, lead_cols, "", after_id, limit, out, e);
}

int leads_select(jz_db *db, const struct lead_filter *f, const char *cols, const char *join,
		 sqlite3_stmt **out, struct jz_err *e)
{
	struct strbuf sel = STRBUF_INIT;
	sb_printf(&sel, "SELECT %s", cols);
	int rc = leads_prepare(db, f, sb_str(&sel), join, 0, 0, out, e);
	sb_free(&sel);
	return rc;
}

int leads_get(jz_db *db, long long id, sqlite3_stmt **out, struct jz_err *e)
{
	struct strbuf sql = STRBUF_INIT;
	sb_printf(&sql, "%s, r.basis, r.remedy, l.rule_version, l.first_seen, l.last_seen, l.gone_at,"
		  " l.label_note, l.labelled_by, l.labelled_at, coalesce(nullif(ct.name, ''), c.court_code) AS court_name,"
		  " l.sources, coalesce((SELECT k.text FROM lead_checks k WHERE k.id = l.checked_id), ''),"
		  " l.next_change FROM leads l JOIN rules r ON r.code = l.rule_code"
		  " JOIN cases c ON c.id = l.case_id LEFT JOIN courts ct ON ct.id = c.court_id WHERE l.id = ?1", lead_cols);
	int rc = db_prepare(db, sql.buf, out, e);
	sb_free(&sql);
	if (rc)
		return -1;
	sqlite3_bind_int64(*out, 1, id);
	return 0;
}

int leads_stats_query(jz_db *db, sqlite3_stmt **out, struct jz_err *e)
{
	/* est_missed: the point estimate from the reviewed samples; missed_hi:
	 * the upper end of the 95% Wilson interval, so recall_lo is what the
	 * sample can vouch for. */
	return db_prepare(db, "WITH m AS (SELECT rule, reviewed AS n, missed AS k, population AS pop,"
			  " 1.0 * missed / nullif(reviewed, 0) AS p FROM v_rule_misses),"
			  " w AS (SELECT rule, n, k, pop, p * pop AS est, pop * (p + 3.8416 / (2 * n) + 1.96 * sqrt(p * (1 - p) / n"
			  " + 3.8416 / (4.0 * n * n))) / (1 + 3.8416 / n) AS hi FROM m)"
			  " SELECT o.rule, o.title, o.stage, o.hits, o.active, o.labelled, o.confirmed, o.dismissed,"
			  " CASE WHEN o.precision IS NOT NULL THEN printf('%.1f%%', 100.0 * o.precision) END AS precision,"
			  " w.n AS sampled, w.k AS missed, CASE WHEN w.n > 0 THEN printf('%.0f', w.est) END AS est_missed,"
			  " CASE WHEN w.n > 0 AND o.confirmed > 0 THEN printf('%.1f%%', 100.0 * o.confirmed"
			  " / (o.confirmed + w.est)) END AS recall,"
			  " CASE WHEN w.n > 0 AND o.confirmed > 0 THEN printf('%.1f%%', 100.0 * o.confirmed"
			  " / (o.confirmed + w.hi)) END AS recall_lo95"
			  " FROM v_rule_outcomes o LEFT JOIN w ON w.rule = o.rule ORDER BY o.rule", out, e);
}

static void fill_row(sqlite3_stmt *st, void *row)
{
	struct lead_row *r = row;
	r->id = sqlite3_column_int64(st, 0);
	r->rule = db_col_dup(st, 1);
	r->title = db_col_dup(st, 2);
	r->stage = db_col_dup(st, 3);
	r->severity = db_col_dup(st, 4);
	r->case_no = db_col_dup(st, 5);
	r->court = db_col_dup(st, 6);
	r->judge = db_col_dup(st, 7);
	r->status = db_col_dup(st, 8);
	r->label = db_col_dup(st, 9);
	r->reason = db_col_dup(st, 10);
	r->evidence = db_col_dup(st, 11);
	r->case_id = sqlite3_column_int64(st, 12);
	r->version = sqlite3_column_int64(st, 13);
}

int leadlist_fetch(jz_db *db, const struct lead_filter *f, long long after_id, int limit,
		   struct lead_row **rows, int *n, int *cap, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (leads_query(db, f, after_id, limit, &st, e))
		return -1;
	struct lead_row *got = NULL;
	int k = 0;
	int rc = rows_read(db, st, fill_row, &got, sizeof *got, &k, e);
	*rows = xgrow(*rows, sizeof **rows, cap, *n + k);
	memcpy(*rows + *n, got, sizeof *got * (size_t)k);
	*n += k;
	free(got);
	return rc;
}

int leadlist_fetch_before(jz_db *db, const struct lead_filter *f, long long before_id, int limit,
			  struct lead_row **rows, int *n, int *cap, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (leads_prepare_dir(db, f, lead_cols, "", before_id, limit, 1, "", &st, e))
		return -1;
	struct lead_row *got = NULL;
	int k = 0;
	int rc = rows_read(db, st, fill_row, &got, sizeof *got, &k, e);
	*rows = xgrow(*rows, sizeof **rows, cap, *n + k);
	memmove(*rows + k, *rows, sizeof **rows * (size_t)*n);
	for (int i = 0; i < k; i++)        /* read descending, kept ascending */
		(*rows)[i] = got[k - 1 - i];
	*n += k;
	free(got);
	return rc < 0 ? rc : k;
}

/* Filtered by status and rule at most: the kept counts answer. */
static long long kept_count(jz_db *db, const struct lead_filter *f)
{
	const char *col = !f->status ? "hits" : !strcmp(f->status, "active") ? "active" : "hits - active";
	char sql[160];
	snprintf(sql, sizeof sql, "SELECT coalesce(sum(%s), 0) FROM rule_lead_counts WHERE rule_code = ?1 OR ?1 IS NULL", col);
	sqlite3_stmt *st;
	long long n = -1;
	if (db_prepare(db, sql, &st, NULL) == 0) {
		if (f->rule)
			sqlite3_bind_text(st, 1, f->rule, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) == SQLITE_ROW)
			n = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	return n;
}

long long leadlist_count(jz_db *db, const struct lead_filter *f, long long cap, int *more, struct jz_err *e)
{
	*more = 0;
	if (!f->stage && !f->court && !f->judge && !f->label && !f->case_id) {
		long long n = kept_count(db, f);
		if (n >= 0)
			return n;
	}
	sqlite3_stmt *st;
	struct strbuf sel = STRBUF_INIT;
	sb_adds(&sel, "SELECT count(*) FROM (SELECT 1");
	int rc = leads_prepare_dir(db, f, sb_str(&sel), "", 0, cap > 0 ? cap + 1 : 0, 0, ")", &st, e);
	sb_free(&sel);
	if (rc)
		return -1;
	long long n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	if (n < 0)
		jz_err_set(e, "统计线索失败: %s", db_errmsg(db));
	sqlite3_finalize(st);
	if (cap > 0 && n > cap) {
		*more = 1;
		n = cap;
	}
	return n;
}

void lead_row_free(struct lead_row *r)
{
	free(r->rule); free(r->title); free(r->stage); free(r->severity); free(r->case_no); free(r->court);
	free(r->judge); free(r->status); free(r->label); free(r->reason); free(r->evidence);
	memset(r, 0, sizeof *r);
}

int leadlist_get(jz_db *db, long long id, struct lead_info *out, struct jz_err *e)
{
	sqlite3_stmt *st;
	memset(out, 0, sizeof *out);
	if (leads_get(db, id, &st, e))
		return -1;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		fill_row(st, &out->r);
		char **v[] = { &out->basis, &out->remedy, &out->rule_version, &out->first_seen, &out->last_seen,
			       &out->gone_at, &out->note, &out->labelled_by, &out->labelled_at, &out->court_name,
			       &out->sources, &out->checked, &out->next_change };
		for (int i = 0; i < 13; i++)
			*v[i] = db_col_dup(st, 14 + i);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return jz_err_set(e, "读取线索失败: %s", db_errmsg(db));
	return rc == SQLITE_ROW;
}

void lead_info_free(struct lead_info *l)
{
	lead_row_free(&l->r);
	free(l->basis); free(l->remedy); free(l->rule_version); free(l->first_seen); free(l->last_seen);
	free(l->gone_at); free(l->note); free(l->labelled_by); free(l->labelled_at);
	free(l->court_name); free(l->sources); free(l->checked); free(l->next_change);
	memset(l, 0, sizeof *l);
}

static void fill_stat(sqlite3_stmt *st, void *row)
{
	struct rule_stat *r = row;
	r->code = db_col_dup(st, 0);
	r->title = db_col_dup(st, 1);
	r->stage = db_col_dup(st, 2);
	r->hits = sqlite3_column_int(st, 3);
	r->active = sqlite3_column_int(st, 4);
	r->labelled = sqlite3_column_int(st, 5);
	r->confirmed = sqlite3_column_int(st, 6);
	r->dismissed = sqlite3_column_int(st, 7);
	r->precision = sqlite3_column_type(st, 8) == SQLITE_NULL ? -1 : sqlite3_column_double(st, 8);
}

int leadlist_rule_stats(jz_db *db, struct rule_stat **rows, int *n, struct jz_err *e)
{
	sqlite3_stmt *st;
	*rows = NULL;
	/* The figures of v_rule_outcomes, from the counts kept by db/schema/023. */
	if (db_prepare(db, "SELECT r.code, r.title, r.stage, coalesce(k.hits, 0), coalesce(k.active, 0),"
		       " coalesce(k.labelled, 0), coalesce(k.confirmed, 0), coalesce(k.dismissed, 0),"
		       " 1.0 * k.confirmed / nullif(k.labelled, 0) FROM rules r"
		       " LEFT JOIN rule_lead_counts k ON k.rule_code = r.code WHERE r.path <> '' ORDER BY r.code", &st, e))
		return -1;
	return rows_read(db, st, fill_stat, rows, sizeof **rows, n, e);
}

void rule_stats_free(struct rule_stat *rows, int n)
{
	for (int i = 0; i < n; i++) {
		free(rows[i].code);
		free(rows[i].title);
		free(rows[i].stage);
	}
	free(rows);
}

int leadlist_any_pending(jz_db *db)
{
	/* EXISTS, not count(*): the start of the workstation asks, and a
	 * million pending leads took 69 ms to count. */
	return db_int(db, "SELECT EXISTS (SELECT 1 FROM leads WHERE status = 'active' AND label IS NULL)", 0) != 0;
}
