/* screen.c — running the rule library over the cases (contract in
 * screen.h; the parts in screen_int.h). */
#include "rules/screen_int.h"
#include "store/lazy_index.h"
#include "store/policy.h"
#include "store/settings.h"
#include "util/progress.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCREEN_TRIES 3     /* read phases tried before reading under the write lock */

static int prepare_tables(jz_db *db, struct jz_err *e)
{
	return db_exec(db,
		"CREATE TEMP TABLE IF NOT EXISTS screen_scope(case_id INTEGER PRIMARY KEY);"
		"CREATE TEMP TABLE IF NOT EXISTS scope_inc(case_id INTEGER PRIMARY KEY);"
		"CREATE TEMP TABLE IF NOT EXISTS screen_hits(rule_code TEXT, case_id INTEGER, hit_key TEXT,"
		" evidence TEXT, sources TEXT, checked TEXT, PRIMARY KEY(rule_code, case_id, hit_key)) WITHOUT ROWID;"
		/* PRIORITY-GROUP (after: leads) asks which rules hit a case */
		"CREATE INDEX IF NOT EXISTS temp.screen_hits_case ON screen_hits(case_id, rule_code);"
		"CREATE TEMP TABLE IF NOT EXISTS screen_wakes(rule_code TEXT, case_id INTEGER, wake TEXT,"
		" PRIMARY KEY(rule_code, case_id)) WITHOUT ROWID;"
		"CREATE TEMP TABLE IF NOT EXISTS screen_ran(code TEXT PRIMARY KEY, full INTEGER, fingerprint TEXT);"
		"DELETE FROM temp.screen_scope; DELETE FROM temp.scope_inc; DELETE FROM temp.screen_hits;"
		"DELETE FROM temp.screen_wakes; DELETE FROM temp.screen_ran;", e);
}

/* The incremental set: changed cases and those whose wake day has come,
 * the other cases of their debtors (rules compare them) and their family
 * (a 执恢 case and the case it resumes, two links each way). */
static int fill_incremental(jz_db *db, const char *today, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (db_exec(db, "INSERT OR IGNORE INTO temp.scope_inc SELECT case_id FROM screen_dirty", e) ||
	    db_prepare(db, "INSERT OR IGNORE INTO temp.scope_inc SELECT case_id FROM screen_wake WHERE wake_date <= ?", &st, e))
		return -1;
	sqlite3_bind_text(st, 1, today, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "筛查：%s", db_errmsg(db));
	sqlite3_finalize(st);
	if (rc)
		return -1;
	for (int round = 0; round < 2 && rc == 0; round++)
		rc = db_exec(db,
			"INSERT OR IGNORE INTO temp.scope_inc SELECT p.id FROM temp.scope_inc s"
			" JOIN cases c ON c.id = s.case_id JOIN cases p ON p.case_no = c.prior_case_no;"
			"INSERT OR IGNORE INTO temp.scope_inc SELECT k.id FROM temp.scope_inc s"
			" JOIN cases c ON c.id = s.case_id JOIN cases k ON k.prior_case_no = c.case_no;", e);
	return rc ? -1 : db_exec(db,
		"INSERT OR IGNORE INTO temp.scope_inc SELECT b.case_id FROM temp.scope_inc d"
		" JOIN case_parties a ON a.case_id = d.case_id AND a.role = '被执行人'"
		" JOIN case_parties b ON b.party_id = a.party_id AND b.role = '被执行人';", e);
}

static int rule_enabled(jz_db *db, const char *code)
{
	return db_int_s(db, "SELECT enabled FROM rules WHERE code = ?", code, 1) != 0;
}

/* Run one rule inside a savepoint; a failing rule is reported and skipped.
 * Over an empty scope (nothing changed, no wake day come) there is nothing
 * to check: the rule counts as run without its SQL — and must, for an
 * empty temp table has no statistics and the planner then walked every
 * case (6 s of rules finding nothing at 100,000 cases). */
