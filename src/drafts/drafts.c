#include "drafts/drafts.h"
#include "store/audit.h"
#include "store/db.h"
#include "store/settings.h"
#include "util/paths.h"
#include "util/strbuf.h"
#include "drafts/template.h"
#include "store/users.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- templates ---- */

static char *dup(const char *s) { char *d = strdup(s ? s : ""); if (!d) abort(); return d; }

static char *user_template_dir(void)
{
	struct strbuf sb = STRBUF_INIT;
	const char *env = getenv("JIANZHI_TEMPLATES_DIR"), *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	if (env && *env) sb_adds(&sb, env);
	else if (xdg && *xdg) sb_printf(&sb, "%s/jianzhi/templates", xdg);
	else sb_printf(&sb, "%s/.config/jianzhi/templates", home ? home : ".");
	return sb_detach(&sb);
}


/* "## key: value" header lines, then the body. */
static void parse_template(struct template_info *t, const char *text)
{
	const char *p = text;
	while (strncmp(p, "## ", 3) == 0) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		const char *colon = memchr(p, ':', n);
		if (colon) {
			char key[32], val[512];
			snprintf(key, sizeof key, "%.*s", (int)(colon - p - 3), p + 3);
			const char *v = colon + 1;
			while (*v == ' ') v++;
			snprintf(val, sizeof val, "%.*s", (int)(p + n - v), v);
			char **slot = strcmp(key, "title") == 0 ? &t->title : strcmp(key, "kind") == 0 ? &t->kind
				    : strcmp(key, "type") == 0 ? &t->type : strcmp(key, "needs") == 0 ? &t->needs : NULL;
			if (slot) {
				free(*slot);
				*slot = dup(val);
			}
		}
		p += n + (nl != NULL);
	}
	t->body = dup(p);
}

int drafts_template_load(const char *name, struct template_info *t, struct jz_err *e)
{
	memset(t, 0, sizeof *t);
	/* [hostile] a name never leaves the template directories */
	if (!name || !*name || strchr(name, '/') || strstr(name, "..") || name[0] == '.')
		return jz_err_set(e, "模板名“%s”无效：不能含有“/”或“..”，也不能以“.”开头"
				  "（jianzhi draft templates 列出可用模板）", name ? name : "");
	char *dirs[2] = { user_template_dir(), paths_data_file("templates") };
	for (int i = 0; i < 2 && !t->body; i++) {
		struct strbuf path = STRBUF_INIT;
		sb_printf(&path, "%s/%s.tpl", dirs[i], name);
		char *text = sb_read_file(path.buf);
		if (text) {
			t->path = sb_detach(&path);
			parse_template(t, text);
			free(text);
		}
		sb_free(&path);
	}
	free(dirs[0]);
	free(dirs[1]);
	if (!t->body)
		return jz_err_set(e, "no template '%s' (jianzhi draft templates lists them)", name);
	t->name = dup(name);
	if (!t->title) t->title = dup(name);
	if (!t->kind) t->kind = dup("检察建议");
	if (!t->type) t->type = dup("建");
	if (!t->needs) t->needs = dup("case");
	return 0;
}

void template_info_free(struct template_info *t)
{
	char *all[] = { t->name, t->title, t->kind, t->type, t->needs, t->path, t->body };
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
		free(all[i]);
	memset(t, 0, sizeof *t);
}

void drafts_template_list(void (*fn)(const char *, const char *, void *), void *arg)
{
	char *dirs[2] = { paths_data_file("templates"), user_template_dir() };
	for (int i = 0; i < 2; i++) {
		DIR *d = opendir(dirs[i]);
		struct dirent *de;
		while (d && (de = readdir(d))) {
			size_t n = strlen(de->d_name);
			if (n < 5 || strcmp(de->d_name + n - 4, ".tpl") != 0)
				continue;
			char name[256];
			snprintf(name, sizeof name, "%.*s", (int)(n - 4), de->d_name);
			struct template_info t;
			struct jz_err e;
			if (drafts_template_load(name, &t, &e) == 0) {
				fn(name, t.title, arg);
				template_info_free(&t);
			}
		}
		if (d)
			closedir(d);
		free(dirs[i]);
	}
}

/* ---- the facts a template sees ---- */

