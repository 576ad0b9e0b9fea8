/* casesearch.c — the case list's search (casesearch.h) and the upkeep of
 * its index (caselist.h: caselist_search_*).
 *
 * The index (db/schema/005_search.sql: FTS5 trigrams of 案号 and names, the
 * party_gram table of 2-character pieces) is brought up to date lazily:
 * rows added since the last sync wait above the marks in search_mark. A
 * search indexes them first when they are a few thousand; more (a big
 * import the idle indexing has not reached) are matched by a scan — in one
 * statement for an export or the CLI, or a slice at a time for the
 * workstation, so the key that starts a search never waits for a million
 * rows. The index and the hits are not data a user changed: their writes
 * are this connection's quiet changes (jz_data_version leaves them out), so
 * the idle indexing does not throw away a search's hits, nor a step of the
 * scan the list built on them. */
#include "query/casesearch.h"
#include "util/strbuf.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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

/* Characters of the search text that match (0: nothing to search). */
static size_t search_chars(const char *text)
{
	if (!text || !*text)
		return 0;
	char *pat = search_pattern(text);
	size_t n = utf8_chars(pat) - 2;
	free(pat);
	return n;
}

int search_active(const struct caselist_filter *f) { return search_chars(f->search) > 0; }

/* ?6 the LIKE pattern (3 characters or more), ?10 the bare text (1-2). */
static void search_bind(sqlite3_stmt *st, const char *text)
{
	size_t chars = search_chars(text);
	if (chars == 0)
		return;
	char *pat = search_pattern(text);
	if (chars < 3) {
		pat[strlen(pat) - 1] = 0;
		sqlite3_bind_text(st, 10, pat + 1, -1, SQLITE_TRANSIENT);
		free(pat);
	} else {
		sqlite3_bind_text(st, 6, pat, -1, free);
	}
}

/* What the index finds: from 3 characters its trigrams (案号 and names);
 * SQLite 3.40's trigram LIKE finds nothing below 3 characters, so 1-2
 * characters go through party_gram (names only: two characters of a 案号
 * identify nothing). CROSS JOIN keeps the index first: on a few thousand
 * cases the planner walked every case_parties row and asked the FTS table
 * for each (96 ms against 0.2 ms on a demo with 400,000 new parties). */
#define INDEXED3 "SELECT rowid FROM case_no_fts WHERE case_no LIKE ?6" \
	" UNION SELECT cp.case_id FROM party_name_fts pf CROSS JOIN case_parties cp" \
	" ON cp.party_id = pf.rowid WHERE pf.name LIKE ?6"
#define INDEXED2 "SELECT cp.case_id FROM party_gram g JOIN case_parties cp" \
	" ON cp.party_id = g.party_id WHERE g.gram >= ?10 AND g.gram < ?10 || char(1114111)"
#define NAME3 "p.name LIKE ?6"
#define NAME2 "instr(p.name, ?10) > 0"

/* The index's finds and a scan of every row above the marks (?11 cases,
 * ?12 parties). wide: those rows are most of the table, so the scan reads
 * the covering indexes of 案号 and names, a third of the rows' size (a
 * million parties: 0.10 s instead of 0.27 s for a 2-character search). */
static const char *whole_match_sql(size_t chars, int wide)
{
	if (chars >= 3)
		return wide ? INDEXED3
			      " UNION SELECT id FROM cases INDEXED BY sqlite_autoindex_cases_1 WHERE id > ?11 AND case_no LIKE ?6"
			      " UNION SELECT cp.case_id FROM parties p INDEXED BY parties_name JOIN case_parties cp"
			      " ON cp.party_id = p.id WHERE p.id > ?12 AND " NAME3
			    : INDEXED3
			      " UNION SELECT id FROM cases WHERE id > ?11 AND case_no LIKE ?6"
			      " UNION SELECT cp.case_id FROM parties p JOIN case_parties cp ON cp.party_id = p.id"
			      " WHERE p.id > ?12 AND " NAME3;
	return wide ? INDEXED2
		      " UNION SELECT cp.case_id FROM parties p INDEXED BY parties_name JOIN case_parties cp"
		      " ON cp.party_id = p.id WHERE p.id > ?12 AND " NAME2
		    : INDEXED2
		      " UNION SELECT cp.case_id FROM parties p JOIN case_parties cp ON cp.party_id = p.id"
		      " WHERE p.id > ?12 AND " NAME2;
}

