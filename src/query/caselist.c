/* caselist.c — case list queries with keyset pagination (see caselist.h).
 *
 * Paging by (sort value, id) through an index on the sort column. SQLite
 * sorts NULLs first, and a row-value comparison with NULL is never true, so
 * the ascending order is walked as two segments: rows whose sort value is
 * NULL (by id), then the rest (by value, id); descending walks them in the
 * other order. Each segment query is an index range scan. */
#include "query/caselist.h"
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
 * filing date, and no index on the column alone is kept. */
static const struct {
	const char *name, *title, *expr, *tie;
} cols[CL_NCOLS] = {
	[CL_CASE_NO] = { "case_no", "案号", "c.case_no" },
	[CL_COURT] = { "court", "法院", "c.court_code", "c.filing_date" },
	[CL_FILING] = { "filing", "立案日期", "c.filing_date" },
	[CL_CLOSING] = { "closing", "结案日期", "c.closing_date" },
	[CL_METHOD] = { "method", "结案方式", "c.closing_method", "c.filing_date" },
	[CL_CLAIM] = { "claim", "标的", "c.claim_fen" },
	[CL_PAID] = { "paid", "到位", "c.paid_fen" },
	/* Sort keys kept on the case by db/schema/023_sort_keys.sql. */
	[CL_DEBTOR] = { "debtor", "被执行人", "c.first_debtor" },
	[CL_LEADS] = { "leads", "线索数", "c.active_leads" },
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

static int utf8_chars(const char *s)
{
	int n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* "%text%" without the LIKE wildcards or spaces the user typed. */
static char *search_pattern(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	sb_addc(&sb, '%');
	for (; *s; s++)
		if (*s != '%' && *s != '_' && *s != ' ')
			sb_addc(&sb, *s);
	sb_addc(&sb, '%');
	return sb_detach(&sb);
}

static int has(const char *s) { return s && *s; }

/* The cases a search matches (parameter ?6 or ?10), or NULL when the
 * search text is empty or only wildcards. The rows above the index's marks
 * (?11 cases, ?12 parties) are scanned (see search_prepare); when they are
 * most of the table (wide: a big import the idle indexing has not reached),
 * through the covering indexes of 案号 and names, which are a third of the
 * rows' size (a million parties: 0.10 s instead of 0.27 s for a 2-character
 * search). */
static const char *search_match_sql_for(const struct caselist_filter *f, int wide)
{
	if (!has(f->search))
		return NULL;
	/* SQLite 3.40's trigram LIKE finds nothing below 3 characters. */
	char *pat = search_pattern(f->search);
	int chars = utf8_chars(pat) - 2;
	free(pat);
	if (chars == 0)
		return NULL;
	if (chars >= 3)
		return wide ? "SELECT rowid FROM case_no_fts WHERE case_no LIKE ?6"
			      " UNION SELECT cp.case_id FROM party_name_fts pf JOIN case_parties cp"
			      " ON cp.party_id = pf.rowid WHERE pf.name LIKE ?6"
			      " UNION SELECT id FROM cases INDEXED BY sqlite_autoindex_cases_1 WHERE id > ?11 AND case_no LIKE ?6"
			      " UNION SELECT cp.case_id FROM parties p INDEXED BY parties_name JOIN case_parties cp"
			      " ON cp.party_id = p.id WHERE p.id > ?12 AND p.name LIKE ?6"
			    : "SELECT rowid FROM case_no_fts WHERE case_no LIKE ?6"
			      " UNION SELECT cp.case_id FROM party_name_fts pf JOIN case_parties cp"
			      " ON cp.party_id = pf.rowid WHERE pf.name LIKE ?6"
			      " UNION SELECT id FROM cases WHERE id > ?11 AND case_no LIKE ?6"
			      " UNION SELECT cp.case_id FROM parties p JOIN case_parties cp ON cp.party_id = p.id"
			      " WHERE p.id > ?12 AND p.name LIKE ?6";
	/* party names only: 1-2 characters identify no 案号 */
	return wide ? "SELECT cp.case_id FROM party_gram g JOIN case_parties cp"
		      " ON cp.party_id = g.party_id WHERE g.gram >= ?10 AND g.gram < ?10 || char(1114111)"
		      " UNION SELECT cp.case_id FROM parties p INDEXED BY parties_name JOIN case_parties cp"
		      " ON cp.party_id = p.id WHERE p.id > ?12 AND instr(p.name, ?10) > 0"
		    : "SELECT cp.case_id FROM party_gram g JOIN case_parties cp"
		      " ON cp.party_id = g.party_id WHERE g.gram >= ?10 AND g.gram < ?10 || char(1114111)"
		      " UNION SELECT cp.case_id FROM parties p JOIN case_parties cp ON cp.party_id = p.id"
		      " WHERE p.id > ?12 AND instr(p.name, ?10) > 0";
}

static const char *search_match_sql(const struct caselist_filter *f)
{
	return search_match_sql_for(f, 0);
}

static long long mark_of(jz_db *db, const char *tbl);

/* Up to this many rows above the index's marks are indexed before a
 * search; more (a big import the idle indexing has not caught up with)
 * are scanned instead: a million cases take 18 s to index and about half a
 * second to scan, and the idle indexing goes on filling the index. */
#define SYNC_BEFORE_SEARCH 5000

/* Index the rows above the marks first when they are few. *wide: they are
 * more than half of all rows, so a scan reads the covering indexes
 * (search_match_sql_for) rather than the rows from the marks on. */
static int search_sync_small(jz_db *db, int *wide, struct jz_err *e)
{
	long long all = db_int(db, "SELECT (SELECT coalesce(max(id), 0) FROM cases) + (SELECT coalesce(max(id), 0)"
			       " FROM parties)", 0);
	long long ahead = all - db_int(db, "SELECT (SELECT last_id FROM search_mark WHERE tbl = 'cases')"
				       " + (SELECT last_id FROM search_mark WHERE tbl = 'parties')", 0);
	*wide = ahead * 2 > all;
	return ahead > 0 && ahead <= SYNC_BEFORE_SEARCH ? caselist_search_sync(db, e) : 0;
}

static void bind_filter(sqlite3_stmt *st, const struct caselist_filter *f);

/* The matched ids go to temp.search_hits once per search text and data
 * version, so the search's count and every page after it (G, PgUp, a sort)
 * read a small table instead of matching again. The connection's last
 * search is remembered here (one workstation, one thread). */
static struct {
	const jz_db *db;
	char *text;
	long long version;
	long long n;             /* rows in temp.search_hits */
} hits_of;

static int search_prepare(jz_db *db, const struct caselist_filter *f, struct jz_err *e)
{
	int wide;
	if (search_sync_small(db, &wide, e))
		return -1;
	const char *match = search_match_sql_for(f, wide);
	if (!match)
		return 0;
	if (hits_of.db == db && hits_of.text && strcmp(hits_of.text, f->search) == 0
	    && hits_of.version == jz_data_version(db))
		return 0;
	if (db_exec(db, "CREATE TEMP TABLE IF NOT EXISTS search_hits(id INTEGER PRIMARY KEY);"
		    "DELETE FROM temp.search_hits", e))
		return -1;
	struct strbuf sql = STRBUF_INIT;
	sb_printf(&sql, "INSERT OR IGNORE INTO temp.search_hits %s", match);
	sqlite3_stmt *st;
	int rc = db_prepare(db, sb_str(&sql), &st, e);
	sb_free(&sql);
	if (rc)
		return -1;
	struct caselist_filter only = { .search = f->search };
	bind_filter(st, &only);
	sqlite3_bind_int64(st, 11, mark_of(db, "cases"));
	sqlite3_bind_int64(st, 12, mark_of(db, "parties"));
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return jz_err_set(e, "搜索失败: %s", db_errmsg(db));
	hits_of.n = sqlite3_changes64(db->sql);
	free(hits_of.text);
	hits_of.db = db;
	hits_of.text = xstrdup(f->search);
	hits_of.version = jz_data_version(db);      /* after our own temp writes */
	return 0;
}

/* WHERE terms for the filter (parameters ?1..?6). */
static void add_filter(struct strbuf *sql, const struct caselist_filter *f)
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
	if (search_match_sql(f))   /* matched once per search: search_prepare */
		sb_adds(sql, " AND c.id IN temp.search_hits");
}

static void bind_filter(sqlite3_stmt *st, const struct caselist_filter *f)
{
	if (has(f->court)) sqlite3_bind_text(st, 1, f->court, -1, SQLITE_TRANSIENT);
	if (has(f->status)) sqlite3_bind_text(st, 2, f->status, -1, SQLITE_TRANSIENT);
	if (has(f->date_from)) sqlite3_bind_text(st, 3, f->date_from, -1, SQLITE_TRANSIENT);
	if (has(f->date_to)) sqlite3_bind_text(st, 4, f->date_to, -1, SQLITE_TRANSIENT);
	if (has(f->judge)) sqlite3_bind_text(st, 5, f->judge, -1, SQLITE_TRANSIENT);
	if (has(f->search)) {
		char *pat = search_pattern(f->search);
		if (utf8_chars(pat) < 5) {    /* "%" + 1-2 characters + "%" */
			size_t n = strlen(pat);
			pat[n - 1] = 0;
			sqlite3_bind_text(st, 10, pat + 1, -1, SQLITE_TRANSIENT);
			free(pat);
		} else {
			sqlite3_bind_text(st, 6, pat, -1, free);
		}
	}
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
	add_filter(&sql, &w->q->f);
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
	if (has(q->f.search) && search_prepare(db, &q->f, e))
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

/* The grams go in in key order: inserted in name order they land all over
 * party_gram's B-tree (a step of 2,000 names took 44 ms instead of 35). */
static const char *const sync_sql[2][2] = {
	{ "cases", "INSERT INTO case_no_fts(rowid, case_no) SELECT id, case_no FROM cases WHERE id > ?1 AND id <= ?2" },
	{ "parties", "INSERT INTO party_name_fts(rowid, name) SELECT id, name FROM parties WHERE id > ?1 AND id <= ?2;"
		"INSERT OR IGNORE INTO party_gram SELECT substr(p.name, g.i, 2), p.id FROM parties p"
		" JOIN gram_pos g ON g.i <= length(p.name) WHERE p.id > ?1 AND p.id <= ?2 ORDER BY 1, 2" },
};

static long long mark_of(jz_db *db, const char *tbl)
{
	char sql[128];
	snprintf(sql, sizeof sql, "SELECT last_id FROM search_mark WHERE tbl = '%s'", tbl);
	return db_int(db, sql, 0);
}

long long caselist_search_pending(jz_db *db)
{
	long long n = 0;
	for (int i = 0; i < 2; i++) {
		char sql[128];
		snprintf(sql, sizeof sql, "SELECT count(*) FROM %s WHERE id > %lld", sync_sql[i][0],
			 mark_of(db, sync_sql[i][0]));
		n += db_int(db, sql, 0);
	}
	return n;
}

/* Index the rows above the mark, at most limit of them (0: all); *left
 * is set when rows remain. */
static int sync_one(jz_db *db, int i, long limit, int *left, struct jz_err *e)
{
	char sql[200];
	long long mark = mark_of(db, sync_sql[i][0]);
	snprintf(sql, sizeof sql, "SELECT coalesce(max(id), 0) FROM %s", sync_sql[i][0]);
	long long top = db_int(db, sql, 0);
	if (top <= mark)
		return 0;
	if (limit > 0) {         /* ids may have gaps (a province's offices): count rows, not ids */
		snprintf(sql, sizeof sql, "SELECT id FROM %s WHERE id > %lld ORDER BY id LIMIT 1 OFFSET %ld",
			 sync_sql[i][0], mark, limit);
		long long next = db_int(db, sql, 0);
		if (next) {
			top = next - 1;
			*left = 1;
		}
	}
	const char *sql_next = sync_sql[i][1];
	while (*sql_next) {          /* one or more statements, each with ?1 */
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(db->sql, sql_next, -1, &st, &sql_next) != SQLITE_OK)
			return jz_err_set(e, "建立搜索索引失败: %s", db_errmsg(db));
		sqlite3_bind_int64(st, 1, mark);
		sqlite3_bind_int64(st, 2, top);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return jz_err_set(e, "建立搜索索引失败: %s", db_errmsg(db));
	}
	snprintf(sql, sizeof sql, "UPDATE search_mark SET last_id = %lld WHERE tbl = '%s'", top, sync_sql[i][0]);
	return db_exec(db, sql, e);
}

static int behind(jz_db *db)
{
	return db_int(db, "SELECT (SELECT coalesce(max(id), 0) FROM cases) > (SELECT last_id FROM search_mark"
		      " WHERE tbl = 'cases') OR (SELECT coalesce(max(id), 0) FROM parties) > (SELECT last_id"
		      " FROM search_mark WHERE tbl = 'parties')", 0) != 0;
}

/* rows 0: all, waiting for the write lock; else a step that never waits. */
static int sync_rows(jz_db *db, long rows, struct jz_err *e)
{
	if (!behind(db))         /* cheap check first: the common case is nothing to do */
		return 0;
	if (rows > 0 && db_try_begin(db))
		return 2;
	if (rows == 0 && db_begin(db, e))
		return -1;
	int left = 0;
	if (sync_one(db, 0, rows, &left, e) || (!left && sync_one(db, 1, rows, &left, e))) {
		db_rollback(db);
		return -1;
	}
	return db_commit(db, e) ? -1 : left;
}

int caselist_search_sync_some(jz_db *db, long rows, struct jz_err *e)
{
	return sync_rows(db, rows > 0 ? rows : 1, e);
}

int caselist_search_sync(jz_db *db, struct jz_err *e)
{
	return sync_rows(db, 0, e) < 0 ? -1 : 0;
}

int caselist_search_index_added(jz_db *db, const char *cases_tbl, const char *parties_tbl, struct jz_err *e)
{
	char sql[768];
	snprintf(sql, sizeof sql,
		 "INSERT INTO case_no_fts(rowid, case_no) SELECT c.id, c.case_no FROM cases c JOIN %s n ON n.id = c.id"
		 " WHERE c.id <= %lld;"
		 "INSERT INTO party_name_fts(rowid, name) SELECT p.id, p.name FROM parties p JOIN %s n ON n.id = p.id"
		 " WHERE p.id <= %lld;"
		 "INSERT OR IGNORE INTO party_gram SELECT substr(p.name, g.i, 2), p.id FROM parties p JOIN %s n ON n.id = p.id"
		 " JOIN gram_pos g ON g.i <= length(p.name) WHERE p.id <= %lld ORDER BY 1, 2;",
		 cases_tbl, mark_of(db, "cases"), parties_tbl, mark_of(db, "parties"), parties_tbl, mark_of(db, "parties"));
	return db_exec(db, sql, e);
}

static void reverse_rows(struct caselist_row *rows, int n)
{
	for (int i = 0; i < n / 2; i++) {
		struct caselist_row t = rows[i];
		rows[i] = rows[n - 1 - i];
		rows[n - 1 - i] = t;
	}
}

int caselist_fetch(jz_db *db, const struct caselist_query *q, const struct caselist_key *from,
		   int backward, struct caselist_row *rows, int max, int *n, struct jz_err *e)
{
	*n = 0;
	if ((unsigned)q->sort >= CL_NCOLS)
		return jz_err_set(e, "未知的排序列");
	if (has(q->f.search) && search_prepare(db, &q->f, e))
		return -1;
	const struct caselist_key *key = from && from->id ? from : NULL;
	struct walk w = { db, q, { NULL, NULL }, 0, !q->desc != !!backward, key, rows, max, n, e };
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

static int unfiltered(const struct caselist_filter *f)
{
	return !has(f->court) && !has(f->status) && !has(f->date_from) && !has(f->date_to) && !has(f->judge)
	       && !f->has_leads && !has(f->search);
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
	if (has(f->search) && search_prepare(db, f, e))
		return -1;
	struct caselist_filter rest = *f;
	rest.search = NULL;
	if (unfiltered(&rest) && search_match_sql(f)) {
		/* A search alone: its hits are case ids (the index follows every
		 * delete), counted as they were stored; counting them through
		 * cases read each hit's row (3 ms for 1,300 hits in a million). */
		*more = cap > 0 && hits_of.n > cap;
		return *more ? cap : hits_of.n;
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
