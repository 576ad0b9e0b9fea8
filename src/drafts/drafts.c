/* drafts.c — making drafts and moving them through review. Every step is
 * checked against the policy (store/policy.h: the roles, never one's own
 * draft for approval, the states a step starts from), written only over the
 * version the person saw, kept in the draft's text history, and audited. */
#include "drafts/drafts.h"
#include "drafts/context.h"
#include "drafts/finalise.h"
#include "store/audit.h"
#include "store/db.h"
#include "store/policy.h"
#include "store/settings.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What a step needs to know of a draft. */
struct dstate {
	char status[32], author[64], kind[32], reply_due[11], outcome[16];
	long long version;
};

static int load_state(jz_db *db, long long id, struct dstate *d, struct jz_err *e)
{
	sqlite3_stmt *s;
	memset(d, 0, sizeof *d);
	if (db_prepare(db, "SELECT status, author, kind, coalesce(reply_due, ''), coalesce(outcome, ''), version"
		       " FROM drafts WHERE id = ?1", &s, e))
		return -1;
	sqlite3_bind_int64(s, 1, id);
	int found = sqlite3_step(s) == SQLITE_ROW;
	if (found) {
		snprintf(d->status, sizeof d->status, "%s", db_col(s, 0));
		snprintf(d->author, sizeof d->author, "%s", db_col(s, 1));
		snprintf(d->kind, sizeof d->kind, "%s", db_col(s, 2));
		snprintf(d->reply_due, sizeof d->reply_due, "%s", db_col(s, 3));
		snprintf(d->outcome, sizeof d->outcome, "%s", db_col(s, 4));
		d->version = sqlite3_column_int64(s, 5);
	}
	sqlite3_finalize(s);
	return found ? 0 : jz_err_set(e, "没有编号为 %lld 的文稿", id);
}

/* Does "a|b|c" contain status? */
static int in_states(const char *states, const char *status)
{
	size_t n = strlen(status);
	for (const char *p = states; p && *p; ) {
		const char *bar = strchr(p, '|');
		size_t k = bar ? (size_t)(bar - p) : strlen(p);
		if (k == n && strncmp(p, status, n) == 0)
			return 1;
		p = bar ? bar + 1 : p + k;
	}
	return 0;
}

static int stale(jz_db *db, long long id, long long seen, const struct dstate *d, struct jz_err *e)
{
	sqlite3_stmt *s;
	char who[64] = "其他用户", at[32] = "", what[64] = "";
	if (db_prepare(db, "SELECT login, at, action FROM audit WHERE tbl = 'drafts' AND row_id = ?1"
		       " ORDER BY id DESC LIMIT 1", &s, NULL) == 0) {
		sqlite3_bind_int64(s, 1, id);
		if (sqlite3_step(s) == SQLITE_ROW) {
			snprintf(who, sizeof who, "%s", db_col(s, 0));
			snprintf(at, sizeof at, "%s", db_col(s, 1));
			snprintf(what, sizeof what, "%s", db_col(s, 2));
		}
		sqlite3_finalize(s);
	}
	return jz_err_set(e, "文稿 #%lld 在你看到版本 %lld 之后已被 %s 于 %s 改动（%s，现为版本 %lld，%s），"
			  "未作改动；请刷新、看过改动后再操作", id, seen, who, at, what, d->version, d->status);
}

/* Inside the transaction: the draft is still where the person saw it. */
static int check_state(jz_db *db, long long id, enum policy_act a, long long seen, struct dstate *d,
		       struct jz_err *e)
{
	if (load_state(db, id, d, e))
		return -1;
	if (seen && seen != d->version)
		return stale(db, id, seen, d, e);
	const char *states = policy_draft_states(a);
	if (states && !in_states(states, d->status))
		return jz_err_set(e, "文稿 #%lld 现为“%s”，不能%s（须为 %s）", id, d->status, policy_act_name(a), states);
	return 0;
}

