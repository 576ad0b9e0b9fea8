/* dossier.h — reading a 卷宗: scanned files and folders into documents.
 *
 * Each argument is a file or a folder. A folder is read recursively — every
 * PNG, JPEG, TIFF and PDF in it (names starting with "." skipped, links to
 * folders not followed) in name order, digits compared as numbers (p2
 * before p10), folder by folder — as one stream of pages; a file named on
 * its own is a stream by itself. A stream is cut into documents where a
 * page opens with a title of its own (extract_opens_document: the
 * extractor's own rule), where the 案号 folder changes, and around files
 * already stored; a page that failed never opens a document, it stays in
 * the one it falls in, stored with its error.
 *
 * Each document is stored in its own short transaction (documents.h) as
 * soon as the page after it has been read, so a long 卷宗 lands as it goes,
 * others can write between two documents, and memory holds texts, never
 * more than one page image per worker (ocr.h). Its case: its own 案号, else
 * opts->case_no, else the nearest folder whose name is a 案号. A file whose
 * every page is stored is skipped before OCR; a document already stored
 * (same SHA-256) is not stored again, so an interrupted run can be resumed.
 *
 * Nothing is printed: every outcome — a document stored, a page, file or
 * document that failed (named by file and page), a file or document
 * already stored — goes to the caller's callback as it happens. */
#ifndef JZ_OCR_DOSSIER_H
#define JZ_OCR_DOSSIER_H

#include "ocr/documents.h"
#include "ocr/ocr.h"
#include "store/db.h"
#include "util/err.h"

enum dossier_what {
	DOS_DOC,            /* a document stored: doc, pages */
	DOS_DOC_KNOWN,      /* a document already stored */
	DOS_DOC_FAILED,     /* a document not stored: msg (nothing of it written) */
	DOS_PAGE_FAILED,    /* a page that could not be read: path, page, msg */
	DOS_FILE_FAILED,    /* a file that could not be read at all: path, msg */
	DOS_FILE_KNOWN,     /* a file whose every page is stored: skipped */
	DOS_IGNORED,        /* a file in a folder that is not a scan: path */
};

struct dossier_event {
	enum dossier_what what;
	const char *path;        /* the file (a document's first) */
	int page;                /* its page there, 1-based (0: the whole file) */
	const char *last_path;   /* a document's last file and page */
	int last_page;
	int pages;               /* a document's pages */
	const char *msg;
	const struct doc_out *doc;   /* DOS_DOC, DOS_DOC_KNOWN (doc_id only) */
};

typedef void (*dossier_report)(void *arg, const struct dossier_event *ev);

struct dossier_opts {
	const char *case_no;     /* --case: a 案号 (NULL: none) */
	int jobs;                /* OCR workers */
	struct ocr_limits lim;   /* dossier_limits() gives the settings' */
};

struct dossier_totals {
	int docs, pages, failed_pages, failed_docs, failed_files, known_files, known_docs, ignored;
};

/* The limits the settings ocr.max_megapixels and ocr.max_pages give. */
void dossier_limits(jz_db *db, struct ocr_limits *lim);
/* Read every argument into documents. -1 only when the person may not
 * (policy: 承办检察官 …) or no argument could be opened; a failure of one
 * page, file or document is reported and the rest goes on. */
int dossier_read(jz_db *db, const char *const *args, int n, const struct dossier_opts *o, dossier_report fn,
		 void *arg, struct dossier_totals *t, struct jz_err *e);

#endif
