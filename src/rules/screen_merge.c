/* screen_merge.c — the write phase of a screen (contract in screen_int.h).
 *
 * Only what changed is written: a lead still firing with the same evidence
 * is left alone, so a screen of a large, quiet database writes little and
 * holds the write lock briefly. A person's label and note are never
 * touched. */
#include "rules/screen_int.h"

/* The cases a rule checked: every case when it ran in full, else the
 * incremental set. */
#define IN_CHECKED(alias)                                                                        \
	"EXISTS (SELECT 1 FROM temp.screen_ran x WHERE x.code = " alias ".rule_code AND (x.full = 1" \
	" OR " alias ".case_id IN (SELECT case_id FROM temp.scope_inc)))"

static long changes_of(jz_db *db, const char *sql, long long run, struct jz_err *e, int *failed)
{
	if (*failed)
		return 0;
	sqlite3_stmt *st;
	if (db_prepare(db, sql, &st, e)) {
		*failed = 1;
		return 0;
	}
	if (sqlite3_bind_parameter_count(st) >= 1)
		sqlite3_bind_int64(st, 1, run);
	if (sqlite3_step(st) != SQLITE_DONE) {
		jz_err_set(e, "筛查：%s", db_errmsg(db));
		*failed = 1;
	}
	sqlite3_finalize(st);
	return *failed ? 0 : (long)db_changes(db);
}

/* A lead names its checked text by id (db/schema/047); '' is none. */
#define CHECKS_ID(text) "(SELECT c.id FROM lead_checks c WHERE c.text = " text ")"

static int merge_leads(jz_db *db, struct screen_result *r, struct jz_err *e)
{
	int failed = 0;
	/* the texts this run checked that no lead had before */
	if (db_exec(db, "INSERT OR IGNORE INTO lead_checks(text) SELECT DISTINCT checked FROM temp.screen_hits"
		    " WHERE checked <> ''", e))
		return -1;
	r->leads_gone = changes_of(db,
		"UPDATE leads SET status = 'gone', gone_at = strftime('%Y-%m-%dT%H:%M:%S','now','localtime'),"
		" last_run_id = ?1 WHERE rule_code IN (SELECT code FROM temp.screen_ran) AND +status = 'active' AND "
		IN_CHECKED("leads")
		" AND NOT EXISTS (SELECT 1 FROM temp.screen_hits h WHERE h.rule_code = leads.rule_code"
		" AND h.case_id = leads.case_id AND h.hit_key = leads.hit_key)", r->run_id, e, &failed);
	r->leads_refreshed = changes_of(db,
		"UPDATE leads SET evidence = h.evidence, sources = h.sources, checked_id = " CHECKS_ID("h.checked") ","
		" next_change = w.wake, rule_version = ru.version, severity = ru.severity, last_run_id = ?1,"
		" last_seen = strftime('%Y-%m-%dT%H:%M:%S','now','localtime'), status = 'active', gone_at = NULL"
		" FROM temp.screen_hits h JOIN rules ru ON ru.code = h.rule_code"
		" LEFT JOIN temp.screen_wakes w ON w.rule_code = h.rule_code AND w.case_id = h.case_id"
		" WHERE leads.rule_code = h.rule_code AND leads.case_id = h.case_id AND leads.hit_key = h.hit_key"
		" AND (leads.status <> 'active' OR leads.evidence IS NOT h.evidence OR leads.sources IS NOT h.sources"
		" OR leads.checked_id IS NOT " CHECKS_ID("h.checked") " OR leads.next_change IS NOT w.wake"
		" OR leads.rule_version IS NOT ru.version OR leads.severity IS NOT ru.severity)", r->run_id, e, &failed);
	r->leads_new = changes_of(db,
		"INSERT INTO leads(rule_code, case_id, hit_key, rule_version, severity, evidence, sources, checked_id,"
		" next_change, first_run_id, last_run_id)"
		" SELECT h.rule_code, h.case_id, h.hit_key, ru.version, ru.severity, h.evidence, h.sources, "
		CHECKS_ID("h.checked") ","
		" w.wake, ?1, ?1 FROM temp.screen_hits h JOIN rules ru ON ru.code = h.rule_code"
		" LEFT JOIN temp.screen_wakes w ON w.rule_code = h.rule_code AND w.case_id = h.case_id"
		" WHERE NOT EXISTS (SELECT 1 FROM leads l WHERE l.rule_code = h.rule_code"
		" AND l.case_id = h.case_id AND l.hit_key = h.hit_key) ORDER BY h.case_id, h.rule_code",
		r->run_id, e, &failed);
	return failed ? -1 : 0;
}

/* The wake days of the checked (rule, case) pairs are replaced by the new
 * ones; a wake day that stays is not rewritten (most of them, in a screen
 * after an import that changed amounts: rewriting all of them held the
 * write lock a tenth of a second longer for 20,000 cases). */
#define SAME_WAKE "SELECT 1 FROM temp.screen_wakes w WHERE w.rule_code = screen_wake.rule_code" \
	" AND w.case_id = screen_wake.case_id AND w.wake = screen_wake.wake_date"
static int merge_wakes(jz_db *db, struct jz_err *e)
{
	return db_exec(db,
		"DELETE FROM screen_wake WHERE rule_code IN (SELECT code FROM temp.screen_ran WHERE full = 1)"
		" AND NOT EXISTS (" SAME_WAKE ");"
		"DELETE FROM screen_wake WHERE case_id IN (SELECT case_id FROM temp.scope_inc)"
		" AND rule_code IN (SELECT code FROM temp.screen_ran WHERE full = 0) AND NOT EXISTS (" SAME_WAKE ");"
		"INSERT OR REPLACE INTO screen_wake(case_id, rule_code, wake_date)"
		" SELECT case_id, rule_code, wake FROM temp.screen_wakes w WHERE NOT EXISTS (SELECT 1 FROM screen_wake s"
		" WHERE s.case_id = w.case_id AND s.rule_code = w.rule_code AND s.wake_date = w.wake);"
		"UPDATE rules SET params_seen = x.fingerprint FROM temp.screen_ran x WHERE rules.code = x.code"
		" AND rules.params_seen IS NOT x.fingerprint;", e);
}

int screen_merge(jz_db *db, struct screen_result *r, int full_mode, int one_rule, struct jz_err *e)
{
	if (merge_leads(db, r, e) || merge_wakes(db, e))
		return -1;
	if (one_rule)        /* the other rules did not look at the changes */
		return 0;
	return db_exec(db, full_mode ? "DELETE FROM screen_dirty"
		       : "DELETE FROM screen_dirty WHERE case_id IN (SELECT case_id FROM temp.scope_inc)", e);
}
