/* ocr.h — reading scanned pages with Tesseract (C API) and leptonica.
 *
 * Language chi_sim+eng, one engine per worker thread; OMP_THREAD_LIMIT=1 is
 * set before the first engine is created (tesseract's own OpenMP threads
 * made a page 6x slower on two cores). Pages come from PNG, JPEG, TIFF
 * (every page) and PDF (rendered at 300 dpi with poppler). Each page is
 * converted to 8-bit grey and deskewed before recognition (docs/ocr.md). */
#ifndef JZ_OCR_H
#define JZ_OCR_H

#include "util/err.h"
#include "util/strbuf.h"

struct ocr_page {
	int page_no;
	char *text;            /* UTF-8, malloc'd */
	double confidence;     /* mean word confidence 0..100 */
	char *error;           /* malloc'd message when the page failed, else NULL */
};

struct ocr_doc {
	struct ocr_page *pages;
	int n;
};

/* Recognise every page of n files with up to jobs threads (one engine
 * each, kept across files). docs[i] gets the pages of paths[i]; errors[i]
 * (malloc'd) says why a file could not be read at all (not an image or PDF,
 * encrypted, truncated, empty); a page that fails has its own error. */
void ocr_files(const char *const *paths, int n, int jobs, struct ocr_doc *docs, char **errors);
void ocr_doc_free(struct ocr_doc *d);
/* "tesseract 5.3.0 chi_sim+eng psm3 gray+deskew" for the pages table. */
const char *ocr_engine_version(void);
const char *ocr_settings(void);

#endif
