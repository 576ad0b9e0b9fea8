/* ledger_check.h — a scanned document's names read against its case's
 * ledger.
 *
 * A scan attached to a case the database already holds (its parties from
 * the court's ledger, their 法定代表人 from the register, its 承办人 and
 * the other 承办人 of its court, who sit on its benches) is
 * checked against them before its facts are stored:
 * - a party, 法定代表人 or judge read exactly as the case has it is marked
 *   「与台账相符」 and trusted (confidence at least 0.95);
 * - one read with a character wrong — as long, one character apart (two
 *   for a name of eight characters or more), or one character put in or
 *   left out of a name of four or more — that is near exactly one of the
 *   case's names takes that spelling; the note keeps what was read and the
 *   fact waits for review (confidence 0.6);
 * - a party's ID is checked the same way against that party's: one or two
 *   digits apart is taken from the case, more is flagged as a conflict;
 * - a party of the case no fact names, read with a character wrong right
 *   after its role's label (「被执行人能居明名下」: no surname first, so the
 *   extractor took no name), is added with that page and line, for review.
 * Nothing else is touched; a name near none or near two stays as read. */
#ifndef JZ_OCR_LEDGER_CHECK_H
#define JZ_OCR_LEDGER_CHECK_H

#include "ocr/extract.h"
#include "ocr/ocr.h"
#include "store/db.h"
#include "util/err.h"

/* Check f's party, legal_rep and judge facts against case case_id (their
 * value, id_no, confidence and checked set in place) and add the parties
 * found in the document's pages; -1 on a database error. */
int ledger_check_facts(jz_db *db, long long case_id, const struct ocr_page *pages, int npages, struct facts *f,
		       struct jz_err *e);

/* The case a document's 案号 was misread from: case_no (normalised, len
 * bytes of room) is in no case, but exactly one case's 案号 is one
 * character off it and shares a party with the document (a party fact the
 * same or near). Its id, its 案号 written over case_no and the document's
 * case_no fact (the reading in the note); or 0. */
long long ledger_near_case(jz_db *db, char *case_no, size_t len, struct facts *f);

/* How far a read name is from the case's: 0 the same, 1 near (as above),
 * -1 neither. Exposed for the unit test. */
int ledger_name_distance(const char *read, const char *known);

#endif
