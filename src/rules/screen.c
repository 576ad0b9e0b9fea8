#include "rules/screen.h"
#include "store/db.h"
#include "store/settings.h"
#include "util/progress.h"
#include "rules/library.h"
#include "store/users.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 1 when any rule of lib is new or its SQL/parameters differ from the
 * version last loaded into the rules table (then incremental is unsafe). */
static int library_changed(jz_db *db, const struct rule_lib *lib)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->sql, "SELECT sql_text FROM rules WHERE code=?", -1, &st, NULL) != SQLITE_OK)
		return 1;
	int changed = 0;
	for (int i = 0; i < lib->n && !changed; i++) {
		sqlite3_bind_text(st, 1, lib->rules[i].code, -1, SQLITE_STATIC);
		changed = sqlite3_step(st) != SQLITE_ROW ||
			  strcmp((const char *)sqlite3_column_text(st, 0), lib->rules[i].sql) != 0;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return changed;
}

static int prepare_tables(jz_db *db, struct jz_err *e)
{
	return db_exec(db,
		"CREATE TEMP TABLE IF NOT EXISTS screen_scope(case_id INTEGER PRIMARY KEY);"
		"CREATE TEMP TABLE IF NOT EXISTS screen_hits(rule_code TEXT, case_id INTEGER, hit_key TEXT,"
		" evidence TEXT, PRIMARY KEY(rule_code, case_id, hit_key)) WITHOUT ROWID;"
		"CREATE TEMP TABLE IF NOT EXISTS screen_ran(code TEXT PRIMARY KEY);"
		"DELETE FROM screen_scope; DELETE FROM screen_hits; DELETE FROM screen_ran;", e);
}

static int fill_scope(jz_db *db, int incremental, struct jz_err *e)
{
	if (!incremental)
		return db_exec(db, "INSERT INTO screen_scope SELECT id FROM cases", e);
	/* changed cases, and the other cases of their debtors (rules compare them) */
	return db_exec(db,
		"INSERT OR IGNORE INTO screen_scope SELECT case_id FROM screen_dirty;"
		"INSERT OR IGNORE INTO screen_scope SELECT b.case_id FROM screen_dirty d"
		" JOIN case_parties a ON a.case_id = d.case_id AND a.role = '被执行人'"
		" JOIN case_parties b ON b.party_id = a.party_id AND b.role = '被执行人';", e);
}

/* Bind every :name of the rule: today, a setting rule.CODE.name, or the default. */
static int bind_params(jz_db *db, sqlite3_stmt *st, const struct rule *r, const char *today,
		       struct strbuf *why)
{
	int n = sqlite3_bind_parameter_count(st);
	for (int i = 1; i <= n; i++) {
		const char *name = sqlite3_bind_parameter_name(st, i);
		if (!name || (name[0] != ':' && name[0] != '@' && name[0] != '$')) {
			sb_printf(why, "parameters must be named (:name)");
			return -1;
		}
		name++;
		if (strcmp(name, "today") == 0) {
			sqlite3_bind_text(st, i, today, -1, SQLITE_TRANSIENT);
			continue;
		}
		const struct rule_param *p = NULL;
		for (int k = 0; k < r->nparams; k++)
			if (strcmp(r->params[k].name, name) == 0)
				p = &r->params[k];
		if (!p) {
			sb_printf(why, "parameter :%s has no '-- param:' default", name);
			return -1;
		}
		char key[256];
		snprintf(key, sizeof key, "rule.%s.%s", r->code, name);
		char *over = settings_get(db, key);
		const char *v = over ? over : p->dflt;
		char *end;
		long long iv = strtoll(v, &end, 10);
		if (*v && !*end)
			sqlite3_bind_int64(st, i, iv);
		else {
			double dv = strtod(v, &end);
			if (*v && !*end)
				sqlite3_bind_double(st, i, dv);
			else
				sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
		}
		free(over);
	}
	return 0;
}