/* Keep the text of every version, for review diffs. */
static int keep_text(jz_db *db, long long id, struct jz_err *e)
{
	sqlite3_stmt *s;
	if (db_prepare(db, "INSERT OR REPLACE INTO draft_texts(draft_id, version, body, status, login)"
		       " SELECT id, version, body, status, ?2 FROM drafts WHERE id = ?1", &s, e))
		return -1;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, jz_login(db), -1, SQLITE_STATIC);
	int rc = sqlite3_step(s) == SQLITE_DONE ? 0 : jz_err_set(e, "保存文稿历史失败: %s", db_errmsg(db));
	sqlite3_finalize(s);
	return rc;
}

/* The parameters of a step's UPDATE: ?1 the draft, ?2 ?3 ?5 text, ?4 a number. */
struct args { const char *t2, *t3, *t5; long long i4; };

/* Run sql on a draft, bump its version, keep the text, audit before and after. */
static int change(jz_db *db, long long id, const char *action, const char *sql, struct args a, const char *note,
		  struct jz_err *e)
{
	char *before = audit_row_json(db, "drafts", id);
	sqlite3_stmt *s;
	int rc = db_prepare(db, sql, &s, e);
	if (rc == 0) {
		sqlite3_bind_int64(s, 1, id);
		if (a.t2) sqlite3_bind_text(s, 2, a.t2, -1, SQLITE_TRANSIENT);
		if (a.t3) sqlite3_bind_text(s, 3, a.t3, -1, SQLITE_TRANSIENT);
		if (sqlite3_bind_parameter_count(s) >= 4) sqlite3_bind_int64(s, 4, a.i4);
		if (a.t5) sqlite3_bind_text(s, 5, a.t5, -1, SQLITE_TRANSIENT);
		rc = sqlite3_step(s) == SQLITE_DONE ? 0 : jz_err_set(e, "文稿: %s", db_errmsg(db));
		sqlite3_finalize(s);
	}
	if (rc == 0 && db_exec_i(db, "UPDATE drafts SET version = version + 1, updated_at ="
				 " strftime('%Y-%m-%dT%H:%M:%S','now','localtime') WHERE id = ?1", id, e))
		rc = -1;
	if (rc == 0)
		rc = keep_text(db, id, e);
	char *after = rc == 0 ? audit_row_json(db, "drafts", id) : NULL;
	if (rc == 0)
		rc = audit_log(db, action, "drafts", id, before, after, note, e);
	free(after);
	free(before);
	return rc;
}

/* ---- new ---- */

static int insert_draft(jz_db *db, long long lead_id, long long case_id, const struct template_info *t,
			const char *body, long long revises, long long *id, struct jz_err *e)
{
	sqlite3_stmt *s;
	if (db_prepare(db, "INSERT INTO drafts(lead_id, case_id, template, kind, title, body, author, revises_id)"
		       " VALUES(?1, coalesce(?2, (SELECT case_id FROM leads WHERE id = ?1)), ?3, ?4, ?5, ?6, ?7, ?8)", &s, e))
		return -1;
	if (lead_id > 0) sqlite3_bind_int64(s, 1, lead_id); else sqlite3_bind_null(s, 1);
	if (case_id > 0) sqlite3_bind_int64(s, 2, case_id); else sqlite3_bind_null(s, 2);
	sqlite3_bind_text(s, 3, t->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, t->kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 5, t->title, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 6, body, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 7, jz_login(db), -1, SQLITE_STATIC);
	if (revises) sqlite3_bind_int64(s, 8, revises); else sqlite3_bind_null(s, 8);
	int rc = sqlite3_step(s) == SQLITE_DONE ? 0 : jz_err_set(e, "保存文稿失败: %s", db_errmsg(db));
	sqlite3_finalize(s);
	*id = db_last_id(db);
	char *after = rc == 0 ? audit_row_json(db, "drafts", *id) : NULL;
	if (rc == 0)
		rc = keep_text(db, *id, e) || audit_log(db, revises ? "draft.revise" : "draft.new", "drafts", *id, NULL,
							 after, t->name, e) ? -1 : 0;
	free(after);
	return rc;
}

