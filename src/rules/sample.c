/* sample.c — see sample.h. */
#include "rules/sample.h"
#include "store/audit.h"
#include "store/db.h"
#include "store/policy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int sample_draw(jz_db *db, int n, long long run_id, int *drawn, long long *population, struct jz_err *e)
{
	*drawn = 0;
	*population = 0;
	if (n <= 0)
		return jz_err_set(e, "抽样数须为正整数");
	if (policy_check(db, PA_SCREEN, NULL, e) || db_begin(db, e))
		return -1;
	static const char unflagged[] =
		" FROM cases c WHERE NOT EXISTS (SELECT 1 FROM leads l WHERE l.case_id = c.id AND l.status = 'active')";
	*population = db_int(db, "SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM leads l"
			     " WHERE l.case_id = c.id AND l.status = 'active')", 0);
	sqlite3_stmt *st;
	char sql[512];
	snprintf(sql, sizeof sql, "INSERT INTO screen_samples(run_id, case_id, drawn_by, population)"
		 " SELECT nullif(?1, 0), c.id, ?2, ?3%s AND NOT EXISTS (SELECT 1 FROM screen_samples s"
		 " WHERE s.case_id = c.id AND s.verdict IS NULL) ORDER BY random() LIMIT ?4", unflagged);
	int rc = db_prepare(db, sql, &st, e);
	if (rc == 0) {
		sqlite3_bind_int64(st, 1, run_id);
		sqlite3_bind_text(st, 2, jz_login(db), -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, *population);
		sqlite3_bind_int(st, 4, n);
		rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "抽样失败：%s", db_errmsg(db));
		*drawn = (int)db_changes(db);
		sqlite3_finalize(st);
	}
	if (rc == 0) {
		char note[96];
		snprintf(note, sizeof note, "drew %d of %lld unflagged cases", *drawn, *population);
		rc = audit_log(db, "sample.draw", "screen_samples", 0, NULL, NULL, note, e);
	}
	return rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
}

static int check_verdict(jz_db *db, const char *verdict, const char *rule, struct jz_err *e)
{
	if (strcmp(verdict, "clean") != 0 && strcmp(verdict, "missed") != 0)
		return jz_err_set(e, "复核结论只能是 clean（无问题）或 missed（漏报，须写 --rule）");
	if (strcmp(verdict, "missed") == 0 &&
	    (!rule || !db_int_s(db, "SELECT count(*) FROM rules WHERE code = ?1", rule, 0)))
		return jz_err_set(e, "漏报须写明本应命中的规则（--rule CODE；jianzhi rules list 列出规则）%s%s",
				  rule ? "：没有规则 " : "", rule ? rule : "");
	return 0;
}

int sample_review(jz_db *db, long long id, long long seen, const char *verdict, const char *rule,
		  const char *note, struct jz_err *e)
{
	if (check_verdict(db, verdict, rule, e) || policy_check(db, PA_LABEL, NULL, e) || db_begin(db, e))
		return -1;
	char *before = audit_row_json(db, "screen_samples", id);
	if (!before) {
		db_rollback(db);
		return jz_err_set(e, "没有编号为 %lld 的抽样", id);
	}
	sqlite3_stmt *st;
	int rc = db_prepare(db, "UPDATE screen_samples SET verdict = ?1, rule_code = ?2, note = ?3, reviewed_by = ?4,"
			    " reviewed_at = strftime('%Y-%m-%dT%H:%M:%S','now','localtime'), version = version + 1"
			    " WHERE id = ?5 AND (?6 = 0 OR version = ?6)", &st, e);
	if (rc == 0) {
		sqlite3_bind_text(st, 1, verdict, -1, SQLITE_STATIC);
		db_bind_text_or_null(st, 2, strcmp(verdict, "missed") == 0 ? rule : NULL);
		db_bind_text_or_null(st, 3, note && *note ? note : NULL);
		sqlite3_bind_text(st, 4, jz_login(db), -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 5, id);
		sqlite3_bind_int64(st, 6, seen);
		rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "复核失败：%s", db_errmsg(db));
		sqlite3_finalize(st);
	}
	if (rc == 0 && db_changes(db) == 0)
		rc = jz_err_set(e, "抽样 #%lld 在你看到之后已被他人复核（现为版本 %lld），未作改动；请刷新后再操作", id,
				db_int_i(db, "SELECT version FROM screen_samples WHERE id = ?1", id, 0));
	char *after = rc == 0 ? audit_row_json(db, "screen_samples", id) : NULL;
	if (rc == 0)
		rc = audit_log(db, "sample.review", "screen_samples", id, before, after, NULL, e);
	free(after);
	free(before);
	return rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
}
