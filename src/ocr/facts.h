/* facts.h — reviewing the facts extracted from scanned documents.
 *
 * A fact starts 'proposed'; a person confirms it, rejects it, or corrects its
 * value (the raw text and its page, line and span stay). Every review is
 * audited with the fact before and after. */
#ifndef JZ_FACTS_H
#define JZ_FACTS_H

#include <sqlite3.h>
#include "util/err.h"

/* status: "confirmed", "rejected" or "corrected" (value required). */
int facts_review(sqlite3 *db, long long fact_id, const char *status, const char *value, struct jz_err *e);
/* Documents (columns: id, kind, path, pages, case_no, low_conf_pages, facts,
 * proposed), newest first. */
int documents_list_query(sqlite3 *db, sqlite3_stmt **out, struct jz_err *e);
/* A document's pages (columns: page_no, confidence, low_conf, error, text). */
int document_pages_query(sqlite3 *db, long long doc_id, sqlite3_stmt **out, struct jz_err *e);
/* A document's facts (columns: id, page_no, line, field, value, raw, status, confidence). */
int document_facts_query(sqlite3 *db, long long doc_id, sqlite3_stmt **out, struct jz_err *e);

#endif
