/* facts.c — reviewing extracted facts: policy-checked, written only over
 * the version the person saw, audited before and after. */
#include "ocr/facts.h"
#include "store/audit.h"
#include "store/db.h"
#include "store/policy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int stale(jz_db *db, long long id, long long seen, struct jz_err *e)
{
	sqlite3_stmt *st;
	char who[64] = "其他用户", at[32] = "";
	if (db_prepare(db, "SELECT login, at FROM audit WHERE tbl = 'facts' AND row_id = ?1 ORDER BY id DESC LIMIT 1",
		       &st, NULL) == 0) {
		sqlite3_bind_int64(st, 1, id);
		if (sqlite3_step(st) == SQLITE_ROW) {
			snprintf(who, sizeof who, "%s", db_col(st, 0));
			snprintf(at, sizeof at, "%s", db_col(st, 1));
		}
		sqlite3_finalize(st);
	}
	return jz_err_set(e, "要素 #%lld 在你看到之后已被 %s 于 %s 审核过（版本 %lld 之后），未作改动；请刷新后再操作",
			  id, who, at, seen);
}

static const char *action_of(const char *status)
{
	return !strcmp(status, "corrected") ? "fact.correct" : !strcmp(status, "confirmed") ? "fact.confirm" : "fact.reject";
}

/* The UPDATE and its audit, inside the caller's transaction. */
static int write_review(jz_db *db, long long id, long long seen, const char *status, const char *value,
			struct jz_err *e)
{
	char *before = audit_row_json(db, "facts", id);
	if (!before)
		return jz_err_set(e, "没有编号为 %lld 的要素", id);
	sqlite3_stmt *s;
	int rc = db_prepare(db, "UPDATE facts SET status = ?2, value = coalesce(?3, value), version = version + 1"
			    " WHERE id = ?1 AND (?4 = 0 OR version = ?4)", &s, e);
	if (rc == 0) {
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_text(s, 2, status, -1, SQLITE_STATIC);
		if (value) sqlite3_bind_text(s, 3, value, -1, SQLITE_TRANSIENT); else sqlite3_bind_null(s, 3);
		sqlite3_bind_int64(s, 4, seen);
		rc = sqlite3_step(s) == SQLITE_DONE ? 0 : jz_err_set(e, "审核要素失败: %s", db_errmsg(db));
		sqlite3_finalize(s);
	}
	if (rc == 0 && db_changes(db) == 0)
		rc = stale(db, id, seen, e);
	char *after = rc == 0 ? audit_row_json(db, "facts", id) : NULL;
	if (rc == 0)
		rc = audit_log(db, action_of(status), "facts", id, before, after, NULL, e);
	free(after);
	free(before);
	return rc;
}

int facts_review(jz_db *db, long long id, long long seen, const char *status, const char *value,
		 struct jz_err *e)
{
	int corrected = strcmp(status, "corrected") == 0;
	if (!corrected && strcmp(status, "confirmed") && strcmp(status, "rejected"))
		return jz_err_set(e, "审核结果只能是 confirmed、rejected 或 corrected");
	if (corrected && (!value || !*value))
		return jz_err_set(e, "更正需要写明正确的值");
	if (policy_check(db, PA_FACT_REVIEW, NULL, e) || db_begin(db, e))
		return -1;
	int rc = write_review(db, id, seen, status, corrected ? value : NULL, e);
	return rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
}

long long facts_version(jz_db *db, long long id)
{
	return db_int_i(db, "SELECT version FROM facts WHERE id = ?1", id, 0);
}
