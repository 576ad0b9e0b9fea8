/* context.c — the fields and lists a template sees: the lead and its
 * rule's law, the case, its events, properties and debtors, the 类案 of the
 * same rule and court, the procuratorate. */
#include "drafts/context.h"
#include "store/db.h"
#include "store/settings.h"
#include "util/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The 文号 a draft shows until it is issued; issuing writes the real one
 * in its place (drafts_step, DA_ISSUE). */

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

/* The case as the v_case_summary view defines it (db/schema/007). */
static const char CASE_SQL[] =
	"SELECT case_no, court_name AS court, court_code, coalesce(filing_date, '') AS filing_date,"
	" coalesce(closing_date, '') AS closing_date, coalesce(closing_method, '未结') AS method,"
	" coalesce(cause, '') AS cause, coalesce(claim_fen, 0) AS claim, coalesce(paid_fen, 0) AS paid,"
	" coalesce(basis_no, '') AS basis_no, coalesce(judge, '') AS judge, coalesce(zb_reason, '') AS zb_reason,"
	" coalesce(applicants, '') AS applicants, coalesce(debtors, '') AS debtors"
	" FROM v_case_summary WHERE case_id = ?1";

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

static void org_fields(jz_db *db, struct tctx *c)
{
	char today[11];
	settings_today(db, today);
	char *org = settings_get(db, "org.name");
	tctx_set(c, "org.name", org ? org : "××××人民检察院");
	free(org);
	org = settings_get(db, "org.upper");
	tctx_set(c, "org.upper", org ? org : "");
	free(org);
	tctx_set(c, "today", today);
	tctx_set(c, "doc_no", DOC_NO_PENDING);
	tctx_set(c, "author", jz_login(db));
	tctx_set(c, "recipient", "××市公安局");
}

/* The rule's law as a court reads it, marked when a person must check it. */
static void basis_field(jz_db *db, struct tctx *c, long long lead_id, struct jz_err *e)
{
	sqlite3_stmt *s;
	if (db_prepare(db, "SELECT r.basis, r.verification FROM leads l JOIN rules r ON r.code = l.rule_code"
		       " WHERE l.id = ?", &s, e))
		return;
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

/* The lead's fields; *case_id gets its case. */
static int lead_fields(jz_db *db, struct tctx *c, long long lead_id, long long *case_id, struct jz_err *e)
{
	const char *names[] = { "lead.id", "lead.evidence", "rule.code", "rule.title", "rule.basis", "rule.remedy",
				"rule.stage" };
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		tctx_set(c, names[i], "");
	if (lead_id <= 0)
		return 0;
	int n = load(db, c, "SELECT l.id AS 'lead.id', l.evidence AS 'lead.evidence', r.code AS 'rule.code',"
		     " r.title AS 'rule.title', r.basis AS 'rule.basis', r.remedy AS 'rule.remedy',"
		     " r.stage AS 'rule.stage' FROM leads l JOIN rules r ON r.code = l.rule_code"
		     " WHERE l.id = ?1", lead_id, "", NULL, e);
	if (n <= 0)
		return n < 0 ? -1 : jz_err_set(e, "没有编号为 %lld 的线索", lead_id);
	basis_field(db, c, lead_id, e);
	*case_id = db_int_i(db, "SELECT case_id FROM leads WHERE id = ?1", lead_id, 0);
	return 0;
}

/* The case's lists: events, properties, debtors, and 类案 of the rule. */
static void case_lists(jz_db *db, struct tctx *c, long long case_id, long long lead_id, struct jz_err *e)
{
	load(db, c, "SELECT event_date AS date, kind, coalesce(item, '') AS item, coalesce(amount_fen, '') AS amount"
	     " FROM events WHERE case_id = ?1 ORDER BY event_date, id", case_id, "", "events", e);
	load(db, c, "SELECT r.kind, coalesce(r.item, r.reg_no, '') AS item, coalesce(r.value_fen, '') AS value,"
	     " coalesce(r.start_date, '') AS start FROM case_parties cp JOIN registry_records r ON r.party_id = cp.party_id"
	     " WHERE cp.case_id = ?1 AND cp.role = '被执行人' AND r.kind <> '出行' AND r.end_date IS NULL",
	     case_id, "", "properties", e);
	load(db, c, "SELECT name, coalesce(id_no, '（不详）') AS id_no FROM v_case_party"
	     " WHERE case_id = ?1 AND role = '被执行人'", case_id, "", "debtors", e);
	int n = load(db, c, "SELECT c2.case_no, coalesce(c2.filing_date, '') AS filing_date,"
		     " coalesce(c2.closing_date, '') AS closing_date, l2.evidence FROM leads l"
		     " JOIN cases c ON c.id = l.case_id JOIN leads l2 ON l2.rule_code = l.rule_code AND l2.status = 'active'"
		     " JOIN cases c2 ON c2.id = l2.case_id AND c2.court_code = c.court_code WHERE l.id = ?1"
		     " ORDER BY c2.filing_date LIMIT 100", lead_id, "", "cases", e);
	tctx_setf(c, "cases_count", "%d", n > 0 ? n : 0);
}

/* A referral letter names the crime the lead points to. */
static void crime_fields(jz_db *db, struct tctx *c, long long lead_id)
{
	sqlite3_stmt *s;
	int false_suit = 0;
	if (db_prepare(db, "SELECT rule_code FROM leads WHERE id = ?", &s, NULL) == 0) {
		sqlite3_bind_int64(s, 1, lead_id);
		false_suit = sqlite3_step(s) == SQLITE_ROW && strncmp(TXT(s, 0), "XS-", 3) == 0;
		sqlite3_finalize(s);
	}
	tctx_set(c, "is_false_suit", false_suit ? "1" : "");
	tctx_set(c, "crime", false_suit ? "虚假诉讼罪" : "拒不执行判决、裁定罪");
}

int drafts_build_context(jz_db *db, long long lead_id, long long case_id, const struct template_info *t,
			 struct tctx *c, struct jz_err *e)
{
	org_fields(db, c);
	if (lead_fields(db, c, lead_id, &case_id, e))
		return -1;
	if (lead_id <= 0 && strcmp(t->needs, "lead") == 0)
		return jz_err_set(e, "模板 %s 需要从线索起草（给出线索编号）", t->name);
	if (load(db, c, CASE_SQL, case_id, "case.", NULL, e) <= 0)
		return jz_err_set(e, "没有编号为 %lld 的案件", case_id);
	case_lists(db, c, case_id, lead_id, e);
	crime_fields(db, c, lead_id);
	return 0;
}