int drafts_new(jz_db *db, long long lead_id, long long case_id, const char *name, long long *draft_id,
	       struct jz_err *e)
{
	if (policy_check(db, PA_DRAFT_NEW, NULL, e))
		return -1;
	struct template_info t;
	if (drafts_template_load(name, &t, e))
		return -1;
	struct tctx *c = tctx_new();
	struct strbuf body = STRBUF_INIT;
	int rc = drafts_build_context(db, lead_id, case_id, &t, c, e);
	if (rc == 0)
		rc = template_render(t.path, t.body, c, &body, e);
	if (rc == 0 && (rc = db_begin(db, e)) == 0) {
		rc = insert_draft(db, lead_id, case_id, &t, sb_str(&body), 0, draft_id, e);
		rc = rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
	}
	sb_free(&body);
	tctx_free(c);
	template_info_free(&t);
	return rc;
}

/* ---- edit ---- */

int drafts_save(jz_db *db, long long id, const char *body, long long seen, struct jz_err *e)
{
	struct dstate d;
	if (load_state(db, id, &d, e) || policy_check(db, PA_DRAFT_EDIT, d.author, e) || db_begin(db, e))
		return -1;
	int rc = check_state(db, id, PA_DRAFT_EDIT, seen, &d, e);
	if (rc == 0)
		rc = change(db, id, "draft.save", "UPDATE drafts SET body = ?2 WHERE id = ?1",
			    (struct args){ body, NULL, NULL, 0 }, NULL, e);
	return rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
}

/* ---- the review steps ---- */

/* The next 文号 of the year and type: {org.short}民执{type}〔YYYY〕N号 */
static int allocate_doc_no(jz_db *db, const char *kind, const char *today, char *out, size_t len,
			   struct jz_err *e)
{
	const char *type = !strcmp(kind, "移送") ? "移" : !strcmp(kind, "报告") ? "报" : "建";
	int year = atoi(today);
	char sql[256];
	snprintf(sql, sizeof sql, "INSERT INTO doc_numbers(year, type, last) VALUES(%d, '%s', 1) ON CONFLICT(year, type)"
		 " DO UPDATE SET last = last + 1 RETURNING last", year, type);
	long long n = db_int(db, sql, 0);
	if (n <= 0)
		return jz_err_set(e, "编定文号失败: %s", db_errmsg(db));
	char *org = settings_get(db, "org.short");
	snprintf(out, len, "%s民执%s〔%d〕%lld号", org ? org : "×检", type, year, n);
	free(org);
	return 0;
}

/* Issue: the 文号 and the 成文日期 go into the text, which is final from now. */
static int issue(jz_db *db, long long id, const struct dstate *d, struct jz_err *e)
{
	char today[11], doc_no[96];
	settings_today(db, today);
	if (allocate_doc_no(db, d->kind, today, doc_no, sizeof doc_no, e))
		return -1;
	char *body = db_text_i(db, "SELECT body FROM drafts WHERE id = ?1", id);
	char *final = drafts_finalise_text(body ? body : "", doc_no, today);
	long long months = settings_get_int(db, "drafts.reply_months");
	/* the court replies within three months of receiving it (两高执行监督规定) */
	int rc = change(db, id, "draft.issue", "UPDATE drafts SET status = '已发出', doc_no = ?2, issued_at = ?3,"
			" signed_on = ?3, body = ?5, reply_due = legal_add_months(?3, ?4) WHERE id = ?1",
			(struct args){ doc_no, today, final, months }, doc_no, e);
	free(body);
	free(final);
	return rc;
}

static const struct {
	enum policy_act act;
	const char *audit, *sql;   /* ?2 comment, ?3 today or me */
} steps[] = {
	[DA_SUBMIT] = { PA_DRAFT_SUBMIT, "draft.submit", "UPDATE drafts SET status = '已提交', submitted_at = ?3 WHERE id = ?1" },
	[DA_RETURN] = { PA_DRAFT_RETURN, "draft.return", "UPDATE drafts SET status = '已退回', reviewer = ?3 WHERE id = ?1" },
	[DA_APPROVE] = { PA_DRAFT_APPROVE, "draft.approve",
			 "UPDATE drafts SET status = '已批准', reviewer = ?3, approved_at = date('now','localtime') WHERE id = ?1" },
	[DA_ISSUE] = { PA_DRAFT_ISSUE, "draft.issue", NULL },
	[DA_FOLLOWUP] = { PA_DRAFT_FOLLOWUP, "draft.followup", "UPDATE drafts SET status = '跟进监督' WHERE id = ?1" },
};

