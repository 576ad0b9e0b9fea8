/* caselist.c — case list queries with keyset pagination (see caselist.h).
 *
 * Paging by (sort value, id) through an index on the sort column. SQLite
 * sorts NULLs first, and a row-value comparison with NULL is never true, so
 * the ascending order is walked as two segments: rows whose sort value is
 * NULL (by id), then the rest (by value, id); descending walks them in the
 * other order. Each segment query is an index range scan. */
#include "query/caselist.h"
#include "query/casesearch.h"
#include "query/sql.h"
#include "store/db.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <stdio.h>

/* tie: a second sort key within equal values (then the id), for the
 * columns whose filter index (court, 立案日期) / (结案方式, 立案日期) serves
 * the sort too — a case list sorted by court lists each court's cases by
 * filing date, and no index on the column alone is kept. index: the one
 * that holds the column's order (db/schema/046, 053). */
static const struct {
	const char *name, *title, *expr, *tie, *index;
} cols[CL_NCOLS] = {
	[CL_CASE_NO] = { "case_no", "案号", "c.case_no", NULL, "sqlite_autoindex_cases_1" },
	[CL_COURT] = { "court", "法院", "c.court_code", "c.filing_date", "cases_court" },
	[CL_FILING] = { "filing", "立案日期", "c.filing_date", NULL, "cases_filing" },
	[CL_CLOSING] = { "closing", "结案日期", "c.closing_date", NULL, "cases_sort_closing" },
	[CL_METHOD] = { "method", "结案方式", "c.closing_method", "c.filing_date", "cases_method_filing" },
	[CL_CLAIM] = { "claim", "标的", "c.claim_fen", NULL, "cases_sort_claim" },
	[CL_PAID] = { "paid", "到位", "c.paid_fen", NULL, "cases_sort_paid" },
	/* Sort keys kept on the case by db/schema/023_sort_keys.sql. */
	[CL_DEBTOR] = { "debtor", "被执行人", "c.first_debtor", NULL, "cases_sort_debtor" },
	[CL_LEADS] = { "leads", "线索数", "c.active_leads", NULL, "cases_sort_leads" },
};

const char *caselist_col_title(enum caselist_col c) { return c < CL_NCOLS ? cols[c].title : ""; }
const char *caselist_col_name(enum caselist_col c) { return c < CL_NCOLS ? cols[c].name : ""; }

int caselist_col_parse(const char *name)
{
	for (int i = 0; i < CL_NCOLS; i++)
		if (strcmp(name, cols[i].name) == 0 || strcmp(name, cols[i].title) == 0)
			return i;
	return -1;
}

static void value_copy(struct caselist_value *to, const struct caselist_value *from)
{
	*to = *from;
	to->s = from->s ? xstrdup(from->s) : NULL;
}

static void value_clear(struct caselist_value *v)
{
	free(v->s);
	memset(v, 0, sizeof *v);
}

static void value_read(struct caselist_value *v, sqlite3_stmt *st, int i)
{
	memset(v, 0, sizeof *v);
	switch (sqlite3_column_type(st, i)) {
	case SQLITE_NULL: v->type = CLV_NULL; break;
	case SQLITE_INTEGER: v->type = CLV_INT; v->i = sqlite3_column_int64(st, i); break;
	default: v->type = CLV_TEXT; v->s = db_col_dup(st, i); break;
	}
}