/* A slice of the scan: the rows with ids in (?13, ?14] of one table. The
 * parties first (CROSS JOIN), their links only for the names that match: the
 * planner walked every link of the range and looked each party up (a
 * million parties: 0.19 s against 0.06 s in the sqlite3 shell). */
static const char *slice_sql(size_t chars, int parties, int indexed)
{
	if (indexed)              /* a common short text: the index's finds, a range of parties at a time */
		return "INSERT OR IGNORE INTO temp.search_hits SELECT cp.case_id FROM party_gram g"
		       " JOIN case_parties cp ON cp.party_id = g.party_id WHERE g.gram >= ?10 AND g.gram < ?10 || char(1114111)"
		       " AND g.party_id > ?13 AND g.party_id <= ?14";
	if (!parties)
		return "INSERT OR IGNORE INTO temp.search_hits SELECT id FROM cases"
		       " WHERE id > ?13 AND id <= ?14 AND case_no LIKE ?6";
	return chars >= 3 ? "INSERT OR IGNORE INTO temp.search_hits SELECT cp.case_id FROM parties p"
			    " CROSS JOIN case_parties cp ON cp.party_id = p.id WHERE p.id > ?13 AND p.id <= ?14 AND " NAME3
			  : "INSERT OR IGNORE INTO temp.search_hits SELECT cp.case_id FROM parties p"
			    " CROSS JOIN case_parties cp ON cp.party_id = p.id WHERE p.id > ?13 AND p.id <= ?14 AND " NAME2;
}

static long long mark_of(jz_db *db, const char *tbl)
{
	char sql[128];
	snprintf(sql, sizeof sql, "SELECT last_id FROM search_mark WHERE tbl = '%s'", tbl);
	return db_int(db, sql, 0);
}

static long long top_of(jz_db *db, const char *tbl)
{
	char sql[128];
	snprintf(sql, sizeof sql, "SELECT coalesce(max(id), 0) FROM %s", tbl);
	return db_int(db, sql, 0);
}

/* Up to this many rows above the index's marks are indexed before a
 * search; more are scanned instead: a million cases take 18 s to index
 * and about a tenth of a second to scan, and the idle indexing goes on
 * filling the index. */
#define SYNC_BEFORE_SEARCH 5000

/* A slice's aim in time, and its first size: the rows per slice double
 * or halve after each slice to stay near the aim. */
#define SLICE_MS 4.0
#define SLICE_ROWS_START 2000
#define SLICE_ROWS_MAX 400000

/* The connection's last search (one workstation, one thread): its text,
 * the data version its hits were matched at, and the part of the scan
 * still to do — ids in (at, end] of cases and of parties. */
static struct {
	const jz_db *db;
	char *text;
	long long version;
	long long n;                   /* rows in temp.search_hits */
	long long case_at, case_end, party_at, party_end;
	long long to_scan;             /* rows of both ranges when the search began */
	long long gram_left;           /* parties (0, gram_left] still to match through party_gram, */
				       /* taken from the top down: the first parties of a ledger */
				       /* are its applicants, each in thousands of cases */
	long long slice;               /* rows per slice, kept near the aim */
} hits_of;

static double stepwise_ms;       /* 0: every search matches every row at once */

void caselist_search_stepwise(double first_ms) { stepwise_ms = first_ms > 0 ? first_ms : 0; }

long long search_hit_count(void) { return hits_of.n; }

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Drop the last search (its hits are matched again on the next read):
 * before a new one, and after an error, so half-matched hits never pass
 * for whole. */
static void forget_search(void)
{
	free(hits_of.text);
	memset(&hits_of, 0, sizeof hits_of);
}

static int scan_left(void)
{
	return hits_of.case_at < hits_of.case_end || hits_of.gram_left > 0 || hits_of.party_at < hits_of.party_end;
}

/* Run one statement that writes temp.search_hits, as a quiet change;
 * ranges: ?13/?14 when lo < hi. The rows it added go to hits_of.n. */
