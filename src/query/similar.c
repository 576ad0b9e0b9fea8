/* similar.c — see similar.h. One statement reads every candidate with the
 * facts the score needs; the score and the reason are made here (the
 * bigram index needs no SQL); the outcome is read for the rows kept. */
#include "query/similar.h"
#include "query/rows.h"
#include "query/sql.h"
#include "util/strbuf.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- text: sorted, distinct character bigrams ---- */

struct bigrams { uint64_t *v; int n; };

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

static void bigrams_of(const char *s, struct bigrams *out)
{
	size_t len = strlen(s);
	int cap = 0, k;
	uint32_t prev = 0;
	int have = 0;
	out->v = NULL;
	out->n = 0;
	for (size_t i = 0; i < len; i += (size_t)k) {
		uint32_t cp = utf8_decode(s + i, len - i, &k);
		if (k <= 0)
			k = 1;
		if (have) {
			out->v = xgrow(out->v, sizeof *out->v, &cap, out->n + 1);
			out->v[out->n++] = (uint64_t)prev << 32 | cp;
		}
		prev = cp;
		have = 1;
	}
	if (out->n > 1)
		qsort(out->v, (size_t)out->n, sizeof *out->v, cmp_u64);
	int u = 0;
	for (int i = 0; i < out->n; i++)
		if (u == 0 || out->v[u - 1] != out->v[i])
			out->v[u++] = out->v[i];
	out->n = u;
}

static double jaccard(const struct bigrams *a, const struct bigrams *b)
{
	int i = 0, j = 0, both = 0;
	while (i < a->n && j < b->n) {
		if (a->v[i] == b->v[j])
			both++, i++, j++;
		else if (a->v[i] < b->v[j])
			i++;
		else
			j++;
	}
	int any = a->n + b->n - both;
	return any ? (double)both / any : 0;
}

double similar_text(const char *a, const char *b)
{
	struct bigrams x, y;
	bigrams_of(a ? a : "", &x);
	bigrams_of(b ? b : "", &y);
	double r = jaccard(&x, &y);
	free(x.v);
	free(y.v);
	return r;
}

/* ---- candidates ---- */

/* The target: the evidence of the case's leads (of the one lead when ?2),
 * how many rules they are of, and whether the lead is the case's. */
static const char target_sql[] =
	"SELECT coalesce(c.court_code, ''), coalesce(c.judge, ''), coalesce(c.cause, ''), c.claim_fen,"
	" coalesce((SELECT group_concat(l.evidence, ' ') FROM leads l WHERE l.case_id = c.id"
	"  AND (?2 = 0 OR l.id = ?2)), ''),"
	" (?2 = 0 OR EXISTS (SELECT 1 FROM leads WHERE id = ?2 AND case_id = ?1)),"
	" (SELECT count(DISTINCT rule_code) FROM leads WHERE case_id = ?1 AND (?2 = 0 OR id = ?2))"
	" FROM cases c WHERE c.id = ?1";

static const char cand_sql[] =
	"WITH t AS (SELECT * FROM cases WHERE id = ?1),"
	" tr AS (SELECT DISTINCT rule_code FROM leads WHERE case_id = ?1 AND (?2 = 0 OR id = ?2)),"
	" fam AS (SELECT member_id FROM v_family WHERE case_id = ?1)"
	" SELECT c.id, c.case_no, coalesce(c.court_code, ''), coalesce(c.judge, ''), coalesce(c.cause, ''),"
	" coalesce(c.closing_method, ''), c.claim_fen,"
	/* the shared rules, those whose lead here was labelled first: the
	 * reason names three, and a decided lead is the precedent */
	" coalesce((SELECT group_concat(rule_code, '、') FROM (SELECT l.rule_code, max(l.label IS NOT NULL) AS decided"
	"  FROM leads l WHERE l.case_id = c.id AND l.rule_code IN tr GROUP BY l.rule_code ORDER BY decided DESC, 1)), ''),"
	" c.court_code = t.court_code, c.judge = t.judge AND c.court_code IS t.court_code, c.cause = t.cause,"
	/* its evidence for the shared rules (all of it when none is shared) */
	" coalesce((SELECT group_concat(l.evidence, ' ') FROM leads l WHERE l.case_id = c.id AND l.rule_code IN tr),"
	"  (SELECT group_concat(l.evidence, ' ') FROM leads l WHERE l.case_id = c.id), ''),"
	" (SELECT count(DISTINCT l.rule_code) FROM leads l WHERE l.case_id = c.id AND l.rule_code IN tr)"
	" FROM cases c, t WHERE c.id <> t.id AND c.id IN (SELECT case_id FROM leads)"
	" AND c.id NOT IN (SELECT member_id FROM fam)";

