/* leads.c — labels: checked against the policy, written only over the
 * version the person saw, audited with the lead before and after. */
#include "rules/leads.h"
#include "store/audit.h"
#include "store/db.h"
#include "store/policy.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <stdio.h>
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

long long leads_version(jz_db *db, long long id)
{
	return db_int_i(db, "SELECT version FROM leads WHERE id = ?1", id, 0);
}

/* "线索 #42 已被 张三 于 2026-12-02T10:21 改为“排除（证据不足）”" — who changed it last. */
static int stale(jz_db *db, long long id, long long seen, struct jz_err *e)
{
	sqlite3_stmt *st;
	char who[64] = "其他用户", at[32] = "", now[160] = "未标注";
	if (db_prepare(db, "SELECT a.login, a.at, coalesce(l.label || coalesce('（' || l.label_reason || '）', ''),"
		       " '未标注') FROM leads l LEFT JOIN audit a ON a.tbl = 'leads' AND a.row_id = l.id"
		       " WHERE l.id = ?1 ORDER BY a.id DESC LIMIT 1", &st, NULL) == 0) {
		sqlite3_bind_int64(st, 1, id);
		if (sqlite3_step(st) == SQLITE_ROW) {
			snprintf(who, sizeof who, "%s", *db_col(st, 0) ? db_col(st, 0) : "其他用户");
			snprintf(at, sizeof at, "%s", db_col(st, 1));
			snprintf(now, sizeof now, "%s", db_col(st, 2));
		}
		sqlite3_finalize(st);
	}
	return jz_err_set(e, "线索 #%lld 在你看到之后已被 %s 于 %s 改动（现为“%s”，版本 %lld→%lld），"
			  "未作改动；请刷新后再操作", id, who, at, now, seen, leads_version(db, id));
}

/* Write the label columns if the lead is still at version seen (0: any),
 * inside the caller's transaction; audit before and after. */
static int write_label(jz_db *db, long long id, long long seen, const char *label, const char *reason,
		       const char *note, const char *action, const char *audit_note, struct jz_err *e)
{
	char *before = audit_row_json(db, "leads", id);
	if (!before)
		return jz_err_set(e, "没有编号为 %lld 的线索", id);
	sqlite3_stmt *st;
	int rc = db_prepare(db, "UPDATE leads SET label=?1, label_reason=?2, label_note=?3, labelled_by=?4,"
			    " labelled_at=CASE WHEN ?1 IS NULL THEN NULL ELSE"
			    " strftime('%Y-%m-%dT%H:%M:%S','now','localtime') END, version = version + 1"
			    " WHERE id=?5 AND (?6 = 0 OR version = ?6)", &st, e);
	if (rc == 0) {
		db_bind_text_or_null(st, 1, label);
		db_bind_text_or_null(st, 2, reason);
		db_bind_text_or_null(st, 3, note);
		if (label)
			sqlite3_bind_text(st, 4, jz_login(db), -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(st, 4);
		sqlite3_bind_int64(st, 5, id);
		sqlite3_bind_int64(st, 6, seen);
		rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "标注失败: %s", db_errmsg(db));
		sqlite3_finalize(st);
	}
	if (rc == 0 && db_changes(db) == 0)
		rc = stale(db, id, seen, e);
	char *after = rc == 0 ? audit_row_json(db, "leads", id) : NULL;
	if (rc == 0)
		rc = audit_log(db, action, "leads", id, before, after, audit_note, e);
	free(after);
	free(before);
	return rc;
}

static int labelled(jz_db *db, long long id, long long seen, const char *label, const char *reason,
		    const char *note, const char *action, const char *audit_note, struct jz_err *e)
{
	if (policy_check(db, PA_LABEL, NULL, e) || db_begin(db, e))
		return -1;
	int rc = write_label(db, id, seen, label, reason, note, action, audit_note, e);
	return rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
}

int leads_label(jz_db *db, long long id, long long seen, const char *label, const char *reason,
		const char *note, struct jz_err *e)
{
	if (strcmp(label, "成案") != 0 && strcmp(label, "排除") != 0)
		return jz_err_set(e, "标注只能是 成案 或 排除，而不是“%s”", label);
	if (strcmp(label, "排除") == 0) {
		if (!reason || !*reason)
			return jz_err_set(e, "排除需要理由（jianzhi label --reasons 列出可选理由）");
		if (!reason_known(reason))
			return jz_err_set(e, "未知的排除理由“%s”（jianzhi label --reasons 列出可选理由；"
					  "其他情况选“其他”并写明说明）", reason);
		if (strcmp(reason, "其他") == 0 && (!note || !*note))
			return jz_err_set(e, "排除理由为“其他”时须写明说明（--note）");
	}
	return labelled(db, id, seen, label, reason && *reason ? reason : NULL, note && *note ? note : NULL,
			"label", NULL, e);
}

int leads_unlabel(jz_db *db, long long id, long long seen, struct jz_err *e)
{
	return labelled(db, id, seen, NULL, NULL, NULL, "label.clear", NULL, e);
}

/* My last label change not yet undone: its audit id, lead and the lead's
 * label before it and version after it. */
static int last_change(jz_db *db, long long *audit_id, long long *lead, long long *version_after, char *v[3],
		       struct jz_err *e)
{
	sqlite3_stmt *st;
	if (db_prepare(db, "SELECT a.id, a.row_id, json_extract(a.before,'$.label'),"
		       " json_extract(a.before,'$.label_reason'), json_extract(a.before,'$.label_note'),"
		       " json_extract(a.after,'$.version') FROM audit a WHERE a.tbl='leads' AND a.login=?1"
		       " AND a.action IN ('label','label.clear') AND NOT EXISTS (SELECT 1 FROM audit u"
		       " WHERE u.action = 'label.undo' AND u.note = 'undo #' || a.id) ORDER BY a.id DESC LIMIT 1", &st, e))
		return -1;
	sqlite3_bind_text(st, 1, jz_login(db), -1, SQLITE_STATIC);
	int found = sqlite3_step(st) == SQLITE_ROW;
	if (found) {
		*audit_id = sqlite3_column_int64(st, 0);
		*lead = sqlite3_column_int64(st, 1);
		for (int i = 0; i < 3; i++)
			v[i] = sqlite3_column_type(st, i + 2) == SQLITE_NULL ? NULL : db_col_dup(st, i + 2);
		*version_after = sqlite3_column_int64(st, 5);
	}
	sqlite3_finalize(st);
	return found ? 0 : jz_err_set(e, "没有可撤销的标注（你还没有标注过线索，或已全部撤销）");
}

int leads_undo_last(jz_db *db, long long *lead_id, struct jz_err *e)
{
	long long audit_id = 0, version_after = 0;
	char *v[3] = { NULL, NULL, NULL }, note[48];
	if (policy_check(db, PA_LABEL, NULL, e) || db_begin(db, e))
		return -1;
	int rc = last_change(db, &audit_id, lead_id, &version_after, v, e);
	if (rc == 0) {
		snprintf(note, sizeof note, "undo #%lld", audit_id);
		/* only when nobody changed the lead after me */
		rc = write_label(db, *lead_id, version_after, v[0], v[1], v[2], "label.undo", note, e);
	}
	for (int i = 0; i < 3; i++)
		free(v[i]);
	return rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
}
