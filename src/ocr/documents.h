/* documents.h — storing OCRed documents, their pages and facts.
 *
 * One transaction per document: the document row, every page (text, mean
 * confidence, engine and settings; pages under the low-confidence threshold
 * flagged), and the extracted facts, attached to the case named by --case or
 * by the document's own 案号 (a case that is not in the database yet is
 * created from the 案号, marked as coming from the document). A file whose
 * SHA-256 is already stored is skipped. */
#ifndef JZ_DOCUMENTS_H
#define JZ_DOCUMENTS_H

#include "store/db.h"
#include "util/err.h"
#include "ocr/ocr.h"

#define OCR_LOW_CONFIDENCE 60.0

/* SHA-256 of a file as hex (out needs 65 bytes); -1 when unreadable. */
int documents_sha256(const char *path, char out[65]);
/* 1 when a document with this hash is stored (*doc_id set). */
int documents_known(jz_db *db, const char *sha, long long *doc_id);
/* Store one OCRed document; *facts_n gets the number of facts stored. */
int documents_store(jz_db *db, const char *path, const char *sha, const char *case_no,
		    const struct ocr_doc *d, long long *doc_id, int *facts_n, struct jz_err *e);
/* Full-text search (columns: doc_id, path, page_no, snippet, case_no). */
int documents_search(jz_db *db, const char *text, sqlite3_stmt **out, struct jz_err *e);

#endif