#define TXT(s, i) (sqlite3_column_text(s, i) ? (const char *)sqlite3_column_text(s, i) : "")

static void set_from_row(struct tctx *c, const char *prefix, sqlite3_stmt *s)
{
	for (int i = 0; i < sqlite3_column_count(s); i++) {
		char name[96];
		snprintf(name, sizeof name, "%s%s", prefix, sqlite3_column_name(s, i));
		tctx_set(c, name, TXT(s, i));
	}
}

/* Run sql (?1 = id); each row → fields (one row) or a list item. */
static int load(jz_db *db, struct tctx *c, const char *sql, long long id, const char *prefix,
		const char *list, struct jz_err *e)
{
	sqlite3_stmt *s;
	if (db_prepare(db, sql, &s, e))
		return -1;
	sqlite3_bind_int64(s, 1, id);
	int rows = 0;
	if (list)
		tctx_declare_list(c, list);
	while (sqlite3_step(s) == SQLITE_ROW) {
		set_from_row(list ? tctx_add_item(c, list) : c, prefix, s);
		rows++;
		if (!list)
			break;
	}
	sqlite3_finalize(s);
	return rows;
}

static const char CASE_SQL[] =
	"SELECT c.case_no, coalesce(nullif(ct.name, ''), c.court_code) AS court, c.court_code,"
	" coalesce(c.filing_date, '') AS filing_date, coalesce(c.closing_date, '') AS closing_date,"
	" coalesce(c.closing_method, '未结') AS method, coalesce(c.cause, '') AS cause,"
	" coalesce(c.claim_fen, 0) AS claim, coalesce(c.paid_fen, 0) AS paid, coalesce(c.basis_no, '') AS basis_no,"
	" coalesce(c.judge, '') AS judge, coalesce(c.zb_reason, '') AS zb_reason,"
	" coalesce((SELECT group_concat(p.name, '、') FROM case_parties cp JOIN parties p ON p.id = cp.party_id"
	"  WHERE cp.case_id = c.id AND cp.role = '申请执行人'), '') AS applicants,"
	" coalesce((SELECT group_concat(p.name, '、') FROM case_parties cp JOIN parties p ON p.id = cp.party_id"
	"  WHERE cp.case_id = c.id AND cp.role = '被执行人'), '') AS debtors"
	" FROM cases c LEFT JOIN courts ct ON ct.id = c.court_id WHERE c.id = ?1";

/* A citation as a court reads it: the brief's verification tags（V2）and
 * notes（条文序号待核…）are for prosecutors, not for the document. */
static void strip_tags(char *s)
{
	static const char *const open[] = { "（V", "（U）", "（条文序号待核" };
	for (size_t i = 0; i < sizeof open / sizeof open[0]; i++) {
		char *p;
		while ((p = strstr(s, open[i])) != NULL) {
			char *close = strstr(p, "）");
			if (!close)
				break;
			memmove(p, close + strlen("）"), strlen(close + strlen("）")) + 1);
		}
	}
}