/* The lead that shows best how a case ended: of a rule shared (?2, the
 * codes joined by 、) first, then the furthest along. */
static const char outcome_sql[] =
	"SELECT o.lead_id, o.rule_code, coalesce(o.label, ''),"
	" o.draft_kind = '检察建议' AND o.issued_at IS NOT NULL, coalesce(o.outcome, ''), o.resumed, o.recovered_fen"
	" FROM v_lead_outcome o WHERE o.case_id = ?1"
	" ORDER BY instr('、' || ?2 || '、', '、' || o.rule_code || '、') > 0 DESC, o.recovered_fen > 0 DESC, o.reply_at IS NOT NULL DESC,"
	" o.issued_at IS NOT NULL DESC, o.label = '成案' DESC, o.lead_id DESC LIMIT 1";

struct target {
	char *court, *judge, *cause;
	long long claim;
	int nrules;              /* rules of the case's leads (1 with a lead) */
	struct bigrams text;
};

/* "12.3万" or "8,500元" for a reason text. */
static void wan(long long fen, char *buf, size_t len)
{
	if (fen >= 1000000)
		snprintf(buf, len, "%.1f万", fen / 1000000.0);
	else
		snprintf(buf, len, "%lld元", fen / 100);
}

/* Score and reason of the candidate on the current row. */
static double score_row(sqlite3_stmt *st, const struct target *t, struct strbuf *why)
{
	double s = 0;
	const char *rules = (const char *)sqlite3_column_text(st, 7);
	int shared = sqlite3_column_int(st, 12);
	if (shared > 0 && t->nrules > 0) {
		s += 4.0 * shared / t->nrules;
		const char *end = rules;
		for (int k = 0; k < 3 && end; k++)          /* name three at most */
			end = strstr(end + (k ? strlen("、") : 0), "、");
		if (end)
			sb_printf(why, "同一规则 %.*s等%d条；", (int)(end - rules), rules, shared);
		else
			sb_printf(why, "同一规则 %s；", rules);
	}
	if (sqlite3_column_int(st, 8))
		s += 2, sb_adds(why, "同一法院；");
	if (sqlite3_column_int(st, 9))
		s += 2, sb_adds(why, "同一承办人；");
	if (sqlite3_column_int(st, 10))
		s += 1, sb_adds(why, "同一案由；");
	long long claim = rows_money(st, 6);
	if (claim > 0 && t->claim > 0) {
		double close = 1 - fabs(log((double)claim / (double)t->claim)) / log(10);
		if (close > 0)
			s += close;
		if (close >= 0.7) {
			char a[32], b[32];
			wan(t->claim, a, sizeof a);
			wan(claim, b, sizeof b);
			sb_printf(why, "标的相近（%s/%s）；", a, b);
		}
	}
	struct bigrams c;
	bigrams_of((const char *)sqlite3_column_text(st, 11), &c);
	double j = jaccard(&t->text, &c);
	free(c.v);
	s += 2 * j;
	if (j >= 0.2)
		sb_printf(why, "证据相似（%.2f）；", j);
	if (why->len >= 3)       /* drop the last "；" */
		why->len -= 3, why->buf[why->len] = 0;
	return s;
}