static void run_one(jz_db *db, const struct rule *ru, int full, int empty_scope, const struct screen_stmts *ss,
		    struct screen_result *r)
{
	struct strbuf why = STRBUF_INIT;
	char *fp = screen_rule_fingerprint(db, ru);
	db_exec(db, "SAVEPOINT rule", NULL);
	if (empty_scope || screen_rule_run(db, ru, r->today, ss, &why) == 0) {
		db_exec(db, "RELEASE rule", NULL);
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(db->sql, "INSERT OR REPLACE INTO temp.screen_ran VALUES(?,?,?)", -1, &st, NULL) ==
		    SQLITE_OK) {
			sqlite3_bind_text(st, 1, ru->code, -1, SQLITE_STATIC);
			sqlite3_bind_int(st, 2, full);
			sqlite3_bind_text(st, 3, fp, -1, SQLITE_STATIC);
			sqlite3_step(st);
			sqlite3_finalize(st);
		}
		r->rules_run++;
	} else {
		db_exec(db, "ROLLBACK TO rule; RELEASE rule", NULL);
		sb_printf(&r->problems, "%s: 规则 %s 未运行: %s\n", ru->path, ru->code, sb_str(&why));
		r->rules_failed++;
	}
	free(fp);
	sb_free(&why);
}

/* 1 when the rule must check every case: a full screen, a single rule, or
 * a rule (or its parameters) changed since it last ran. */
static int needs_full(jz_db *db, const struct rule *ru, int full_mode)
{
	if (full_mode)
		return 1;
	char *fp = screen_rule_fingerprint(db, ru);
	int changed = 1;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->sql, "SELECT params_seen IS ?1 FROM rules WHERE code = ?2", -1, &st, NULL) ==
	    SQLITE_OK) {
		sqlite3_bind_text(st, 1, fp, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, ru->code, -1, SQLITE_STATIC);
		changed = sqlite3_step(st) != SQLITE_ROW || !sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	free(fp);
	return changed;
}

/* A rule that reads the other rules' leads (after: leads) runs once they
 * have all run. */
static int after_leads(const struct rule *ru)
{
	return ru->after && strcmp(ru->after, "leads") == 0;
}

/* Whether a rule runs in pass `pass` (see run_rules). */
static int in_pass(const struct rule *ru, int full, int pass)
{
	return after_leads(ru) ? pass == 2 : pass != 2 && full == (pass == 0);
}

/* The scope of pass `pass`: 0 every case, 1 the incremental set, 2 (the
 * rules that read leads) every case when one of them must check every
 * case (late_full: changed, or a full screen) or some rule ran in full —
 * its leads may have changed anywhere —, else the incremental set, the
 * only cases whose leads changed. One rule screened alone (`screen --rule
 * X`, `only`): its leads can have changed only on the cases it hits now or
 * had an active lead on, so pass 2 checks those (a second at 100,000 cases
 * for every case before). */
static int fill_scope(jz_db *db, int pass, int late_full, const char *only, int *full_after, struct jz_err *e)
{
	if (pass == 2 && only) {
		*full_after = 0;
		sqlite3_stmt *st;
		/* scope_inc too: the merge reads it for what a rule not run in
		 * full checked (its leads there that it no longer hits are gone) */
		if (db_exec(db, "DELETE FROM temp.scope_inc", e) ||
		    db_prepare(db, "INSERT OR IGNORE INTO temp.scope_inc SELECT case_id FROM temp.screen_hits"
			       " WHERE rule_code = ?1 UNION SELECT case_id FROM leads WHERE rule_code = ?1 AND status = 'active'",
			       &st, e))
			return -1;
		sqlite3_bind_text(st, 1, only, -1, SQLITE_STATIC);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return jz_err_set(e, "SQL error: %s", db_errmsg(db));
		return db_exec(db, "DELETE FROM temp.screen_scope; INSERT INTO temp.screen_scope SELECT case_id FROM"
			       " temp.scope_inc; ANALYZE temp.screen_scope", e);
	}
	if (pass == 2)
		*full_after = late_full ||
			      db_int(db, "SELECT EXISTS(SELECT 1 FROM temp.screen_ran WHERE full = 1)", 0) != 0;
	int all = pass == 0 || (pass == 2 && *full_after);
	char fill[160];
	snprintf(fill, sizeof fill, "DELETE FROM temp.screen_scope; INSERT INTO temp.screen_scope %s;"
		 " ANALYZE temp.screen_scope", all ? "SELECT id FROM cases" : "SELECT case_id FROM temp.scope_inc");
	return db_exec(db, fill, e);
}

/* Pass 0 runs the rules that check every case (scope: all cases), pass 1
 * the others (scope: the incremental set), pass 2 those that read the
 * others' leads (fill_scope). */
