/* sql.h — the listings as prepared statements, for the CLI's generic
 * table/csv/json printer and for the typed readers in query/ (one SQL
 * definition each). Core-internal: includes SQLite. Every function
 * prepares a statement the caller steps and finalizes; the columns are
 * named (AS) so printed headers read well. */
#ifndef JZ_QUERY_SQL_H
#define JZ_QUERY_SQL_H

#include "store/db.h"
#include "query/caselist.h"
#include "query/leadlist.h"
#include "query/money.h"
#include "query/outcomes.h"
#include "query/similar.h"

/* Leads (columns: lead_id, rule, title, stage, severity, case_no, court,
 * judge, status, label, label_reason, evidence, case_id, version), ordered by id,
 * with id > after_id, at most limit rows (0: no limit). */
int leads_query(jz_db *db, const struct lead_filter *f, long long after_id, long limit,
		sqlite3_stmt **out, struct jz_err *e);
/* One lead: the columns above plus basis, remedy, rule_version, first_seen,
 * last_seen, gone_at, label_note, labelled_by, labelled_at. SQLITE_ROW when found. */
int leads_get(jz_db *db, long long lead_id, sqlite3_stmt **out, struct jz_err *e);
/* Every lead matching f, ordered by id: "SELECT <cols> FROM leads l JOIN
 * rules r JOIN cases c <join> WHERE <f>" (the exports' listing of exactly
 * what the lead queue shows; join may add tables for cols, or be ""). */
int leads_select(jz_db *db, const struct lead_filter *f, const char *cols, const char *join,
		 sqlite3_stmt **out, struct jz_err *e);
/* Every case of a list query in the list's order (the filters and sort of
 * caselist_fetch, no paging): "SELECT <select> FROM cases c <join> WHERE
 * <filter> ORDER BY <sort column>, c.id". Syncs the search index first
 * when the filter has a search. */
int cases_select(jz_db *db, const struct caselist_query *q, const char *select, const char *join,
		 sqlite3_stmt **out, struct jz_err *e);
/* Per-rule figures from the v_rule_outcomes view (columns: rule, title,
 * stage, hits, active, labelled, confirmed, dismissed, precision). */
int leads_stats_query(jz_db *db, sqlite3_stmt **out, struct jz_err *e);

/* Drafts (columns: id, status, title, case_no, author, doc_no, reply_due,
 * overdue, version). */
int drafts_list_query(jz_db *db, sqlite3_stmt **out, struct jz_err *e);
/* One draft (columns: id, status, title, body, version, author, reviewer,
 * doc_no, case_no, lead_id, template, kind, reply_due, outcome). */
int drafts_get(jz_db *db, long long id, sqlite3_stmt **out, struct jz_err *e);
/* A draft's review comments (columns: at, login, text), oldest first. */
int drafts_comments_query(jz_db *db, long long id, sqlite3_stmt **out, struct jz_err *e);
/* The lead a draft was made from (columns: lead_id, evidence, title, basis). */
int drafts_lead_query(jz_db *db, long long id, sqlite3_stmt **out, struct jz_err *e);

/* Documents (columns: id, kind, path, pages, case_no, low_conf_pages,
 * facts, proposed), newest first. */
int documents_list_query(jz_db *db, sqlite3_stmt **out, struct jz_err *e);
/* A document's pages (columns: page_no, confidence, low_conf, error, text). */
int document_pages_query(jz_db *db, long long doc_id, sqlite3_stmt **out, struct jz_err *e);
/* A document's facts (columns: id, page_no, line, field, value, raw,
 * status, confidence, role, negated, version, checked — what the case's
 * ledger says of it, "" unchecked), the least confident first:
 * the review queue. */
int document_facts_query(jz_db *db, long long doc_id, sqlite3_stmt **out, struct jz_err *e);

/* A 监督成效 panel (query/outcomes.h) from its view of db/schema/013, in
 * the order asked: the panel's columns named as outcomes_col_name gives,
 * money in fen and rates as fractions —
 *   OF_SHEET  those columns only (a workbook sheet);
 *   OF_PRINT  money in 元 ("1234.50"), rates as "33.3%", then draft_id,
 *             case_id (replies) or case_id, draft_id (agenda): for people;
 *   OF_ROWS   the ids, then court_code (funnel panels) or kind (replies):
 *             for the typed rows. */
enum outcomes_form { OF_ROWS, OF_PRINT, OF_SHEET };
int outcomes_select(jz_db *db, const struct outcomes_query *q, enum outcomes_form form, sqlite3_stmt **out,
		    struct jz_err *e);
/* The audit history of one row (query/history.h; columns: id, at, login,
 * name, action, note, changes), oldest first. */
int history_query(jz_db *db, const char *tbl, long long row_id, sqlite3_stmt **out, struct jz_err *e);
/* A case's 卷宗 (query/dossierlist.h; columns: doc_id, kind, signed, dates,
 * pages, low_conf, failed, facts, proposed, confirmed, rejected, source,
 * path), by 落款 date, undated last, then as stored. */
int dossier_query(jz_db *db, long long case_id, sqlite3_stmt **out, struct jz_err *e);
/* The id of the case with this 案号 (normalised first); -1 with e naming
 * it when it is not a 案号 or there is no such case. */
int dossier_case_id(jz_db *db, const char *case_no, long long *case_id, struct jz_err *e);

/* A section of a party's 资金分析 (query/money.h), ?1 the party: money in
 * fen, or for people (print) in 元 as "1234.50". Columns —
 *   timeline        date, time, account, amount_in, amount_out, balance,
 *                   counterparty, cp_account, summary, channel, file, row,
 *                   flagged, txn_id
 *   counterparties  counterparty, cp_account, txns, n_in, total_in, n_out,
 *                   total_out, first, last, relation
 *   flagged         rules, leads, date, time, account, direction, amount,
 *                   counterparty, cp_account, summary, file, row, txn_id
 *   links           depth, via, kind, dir, party, source, strength, via_id,
 *                   party_id */
int money_select(jz_db *db, long long party_id, enum money_section s, int print, sqlite3_stmt **out,
		 struct jz_err *e);
/* Ranked similar cases (query/similar.h) as a statement for the printer:
 * rank, case_no, score, reason, rule, label, suggestion, outcome, resumed,
 * recovered (元 when print, else fen), closing, court, judge, case_id,
 * lead_id. The rows are passed in (as JSON) — nothing is read again. */
int similar_select(jz_db *db, const struct similar_row *rows, int n, int print, sqlite3_stmt **out,
		   struct jz_err *e);

#endif