static void value_bind(sqlite3_stmt *st, int i, const struct caselist_value *v)
{
	if (v->type == CLV_INT)
		sqlite3_bind_int64(st, i, v->i);
	else if (v->type == CLV_TEXT)
		sqlite3_bind_text(st, i, v->s, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

void caselist_key_set(struct caselist_key *k, const struct caselist_row *r)
{
	caselist_key_clear(k);
	value_copy(&k->v, &r->key);
	value_copy(&k->tie, &r->tie);
	k->id = r->id;
}

void caselist_key_clear(struct caselist_key *k)
{
	value_clear(&k->v);
	value_clear(&k->tie);
	k->id = 0;
}

static int has(const char *s) { return s && *s; }

/* WHERE terms for the filter (parameters ?1..?5; the search reads the
 * hits search_prepare stored — walked: through the sort's index, each row
 * looked up among the hits, not the hits each looked up and sorted). */
static void add_filter_as(struct strbuf *sql, const struct caselist_filter *f, int walked)
{
	sb_adds(sql, " WHERE 1");
	if (has(f->court))
		sb_adds(sql, " AND c.court_code = ?1");
	if (has(f->status)) {
		if (strcmp(f->status, "未结") == 0)
			sb_adds(sql, " AND c.closing_method IS NULL AND ?2 IS NOT NULL");
		else
			sb_adds(sql, " AND c.closing_method = (CASE ?2 WHEN '终本' THEN '终结本次执行程序' ELSE ?2 END)");
	}
	if (has(f->date_from))
		sb_adds(sql, " AND c.filing_date >= ?3");
	if (has(f->date_to))
		sb_adds(sql, " AND c.filing_date <= ?4");
	if (has(f->judge))
		sb_adds(sql, " AND c.judge = ?5");
	if (f->has_leads)
		sb_adds(sql, " AND c.active_leads > 0");
	if (search_active(f))      /* matched once per search: search_prepare */
		sb_adds(sql, walked ? " AND +c.id IN temp.search_hits" : " AND c.id IN temp.search_hits");
}

static void add_filter(struct strbuf *sql, const struct caselist_filter *f)
{
	add_filter_as(sql, f, 0);
}

static void bind_filter(sqlite3_stmt *st, const struct caselist_filter *f)
{
	if (has(f->court)) sqlite3_bind_text(st, 1, f->court, -1, SQLITE_TRANSIENT);
	if (has(f->status)) sqlite3_bind_text(st, 2, f->status, -1, SQLITE_TRANSIENT);
	if (has(f->date_from)) sqlite3_bind_text(st, 3, f->date_from, -1, SQLITE_TRANSIENT);
	if (has(f->date_to)) sqlite3_bind_text(st, 4, f->date_to, -1, SQLITE_TRANSIENT);
	if (has(f->judge)) sqlite3_bind_text(st, 5, f->judge, -1, SQLITE_TRANSIENT);
}

static char *col_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? xstrdup((const char *)t) : NULL;
}

static void read_row(sqlite3_stmt *st, struct caselist_row *r)
{
	r->id = sqlite3_column_int64(st, 0);
	r->case_no = col_dup(st, 1);
	r->court = col_dup(st, 2);
	r->filing = col_dup(st, 3);
	r->closing = col_dup(st, 4);
	r->method = col_dup(st, 5);
	r->claim = sqlite3_column_type(st, 6) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 6);
	r->paid = sqlite3_column_type(st, 7) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, 7);
	r->debtors = col_dup(st, 8);
	r->leads = sqlite3_column_int(st, 9);
	r->judge = col_dup(st, 10);
	value_read(&r->key, st, 11);
	value_read(&r->tie, st, 12);
}

/* The sort keys of a query: its column's expression, then its tie's. */
static int sort_keys(const struct caselist_query *q, const char *keys[2])
{
	keys[0] = cols[q->sort].expr;
	keys[1] = cols[q->sort].tie;
	return keys[1] ? 2 : 1;
}

/* " ORDER BY" the keys from level on, then the id, all in direction dir. */
static void add_order(struct strbuf *sql, const char *const *keys, int level, int nkeys, const char *dir)
{
	sb_adds(sql, " ORDER BY ");
	for (int l = level; l < nkeys; l++)
		sb_printf(sql, "%s %s, ", keys[l], dir);
	sb_printf(sql, "c.id %s", dir);
}

/* One page's walk (walk_level) in the SQL direction asc, from key. */
struct walk {
	jz_db *db;
	const struct caselist_query *q;
	const char *keys[2];
	int nkeys, asc;
	int walked;                        /* the search's hits met along the sort's index */
	const struct caselist_key *key;    /* where the walk began; binds ?8, ?20, ?21 */
	struct caselist_row *rows;
	int max, *n;
	struct jz_err *e;
};