static int run_rules(jz_db *db, const struct rule_lib *lib, const struct screen_opts *o, int full_mode,
		     struct screen_result *r, struct jz_err *e)
{
	struct screen_stmts ss = { NULL, NULL };
	if (db_prepare(db, "INSERT OR REPLACE INTO temp.screen_hits VALUES(?,?,?,?,?,?)", &ss.hit, e) ||
	    db_prepare(db, "INSERT INTO temp.screen_wakes VALUES(?1,?2,?3) ON CONFLICT DO UPDATE"
		       " SET wake = min(wake, excluded.wake)", &ss.wake, e)) {
		sqlite3_finalize(ss.hit);
		return -1;
	}
	char *full = xcalloc((size_t)lib->n + 1, 1);
	for (int i = 0; i < lib->n; i++)
		full[i] = (char)(o->rule || needs_full(db, &lib->rules[i], full_mode));
	int full_after = 0, late_full = 0;
	const char *only = o->rule;       /* one rule alone, not itself one that reads leads */
	for (int i = 0; i < lib->n; i++) {
		late_full |= after_leads(&lib->rules[i]) && full[i];
		if (o->rule && after_leads(&lib->rules[i]) && strcmp(o->rule, lib->rules[i].code) == 0)
			only = NULL;
	}
	struct progress pr;
	progress_start(&pr, "筛查", o->quiet ? 0 : lib->n);
	if (o->quiet)
		pr.active = 0;
	int done = 0, rc = 0;
	for (int pass = 0; pass < 3 && rc == 0; pass++) {
		int any = 0;
		for (int i = 0; i < lib->n; i++)
			any |= in_pass(&lib->rules[i], full[i], pass);
		if (!any)
			continue;       /* no rule in this pass: no scope to fill */
		/* The planner must know how big the scope is: without statistics
		 * for this temp table it guessed, scanned every case and looked
		 * each up in the scope (an incremental CX-NOTICE-10D: 1.5 s for
		 * 1,051 of 100,000 cases; 12 ms with the count known). */
		rc = fill_scope(db, pass, late_full, only, &full_after, e);
		int empty = rc == 0 && !db_int(db, "SELECT EXISTS(SELECT 1 FROM temp.screen_scope)", 1);
		for (int i = 0; i < lib->n && rc == 0; i++) {
			const struct rule *ru = &lib->rules[i];
			int late = after_leads(ru);
			if (!in_pass(ru, full[i], pass))
				continue;
			/* one rule asked for: it, and the enabled rules reading its leads */
			int named = o->rule && strcmp(o->rule, ru->code) == 0;
			if (!named && ((o->rule && !late) || !rule_enabled(db, ru->code)))
				continue;
			run_one(db, ru, late ? full_after : full[i], empty, &ss, r);
			progress_update(&pr, ++done);
		}
	}
	progress_done(&pr);
	free(full);
	sqlite3_finalize(ss.hit);
	sqlite3_finalize(ss.wake);
	return rc;
}

/* Full when asked, before the first full screen, or when the screening
 * date went back since the last screen (wake days only look forward). */
static int full_mode_for(jz_db *db, const struct screen_opts *o, const char *today)
{
	if (o->full || o->rule)
		return 1;
	if (!db_int(db, "SELECT EXISTS(SELECT 1 FROM screen_runs WHERE incremental = 0 AND finished_at IS NOT NULL)", 0))
		return 1;
	return db_int_s(db, "SELECT coalesce((SELECT today FROM screen_runs WHERE finished_at IS NOT NULL"
			" ORDER BY id DESC LIMIT 1), '') > ?", today, 0) != 0;
}

/* The read phase: one snapshot, results in temp tables. */
static int read_phase(jz_db *db, const struct rule_lib *lib, const struct screen_opts *o, int full_mode,
		      struct screen_result *r, struct jz_err *e)
{
	r->rules_run = r->rules_failed = 0;
	sb_reset(&r->problems);
	if (prepare_tables(db, e) || (!full_mode && fill_incremental(db, r->today, e)))
		return -1;
	r->cases_checked = full_mode ? db_int(db, "SELECT count(*) FROM cases", 0)
				     : db_int(db, "SELECT count(*) FROM temp.scope_inc", 0);
	if (run_rules(db, lib, o, full_mode, r, e))
		return -1;
	r->rules_full = (int)db_int(db, "SELECT count(*) FROM temp.screen_ran WHERE full = 1", 0);
	return 0;
}