static int build_context(jz_db *db, long long lead_id, long long case_id, const struct template_info *t,
			 struct tctx *c, struct jz_err *e)
{
	char today[11];
	settings_today(db, today);
	char *org = settings_get(db, "org.name");
	tctx_set(c, "org.name", org ? org : "××××人民检察院");
	free(org);
	tctx_set(c, "today", today);
	tctx_set(c, "doc_no", "〔文号待发出时编定〕");
	tctx_set(c, "author", jz_login(db));
	tctx_set(c, "recipient", "××市公安局");
	const char *lead_fields[] = { "lead.id", "lead.evidence", "rule.code", "rule.title", "rule.basis",
				      "rule.remedy", "rule.stage" };
	for (size_t i = 0; i < sizeof lead_fields / sizeof *lead_fields; i++)
		tctx_set(c, lead_fields[i], "");
	if (lead_id > 0) {
		int n = load(db, c, "SELECT l.id AS 'lead.id', l.evidence AS 'lead.evidence', r.code AS 'rule.code',"
			     " r.title AS 'rule.title', r.basis AS 'rule.basis', r.remedy AS 'rule.remedy',"
			     " r.stage AS 'rule.stage', l.case_id AS case_id FROM leads l JOIN rules r ON r.code = l.rule_code"
			     " WHERE l.id = ?1", lead_id, "", NULL, e);
		if (n <= 0)
			return n < 0 ? -1 : jz_err_set(e, "no lead %lld", lead_id);
		sqlite3_stmt *s;
		if (db_prepare(db, "SELECT r.basis, r.verification FROM leads l JOIN rules r ON r.code = l.rule_code"
			       " WHERE l.id = ?", &s, e) == 0) {
			sqlite3_bind_int64(s, 1, lead_id);
			if (sqlite3_step(s) == SQLITE_ROW) {
				struct strbuf b = STRBUF_INIT;
				const char *ver = TXT(s, 1);
				if (strcmp(ver, "V1") && strcmp(ver, "V2"))
					sb_printf(&b, "【待核：本条引文核验等级为%s，发出前须人工核对原文】\n", *ver ? ver : "未知");
				sb_adds(&b, TXT(s, 0));
				strip_tags(b.buf);
				tctx_set(c, "rule.basis", b.buf);
				sb_free(&b);
			}
			sqlite3_finalize(s);
		}
		db_prepare(db, "SELECT case_id FROM leads WHERE id = ?", &s, e);
		sqlite3_bind_int64(s, 1, lead_id);
		if (sqlite3_step(s) == SQLITE_ROW)
			case_id = sqlite3_column_int64(s, 0);
		sqlite3_finalize(s);
	} else if (strcmp(t->needs, "lead") == 0) {
		return jz_err_set(e, "template %s needs a lead (give a LEAD_ID)", t->name);
	}
	if (load(db, c, CASE_SQL, case_id, "case.", NULL, e) <= 0)
		return jz_err_set(e, "no case %lld", case_id);
	load(db, c, "SELECT event_date AS date, kind, coalesce(item, '') AS item, coalesce(amount_fen, '') AS amount"
	     " FROM events WHERE case_id = ?1 ORDER BY event_date, id", case_id, "", "events", e);
	load(db, c, "SELECT r.kind, coalesce(r.item, r.reg_no, '') AS item, coalesce(r.value_fen, '') AS value,"
	     " coalesce(r.start_date, '') AS start FROM case_parties cp JOIN registry_records r ON r.party_id = cp.party_id"
	     " WHERE cp.case_id = ?1 AND cp.role = '被执行人' AND r.kind <> '出行' AND r.end_date IS NULL",
	     case_id, "", "properties", e);
	load(db, c, "SELECT p.name, coalesce(p.id_no, '（不详）') AS id_no FROM case_parties cp JOIN parties p"
	     " ON p.id = cp.party_id WHERE cp.case_id = ?1 AND cp.role = '被执行人'", case_id, "", "debtors", e);
	/* 类案: the active leads of the same rule in the same court */
	int n = load(db, c, "SELECT c2.case_no, coalesce(c2.filing_date, '') AS filing_date,"
		     " coalesce(c2.closing_date, '') AS closing_date, l2.evidence FROM leads l"
		     " JOIN cases c ON c.id = l.case_id JOIN leads l2 ON l2.rule_code = l.rule_code AND l2.status = 'active'"
		     " JOIN cases c2 ON c2.id = l2.case_id AND c2.court_code = c.court_code WHERE l.id = ?1"
		     " ORDER BY c2.filing_date LIMIT 100", lead_id, "", "cases", e);
	tctx_setf(c, "cases_count", "%d", n > 0 ? n : 0);
	sqlite3_stmt *s;
	int false_suit = 0;
	if (db_prepare(db, "SELECT rule_code FROM leads WHERE id = ?", &s, e) == 0) {
		sqlite3_bind_int64(s, 1, lead_id);
		false_suit = sqlite3_step(s) == SQLITE_ROW && strncmp(TXT(s, 0), "XS-", 3) == 0;
		sqlite3_finalize(s);
	}
	tctx_set(c, "is_false_suit", false_suit ? "1" : "");
	tctx_set(c, "crime", false_suit ? "虚假诉讼罪" : "拒不执行判决、裁定罪");
	return 0;
}

/* ---- drafts ---- */

static const char *role_of(jz_db *db, char **hold)
{
	*hold = users_role(db, jz_login(db));
	return *hold ? *hold : "";
}