static const struct caselist_value *key_value(const struct caselist_key *k, int level)
{
	return level == 0 ? &k->v : &k->tie;
}

/* One statement: rows holding cond, ordered by the keys from level on and
 * the id; the parameters cond names are bound from the walk's key. */
static int walk_read(struct walk *w, const char *cond, int level)
{
	const struct caselist_key *key = w->key;
	const char *dir = w->asc ? "ASC" : "DESC";
	struct strbuf sql = STRBUF_INIT;
	/* The page's ids and keys first, its columns after: a search or a
	 * filter sorted through a temporary b-tree would otherwise work out
	 * every matching row's 被执行人 list (a correlated subquery) before
	 * keeping a page of them. */
	sb_printf(&sql, "SELECT c.id, c.case_no, c.court_code, c.filing_date, c.closing_date,"
		  " c.closing_method, c.claim_fen, c.paid_fen,"
		  " (SELECT group_concat(name, '、') FROM (SELECT p.name FROM case_parties cp"
		  "  JOIN parties p ON p.id = cp.party_id WHERE cp.case_id = c.id AND cp.role = '被执行人'"
		  "  ORDER BY p.name)), %s, c.judge, pg.k, pg.k2 FROM (SELECT c.id AS id, %s AS k, %s AS k2"
		  " FROM cases c", cols[CL_LEADS].expr, w->keys[0], w->nkeys > 1 ? w->keys[1] : "NULL");
	add_filter_as(&sql, &w->q->f, w->walked);
	sb_adds(&sql, cond);
	add_order(&sql, w->keys, level, w->nkeys, dir);
	sb_printf(&sql, " LIMIT ?9) pg CROSS JOIN cases c ON c.id = pg.id ORDER BY pg.k %s, pg.k2 %s, pg.id %s",
		  dir, dir, dir);
	sqlite3_stmt *st;
	int rc = db_prepare(w->db, sb_str(&sql), &st, w->e);
	sb_free(&sql);
	if (rc)
		return -1;
	bind_filter(st, &w->q->f);
	if (key) {
		for (int l = 0; l < w->nkeys; l++)
			if (sqlite3_bind_parameter_index(st, l ? "?21" : "?20"))
				value_bind(st, 20 + l, key_value(key, l));
		if (sqlite3_bind_parameter_index(st, "?8"))
			sqlite3_bind_int64(st, 8, key->id);
	}
	sqlite3_bind_int(st, 9, w->max - *w->n);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		read_row(st, &w->rows[(*w->n)++]);
	if (rc != SQLITE_DONE)
		jz_err_set(w->e, "读取案件列表失败: %s", db_errmsg(w->db));
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* The rows that hold cond (WHERE terms on the keys above level, with
 * parameters ?20 and ?21), ordered by the keys from level on and then the
 * id, strictly after key (NULL: from the start). SQLite puts NULLs first
 * ascending, and a comparison with NULL is never true, so each key is
 * walked in two segments, its NULLs and the rest; within the key's own
 * value the walk goes one level down (the rows tied with it: by the next
 * key, or by id), past it one statement orders by this key, the keys below
 * and the id. Ties and the rest are two statements because SQLite uses an
 * index for "value = ? AND id > ?" but only "value > ?" of
 * "(value, id) > (?, ?)": on a column of few values (结案方式, 到位, 线索数)
 * that would walk every row tied with the key. */
static int walk_level(struct walk *w, const char *cond, int level, const struct caselist_key *key)
{
	const char *op = w->asc ? ">" : "<";
	if (level == w->nkeys) {           /* tied on every key: by id */
		if (!key)
			return walk_read(w, cond, level);
		struct strbuf c = STRBUF_INIT;
		sb_printf(&c, "%s AND c.id %s ?8", cond, op);
		int rc = walk_read(w, sb_str(&c), level);
		sb_free(&c);
		return rc;
	}
	const char *k = w->keys[level];
	int key_null = key && key_value(key, level)->type == CLV_NULL;
	/* Segments in the SQL direction: 1 = the NULLs, first when ascending. */
	int order[2] = { w->asc ? 1 : 0, w->asc ? 0 : 1 };
	int start = key && (order[0] == 1) != key_null ? 1 : 0;
	int rc = 0;
	for (int i = start; i < 2 && rc == 0 && *w->n < w->max; i++) {
		const struct caselist_key *from = i == start ? key : NULL;
		struct strbuf c = STRBUF_INIT;
		if (order[i] == 1) {       /* the NULLs: by the keys below */
			sb_printf(&c, "%s AND %s IS NULL", cond, k);
			rc = walk_level(w, sb_str(&c), level + 1, from);
		} else {
			if (from) {        /* the rows tied with the key, by the keys below */
				sb_printf(&c, "%s AND %s = ?%d", cond, k, 20 + level);
				rc = walk_level(w, sb_str(&c), level + 1, from);
				sb_reset(&c);
			}
			if (rc == 0 && *w->n < w->max) {
				sb_printf(&c, "%s AND %s IS NOT NULL", cond, k);
				if (from)
					sb_printf(&c, " AND %s %s ?%d", k, op, 20 + level);
				rc = walk_read(w, sb_str(&c), level);
			}
		}
		sb_free(&c);
	}
	return rc;
}

int cases_select(jz_db *db, const struct caselist_query *q, const char *select, const char *join,
		 sqlite3_stmt **out, struct jz_err *e)
{
	if ((unsigned)q->sort >= CL_NCOLS)
		return jz_err_set(e, "未知的排序列");
	if (has(q->f.search) && search_prepare(db, &q->f, 0, e))
		return -1;
	/* SQLite puts NULLs first ascending and last descending: the order the
	 * paged walk of caselist_fetch gives too. */
	const char *dir = q->desc ? "DESC" : "ASC";
	struct strbuf sql = STRBUF_INIT;
	sb_printf(&sql, "SELECT %s FROM cases c %s", select, join);
	add_filter(&sql, &q->f);
	const char *keys[2];
	add_order(&sql, keys, 0, sort_keys(q, keys), dir);
	int rc = db_prepare(db, sb_str(&sql), out, e);
	sb_free(&sql);
	if (rc)
		return -1;
	bind_filter(*out, &q->f);
	return 0;
}

static void reverse_rows(struct caselist_row *rows, int n)
{
	for (int i = 0; i < n / 2; i++) {
		struct caselist_row t = rows[i];
		rows[i] = rows[n - 1 - i];
		rows[n - 1 - i] = t;
	}
}

static int unfiltered(const struct caselist_filter *f)
{
	return !has(f->court) && !has(f->status) && !has(f->date_from) && !has(f->date_to) && !has(f->judge)
	       && !f->has_leads && !has(f->search);
}

/* Whether a page of a search is found faster walking the sort's index and
 * asking the hits of each case on it than reading every hit's row to sort
 * them: when hits are not rare. A hit's row read where it lies costs about
 * 4 µs at a million cases, a step along the index and a look among the hits
 * about 0.2 µs, and a page of max rows meets max hits within max × cases ÷
 * hits steps — so from about one case in a thousand (a million cases, a
 * page of 20: 1,296 hits 6.5 → 3.5 ms; 39,672 hits of a 1-character search
 * 253 → 0.14 ms). Only a search alone (another filter has its own index),
 * and only when the sort's index is built (db/schema/053). */
static int hits_walked(jz_db *db, const struct caselist_query *q, int max)
{
	struct caselist_filter rest = q->f;
	rest.search = NULL;
	if (!search_active(&q->f) || !unfiltered(&rest))
		return 0;
	long long cases = db_int(db, "SELECT n FROM case_count", 0);
	long long hits = search_hit_count();
	if (hits <= 0 || (double)hits * hits * 20 < (double)max * cases)
		return 0;
	char sql[128];
	snprintf(sql, sizeof sql, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '%s'",
		 cols[q->sort].index);
	return db_int(db, sql, 0) == 1;
}

int caselist_fetch(jz_db *db, const struct caselist_query *q, const struct caselist_key *from,
		   int backward, struct caselist_row *rows, int max, int *n, struct jz_err *e)
{
	*n = 0;
	if ((unsigned)q->sort >= CL_NCOLS)
		return jz_err_set(e, "未知的排序列");
	if (has(q->f.search) && search_prepare(db, &q->f, 1, e))
		return -1;
	const struct caselist_key *key = from && from->id ? from : NULL;
	struct walk w = { db, q, { NULL, NULL }, 0, !q->desc != !!backward, hits_walked(db, q, max), key, rows, max, n, e };
	w.nkeys = sort_keys(q, w.keys);
	if (walk_level(&w, "", 0, key)) {
		caselist_rows_free(rows, *n);
		*n = 0;
		return -1;
	}
	if (backward)
		reverse_rows(rows, *n);
	return 0;
}

void caselist_rows_free(struct caselist_row *rows, int n)
{
	for (int i = 0; i < n; i++) {
		struct caselist_row *r = &rows[i];
		free(r->case_no);
		free(r->court);
		free(r->filing);
		free(r->closing);
		free(r->method);
		free(r->debtors);
		free(r->judge);
		value_clear(&r->key);
		value_clear(&r->tie);
		memset(r, 0, sizeof *r);
	}
}

long long caselist_count(jz_db *db, const struct caselist_filter *f, struct jz_err *e)
{
	int more;
	return caselist_count_upto(db, f, 0, &more, e);
}

long long caselist_count_upto(jz_db *db, const struct caselist_filter *f, long long cap, int *more,
			      struct jz_err *e)
{
	*more = 0;
	if (unfiltered(f))         /* kept by triggers (db/schema/023) */
		return db_int(db, "SELECT n FROM case_count", -1);
	if (has(f->search) && search_prepare(db, f, 1, e))
		return -1;
	struct caselist_filter rest = *f;
	rest.search = NULL;
	if (unfiltered(&rest) && search_active(f)) {
		/* A search alone: its hits are case ids (the index follows every
		 * delete), counted as they were stored; counting them through
		 * cases read each hit's row (3 ms for 1,300 hits in a million). */
		long long n = search_hit_count();
		*more = cap > 0 && n > cap;
		return *more ? cap : n;
	}
	struct strbuf sql = STRBUF_INIT;
	sb_adds(&sql, "SELECT count(*) FROM (SELECT 1 FROM cases c");
	add_filter(&sql, f);
	if (cap > 0)
		sb_printf(&sql, " LIMIT %lld", cap + 1);
	sb_adds(&sql, ")");
	sqlite3_stmt *st;
	int rc = db_prepare(db, sb_str(&sql), &st, e);
	sb_free(&sql);
	if (rc)
		return -1;
	bind_filter(st, f);
	long long n = -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	else
		jz_err_set(e, "统计案件失败: %s", db_errmsg(db));
	sqlite3_finalize(st);
	if (cap > 0 && n > cap) {
		*more = 1;
		n = cap;
	}
	return n;
}

char **caselist_distinct(jz_db *db, const char *what, int max, struct jz_err *e)
{
	const char *sql;
	if (strcmp(what, "court") == 0)
		sql = "SELECT DISTINCT court_code FROM cases WHERE court_code IS NOT NULL ORDER BY 1 LIMIT ?";
	else if (strcmp(what, "judge") == 0)
		sql = "SELECT DISTINCT judge FROM cases WHERE judge IS NOT NULL ORDER BY 1 LIMIT ?";
	else {
		jz_err_set(e, "未知的列表: %s", what);
		return NULL;
	}
	sqlite3_stmt *st;
	if (db_prepare(db, sql, &st, e))
		return NULL;
	sqlite3_bind_int(st, 1, max);
	char **v = xcalloc((size_t)max + 1, sizeof *v);
	int n = 0;
	while (v && n < max && sqlite3_step(st) == SQLITE_ROW)
		v[n++] = col_dup(st, 0);
	sqlite3_finalize(st);
	return v;
}

void caselist_strv_free(char **v)
{
	if (!v)
		return;
	for (char **p = v; *p; p++)
		free(*p);
	free(v);
}