static int finish_run(jz_db *db, struct screen_result *r, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (db_prepare(db, "UPDATE screen_runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%S','now','localtime'),"
		       " rules = (SELECT coalesce(json_group_object(x.code, ru.version), '{}') FROM temp.screen_ran x"
		       " JOIN rules ru ON ru.code = x.code), failed_rules = ?1, cases_checked = ?2, leads_new = ?3,"
		       " leads_refreshed = ?4, leads_gone = ?5, incremental = ?6 WHERE id = ?7", &st, e))
		return -1;
	sqlite3_bind_text(st, 1, sb_str(&r->problems), -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, r->cases_checked);
	sqlite3_bind_int64(st, 3, r->leads_new);
	sqlite3_bind_int64(st, 4, r->leads_refreshed);
	sqlite3_bind_int64(st, 5, r->leads_gone);
	sqlite3_bind_int(st, 6, r->incremental);
	sqlite3_bind_int64(st, 7, r->run_id);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "筛查：%s", db_errmsg(db));
	sqlite3_finalize(st);
	return rc;
}

/* Sync the library and open the run's row: one short write. */
static int start_run(jz_db *db, const struct rule_lib *lib, const char *only, struct screen_result *r,
		     struct jz_err *e)
{
	if (db_begin(db, e))
		return -1;
	sqlite3_stmt *st = NULL;
	int rc = rules_sync(db, lib, only, e);
	if (rc == 0 && (rc = db_prepare(db, "INSERT INTO screen_runs(login, today, incremental) VALUES(?,?,0)", &st, e)) == 0) {
		sqlite3_bind_text(st, 1, jz_login(db), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, r->today, -1, SQLITE_STATIC);
		rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "筛查：%s", db_errmsg(db));
		r->run_id = db_last_id(db);
	}
	sqlite3_finalize(st);
	if (rc == 0)
		rc = db_commit(db, e);
	if (rc)
		db_rollback(db);
	return rc;
}

/* Read in a snapshot, then write briefly; when a rule's input changed in
 * between (db_write_mark: a label or a draft written meanwhile does not
 * count), read again (the last try reads under the write lock, so a
 * stream of imports cannot starve it). */
static int screen_phases(jz_db *db, const struct rule_lib *lib, const struct screen_opts *o, int full_mode,
			 struct screen_result *r, struct jz_err *e)
{
	for (int try = 1;; try++) {
		int locked = try == SCREEN_TRIES;
		if (locked ? db_begin(db, e) : db_exec(db, "BEGIN DEFERRED", e))
			return -1;
		char *seen = locked ? NULL : db_write_mark(db);
		if (read_phase(db, lib, o, full_mode, r, e)) {
			free(seen);
			db_rollback(db);
			return -1;
		}
		if (!locked) {
			db_exec(db, "COMMIT", NULL);
			if (db_begin(db, e)) {
				free(seen);
				return -1;
			}
			int fresh = db_same_write_mark(db, seen);
			free(seen);
			if (!fresh) {
				db_rollback(db);
				continue;
			}
		}
		int rc = screen_merge(db, r, full_mode, o->rule != NULL, e);
		if (rc == 0)
			rc = finish_run(db, r, e);
		if (rc == 0)
			rc = db_commit(db, e);
		if (rc)
			db_rollback(db);
		return rc;
	}
}

/* A screen reads much of the database, many rules the same tables: with
 * SQLite's default 2 MB page cache each rule read its pages again through
 * pread. For the run the file is mapped whole (mmap_size): a page read is a
 * read of the OS's own cache, with no copy into SQLite's (an incremental
 * screen of 1,051 of 100,000 cases: 5.3 s against 6.3 s). Not for one rule
 * (`--rule`): a page first touched through the map costs a fault, and
 * where each page is read once that costs more than the copy saved
 * (ZJ-ROUNDTRIP: 47 ms mapped, 30 ms not). The map goes back to what it
 * was after, so a TUI that screens keeps its small footprint. */
static void set_map(jz_db *db, long long bytes)
{
	char sql[64];
	snprintf(sql, sizeof sql, "PRAGMA mmap_size = %lld", bytes);
	db_exec(db, sql, NULL);
}

