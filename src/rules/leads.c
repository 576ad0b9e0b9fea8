#include "rules/leads.h"
#include "util/xalloc.h"
#include "store/audit.h"
#include "store/db.h"
#include "util/strbuf.h"
#include "store/users.h"

#include <stdlib.h>
#include <string.h>

static const char *const reasons[] = {
	"法院处理合法（线索不成立）", "数据错误或不完整", "已恢复执行或已纠正",
	"已另案监督或重复线索", "证据不足", "不属于监督范围", "其他", NULL,
};

const char *const *leads_dismiss_reasons(void)
{
	return reasons;
}

static int reason_known(const char *r)
{
	for (int i = 0; reasons[i]; i++)
		if (strcmp(reasons[i], r) == 0)
			return 1;
	return 0;
}

/* Set the label columns and audit before/after. */
static int set_label(jz_db *db, long long id, const char *label, const char *reason,
		     const char *note, const char *action, struct jz_err *e)
{
	char *before = audit_row_json(db, "leads", id);
	if (!before)
		return jz_err_set(e, "no lead %lld", id);
	sqlite3_stmt *st;
	int rc = -1;
	if (db_begin(db, e) == 0 &&
	    db_prepare(db, "UPDATE leads SET label=?1, label_reason=?2, label_note=?3, labelled_by=?4,"
		       " labelled_at=CASE WHEN ?1 IS NULL THEN NULL ELSE"
		       " strftime('%Y-%m-%dT%H:%M:%S','now','localtime') END WHERE id=?5", &st, e) == 0) {
		db_bind_text_or_null(st, 1, label);
		db_bind_text_or_null(st, 2, reason);
		db_bind_text_or_null(st, 3, note);
		if (label)
			sqlite3_bind_text(st, 4, jz_login(db), -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(st, 4);
		sqlite3_bind_int64(st, 5, id);
		rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "label: %s", db_errmsg(db));
		sqlite3_finalize(st);
		char *after = rc == 0 ? audit_row_json(db, "leads", id) : NULL;
		if (rc == 0)
			rc = audit_log(db, action, "leads", id, before, after, NULL, e);
		free(after);
		rc = rc == 0 ? db_commit(db, e) : rc;
		if (rc)
			db_rollback(db);
	}
	free(before);
	return rc;
}

int leads_label(jz_db *db, long long id, const char *label, const char *reason,
		const char *note, struct jz_err *e)
{
	if (strcmp(label, "成案") != 0 && strcmp(label, "排除") != 0)
		return jz_err_set(e, "label must be 成案 or 排除, not '%s'", label);
	if (strcmp(label, "排除") == 0) {
		if (!reason || !*reason)
			return jz_err_set(e, "排除 needs a reason: one of the list (jianzhi label --reasons)");
		if (!reason_known(reason))
			return jz_err_set(e, "unknown reason '%s' (jianzhi label --reasons lists them;"
					  " use 其他 with --note for anything else)", reason);
		if (strcmp(reason, "其他") == 0 && (!note || !*note))
			return jz_err_set(e, "reason 其他 needs a --note saying why");
	}
	return set_label(db, id, label, reason && *reason ? reason : NULL, note && *note ? note : NULL,
			 "label", e);
}

int leads_unlabel(jz_db *db, long long id, struct jz_err *e)
{
	return set_label(db, id, NULL, NULL, NULL, "label.clear", e);
}

int leads_undo_last(jz_db *db, long long *lead_id, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (db_prepare(db, "SELECT row_id, json_extract(before,'$.label'), json_extract(before,'$.label_reason'),"
		       " json_extract(before,'$.label_note') FROM audit WHERE tbl='leads' AND login=?"
		       " AND action IN ('label','label.clear') ORDER BY id DESC LIMIT 1", &st, e))
		return -1;
	sqlite3_bind_text(st, 1, jz_login(db), -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return jz_err_set(e, "nothing to undo: you have not labelled any lead");
	}
	*lead_id = sqlite3_column_int64(st, 0);
	char *v[3];
	for (int i = 0; i < 3; i++) {
		const char *t = (const char *)sqlite3_column_text(st, i + 1);
		v[i] = t ? xstrdup(t) : NULL;
	}
	sqlite3_finalize(st);
	int rc = set_label(db, *lead_id, v[0], v[1], v[2], "label.undo", e);
	for (int i = 0; i < 3; i++)
		free(v[i]);
	return rc;
}
