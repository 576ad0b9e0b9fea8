/* documents.h — storing OCRed documents, their pages and facts.
 *
 * One short transaction per document (the OCR is done before it, so others
 * can write meanwhile): the document row, every page (text, mean
 * confidence, engine and settings, the file and page it was read from;
 * pages under the low-confidence threshold or that failed flagged, with
 * their error), and the extracted facts, attached to the case of the
 * document's own 案号, else the one given (--case), else the one a folder is
 * named by (a case that is not in the database yet is created from the 案号,
 * marked as coming from the document). A document is known by its SHA-256
 * (the file's when it is a whole file, else one over the files and page
 * ranges it covers) and is never stored twice. */
#ifndef JZ_DOCUMENTS_H
#define JZ_DOCUMENTS_H

#include "store/db.h"
#include "util/err.h"
#include "ocr/ocr.h"

#define OCR_LOW_CONFIDENCE 60.0

/* Where a page was read from: the file, its SHA-256, its page there (1-based). */
struct page_src {
	const char *path, *sha;
	int page;
};

/* A document to store: pages[i] (page_no 1..n in the document) was read
 * from src[i]. */
struct doc_in {
	const char *path;          /* the file it starts in (documents.path) */
	const char *sha;           /* its identity (documents.sha256) */
	const char *case_no;       /* when it names no 案号 of its own (--case); may be NULL */
	const char *folder_case;   /* else a folder's name that is a 案号; may be NULL */
	const struct ocr_page *pages;
	const struct page_src *src;
	int n;
};

/* What was stored. */
struct doc_out {
	long long doc_id;
	int facts, failed_pages;
	int ledger_checked, ledger_mended;   /* names read against the case: as it has them, mended or added */
	char kind[256];            /* "" when the extractor found none */
	char case_no[160];         /* "" when attached to no case */
	const char *case_by;       /* "案号", "--case", "文件夹名" or "" */
};

/* SHA-256 of a file as hex (out needs 65 bytes); -1 when unreadable. */
int documents_sha256(const char *path, char out[65]);
/* 1 when a document with this hash is stored (*doc_id set). */
int documents_known(jz_db *db, const char *sha, long long *doc_id);
/* 1 when all npages pages of the file with this SHA-256 are stored. */
int documents_file_stored(jz_db *db, const char *sha, int npages);
/* Extract the facts of one document and store it in one transaction. */
int documents_store_doc(jz_db *db, const struct doc_in *in, struct doc_out *out, struct jz_err *e);
/* The same for a whole file d read from path (the demo): case_no when the
 * document names none; *facts_n gets the number of facts stored. */
int documents_store(jz_db *db, const char *path, const char *sha, const char *case_no,
		    const struct ocr_doc *d, long long *doc_id, int *facts_n, struct jz_err *e);
/* Full-text search (columns: doc_id, path, page_no, snippet, case_no). */
int documents_search(jz_db *db, const char *text, sqlite3_stmt **out, struct jz_err *e);

#endif