/* Run one rule into screen_hits; 0 ok, -1 skipped (reason in why). */
static int run_rule(jz_db *db, const struct rule *r, const char *today, sqlite3_stmt *ins,
		    struct strbuf *why)
{
	sqlite3_stmt *st;
	const char *tail = NULL;
	if (db_prepare_untrusted(db, r->sql, &st, &tail) != SQLITE_OK) {
		sb_printf(why, "%s", db_errmsg(db));
		return -1;
	}
	if (!st || sqlite3_column_count(st) < 3 || !sqlite3_stmt_readonly(st)) {
		sb_printf(why, "the rule must be one read-only SELECT of case_id, hit_key, evidence");
		sqlite3_finalize(st);
		return -1;
	}
	if (bind_params(db, st, r, today, why)) {
		sqlite3_finalize(st);
		return -1;
	}
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sqlite3_bind_text(ins, 1, r->code, -1, SQLITE_STATIC);
		sqlite3_bind_int64(ins, 2, sqlite3_column_int64(st, 0));
		const char *key = (const char *)sqlite3_column_text(st, 1);
		sqlite3_bind_text(ins, 3, key ? key : "", -1, SQLITE_TRANSIENT);
		sqlite3_bind_value(ins, 4, sqlite3_column_value(st, 2));
		int irc = sqlite3_step(ins);
		sqlite3_reset(ins);
		if (irc != SQLITE_DONE) {
			rc = irc;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		sb_printf(why, "%s", db_errmsg(db));
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static long long changes_of(jz_db *db, const char *sql, long long run, struct jz_err *e, int *failed)
{
	sqlite3_stmt *st;
	if (db_prepare(db, sql, &st, e)) {
		*failed = 1;
		return 0;
	}
	sqlite3_bind_int64(st, 1, run);
	if (sqlite3_step(st) != SQLITE_DONE) {
		jz_err_set(e, "screen: %s", db_errmsg(db));
		*failed = 1;
	}
	sqlite3_finalize(st);
	return db_changes(db);
}

/* Fold screen_hits into leads: refresh, add, mark gone. Labels untouched. */
static int merge_leads(jz_db *db, struct screen_result *r, struct jz_err *e)
{
	int failed = 0;
	r->leads_refreshed = (long)changes_of(db,
		"UPDATE leads SET evidence = h.evidence, rule_version = ru.version, severity = ru.severity,"
		" last_run_id = ?1, last_seen = strftime('%Y-%m-%dT%H:%M:%S','now','localtime'),"
		" status = 'active', gone_at = NULL"
		" FROM screen_hits h JOIN rules ru ON ru.code = h.rule_code"
		" WHERE leads.rule_code = h.rule_code AND leads.case_id = h.case_id"
		" AND leads.hit_key = h.hit_key", r->run_id, e, &failed);
	if (!failed)
		r->leads_new = (long)changes_of(db,
			"INSERT INTO leads(rule_code, case_id, hit_key, rule_version, severity, evidence,"
			" first_run_id, last_run_id) SELECT h.rule_code, h.case_id, h.hit_key, ru.version,"
			" ru.severity, h.evidence, ?1, ?1 FROM screen_hits h JOIN rules ru ON ru.code = h.rule_code"
			" WHERE NOT EXISTS (SELECT 1 FROM leads l WHERE l.rule_code = h.rule_code"
			" AND l.case_id = h.case_id AND l.hit_key = h.hit_key)", r->run_id, e, &failed);
	if (!failed)
		r->leads_gone = (long)changes_of(db,
			"UPDATE leads SET status = 'gone', gone_at = strftime('%Y-%m-%dT%H:%M:%S','now','localtime')"
			" WHERE status = 'active' AND last_run_id IS NOT ?1"
			" AND rule_code IN (SELECT code FROM screen_ran)"
			" AND case_id IN (SELECT case_id FROM screen_scope)", r->run_id, e, &failed);
	return failed ? -1 : 0;
}

static void json_pair(struct strbuf *sb, const char *k, const char *v)
{
	sb_addc(sb, sb->len ? ',' : '{');
	sb_add_json_str(sb, k);
	sb_addc(sb, ':');
	sb_add_json_str(sb, v);
}

static int run_rules(jz_db *db, const struct rule_lib *lib, const struct screen_opts *o,
		     struct screen_result *r, struct strbuf *ran, struct strbuf *bad, struct jz_err *e)
{
	sqlite3_stmt *ins, *mark, *enabled;
	if (db_prepare(db, "INSERT OR REPLACE INTO screen_hits VALUES(?,?,?,?)", &ins, e))
		return -1;
	if (db_prepare(db, "INSERT INTO screen_ran VALUES(?)", &mark, e) ||
	    db_prepare(db, "SELECT enabled FROM rules WHERE code=?", &enabled, e)) {
		sqlite3_finalize(ins);
		sqlite3_finalize(mark);
		return -1;
	}
	struct progress pr;
	progress_start(&pr, "筛查", o->quiet ? 0 : lib->n);
	if (o->quiet)
		pr.active = 0;
	for (int i = 0; i < lib->n; i++) {
		const struct rule *ru = &lib->rules[i];
		if (o->rule && strcmp(o->rule, ru->code) != 0)
			continue;
		sqlite3_bind_text(enabled, 1, ru->code, -1, SQLITE_STATIC);
		int on = sqlite3_step(enabled) == SQLITE_ROW && sqlite3_column_int(enabled, 0);
		sqlite3_reset(enabled);
		if (!on && !o->rule)
			continue;
		struct strbuf why = STRBUF_INIT;
		db_exec(db, "SAVEPOINT rule", NULL);
		if (run_rule(db, ru, r->today, ins, &why) == 0) {
			db_exec(db, "RELEASE rule", NULL);
			sqlite3_bind_text(mark, 1, ru->code, -1, SQLITE_STATIC);
			sqlite3_step(mark);
			sqlite3_reset(mark);
			json_pair(ran, ru->code, ru->version);
			r->rules_run++;
		} else {
			db_exec(db, "ROLLBACK TO rule; RELEASE rule", NULL);
			sb_printf(&r->problems, "%s: 规则 %s 未运行: %s\n", ru->path, ru->code, sb_str(&why));
			json_pair(bad, ru->code, sb_str(&why));
			r->rules_failed++;
		}
		sb_free(&why);
		progress_update(&pr, i + 1);
	}
	progress_done(&pr);
	sqlite3_finalize(ins);
	sqlite3_finalize(mark);
	sqlite3_finalize(enabled);
	return 0;
}

static int finish_run(jz_db *db, struct screen_result *r, struct strbuf *ran, struct strbuf *bad,
		      struct jz_err *e)
{
	sb_adds(ran, ran->len ? "}" : "{}");
	sb_adds(bad, bad->len ? "}" : "{}");
	sqlite3_stmt *st;
	if (db_prepare(db, "UPDATE screen_runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%S','now','localtime'),"
		       " rules=?1, failed_rules=?2, cases_checked=?3, leads_new=?4, leads_refreshed=?5,"
		       " leads_gone=?6 WHERE id=?7", &st, e))
		return -1;
	sqlite3_bind_text(st, 1, sb_str(ran), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, sb_str(bad), -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, r->cases_checked);
	sqlite3_bind_int64(st, 4, r->leads_new);
	sqlite3_bind_int64(st, 5, r->leads_refreshed);
	sqlite3_bind_int64(st, 6, r->leads_gone);
	sqlite3_bind_int64(st, 7, r->run_id);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "screen: %s", db_errmsg(db));
	sqlite3_finalize(st);
	return rc;
}

static int start_run(jz_db *db, struct screen_result *r, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (db_prepare(db, "INSERT INTO screen_runs(login, today, incremental) VALUES(?,?,?)", &st, e))
		return -1;
	sqlite3_bind_text(st, 1, jz_login(db), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, r->today, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, r->incremental);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "screen: %s", db_errmsg(db));
	sqlite3_finalize(st);
	r->run_id = db_last_id(db);
	return rc;
}

