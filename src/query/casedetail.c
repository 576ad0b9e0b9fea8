/* casedetail.c — see casedetail.h. */
#include "query/casedetail.h"
#include "store/db.h"
#include "legal/normalize.h"

#include <string.h>

static int prep(sqlite3 *db, const char *sql, long long case_id, sqlite3_stmt **out,
		struct jz_err *e)
{
	if (db_prepare(db, sql, out, e))
		return -1;
	sqlite3_bind_int64(*out, 1, case_id);
	return 0;
}

#define SOURCE(t) "CASE WHEN " t ".src_file_id IS NOT NULL THEN (SELECT path FROM import_files f " \
	"WHERE f.id = " t ".src_file_id) || ':' || " t ".src_row ELSE '' END"

long long casedetail_find(sqlite3 *db, const char *case_no)
{
	char norm[256];
	const char *key = case_no;
	if (norm_case_no(case_no, norm, sizeof norm, NULL) == 0)
		key = norm;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT id FROM cases WHERE case_no = ?", -1, &st, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
	long long id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	return id;
}

int casedetail_case(sqlite3 *db, long long case_id, sqlite3_stmt **out, struct jz_err *e)
{
	return prep(db, "SELECT c.case_no, c.court_code, ct.name, c.filing_date, c.closing_date,"
		    " c.closing_method, c.cause, c.claim_fen, c.paid_fen, c.basis_no, c.judge, c.zb_reason, "
		    SOURCE("c") " FROM cases c LEFT JOIN courts ct ON ct.id = c.court_id WHERE c.id = ?1",
		    case_id, out, e);
}

int casedetail_parties(sqlite3 *db, long long case_id, sqlite3_stmt **out, struct jz_err *e)
{
	return prep(db, "SELECT cp.role, p.name, p.kind, p.id_no, p.id_valid, p.phone, p.address, p.id"
		    " FROM case_parties cp JOIN parties p ON p.id = cp.party_id WHERE cp.case_id = ?1"
		    " ORDER BY CASE cp.role WHEN '申请执行人' THEN 0 WHEN '被执行人' THEN 1 ELSE 2 END, p.name",
		    case_id, out, e);
}

int casedetail_events(sqlite3 *db, long long case_id, sqlite3_stmt **out, struct jz_err *e)
{
	return prep(db, "SELECT e.event_date, e.kind, e.item, e.amount_fen, e.value_fen, e.end_date,"
		    " e.counterparty, CASE WHEN e.src_file_id IS NOT NULL THEN (SELECT path FROM import_files f"
		    " WHERE f.id = e.src_file_id) || ':' || e.src_row ELSE coalesce(e.created_by, '') END"
		    " FROM events e WHERE e.case_id = ?1 ORDER BY e.event_date, e.id", case_id, out, e);
}

int casedetail_properties(sqlite3 *db, long long case_id, sqlite3_stmt **out, struct jz_err *e)
{
	return prep(db, "SELECT r.kind, r.holder_name, r.match, r.item, r.reg_no, r.value_fen,"
		    " r.start_date, r.end_date, " SOURCE("r") " FROM case_parties cp"
		    " JOIN registry_records r ON r.party_id = cp.party_id"
		    " WHERE cp.case_id = ?1 AND cp.role = '被执行人' ORDER BY r.kind, r.start_date",
		    case_id, out, e);
}

int casedetail_documents(sqlite3 *db, long long case_id, sqlite3_stmt **out, struct jz_err *e)
{
	int have = (int)db_int(db, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name IN"
			       " ('documents','pages')", 0);
	if (have < 2)
		return prep(db, "SELECT NULL, NULL, NULL, NULL, NULL WHERE ?1 IS NULL", case_id, out, e);
	return prep(db, "SELECT d.id, d.kind, d.pages, d.path,"
		    " (SELECT count(*) FROM pages p WHERE p.doc_id = d.id AND p.low_conf)"
		    " FROM documents d WHERE d.case_id = ?1 ORDER BY d.id", case_id, out, e);
}

int casedetail_leads(sqlite3 *db, long long case_id, sqlite3_stmt **out, struct jz_err *e)
{
	return prep(db, "SELECT l.id, l.rule_code, r.title, l.severity, l.status, l.label, l.evidence, r.basis"
		    " FROM leads l JOIN rules r ON r.code = l.rule_code WHERE l.case_id = ?1"
		    " ORDER BY l.status, l.id", case_id, out, e);
}

int casedetail_related(sqlite3 *db, long long case_id, int limit, sqlite3_stmt **out,
		       struct jz_err *e)
{
	if (prep(db, "SELECT * FROM ("
		 " SELECT c2.id, c2.case_no, '同一被执行人: ' || p.name, c2.closing_method, c2.filing_date"
		 " FROM case_parties cp JOIN parties p ON p.id = cp.party_id"
		 " JOIN case_parties cp2 ON cp2.party_id = cp.party_id AND cp2.role = '被执行人'"
		 " JOIN cases c2 ON c2.id = cp2.case_id"
		 " WHERE cp.case_id = ?1 AND cp.role = '被执行人' AND c2.id <> ?1"
		 " ORDER BY c2.filing_date DESC LIMIT ?2)"
		 " UNION ALL SELECT * FROM ("
		 " SELECT c2.id, c2.case_no, '同一承办人: ' || c2.judge, c2.closing_method, c2.filing_date"
		 " FROM cases c JOIN cases c2 ON c2.judge = c.judge AND c2.id <> c.id"
		 " WHERE c.id = ?1 ORDER BY c2.filing_date DESC LIMIT ?2)", case_id, out, e))
		return -1;
	sqlite3_bind_int(*out, 2, limit);
	return 0;
}
