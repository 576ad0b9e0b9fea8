/* screen_int.h — the parts of a screen (screen.c), shared by its files.
 *
 * A screen reads in one snapshot (a deferred transaction: writers go on)
 * into temp tables, then writes the leads in one short write transaction:
 *   temp.screen_scope(case_id)   the cases the current rule checks
 *   temp.scope_inc(case_id)      the incremental set: changed cases, cases
 *                                whose wake day has come, and their kin
 *   temp.screen_hits             what fired: rule, case, hit_key, evidence,
 *                                sources, checked
 *   temp.screen_wakes            per rule and case the next day the answer
 *                                can change with no new data
 *   temp.screen_ran(code, full, fingerprint)  the rules that ran; full = 1
 *                                when the rule checked every case */
#ifndef JZ_RULES_SCREEN_INT_H
#define JZ_RULES_SCREEN_INT_H

#include "rules/library.h"
#include "rules/screen.h"
#include "store/db.h"
#include "util/strbuf.h"

struct screen_stmts {
	sqlite3_stmt *hit;    /* INSERT OR REPLACE INTO screen_hits VALUES(?1..?6) */
	sqlite3_stmt *wake;   /* INSERT INTO screen_wakes … keeping the earliest day */
};

/* What a rule's answer depends on besides the data: its version, its
 * effective parameters (settings applied) and its SQL. A rule whose
 * fingerprint differs from rules.params_seen re-checks every case. */
char *screen_rule_fingerprint(jz_db *db, const struct rule *r);

/* Run one rule's SELECT over temp.screen_scope into the temp tables.
 * Columns by name: case_id and evidence required; hit_key, fires (0: the
 * row only carries a wake date), wake (ISO date), sources, checked
 * optional. 0, or -1 with the reason in why. */
int screen_rule_run(jz_db *db, const struct rule *r, const char *today, const struct screen_stmts *ss,
		    struct strbuf *why);

/* The write phase: fold the temp tables into leads, screen_wake,
 * screen_dirty and rules.params_seen (screen_merge.c). Inside the caller's
 * write transaction. */
int screen_merge(jz_db *db, struct screen_result *r, int full_mode, int one_rule, struct jz_err *e);

#endif
