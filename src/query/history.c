/* history.c — a lead's or a draft's audit history (see history.h). The
 * fields that changed come from comparing the row's JSON before and after
 * (json_each), shown under Chinese names; fields a person does not act on
 * (timestamps, version counters) are left out. */
#include "query/history.h"
#include "query/rows.h"
#include "query/sql.h"
#include "legal/cnfmt.h"
#include "legal/mask.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

static const struct { const char *action, *name; } actions[] = {
	{ "label", "标注" }, { "label.clear", "取消标注" }, { "label.undo", "撤销标注" },
	{ "draft.new", "起草" }, { "draft.revise", "修订（新文稿）" }, { "draft.save", "修改正文" },
	{ "draft.submit", "提交审批" }, { "draft.return", "退回" }, { "draft.approve", "批准" },
	{ "draft.issue", "发出" }, { "draft.reply", "登记法院回复" }, { "draft.followup", "跟进监督" },
	{ "draft.comment", "审核意见" },
};

const char *history_action_name(const char *action)
{
	for (size_t i = 0; i < sizeof actions / sizeof actions[0]; i++)
		if (strcmp(actions[i].action, action) == 0)
			return actions[i].name;
	return action;
}

/* The fields shown, by their column names in leads and drafts. */
enum fkind { F_TEXT, F_LONG, F_MONEY, F_YESNO, F_STATUS };
static const struct { const char *key, *name; enum fkind kind; } fields[] = {
	{ "label", "标注", F_TEXT }, { "label_reason", "排除理由", F_TEXT }, { "label_note", "说明", F_TEXT },
	{ "status", "状态", F_STATUS }, { "evidence", "证据", F_TEXT }, { "title", "标题", F_TEXT },
	{ "body", "正文", F_LONG }, { "reviewer", "审批人", F_TEXT }, { "doc_no", "文号", F_TEXT },
	{ "signed_on", "成文日期", F_TEXT }, { "reply_due", "回复期限", F_TEXT }, { "reply_at", "回复日期", F_TEXT },
	{ "outcome", "回复结果", F_TEXT }, { "resumed", "恢复执行", F_YESNO }, { "recovered_fen", "到位金额", F_MONEY },
};

int history_query(jz_db *db, const char *tbl, long long row_id, sqlite3_stmt **out, struct jz_err *e)
{
	/* changes: key US before US after, records separated by RS */
	if (db_prepare(db, "SELECT a.id, a.at, a.login, coalesce(nullif(u.name, ''), a.login) AS name, a.action,"
		       " coalesce(a.note, '') AS note,"
		       " coalesce((SELECT group_concat(n.key || char(31) || coalesce(o.value, '') || char(31)"
		       "   || coalesce(n.value, ''), char(30)) FROM json_each(a.after) n"
		       "   LEFT JOIN json_each(a.before) o ON o.key = n.key"
		       "   WHERE json_valid(a.before) AND o.value IS NOT n.value), '') AS changes"
		       " FROM audit a LEFT JOIN users u ON u.login = a.login"
		       " WHERE a.tbl = ?1 AND a.row_id = ?2 ORDER BY a.id", out, e))
		return -1;
	sqlite3_bind_text(*out, 1, tbl, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(*out, 2, row_id);
	return 0;
}

static void value(struct strbuf *sb, const char *v, size_t n, enum fkind k)
{
	char *s = xstrndup(v, n), buf[64];
	if (!*s)
		sb_adds(sb, "—");
	else if (k == F_MONEY) {
		cn_yuan(atoll(s), buf, sizeof buf);
		sb_printf(sb, "%s元", buf);
	}
	else if (k == F_YESNO)
		sb_adds(sb, atoi(s) ? "是" : "否");
	else if (k == F_STATUS && !strcmp(s, "active"))
		sb_adds(sb, "有效");
	else if (k == F_STATUS && !strcmp(s, "gone"))
		sb_adds(sb, "不再命中");
	else {
		char *m = mask_text_ids(s);
		sb_adds(sb, m);
		free(m);
	}
	free(s);
}

/* One "key US before US after" record, when its field is shown. */
static void change(struct strbuf *sb, const char *rec, size_t n)
{
	const char *us1 = memchr(rec, 31, n), *us2 = us1 ? memchr(us1 + 1, 31, n - (size_t)(us1 + 1 - rec)) : NULL;
	if (!us2)
		return;
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		size_t kl = strlen(fields[i].key);
		if ((size_t)(us1 - rec) != kl || memcmp(rec, fields[i].key, kl) != 0)
			continue;
		if (sb->len)
			sb_adds(sb, "；");
		sb_printf(sb, "%s：", fields[i].name);
		if (fields[i].kind == F_LONG) {
			sb_adds(sb, "已改动");
			return;
		}
		value(sb, us1 + 1, (size_t)(us2 - us1 - 1), fields[i].kind);
		sb_adds(sb, " → ");
		value(sb, us2 + 1, n - (size_t)(us2 + 1 - rec), fields[i].kind);
		return;
	}
}

static char *changes(const char *raw)
{
	struct strbuf sb = STRBUF_INIT;
	for (const char *p = raw; *p;) {
		const char *rs = strchr(p, 30);
		size_t n = rs ? (size_t)(rs - p) : strlen(p);
		change(&sb, p, n);
		p += n + (rs != NULL);
	}
	if (!sb.buf)
		sb_adds(&sb, "");
	return sb_detach(&sb);
}

static void fill(sqlite3_stmt *st, void *row)
{
	struct history_row *r = row;
	r->id = sqlite3_column_int64(st, 0);
	r->at = db_col_dup(st, 1);
	r->login = db_col_dup(st, 2);
	r->who = db_col_dup(st, 3);
	r->action = xstrdup(history_action_name(db_col(st, 4)));
	r->note = mask_text_ids(db_col(st, 5));
	r->changes = changes(db_col(st, 6));
}

int history_fetch(jz_db *db, const char *tbl, long long row_id, struct history_row **rows, int *n,
		  struct jz_err *e)
{
	sqlite3_stmt *st;
	*rows = NULL;
	*n = 0;
	if (history_query(db, tbl, row_id, &st, e))
		return -1;
	return rows_read(db, st, fill, rows, sizeof **rows, n, e);
}

void history_rows_free(struct history_row *rows, int n)
{
	for (int i = 0; i < n; i++) {
		free(rows[i].at); free(rows[i].login); free(rows[i].who); free(rows[i].action);
		free(rows[i].note); free(rows[i].changes);
	}
	free(rows);
}
