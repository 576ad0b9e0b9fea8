/* sources.c — see sources.h. One small query per kind of reference. */
#include "query/sources.h"
#include "store/db.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

struct kind {
	const char *prefix;
	const char *sql;    /* ?1 = id; one row of text columns, formatted by fmt */
	void (*fmt)(sqlite3_stmt *st, struct strbuf *sb);
};

#define COL(i) db_col(st, i)

static void at_file(sqlite3_stmt *st, int file, int row, struct strbuf *sb)
{
	if (*COL(file))
		sb_printf(sb, "《%s》", COL(file));
	if (sqlite3_column_type(st, row) != SQLITE_NULL)
		sb_printf(sb, "第%lld行", (long long)sqlite3_column_int64(st, row));
}

static void fmt_case(sqlite3_stmt *st, struct strbuf *sb)
{
	sb_adds(sb, "台账");
	at_file(st, 0, 1, sb);
	sb_printf(sb, "：%s", COL(2));
}

static void fmt_event(sqlite3_stmt *st, struct strbuf *sb)
{
	sb_adds(sb, "事件表");
	at_file(st, 0, 1, sb);
	sb_printf(sb, "：%s %s", COL(2), COL(3));
	for (int i = 4; i <= 5; i++)
		if (*COL(i))
			sb_printf(sb, " %s", COL(i));
}

static void fmt_registry(sqlite3_stmt *st, struct strbuf *sb)
{
	sb_printf(sb, "登记数据（%s）", COL(2));
	at_file(st, 0, 1, sb);
	sb_printf(sb, "：%s %s（%s）", COL(3), COL(4), strcmp(COL(5), "id") == 0 ? "证件号匹配" : "仅姓名匹配");
}

static void fmt_bank(sqlite3_stmt *st, struct strbuf *sb)
{
	sb_adds(sb, "银行流水");
	at_file(st, 0, 1, sb);
	sb_printf(sb, "：%s %s %s", COL(2), COL(3), COL(4));
	if (*COL(5))
		sb_printf(sb, " 对方%s", COL(5));
}

static void fmt_fact(sqlite3_stmt *st, struct strbuf *sb)
{
	sb_printf(sb, "文书#%s《%s》", COL(0), *COL(1) ? COL(1) : "未识别");
	if (*COL(2))
		sb_printf(sb, "第%s页", COL(2));
	if (*COL(3))
		sb_printf(sb, "第%s行", COL(3));
	sb_printf(sb, "「%s」", COL(4));
	if (strcmp(COL(5), "confirmed") == 0 || strcmp(COL(5), "corrected") == 0)
		sb_adds(sb, "（已人工确认）");
	else
		sb_printf(sb, "（未经人工确认，置信度%.2f）", sqlite3_column_double(st, 6));
}

static const struct kind kinds[] = {
	{ "case", "SELECT f.name, c.src_row, c.case_no FROM cases c LEFT JOIN import_file_names f ON f.id = c.src_file_id"
		  " WHERE c.id = ?1", fmt_case },
	{ "event", "SELECT f.name, e.src_row, e.event_date, e.kind, e.item, yuan(coalesce(e.amount_fen, e.deal_fen,"
		   " e.price_fen, e.value_fen)) FROM events e LEFT JOIN import_file_names f ON f.id = e.src_file_id"
		   " WHERE e.id = ?1", fmt_event },
	{ "registry", "SELECT f.name, r.src_row, r.kind, r.holder_name, coalesce(r.item, r.reg_no, ''), r.match"
		      " FROM registry_records r LEFT JOIN import_file_names f ON f.id = r.src_file_id WHERE r.id = ?1",
	  fmt_registry },
	{ "bank", "SELECT f.name, t.src_row, t.txn_date, CASE t.direction WHEN 'in' THEN '收入' ELSE '支出' END,"
		  " yuan(t.amount_fen), t.cp_name FROM bank_txns t LEFT JOIN import_file_names f ON f.id = t.src_file_id"
		  " WHERE t.id = ?1", fmt_bank },
	{ "fact", "SELECT d.id, d.kind, p.page_no, f.line, coalesce(f.raw, f.value), f.status, f.confidence"
		  " FROM facts f JOIN documents d ON d.id = f.doc_id LEFT JOIN pages p ON p.id = f.page_id"
		  " WHERE f.id = ?1", fmt_fact },
};

static char *describe_one(jz_db *db, const char *ref, struct jz_err *e)
{
	const char *colon = strchr(ref, ':');
	for (size_t k = 0; colon && k < sizeof kinds / sizeof *kinds; k++) {
		if (strlen(kinds[k].prefix) != (size_t)(colon - ref) || strncmp(ref, kinds[k].prefix, (size_t)(colon - ref)))
			continue;
		sqlite3_stmt *st;
		if (db_prepare(db, kinds[k].sql, &st, e))
			return NULL;
		sqlite3_bind_int64(st, 1, atoll(colon + 1));
		struct strbuf sb = STRBUF_INIT;
		if (sqlite3_step(st) == SQLITE_ROW)
			kinds[k].fmt(st, &sb);
		else
			sb_printf(&sb, "（%s 已不在数据库中）", ref);
		sqlite3_finalize(st);
		return sb_detach(&sb);
	}
	struct strbuf sb = STRBUF_INIT;
	sb_printf(&sb, "（无法识别的来源 %s）", ref);
	return sb_detach(&sb);
}

int sources_describe(jz_db *db, const char *sources, struct source_line **out, int *n, struct jz_err *e)
{
	*out = NULL;
	*n = 0;
	int cap = 0;
	char *copy = xstrdup(sources ? sources : ""), *save = NULL;
	int rc = 0;
	for (char *tok = strtok_r(copy, " ", &save); tok && rc == 0; tok = strtok_r(NULL, " ", &save)) {
		int seen = 0;
		for (int i = 0; i < *n && !seen; i++)
			seen = strcmp((*out)[i].ref, tok) == 0;
		if (seen)
			continue;
		char *text = describe_one(db, tok, e);
		if (!text) {
			rc = -1;
			break;
		}
		*out = xgrow(*out, sizeof **out, &cap, *n + 1);
		(*out)[*n].ref = xstrdup(tok);
		(*out)[(*n)++].text = text;
	}
	free(copy);
	return rc;
}

void source_lines_free(struct source_line *l, int n)
{
	for (int i = 0; i < n; i++) {
		free(l[i].ref);
		free(l[i].text);
	}
	free(l);
}