static int hits_insert(jz_db *db, const char *sql, const char *text, long long lo, long long hi,
		       struct jz_err *e)
{
	sqlite3_stmt *st;
	if (db_prepare(db, sql, &st, e))
		return -1;
	search_bind(st, text);
	if (sqlite3_bind_parameter_index(st, "?11"))
		sqlite3_bind_int64(st, 11, mark_of(db, "cases"));
	if (sqlite3_bind_parameter_index(st, "?12"))
		sqlite3_bind_int64(st, 12, mark_of(db, "parties"));
	if (lo < hi) {
		sqlite3_bind_int64(st, 13, lo);
		sqlite3_bind_int64(st, 14, hi);
	}
	long long before = sqlite3_total_changes64(db->sql);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	long long added = sqlite3_total_changes64(db->sql) - before;
	db->quiet_changes += added;
	hits_of.n += added;
	return rc == SQLITE_DONE ? 0 : jz_err_set(e, "搜索失败: %s", db_errmsg(db));
}

/* Scan slices until ms have passed (ms <= 0: to the end). 1 when rows are
 * left, 0 when the search is complete, -1 on error. */
static int scan_for(jz_db *db, double ms, struct jz_err *e)
{
	double t0 = now_ms();
	size_t chars = search_chars(hits_of.text);
	while (scan_left()) {
		int parties = hits_of.case_at >= hits_of.case_end, indexed = parties && hits_of.gram_left > 0;
		long long lo, hi;
		if (indexed) {            /* (lo, hi]: the top slice of what the index has left */
			hi = hits_of.gram_left;
			lo = ms <= 0 || hi <= hits_of.slice ? 0 : hi - hits_of.slice;
		} else {
			long long *at = parties ? &hits_of.party_at : &hits_of.case_at;
			long long end = parties ? hits_of.party_end : hits_of.case_end;
			lo = *at;
			hi = ms <= 0 || end - *at <= hits_of.slice ? end : *at + hits_of.slice;
		}
		double s0 = now_ms();
		if (hits_insert(db, slice_sql(chars, parties, indexed), hits_of.text, lo, hi, e))
			return -1;
		if (indexed)
			hits_of.gram_left = lo;
		else
			*(parties ? &hits_of.party_at : &hits_of.case_at) = hi;
		double took = now_ms() - s0;
		if (took < SLICE_MS / 2 && hits_of.slice < SLICE_ROWS_MAX)
			hits_of.slice *= 2;
		else if (took > SLICE_MS * 2 && hits_of.slice > SLICE_ROWS_START / 4)
			hits_of.slice /= 2;
		if (ms > 0 && now_ms() - t0 >= ms)
			break;
	}
	return scan_left();
}

int caselist_search_step(jz_db *db, double ms, struct jz_err *e)
{
	if (hits_of.db != db || !scan_left())
		return 0;
	if (hits_of.version != jz_data_version(db))
		return 0;       /* the data changed: the next read of the list matches again */
	int r = scan_for(db, ms > 0 ? ms : SLICE_MS, e);
	if (r < 0)
		forget_search();
	return r;
}

int caselist_search_progress(jz_db *db)
{
	if (hits_of.db != db || !scan_left())
		return -1;
	long long left = (hits_of.case_end - hits_of.case_at) + hits_of.gram_left + (hits_of.party_end - hits_of.party_at);
	return (int)((hits_of.to_scan - left) * 100 / hits_of.to_scan);
}

/* Rows above the marks, of all rows (cases and parties). */
static long long rows_ahead(jz_db *db, long long *all)
{
	*all = top_of(db, "cases") + top_of(db, "parties");
	return *all - mark_of(db, "cases") - mark_of(db, "parties");
}

/* More names than this hold a 1-2 character text (王, 玉英): the index's
 * finds are not gathered at once. Each name found costs a look-up of its
 * cases (2-4 µs at a million cases, scattered): 王's 19,715 names, 39,672
 * cases took 58 ms in one statement, 玉英's 1,296 cases 5 ms of a 9.8 ms key. */
#define COMMON_NAMES 500

/* Whether the index holds the short text in more than COMMON_NAMES names
 * (counted no further). */
static int common_short(jz_db *db, const char *text)
{
	sqlite3_stmt *st;
	if (db_prepare(db, "SELECT count(*) FROM (SELECT 1 FROM party_gram WHERE gram >= ?10"
		       " AND gram < ?10 || char(1114111) LIMIT ?1)", &st, NULL))
		return 0;
	search_bind(st, text);
	sqlite3_bind_int(st, 1, COMMON_NAMES + 1);
	int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	return n > COMMON_NAMES;
}