/* 跟进监督 is for a reply that is late or 不采纳. */
static int followup_due(jz_db *db, long long id, const struct dstate *d, struct jz_err *e)
{
	char today[11];
	settings_today(db, today);
	int late = !strcmp(d->status, "已发出") && *d->reply_due && strcmp(d->reply_due, today) < 0;
	int rejected = !strcmp(d->status, "已回复") && !strcmp(d->outcome, "不采纳");
	return late || rejected ? 0 : jz_err_set(e, "文稿 #%lld：跟进监督用于回复逾期（期限 %s）或不采纳的检察建议", id,
						 *d->reply_due ? d->reply_due : "—");
}

static int run_step(jz_db *db, long long id, enum draft_action a, const char *comment, const struct dstate *d,
		    struct jz_err *e)
{
	char today[11];
	settings_today(db, today);
	if (a == DA_FOLLOWUP && followup_due(db, id, d, e))
		return -1;
	if (a == DA_ISSUE)
		return issue(db, id, d, e);
	const char *who = a == DA_RETURN || a == DA_APPROVE ? jz_login(db) : today;
	int rc = change(db, id, steps[a].audit, steps[a].sql, (struct args){ comment, who, NULL, 0 }, comment, e);
	if (rc == 0 && comment && *comment)
		rc = drafts_comment_in(db, id, comment, e);
	return rc;
}

int drafts_step(jz_db *db, long long id, enum draft_action a, long long seen, const char *comment,
		struct jz_err *e)
{
	struct dstate d;
	if ((unsigned)a > DA_FOLLOWUP)
		return jz_err_set(e, "未知的审批步骤");
	if (a == DA_RETURN && (!comment || !*comment))
		return jz_err_set(e, "退回文稿须写明退回意见（要改什么）");
	if (load_state(db, id, &d, e) || policy_check(db, steps[a].act, d.author, e) || db_begin(db, e))
		return -1;
	int rc = check_state(db, id, steps[a].act, seen, &d, e);
	if (rc == 0)
		rc = run_step(db, id, a, comment, &d, e);
	return rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
}

int drafts_reply(jz_db *db, long long id, long long seen, const char *outcome, int resumed, long long fen,
		 const char *date, struct jz_err *e)
{
	if (strcmp(outcome, "采纳") && strcmp(outcome, "部分采纳") && strcmp(outcome, "不采纳"))
		return jz_err_set(e, "回复结果只能是 采纳、部分采纳 或 不采纳");
	struct dstate d;
	if (load_state(db, id, &d, e) || policy_check(db, PA_DRAFT_REPLY, d.author, e) || db_begin(db, e))
		return -1;
	char today[11], sql[256];
	settings_today(db, today);
	int rc = check_state(db, id, PA_DRAFT_REPLY, seen, &d, e);
	snprintf(sql, sizeof sql, "UPDATE drafts SET status = '已回复', outcome = ?2, reply_at = ?3, resumed = %d,"
		 " recovered_fen = ?4 WHERE id = ?1", resumed ? 1 : 0);
	if (rc == 0)
		rc = change(db, id, "draft.reply", sql, (struct args){ outcome, date ? date : today, NULL, fen }, outcome, e);
	return rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
}

/* A change to an issued document is a new draft that goes through review. */
int drafts_revise(jz_db *db, long long id, long long *new_id, struct jz_err *e)
{
	struct dstate d;
	if (load_state(db, id, &d, e) || policy_check(db, PA_DRAFT_REVISE, d.author, e) || db_begin(db, e))
		return -1;
	int rc = check_state(db, id, PA_DRAFT_REVISE, 0, &d, e);
	sqlite3_stmt *s;
	if (rc == 0 && (rc = db_prepare(db, "SELECT lead_id, case_id, template, kind, title, body FROM drafts"
					" WHERE id = ?1", &s, e)) == 0) {
		sqlite3_bind_int64(s, 1, id);
		sqlite3_step(s);
		struct template_info t = { .name = (char *)db_col(s, 2), .kind = (char *)db_col(s, 3),
					   .title = (char *)db_col(s, 4) };
		char *body = drafts_unfinalise_text(db_col(s, 5));
		rc = insert_draft(db, sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1), &t, body, id, new_id, e);
		free(body);
		sqlite3_finalize(s);
	}
	return rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
}

