/* pagesrc.h — the page images of one scanned file, for OCR.
 *
 * PNG, JPEG, PNM and every page of a TIFF come from leptonica as they are
 * (colour kept: seal removal needs it); a PDF is rendered with poppler and
 * cairo at 300 dpi into 32-bit colour. A page too small (< 16 px) or too
 * large (> 20,000 px) a side is returned without image and with its error;
 * a file that cannot be read at all fails with the reason named. */
#ifndef JZ_OCR_PAGESRC_H
#define JZ_OCR_PAGESRC_H

#include "util/err.h"

#include <leptonica/allheaders.h>

struct src_page {
	PIX *pix;      /* NULL when error is set */
	char *error;   /* xmalloc'd */
};

/* Fill *out with *n pages (xcalloc'd; free with pagesrc_free). */
int pagesrc_load(const char *path, struct src_page **out, int *n, struct jz_err *e);
void pagesrc_free(struct src_page *pages, int n);

#endif