int search_prepare(jz_db *db, const struct caselist_filter *f, int steps, struct jz_err *e)
{
	size_t chars = search_chars(f->search);
	if (chars == 0)
		return 0;
	long long all, ahead = rows_ahead(db, &all);
	if (ahead > 0 && ahead <= SYNC_BEFORE_SEARCH) {
		if (caselist_search_sync(db, e))
			return -1;
		ahead = 0;
	}
	if (hits_of.db == db && hits_of.text && strcmp(hits_of.text, f->search) == 0
	    && hits_of.version == jz_data_version(db)) {
		if (steps || !scan_left())
			return 0;
		if (scan_for(db, 0, e) == 0)      /* an export: the rest of the scan first */
			return 0;
		forget_search();
		return -1;
	}
	forget_search();
	if (db_exec(db, "CREATE TEMP TABLE IF NOT EXISTS search_hits(id INTEGER PRIMARY KEY)", e))
		return -1;
	long long before = sqlite3_total_changes64(db->sql);
	int rc = db_exec(db, "DELETE FROM temp.search_hits", e);
	db->quiet_changes += sqlite3_total_changes64(db->sql) - before;
	if (rc)
		return -1;
	hits_of.db = db;
	hits_of.text = xstrdup(f->search);
	hits_of.version = jz_data_version(db);
	hits_of.slice = SLICE_ROWS_START;
	struct strbuf sql = STRBUF_INIT;
	if (steps && stepwise_ms > 0 && chars < 3 && common_short(db, f->search)) {
		/* the index's finds a range of parties at a time, from the
		 * newest down, then the names above its mark: the list shows
		 * the first slice's finds and fills in between keys */
		hits_of.case_at = hits_of.case_end = 0;
		hits_of.gram_left = hits_of.party_at = mark_of(db, "parties");
		hits_of.party_end = top_of(db, "parties");
		hits_of.to_scan = hits_of.party_end;
	} else if (steps && stepwise_ms > 0 && ahead > SYNC_BEFORE_SEARCH) {
		/* the index's finds now, the rows above its marks slice by slice */
		sb_printf(&sql, "INSERT OR IGNORE INTO temp.search_hits %s", chars >= 3 ? INDEXED3 : INDEXED2);
		hits_of.case_at = mark_of(db, "cases");
		hits_of.case_end = chars >= 3 ? top_of(db, "cases") : hits_of.case_at;
		hits_of.party_at = mark_of(db, "parties");
		hits_of.party_end = top_of(db, "parties");
		hits_of.to_scan = hits_of.case_end - hits_of.case_at + hits_of.party_end - hits_of.party_at;
	} else {
		sb_printf(&sql, "INSERT OR IGNORE INTO temp.search_hits %s", whole_match_sql(chars, ahead * 2 > all));
	}
	rc = sql.len ? hits_insert(db, sb_str(&sql), f->search, 0, 0, e) : 0;   /* (nothing at once for a common short text) */
	sb_free(&sql);
	if (rc == 0 && scan_left())
		rc = scan_for(db, stepwise_ms, e) < 0 ? -1 : 0;
	if (rc)
		forget_search();
	return rc;
}

/* The grams go in in key order: inserted in name order they land all over
 * party_gram's B-tree (a step of 2,000 names took 44 ms instead of 35). */
static const char *const sync_sql[2][2] = {
	{ "cases", "INSERT INTO case_no_fts(rowid, case_no) SELECT id, case_no FROM cases WHERE id > ?1 AND id <= ?2" },
	{ "parties", "INSERT INTO party_name_fts(rowid, name) SELECT id, name FROM parties WHERE id > ?1 AND id <= ?2;"
		"INSERT OR IGNORE INTO party_gram SELECT substr(p.name, g.i, 2), p.id FROM parties p"
		" JOIN gram_pos g ON g.i <= length(p.name) WHERE p.id > ?1 AND p.id <= ?2 ORDER BY 1, 2" },
};

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
	long long top = top_of(db, sync_sql[i][0]);
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
	long long before = sqlite3_total_changes64(db->sql);
	int left = 0;
	if (sync_one(db, 0, rows, &left, e) || (!left && sync_one(db, 1, rows, &left, e))) {
		db_rollback(db);
		return -1;
	}
	int rc = db_commit(db, e) ? -1 : left;
	db->quiet_changes += sqlite3_total_changes64(db->sql) - before;
	return rc;
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