/* ---- comments, what I read ---- */

int drafts_comment_in(jz_db *db, long long id, const char *text, struct jz_err *e)
{
	sqlite3_stmt *s;
	if (db_prepare(db, "INSERT INTO draft_comments(draft_id, login, text) VALUES(?, ?, ?)", &s, e))
		return -1;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, jz_login(db), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, text, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(s) == SQLITE_DONE ? 0 : jz_err_set(e, "添加意见失败: %s", db_errmsg(db));
	sqlite3_finalize(s);
	return rc ? rc : audit_log(db, "draft.comment", "drafts", id, NULL, NULL, text, e);
}

int drafts_comment(jz_db *db, long long id, const char *text, struct jz_err *e)
{
	struct dstate d;
	if (load_state(db, id, &d, e) || policy_check(db, PA_DRAFT_COMMENT, d.author, e) || db_begin(db, e))
		return -1;
	int rc = drafts_comment_in(db, id, text, e);
	return rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
}

int drafts_check(jz_db *db, long long id, enum policy_act a, struct jz_err *e)
{
	struct dstate d;
	if (load_state(db, id, &d, e) || policy_check(db, a, d.author, e))
		return -1;
	const char *states = policy_draft_states(a);
	if (states && !in_states(states, d.status))
		return jz_err_set(e, "文稿 #%lld 现为“%s”，不能%s（须为 %s）", id, d.status, policy_act_name(a), states);
	return 0;
}

long long drafts_prev_version(jz_db *db, long long id, long long version)
{
	sqlite3_stmt *s;
	long long v = 0;
	if (db_prepare(db, "SELECT max(o.version) FROM draft_texts o JOIN draft_texts n ON n.draft_id = o.draft_id"
		       " AND n.version = (SELECT max(version) FROM draft_texts WHERE draft_id = ?1 AND version <= ?2)"
		       " WHERE o.draft_id = ?1 AND o.version < n.version AND o.body <> n.body", &s, NULL))
		return 0;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, version);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return v;
}

long long drafts_version(jz_db *db, long long id)
{
	return db_int_i(db, "SELECT version FROM drafts WHERE id = ?1", id, 0);
}

void drafts_mark_seen(jz_db *db, long long id, long long version)
{
	if (jz_readonly(db))
		return;
	sqlite3_stmt *s;
	if (db_prepare(db, "INSERT INTO draft_seen(draft_id, login, version) VALUES(?1, ?2, ?3)"
		       " ON CONFLICT(draft_id, login) DO UPDATE SET version = excluded.version,"
		       " at = strftime('%Y-%m-%dT%H:%M:%S','now','localtime')", &s, NULL))
		return;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, jz_login(db), -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, version);
	sqlite3_step(s);
	sqlite3_finalize(s);
}

long long drafts_seen_version(jz_db *db, long long id)
{
	sqlite3_stmt *s;
	long long v = 0;
	if (db_prepare(db, "SELECT version FROM draft_seen WHERE draft_id = ?1 AND login = ?2", &s, NULL))
		return 0;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, jz_login(db), -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return v;
}

char *drafts_text_at(jz_db *db, long long id, long long version)
{
	sqlite3_stmt *s;
	char *body = NULL;
	if (db_prepare(db, "SELECT body FROM draft_texts WHERE draft_id = ?1 AND version <= ?2"
		       " ORDER BY version DESC LIMIT 1", &s, NULL))
		return NULL;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, version);
	if (sqlite3_step(s) == SQLITE_ROW)
		body = db_col_dup(s, 0);
	sqlite3_finalize(s);
	return body;
}
