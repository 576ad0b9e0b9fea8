/* caselist.h — the case list: filters, sort by any column, search, and
 * keyset pagination (never a whole-table load; never OFFSET).
 *
 * A page is fetched forward from a key (the sort value and case id of the
 * row before it) or backward from a key (the row after it); no key means
 * "from the start" (forward) or "from the end" (backward). Rows come back
 * in display order either way. Sorting pages through an index on the
 * column (db/schema/001, 005) for every column — 法院 and 结案方式 through
 * the filter indexes on (column, 立案日期), so their ties go by filing
 * date (db/schema/046); 被执行人 and 线索数 sort by
 * keys kept on the case (cases.first_debtor, cases.active_leads:
 * db/schema/023_sort_keys.sql).
 *
 * Search (caselist_filter.search) matches part of a 案号 or of any party's
 * name: from 3 characters through the FTS5 trigram indexes of
 * db/schema/005_search.sql; 1-2 characters match party names only, through
 * the party_gram table (two characters of a 案号 identify nothing). */
#ifndef JZ_CASELIST_H
#define JZ_CASELIST_H

#include "store/jzdb.h"
#include "util/err.h"

enum caselist_col {
	CL_CASE_NO, CL_COURT, CL_FILING, CL_CLOSING, CL_METHOD,
	CL_CLAIM, CL_PAID, CL_DEBTOR, CL_LEADS, CL_NCOLS
};

/* Column titles (Chinese, static) and the names :sort accepts. */
const char *caselist_col_title(enum caselist_col c);
const char *caselist_col_name(enum caselist_col c);    /* case_no, court, ... */
int caselist_col_parse(const char *name);               /* -1 when unknown */

/* NULL / "" fields do not filter. status: "未结" (no closing method),
 * "终本" (终结本次执行程序), or any exact closing method (执行完毕 ...). */
struct caselist_filter {
	const char *court;       /* court code, exact (浙0683) */
	const char *status;
	const char *date_from;   /* filing date >= (YYYY-MM-DD) */
	const char *date_to;     /* filing date <= */
	const char *judge;       /* exact */
	int has_leads;           /* 1: only cases with active leads */
	const char *search;      /* part of a 案号 or party name */
};

struct caselist_query {
	struct caselist_filter f;
	enum caselist_col sort;
	int desc;
};

/* A sort value: NULL, an integer or text (owned). */
struct caselist_value {
	enum { CLV_NULL, CLV_INT, CLV_TEXT } type;
	long long i;
	char *s;
};

/* A row. Strings owned by the row (caselist_rows_free). Money in fen;
 * claim/paid are -1 when unknown. */
struct caselist_row {
	long long id;
	char *case_no, *court, *filing, *closing, *method, *debtors, *judge;
	long long claim, paid;
	int leads;               /* active leads */
	struct caselist_value key;   /* the sort value (for keyset paging) */
	struct caselist_value tie;   /* its tie's value (法院, 结案方式: 立案日期) */
};

/* A key to page from: a row's sort value, tie and id (copied, owned). */
struct caselist_key {
	struct caselist_value v, tie;
	long long id;            /* 0: no key */
};
void caselist_key_set(struct caselist_key *k, const struct caselist_row *r);
void caselist_key_clear(struct caselist_key *k);

/* Fetch up to max rows after *from (forward) or before it (backward; rows
 * still returned in display order) into rows[] (zeroed by the caller); *n
 * gets the count. A NULL or cleared key starts at the beginning/end. */
int caselist_fetch(jz_db *db, const struct caselist_query *q, const struct caselist_key *from,
		   int backward, struct caselist_row *rows, int max, int *n, struct jz_err *e);
void caselist_rows_free(struct caselist_row *rows, int n);

/* Search index upkeep (db/schema/005_search.sql; query/casesearch.c):
 * rows added since the last sync wait above the index's marks. A search
 * (caselist_fetch and caselist_count with a search in the filter) indexes
 * them first when they are a few thousand, and otherwise matches them by a
 * scan while the workstation's idle steps index them (after a million-case
 * import: a tenth of a second against 18 s). caselist_search_pending() says
 * how many rows wait; caselist_search_sync() indexes them all in one
 * transaction. */
long long caselist_search_pending(jz_db *db);
int caselist_search_sync(jz_db *db, struct jz_err *e);
/* The workstation's search never blocks a key on that scan: with
 * stepwise set (first_ms > 0), caselist_fetch and caselist_count match what
 * the index holds and the rows above it for about first_ms (at least one
 * slice of them), and leave the rest to
 * caselist_search_step (ms of scanning per call; 1 while rows are left, 0
 * when the search is complete, -1 on error), called between keys; the
 * list shown grows as the scan goes. caselist_search_progress: percent of
 * the rows scanned, -1 when no scan is under way. An export
 * (cases_select) always completes the scan first. */
void caselist_search_stepwise(double first_ms);
int caselist_search_step(jz_db *db, double ms, struct jz_err *e);
int caselist_search_progress(jz_db *db);
int caselist_search_sync_some(jz_db *db, long rows, struct jz_err *e);
/* Rows added below the last sync mark (a province import lands offices'
 * rows at their own ids): index the cases listed in temp table cases_tbl
 * and the parties in parties_tbl (one column, id) that the lazy sync will
 * not reach, inside the caller's transaction. */
int caselist_search_index_added(jz_db *db, const char *cases_tbl, const char *parties_tbl, struct jz_err *e);

/* Number of cases matching the filter; -1 on error. Unfiltered: the
 * trigger-kept total (one row read). */
long long caselist_count(jz_db *db, const struct caselist_filter *f, struct jz_err *e);
/* The same, but a filtered count stops past cap (*more set, the result
 * is then cap), so it costs at most cap index entries; cap 0: exact. */
long long caselist_count_upto(jz_db *db, const struct caselist_filter *f, long long cap, int *more,
			      struct jz_err *e);

/* Distinct values for pick lists, what = "court" (code) or "judge", at
 * most max, as a NULL-terminated malloc'd array of malloc'd strings (free
 * with caselist_strv_free). NULL on error. */
char **caselist_distinct(jz_db *db, const char *what, int max, struct jz_err *e);
void caselist_strv_free(char **v);

#endif
