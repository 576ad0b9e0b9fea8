/* casesearch.h — the case list's search, core-internal (query/caselist.c
 * reads it; the public side is in caselist.h). A search's matching case ids
 * are kept in temp.search_hits, once per search text and data version, so a
 * count and every page after it read a small table. */
#ifndef JZ_QUERY_CASESEARCH_H
#define JZ_QUERY_CASESEARCH_H

#include "store/db.h"
#include "query/caselist.h"

/* Nonzero when the filter's search text matches on something (it is not
 * empty, nor only wildcards and spaces): the list is then restricted to
 * "c.id IN temp.search_hits". */
int search_active(const struct caselist_filter *f);

/* Fill temp.search_hits for f's search (nothing to do when it is the last
 * search and the data did not change). steps: the caller shows a list and
 * may leave rows unscanned for caselist_search_step (when the workstation
 * asked for that, caselist_search_stepwise); 0: every row is matched before
 * returning (an export, the CLI). */
int search_prepare(jz_db *db, const struct caselist_filter *f, int steps, struct jz_err *e);

/* Rows in temp.search_hits after the last search_prepare or step. */
long long search_hit_count(void);

#endif
