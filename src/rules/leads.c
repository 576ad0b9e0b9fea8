#include "rules/leads.h"
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
static int set_label(sqlite3 *db, long long id, const char *label, const char *reason,
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
			sqlite3_bind_text(st, 4, users_current_login(), -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(st, 4);
		sqlite3_bind_int64(st, 5, id);
		rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "label: %s", sqlite3_errmsg(db));
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

int leads_label(sqlite3 *db, long long id, const char *label, const char *reason,
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

int leads_unlabel(sqlite3 *db, long long id, struct jz_err *e)
{
	return set_label(db, id, NULL, NULL, NULL, "label.clear", e);
}

int leads_undo_last(sqlite3 *db, long long *lead_id, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (db_prepare(db, "SELECT row_id, json_extract(before,'$.label'), json_extract(before,'$.label_reason'),"
		       " json_extract(before,'$.label_note') FROM audit WHERE tbl='leads' AND login=?"
		       " AND action IN ('label','label.clear') ORDER BY id DESC LIMIT 1", &st, e))
		return -1;
	sqlite3_bind_text(st, 1, users_current_login(), -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return jz_err_set(e, "nothing to undo: you have not labelled any lead");
	}
	*lead_id = sqlite3_column_int64(st, 0);
	char *v[3];
	for (int i = 0; i < 3; i++) {
		const char *t = (const char *)sqlite3_column_text(st, i + 1);
		v[i] = t ? strdup(t) : NULL;
	}
	sqlite3_finalize(st);
	int rc = set_label(db, *lead_id, v[0], v[1], v[2], "label.undo", e);
	for (int i = 0; i < 3; i++)
		free(v[i]);
	return rc;
}

static const char *const lead_cols =
	"SELECT l.id AS lead_id, l.rule_code AS rule, r.title, r.stage, l.severity, c.case_no,"
	" c.court_code AS court, c.judge, l.status, l.label, l.label_reason, l.evidence, l.case_id";

int leads_query(sqlite3 *db, const struct lead_filter *f, long long after_id, long limit,
		sqlite3_stmt **out, struct jz_err *e)
{
	struct strbuf sql = STRBUF_INIT;
	sb_printf(&sql, "%s FROM leads l JOIN rules r ON r.code = l.rule_code JOIN cases c ON c.id = l.case_id"
		  " WHERE l.id > ?1", lead_cols);
	if (f->status) sb_adds(&sql, " AND l.status = ?2");
	if (f->rule) sb_adds(&sql, " AND l.rule_code = ?3");
	if (f->stage) sb_adds(&sql, " AND r.stage = ?4");
	if (f->court) sb_adds(&sql, " AND c.court_code = ?5");
	if (f->judge) sb_adds(&sql, " AND c.judge = ?6");
	if (f->label) sb_adds(&sql, strcmp(f->label, "none") == 0 ? " AND l.label IS NULL AND ?7 IS NOT NULL"
						       : " AND l.label = ?7");
	if (f->case_id) sb_adds(&sql, " AND l.case_id = ?8");
	sb_adds(&sql, " ORDER BY l.id");
	if (limit > 0)
		sb_printf(&sql, " LIMIT %ld", limit);
	int rc = db_prepare(db, sql.buf, out, e);
	sb_free(&sql);
	if (rc)
		return -1;
	sqlite3_bind_int64(*out, 1, after_id);
	const char *v[] = { f->status, f->rule, f->stage, f->court, f->judge, f->label };
	for (int i = 0; i < 6; i++)
		if (v[i])
			sqlite3_bind_text(*out, i + 2, v[i], -1, SQLITE_TRANSIENT);
	if (f->case_id)
		sqlite3_bind_int64(*out, 8, f->case_id);
	return 0;
}

int leads_get(sqlite3 *db, long long id, sqlite3_stmt **out, struct jz_err *e)
{
	struct strbuf sql = STRBUF_INIT;
	sb_printf(&sql, "%s, r.basis, r.remedy, l.rule_version, l.first_seen, l.last_seen, l.gone_at,"
		  " l.label_note, l.labelled_by, l.labelled_at FROM leads l JOIN rules r ON r.code = l.rule_code"
		  " JOIN cases c ON c.id = l.case_id WHERE l.id = ?1", lead_cols);
	int rc = db_prepare(db, sql.buf, out, e);
	sb_free(&sql);
	if (rc)
		return -1;
	sqlite3_bind_int64(*out, 1, id);
	return 0;
}

int leads_stats_query(sqlite3 *db, sqlite3_stmt **out, struct jz_err *e)
{
	return db_prepare(db,
		"SELECT r.code AS rule, r.title, r.stage, count(l.id) AS hits,"
		" count(CASE WHEN l.status = 'active' THEN 1 END) AS active,"
		" count(l.label) AS labelled,"
		" count(CASE WHEN l.label = '成案' THEN 1 END) AS confirmed,"
		" count(CASE WHEN l.label = '排除' THEN 1 END) AS dismissed,"
		" CASE WHEN count(l.label) > 0 THEN printf('%.1f%%', 100.0 * count(CASE WHEN l.label = '成案'"
		" THEN 1 END) / count(l.label)) END AS precision"
		" FROM rules r LEFT JOIN leads l ON l.rule_code = r.code WHERE r.path <> ''"
		" GROUP BY r.code ORDER BY r.code", out, e);
}
