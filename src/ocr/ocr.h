/* ocr.h — reading scanned pages with Tesseract (C API) and leptonica.
 *
 * Language chi_sim, the page read as one block of text (psm 6), LSTM only.
 * Each page is prepared first (ocr/prep.h: red seals removed from colour
 * pages, a median filter when speckled, background levelled when unevenly
 * lit, steep skew straightened, large type scaled down to 40-pixel
 * characters, Sauvola binarisation unless the type is small);
 * text lines read with under 70 confidence (the worst, at most a quarter
 * of the page) are read again on their own (psm 7) and the better reading
 * kept; the text is then tidied
 * (ocr/cjkfix.h). Every choice was measured against plain tesseract on the
 * development set (bench/ocr.sh, docs/ocr.md). JZ_OCR_OPTS="key=value ..."
 * overrides a setting for such measurements (lang psm invert thr second
 * below tidy red speck deskew bg target bin); ocr_settings() reports what
 * was in force and is stored with every page.
 *
 * One engine per worker thread; OMP_THREAD_LIMIT=1 is set before the first
 * engine is created (tesseract's own OpenMP threads made a page 6x slower on
 * two cores). Pages come from PNG, JPEG, TIFF (every page) and PDF
 * (rendered at 300 dpi with poppler): ocr/pagesrc.h. */
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
/* "tesseract 5.3.0" and the settings in words, for the pages table. */
const char *ocr_engine_version(void);
const char *ocr_settings(void);

#endif