static int screen_body(jz_db *db, const struct rule_lib *lib, const struct screen_opts *o,
		       struct screen_result *r, struct jz_err *e)
{
	int had_full = db_int(db, "SELECT EXISTS(SELECT 1 FROM screen_runs WHERE incremental = 0"
			      " AND finished_at IS NOT NULL)", 0) != 0;
	r->incremental = !o->full && !o->rule && had_full && !library_changed(db, lib);
	if (rules_sync(db, lib, e) || start_run(db, r, e) || prepare_tables(db, e) ||
	    fill_scope(db, r->incremental, e))
		return -1;
	r->cases_checked = db_int(db, "SELECT count(*) FROM screen_scope", 0);
	struct strbuf ran = STRBUF_INIT, bad = STRBUF_INIT;
	int rc = run_rules(db, lib, o, r, &ran, &bad, e);
	if (rc == 0)
		rc = merge_leads(db, r, e);
	/* The checked cases are clean now — unless only one rule ran. */
	if (rc == 0 && !o->rule)
		rc = db_exec(db, r->incremental ? "DELETE FROM screen_dirty WHERE case_id IN"
			     " (SELECT case_id FROM screen_scope)" : "DELETE FROM screen_dirty", e);
	if (rc == 0)
		rc = finish_run(db, r, &ran, &bad, e);
	sb_free(&ran);
	sb_free(&bad);
	return rc;
}

int screen_run(jz_db *db, const struct screen_opts *o, struct screen_result *r, struct jz_err *e)
{
	memset(r, 0, sizeof *r);
	settings_today(db, r->today);
	struct rule_lib lib;
	if (rules_load(&lib, e))
		return -1;
	for (int i = 0; i < lib.nproblems; i++)
		sb_printf(&r->problems, "%s: 无法读取规则: %s\n", lib.problems[i].path, lib.problems[i].msg);
	if (o->rule && !rules_find(&lib, o->rule)) {
		rules_free(&lib);
		return jz_err_set(e, "no rule '%s' (jianzhi rules list shows them)", o->rule);
	}
	/* Planner statistics after big imports (a quick, sampled ANALYZE). */
	db_exec(db, "PRAGMA analysis_limit=2000; PRAGMA optimize;", NULL);
	int rc = db_begin(db, e);
	if (rc == 0) {
		rc = screen_body(db, &lib, o, r, e);
		if (rc == 0)
			rc = db_commit(db, e);
		if (rc)
			db_rollback(db);
	}
	db_exec(db, "DELETE FROM temp.screen_scope; DELETE FROM temp.screen_hits", NULL);
	rules_free(&lib);
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