static void fill_candidate(sqlite3_stmt *st, struct similar_row *r, double score, const char *why)
{
	memset(r, 0, sizeof *r);
	r->case_id = sqlite3_column_int64(st, 0);
	r->case_no = db_col_dup(st, 1);
	r->court = db_col_dup(st, 2);
	r->judge = db_col_dup(st, 3);
	r->cause = db_col_dup(st, 4);
	r->closing = db_col_dup(st, 5);
	r->claim_fen = rows_money(st, 6);
	r->rule = db_col_dup(st, 7);            /* the rules shared, until the outcome names its lead's */
	r->score = score;
	r->reason = xstrdup(why);
	r->resumed = -1;
	r->recovered_fen = -1;
}

static int load_target(jz_db *db, long long case_id, long long lead_id, struct target *t, struct jz_err *e)
{
	sqlite3_stmt *st;
	memset(t, 0, sizeof *t);
	if (db_prepare(db, target_sql, &st, e))
		return -1;
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_int64(st, 2, lead_id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_int(st, 5)) {
		t->court = db_col_dup(st, 0);
		t->judge = db_col_dup(st, 1);
		t->cause = db_col_dup(st, 2);
		t->claim = rows_money(st, 3);
		t->nrules = sqlite3_column_int(st, 6);
		bigrams_of((const char *)sqlite3_column_text(st, 4), &t->text);
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW && t->court)
		return 0;
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return jz_err_set(e, rc == SQLITE_DONE ? "案件 %lld 不存在" : "线索 %lld 不属于该案件",
				  rc == SQLITE_DONE ? case_id : lead_id);
	return jz_err_set(e, "读取案件失败: %s", db_errmsg(db));
}

static void target_free(struct target *t)
{
	free(t->court); free(t->judge); free(t->cause); free(t->text.v);
}

static int by_score(const void *a, const void *b)
{
	const struct similar_row *x = a, *y = b;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->case_id > y->case_id ? -1 : x->case_id < y->case_id;
}

/* Every candidate with a score above 0, unsorted. */
static int candidates(jz_db *db, long long case_id, long long lead_id, const struct target *t,
		      struct similar_row **rows, int *n, struct jz_err *e)
{
	sqlite3_stmt *st;
	int cap = 0, rc;
	if (db_prepare(db, cand_sql, &st, e))
		return -1;
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_int64(st, 2, lead_id);
	struct strbuf why = STRBUF_INIT;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sb_reset(&why);
		double s = score_row(st, t, &why);
		if (s <= 0)
			continue;
		*rows = xgrow(*rows, sizeof **rows, &cap, *n + 1);
		fill_candidate(st, &(*rows)[(*n)++], s, sb_str(&why));
	}
	sb_free(&why);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : jz_err_set(e, "读取类案失败: %s", db_errmsg(db));
}

static int outcome(jz_db *db, sqlite3_stmt *st, struct similar_row *r, struct jz_err *e)
{
	sqlite3_reset(st);
	sqlite3_bind_int64(st, 1, r->case_id);
	sqlite3_bind_text(st, 2, r->rule, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		r->lead_id = sqlite3_column_int64(st, 0);
		free(r->rule);
		r->rule = db_col_dup(st, 1);
		r->label = db_col_dup(st, 2);
		r->suggestion = sqlite3_column_int(st, 3);
		r->outcome = db_col_dup(st, 4);
		r->resumed = sqlite3_column_type(st, 5) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 5);
		r->recovered_fen = rows_money(st, 6);
	} else {
		r->label = xstrdup("");
		r->outcome = xstrdup("");
	}
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : jz_err_set(e, "读取办理结果失败: %s", db_errmsg(db));
}

