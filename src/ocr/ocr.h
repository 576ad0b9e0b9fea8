/* ocr.h — reading scanned pages with Tesseract (C API) and leptonica.
 *
 * Language chi_sim, the page read as one block of text (psm 6), LSTM only.
 * Each page is prepared first (ocr/prep.h: red seals removed from colour
 * pages, a median filter when speckled, background levelled when unevenly
 * lit, steep skew straightened, large type scaled down to 40-pixel
 * characters, a table's ruled lines painted out, Sauvola binarisation
 * unless the type is small); text lines read with under 70 confidence (the
 * worst, at most a quarter of the page) are read again on their own (psm
 * 7) and the better reading kept, and so is a judge's signature line whose
 * name starts with no surname (kept when the new name starts with one);
 * the width of its ASCII punctuation is decided from the glyph boxes
 * (ocr/punctwidth.h) and the text is then tidied (ocr/cjkfix.h). Every
 * choice was measured against plain tesseract on the development sets
 * (bench/ocr.sh, bench/extract_dev.sh, docs/ocr.md). JZ_OCR_OPTS="key=value
 * ..." overrides a setting for such measurements (lang psm invert thr
 * second below tidy punct sign red speck deskew bg target bin k rules);
 * ocr_settings() reports what was in force and is stored with every page.
 *
 * One engine per worker thread; OMP_THREAD_LIMIT=1 is set before the first
 * engine is created (tesseract's own OpenMP threads made a page 6x slower on
 * two cores). Pages come from PNG, JPEG, TIFF (every page) and PDF
 * (rendered at 300 dpi with poppler), one at a time and checked against
 * the limits before they are decoded: ocr/pagesrc.h.
 *
 * A batch reads the pages of several files with worker threads that take
 * pages (not files) in order, so one long PDF keeps every worker busy; each
 * worker holds one page image at a time, and the caller takes the pages in
 * order as they are done (the texts wait; the images are gone). */
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

/* What a file may make us read: pixels a page (width × height after
 * rendering), pages a file. */
struct ocr_limits {
	long long max_pixels;
	int max_pages;
};
#define OCR_MAX_MEGAPIXELS 60
#define OCR_MAX_PAGES 5000
void ocr_limits_default(struct ocr_limits *l);

struct ocr_batch;
/* Open every file and count its pages (no OCR yet); errors[i] (malloc'd)
 * says why file i cannot be read at all, and it then has no pages. */
struct ocr_batch *ocr_batch_open(const char *const *paths, int n, const struct ocr_limits *lim, char **errors);
/* Pages of file i (0 when it could not be read). */
int ocr_batch_pages(const struct ocr_batch *b, int file);
/* Leave file i out (already stored); before ocr_batch_run. */
void ocr_batch_skip(struct ocr_batch *b, int file);
/* Start up to jobs workers (one engine each) on the pages not left out. */
void ocr_batch_run(struct ocr_batch *b, int jobs);
/* Wait for page p (0-based) of file i and move it into *out (page_no is
 * p + 1; free with ocr_page_free). Each page is taken once. */
void ocr_batch_take(struct ocr_batch *b, int file, int p, struct ocr_page *out);
/* Stop the workers (pages not yet read are dropped) and free the batch. */
void ocr_batch_end(struct ocr_batch *b);
void ocr_page_free(struct ocr_page *p);

/* Recognise every page of n files with up to jobs threads (a batch under
 * the default limits). docs[i] gets the pages of paths[i]; errors[i]
 * (malloc'd) says why a file could not be read at all (not an image or PDF,
 * encrypted, empty, too many pages); a page that fails has its own error. */
void ocr_files(const char *const *paths, int n, int jobs, struct ocr_doc *docs, char **errors);
void ocr_doc_free(struct ocr_doc *d);
/* "tesseract 5.3.0" and the settings in words, for the pages table. */
const char *ocr_engine_version(void);
const char *ocr_settings(void);

#endif