/* Maps the file (with room to grow); returns the size mapped before. */
static long long map_for_screen(jz_db *db)
{
	long long was = db_int(db, "PRAGMA mmap_size", 0);
	set_map(db, db_int(db, "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size", 0) + (64 << 20));
	return was;
}

int screen_run(jz_db *db, const struct screen_opts *o, struct screen_result *r, struct jz_err *e)
{
	memset(r, 0, sizeof *r);
	settings_today(db, r->today);
	if (policy_check(db, PA_SCREEN, NULL, e))
		return -1;
	struct rule_lib lib;
	if (rules_load(db, &lib, e))
		return -1;
	int rc = 0;
	if (o->rule && !rules_find(&lib, o->rule))
		rc = jz_err_set(e, "没有规则“%s”（jianzhi rules list 列出全部规则）", o->rule);
	/* the sort and filter indexes a first import left for later: some
	 * rules' plans use them too, and the statistics below should see them */
	if (rc == 0 && lazy_index_build(db, e) < 0)
		rc = -1;
	/* Planner statistics after big imports (a quick, sampled ANALYZE). */
	if (rc == 0)
		db_exec(db, "PRAGMA analysis_limit=2000; PRAGMA optimize;", NULL);
	int full_mode = rc == 0 && full_mode_for(db, o, r->today);
	r->incremental = !full_mode;
	long long mapped = o->rule ? -1 : map_for_screen(db);
	if (rc == 0)
		rc = start_run(db, &lib, o->rule, r, e);
	if (rc == 0)
		rc = screen_phases(db, &lib, o, full_mode, r, e);
	if (mapped >= 0)
		set_map(db, mapped);
	for (int i = 0; i < lib.nproblems; i++)
		sb_printf(&r->problems, "%s: 无法读取规则: %s\n", lib.problems[i].path, lib.problems[i].msg);
	db_exec(db, "DELETE FROM temp.screen_scope; DELETE FROM temp.scope_inc; DELETE FROM temp.screen_hits;"
		"DELETE FROM temp.screen_wakes", NULL);
	rules_free(&lib);
	return rc;
}

int screen_try(jz_db *db, const struct rule *r, long long case_id, sqlite3_stmt **out, struct jz_err *e)
{
	char today[11];
	settings_today(db, today);
	if (prepare_tables(db, e))
		return -1;
	sqlite3_stmt *st;
	if (db_prepare(db, "INSERT INTO temp.screen_scope SELECT id FROM cases WHERE ?1 <= 0 OR id = ?1", &st, e))
		return -1;
	sqlite3_bind_int64(st, 1, case_id);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "试运行：%s", db_errmsg(db));
	sqlite3_finalize(st);
	struct screen_stmts ss = { NULL, NULL };
	if (rc == 0 && (db_prepare(db, "INSERT OR REPLACE INTO temp.screen_hits VALUES(?,?,?,?,?,?)", &ss.hit, e) ||
			db_prepare(db, "INSERT INTO temp.screen_wakes VALUES(?1,?2,?3) ON CONFLICT DO UPDATE"
				   " SET wake = min(wake, excluded.wake)", &ss.wake, e)))
		rc = -1;
	struct strbuf why = STRBUF_INIT;
	if (rc == 0 && screen_rule_run(db, r, today, &ss, &why))
		rc = jz_err_set(e, "%s：规则 %s 未能运行：%s", r->path, r->code, sb_str(&why));
	sb_free(&why);
	sqlite3_finalize(ss.hit);
	sqlite3_finalize(ss.wake);
	if (rc == 0)
		rc = db_prepare(db, "SELECT c.case_no, coalesce(nullif(ct.name, ''), c.court_code) AS court, h.hit_key,"
				" h.evidence, h.sources, w.wake FROM temp.screen_hits h JOIN cases c ON c.id = h.case_id"
				" LEFT JOIN courts ct ON ct.id = c.court_id LEFT JOIN temp.screen_wakes w"
				" ON w.rule_code = h.rule_code AND w.case_id = h.case_id ORDER BY c.id, h.hit_key", out, e);
	return rc;
}

void screen_result_free(struct screen_result *r)
{
	sb_free(&r->problems);
}

int screen_all(jz_db *db, int quiet, struct jz_err *e)
{
	struct screen_opts o = { NULL, 1, quiet };
	struct screen_result r;
	int rc = screen_run(db, &o, &r, e);
	screen_result_free(&r);
	return rc;
}