int similar_find(jz_db *db, long long case_id, long long lead_id, int limit, struct similar_row **rows,
		 int *n, struct jz_err *e)
{
	struct target t;
	*rows = NULL;
	*n = 0;
	if (load_target(db, case_id, lead_id, &t, e))
		return -1;
	int rc = candidates(db, case_id, lead_id, &t, rows, n, e);
	target_free(&t);
	if (*n > 1)
		qsort(*rows, (size_t)*n, sizeof **rows, by_score);
	for (int i = limit > 0 ? limit : *n; i < *n; i++)
		similar_free(*rows + i, -1);
	if (limit > 0 && *n > limit)
		*n = limit;
	sqlite3_stmt *st;
	if (rc == 0 && *n && db_prepare(db, outcome_sql, &st, e) == 0) {
		for (int i = 0; i < *n && rc == 0; i++)
			rc = outcome(db, st, &(*rows)[i], e);
		sqlite3_finalize(st);
	} else if (rc == 0 && *n) {
		rc = -1;
	}
	for (int i = 0; i < *n; i++) {          /* keep strings non-NULL on every path */
		if (!(*rows)[i].label) (*rows)[i].label = xstrdup("");
		if (!(*rows)[i].outcome) (*rows)[i].outcome = xstrdup("");
	}
	return rc;
}

/* n < 0: one row's strings only (the rows cut from a ranking). */
void similar_free(struct similar_row *rows, int n)
{
	for (int i = 0; rows && i < (n < 0 ? 1 : n); i++) {
		struct similar_row *r = &rows[i];
		free(r->case_no); free(r->court); free(r->judge); free(r->cause); free(r->closing);
		free(r->rule); free(r->label); free(r->outcome); free(r->reason);
	}
	if (n >= 0)
		free(rows);
}

/* One element of a row's JSON array. */
#define J(i) "json_extract(j.value, '$[" #i "]')"

int similar_select(jz_db *db, const struct similar_row *rows, int n, int print, sqlite3_stmt **out,
		   struct jz_err *e)
{
	struct strbuf js = STRBUF_INIT;
	sb_addc(&js, '[');
	for (int i = 0; i < n; i++) {
		const struct similar_row *r = &rows[i];
		sb_printf(&js, "%s[%d,", i ? "," : "", i + 1);
		sb_add_json_str(&js, r->case_no);
		sb_printf(&js, ",%.2f,", r->score);
		const char *s[] = { r->reason, r->rule, r->label, r->outcome, r->closing, r->court, r->judge };
		for (size_t k = 0; k < sizeof s / sizeof *s; k++)
			sb_add_json_str(&js, s[k]), sb_addc(&js, ',');
		sb_printf(&js, "%d,%d,%lld,%lld,%lld]", r->suggestion, r->resumed, r->recovered_fen, r->case_id,
			  r->lead_id);
	}
	sb_addc(&js, ']');
	static const char sql[] =
		"SELECT " J(0) " AS rank, " J(1) " AS case_no, " J(2) " AS score, " J(3) " AS reason,"
		" " J(4) " AS rule, " J(5) " AS label, CASE " J(10) " WHEN 1 THEN '已发出' ELSE '' END AS suggestion,"
		" " J(6) " AS outcome, CASE " J(11) " WHEN 1 THEN '是' WHEN 0 THEN '否' ELSE '' END AS resumed,"
		" CASE WHEN " J(12) " < 0 THEN NULL WHEN ?2 THEN printf('%.2f', " J(12) " / 100.0)"
		"  ELSE " J(12) " END AS recovered, " J(7) " AS closing, " J(8) " AS court, " J(9) " AS judge,"
		" " J(13) " AS case_id, " J(14) " AS lead_id FROM json_each(?1) j ORDER BY j.key";
	int rc = db_prepare(db, sql, out, e);
	if (rc == 0) {
		sqlite3_bind_text(*out, 1, sb_str(&js), -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(*out, 2, print);
	}
	sb_free(&js);
	return rc;
}
