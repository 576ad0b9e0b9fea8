/* screen.h — running the rule library over the cases (screening).
 *
 * A run records itself in screen_runs (time, login, the rules and their
 * versions, failures), inserts new leads, refreshes the evidence of leads
 * that still fire, and marks 'gone' the leads of the screened cases that
 * no longer fire. It never writes a lead's label columns.
 *
 * Scope: a full run checks every case; an incremental run checks the cases
 * in screen_dirty (filled by triggers when cases, events, parties or
 * registry rows change) plus the other cases of their debtors, for the
 * rules that compare cases. A run falls back to full when a rule's SQL or
 * parameters changed since the last run. A rule whose SQL fails (a broken
 * user rule) is reported with its file and SQLite's message and skipped;
 * its leads are left as they were. */
#ifndef JZ_SCREEN_H
#define JZ_SCREEN_H

#include "store/db.h"
#include "util/err.h"
#include "util/strbuf.h"

struct rule;

struct screen_opts {
	const char *rule;       /* only this rule code, or NULL for all enabled */
	int full;               /* 1: every case; 0: incremental when possible */
	int quiet;              /* no progress line */
};

struct screen_result {
	long long run_id;
	int incremental;
	long cases_checked;
	long leads_new, leads_refreshed, leads_gone;
	int rules_run, rules_failed;
	int rules_full;          /* rules that checked every case */
	struct strbuf problems;  /* one line per skipped rule or unreadable file */
	char today[11];
};

int screen_run(jz_db *db, const struct screen_opts *o, struct screen_result *r, struct jz_err *e);
void screen_result_free(struct screen_result *r);
/* Try one rule (a personal one, or one about to be installed) without
 * writing anything shared: it runs over every case (or only case_id when
 * > 0) into the connection's temp tables, and *out lists what it would
 * raise (case_no, court, hit_key, evidence, sources, wake) in case order. */
int screen_try(jz_db *db, const struct rule *r, long long case_id, sqlite3_stmt **out, struct jz_err *e);
/* A full screen of all enabled rules (the demo generator uses it). */
int screen_all(jz_db *db, int quiet, struct jz_err *e);

#endif
