/* casedetail.h — everything about one case, section by section.
 *
 * Each function prepares a statement the caller steps and finalizes
 * (*out owned by the caller); columns are listed per function. IDs are
 * masked by the caller with mask.h unless the user asks to see them. */
#ifndef JZ_CASEDETAIL_H
#define JZ_CASEDETAIL_H

#include <sqlite3.h>
#include "util/err.h"

/* Case id for a 案号 (normalised or as typed); 0 when none. */
long long casedetail_find(sqlite3 *db, const char *case_no);

/* The case: case_no, court_code, court name, filing_date, closing_date,
 * closing_method, cause, claim_fen, paid_fen, basis_no, judge, zb_reason,
 * source ("file:row"). SQLITE_ROW when found. */
int casedetail_case(sqlite3 *db, long long case_id, sqlite3_stmt **out, struct jz_err *e);

/* Parties: role, name, kind, id_no, id_valid, phone, address, party_id. */
int casedetail_parties(sqlite3 *db, long long case_id, sqlite3_stmt **out, struct jz_err *e);

/* Timeline of events and measures, by date: event_date, kind, item,
 * amount_fen, value_fen, end_date, counterparty, source. */
int casedetail_events(sqlite3 *db, long long case_id, sqlite3_stmt **out, struct jz_err *e);

/* Registry records of the case's 被执行人: kind, holder_name, match, item,
 * reg_no, value_fen, start_date, end_date, source. */
int casedetail_properties(sqlite3 *db, long long case_id, sqlite3_stmt **out, struct jz_err *e);

/* Documents of the case (empty when the OCR module's tables are absent):
 * doc_id, kind, pages, path, low_conf_pages. */
int casedetail_documents(sqlite3 *db, long long case_id, sqlite3_stmt **out, struct jz_err *e);

/* Leads on the case: lead_id, rule, title, severity, status, label,
 * evidence, basis. */
int casedetail_leads(sqlite3 *db, long long case_id, sqlite3_stmt **out, struct jz_err *e);

/* Other cases of the same 被执行人 or judge (at most limit each): case_id,
 * case_no, relation ("同一被执行人: NAME" / "同一承办人: NAME"),
 * closing_method, filing_date. */
int casedetail_related(sqlite3 *db, long long case_id, int limit, sqlite3_stmt **out,
		       struct jz_err *e);

#endif