int drafts_new(jz_db *db, long long lead_id, long long case_id, const char *name, long long *draft_id,
	       struct jz_err *e)
{
	char *hold;
	const char *role = role_of(db, &hold);
	int clerk = strcmp(role, "书记员") == 0;
	free(hold);
	if (clerk)
		return jz_err_set(e, "a clerk (书记员) cannot write drafts");
	struct template_info t;
	if (drafts_template_load(name, &t, e))
		return -1;
	struct tctx *c = tctx_new();
	struct strbuf body = STRBUF_INIT;
	int rc = build_context(db, lead_id, case_id, &t, c, e);
	if (rc == 0)
		rc = template_render(t.path, t.body, c, &body, e);
	if (rc == 0) {
		sqlite3_stmt *s;
		rc = db_begin(db, e) || db_prepare(db, "INSERT INTO drafts(lead_id, case_id, template, kind, title, body, author)"
						   " VALUES(?, (SELECT coalesce(?, (SELECT case_id FROM leads WHERE id = ?))), ?, ?, ?, ?, ?)",
						   &s, e) ? -1 : 0;
		if (rc == 0) {
			if (lead_id > 0) sqlite3_bind_int64(s, 1, lead_id); else sqlite3_bind_null(s, 1);
			if (case_id > 0) sqlite3_bind_int64(s, 2, case_id); else sqlite3_bind_null(s, 2);
			sqlite3_bind_int64(s, 3, lead_id);
			sqlite3_bind_text(s, 4, t.name, -1, SQLITE_STATIC);
			sqlite3_bind_text(s, 5, t.kind, -1, SQLITE_STATIC);
			sqlite3_bind_text(s, 6, t.title, -1, SQLITE_STATIC);
			sqlite3_bind_text(s, 7, body.buf ? body.buf : "", -1, SQLITE_STATIC);
			sqlite3_bind_text(s, 8, jz_login(db), -1, SQLITE_STATIC);
			rc = sqlite3_step(s) == SQLITE_DONE ? 0 : jz_err_set(e, "draft: %s", db_errmsg(db));
			sqlite3_finalize(s);
			*draft_id = db_last_id(db);
			char *after = rc == 0 ? audit_row_json(db, "drafts", *draft_id) : NULL;
			if (rc == 0)
				rc = audit_log(db, "draft.new", "drafts", *draft_id, NULL, after, t.name, e);
			free(after);
			rc = rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
		}
	}
	sb_free(&body);
	tctx_free(c);
	template_info_free(&t);
	return rc;
}

/* Run an UPDATE on one draft (?1 = id) and audit before/after. */
static int change(jz_db *db, long long id, const char *action, const char *sql, const char *a2,
		  const char *a3, long long i4, struct jz_err *e)
{
	char *before = audit_row_json(db, "drafts", id);
	if (!before)
		return jz_err_set(e, "no draft %lld", id);
	sqlite3_stmt *s;
	int rc = db_prepare(db, sql, &s, e);
	if (rc == 0) {
		sqlite3_bind_int64(s, 1, id);
		if (a2) sqlite3_bind_text(s, 2, a2, -1, SQLITE_TRANSIENT);
		if (a3) sqlite3_bind_text(s, 3, a3, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(s, 4, i4);
		rc = sqlite3_step(s) == SQLITE_DONE ? 0 : jz_err_set(e, "draft: %s", db_errmsg(db));
		sqlite3_finalize(s);
		if (rc == 0 && db_changes(db) == 0)
			rc = 1;   /* nothing matched: the caller explains */
	}
	if (rc == 0) {
		char *after = audit_row_json(db, "drafts", id);
		rc = audit_log(db, action, "drafts", id, before, after, a2, e);
		free(after);
	}
	free(before);
	return rc;
}

static char *field(jz_db *db, long long id, const char *col)
{
	char sql[128];
	snprintf(sql, sizeof sql, "SELECT %s FROM drafts WHERE id = %lld", col, id);
	return db_text(db, sql);
}

int drafts_save(jz_db *db, long long id, const char *body, long long expected, struct jz_err *e)
{
	char *status = field(db, id, "status"), *author = field(db, id, "author"), *hold;
	const char *role = role_of(db, &hold);
	int is_author = author && strcmp(author, jz_login(db)) == 0;
	int reviewer = strcmp(role, "部门负责人") == 0 || strcmp(role, "检察长") == 0;
	int rc;
	if (!status)
		rc = jz_err_set(e, "no draft %lld", id);
	else if (!((is_author && (strcmp(status, "草稿") == 0 || strcmp(status, "已退回") == 0)) ||
		   (reviewer && strcmp(status, "已提交") == 0)))
		rc = jz_err_set(e, "draft %lld is %s: only its author (草稿/已退回) or a reviewer (已提交) may edit it",
				id, status);
	else if (db_begin(db, e))
		rc = -1;
	else {
		rc = change(db, id, "draft.save", "UPDATE drafts SET body = ?2, version = version + 1,"
			    " updated_at = strftime('%Y-%m-%dT%H:%M:%S','now','localtime') WHERE id = ?1 AND version = ?4",
			    body, NULL, expected, e);
		if (rc == 1) {
			char *now = field(db, id, "version");
			rc = jz_err_set(e, "draft %lld was changed by someone else since you opened it (your version %lld,"
					" now %s); nothing was saved — reopen it and apply your edits again", id, expected,
					now ? now : "?");
			free(now);
		}
		rc = rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
	}
	free(status);
	free(author);
	free(hold);
	return rc;
}

/* The next 文号 of the year and type: {org.short}民执{type}〔YYYY〕N号 */
static int allocate_doc_no(jz_db *db, long long id, const char *today, char *out, size_t len, struct jz_err *e)
{
	char *type = field(db, id, "(SELECT CASE kind WHEN '移送' THEN '移' WHEN '报告' THEN '报' ELSE '建' END)");
	int year = atoi(today);
	char sql[256];
	snprintf(sql, sizeof sql, "INSERT INTO doc_numbers(year, type, last) VALUES(%d, '%s', 1) ON CONFLICT(year, type)"
		 " DO UPDATE SET last = last + 1", year, type ? type : "建");
	int rc = db_exec(db, sql, e);
	snprintf(sql, sizeof sql, "SELECT last FROM doc_numbers WHERE year = %d AND type = '%s'", year, type ? type : "建");
	long long n = db_int(db, sql, 0);
	char *org = settings_get(db, "org.short");
	snprintf(out, len, "%s民执%s〔%d〕%lld号", org ? org : "×检", type ? type : "建", year, n);
	free(org);
	free(type);
	return rc;
}

int drafts_step(jz_db *db, long long id, enum draft_action a, const char *comment, struct jz_err *e)
{
	char *status = field(db, id, "status"), *author = field(db, id, "author"), *hold;
	const char *role = role_of(db, &hold), *me = jz_login(db);
	int is_author = author && strcmp(author, me) == 0;
	int reviewer = strcmp(role, "部门负责人") == 0 || strcmp(role, "检察长") == 0;
	char today[11], doc_no[96];
	settings_today(db, today);
	int rc = 0;
	const char *need = NULL;
	if (!status)
		rc = jz_err_set(e, "no draft %lld", id);
	else if (a == DA_SUBMIT && !is_author)
		rc = jz_err_set(e, "only the author (%s) submits a draft", author);
	else if (a == DA_SUBMIT)
		need = strcmp(status, "草稿") == 0 || strcmp(status, "已退回") == 0 ? NULL : "草稿 or 已退回";
	else if ((a == DA_APPROVE || a == DA_RETURN) && is_author)
		rc = jz_err_set(e, "nobody approves or returns their own draft");
	else if ((a == DA_APPROVE || a == DA_RETURN) && !reviewer)
		rc = jz_err_set(e, "only a 部门负责人 or 检察长 may %s (your role: %s)", a == DA_APPROVE ? "approve" : "return",
				*role ? role : "none");
	else if (a == DA_APPROVE || a == DA_RETURN)
		need = strcmp(status, "已提交") == 0 ? NULL : "已提交";
	else if (a == DA_ISSUE && !is_author && strcmp(role, "书记员") != 0)
		rc = jz_err_set(e, "the author or a clerk (书记员) issues an approved draft");
	else if (a == DA_ISSUE)
		need = strcmp(status, "已批准") == 0 ? NULL : "已批准";
	if (rc == 0 && need)
		rc = jz_err_set(e, "draft %lld is %s; this step needs %s", id, status, need);
	if (rc == 0 && a == DA_RETURN && (!comment || !*comment))
		rc = jz_err_set(e, "returning a draft needs a comment saying what to change");
	if (rc == 0 && a == DA_FOLLOWUP) {
		char *due = field(db, id, "reply_due"), *outcome = field(db, id, "outcome");
		int late = strcmp(status, "已发出") == 0 && due && strcmp(due, today) < 0;
		int rejected = strcmp(status, "已回复") == 0 && outcome && strcmp(outcome, "不采纳") == 0;
		if (!late && !rejected)
			rc = jz_err_set(e, "跟进监督 is for a reply that is late (due %s) or 不采纳", due ? due : "—");
		free(due);
		free(outcome);
	}
	if (rc == 0 && db_begin(db, e) == 0) {
		static const char *const sql[] = {
			[DA_SUBMIT] = "UPDATE drafts SET status = '已提交', submitted_at = ?3, version = version + 1 WHERE id = ?1",
			[DA_RETURN] = "UPDATE drafts SET status = '已退回', reviewer = ?3, version = version + 1 WHERE id = ?1 AND ?2 IS NOT NULL",
			[DA_APPROVE] = "UPDATE drafts SET status = '已批准', reviewer = ?3, approved_at = date('now','localtime'),"
				       " version = version + 1 WHERE id = ?1",
			[DA_ISSUE] = "UPDATE drafts SET status = '已发出', doc_no = ?2, issued_at = ?3,"
				     " reply_due = date(?3, '+' || ?4 || ' months'), version = version + 1 WHERE id = ?1",
			[DA_FOLLOWUP] = "UPDATE drafts SET status = '跟进监督', version = version + 1 WHERE id = ?1",
		};
		static const char *const names[] = { "draft.submit", "draft.return", "draft.approve", "draft.issue",
						     "draft.followup" };
		const char *a2 = comment, *a3 = today;
		long long months = 3;
		if (a == DA_RETURN || a == DA_APPROVE)
			a3 = me;
		if (a == DA_ISSUE) {
			rc = allocate_doc_no(db, id, today, doc_no, sizeof doc_no, e);
			a2 = doc_no;
			char *m = settings_get(db, "drafts.reply_months");
			months = m ? atoll(m) : 3;
			free(m);
		}
		if (rc == 0)
			rc = change(db, id, names[a], sql[a], a2, a3, months, e);
		if (rc == 0 && comment && *comment && a != DA_ISSUE)
			rc = drafts_comment(db, id, comment, e);
		rc = rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
	}
	free(status);
	free(author);
	free(hold);
	return rc;
}

int drafts_reply(jz_db *db, long long id, const char *outcome, int resumed, long long fen, const char *date,
		 struct jz_err *e)
{
	if (strcmp(outcome, "采纳") && strcmp(outcome, "部分采纳") && strcmp(outcome, "不采纳"))
		return jz_err_set(e, "outcome is 采纳, 部分采纳 or 不采纳");
	char *status = field(db, id, "status");
	int ok = status && (strcmp(status, "已发出") == 0 || strcmp(status, "跟进监督") == 0);
	char today[11];
	settings_today(db, today);
	int rc = ok ? 0 : jz_err_set(e, "draft %lld is %s; a reply comes after it is issued", id, status ? status : "missing");
	free(status);
	if (rc || db_begin(db, e))
		return -1;
	char sql[512];
	snprintf(sql, sizeof sql, "UPDATE drafts SET status = '已回复', outcome = ?2, reply_at = ?3, resumed = %d,"
		 " recovered_fen = ?4, version = version + 1 WHERE id = ?1", resumed);
	rc = change(db, id, "draft.reply", sql, outcome, date ? date : today, fen, e);
	return rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
}

int drafts_comment(jz_db *db, long long id, const char *text, struct jz_err *e)
{
	sqlite3_stmt *s;
	if (db_prepare(db, "INSERT INTO draft_comments(draft_id, login, text) VALUES(?, ?, ?)", &s, e))
		return -1;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, jz_login(db), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, text, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(s) == SQLITE_DONE ? 0 : jz_err_set(e, "comment: %s", db_errmsg(db));
	sqlite3_finalize(s);
	return rc ? rc : audit_log(db, "draft.comment", "drafts", id, NULL, NULL, text, e);
}
