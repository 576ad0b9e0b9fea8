/* pagesrc.h — the page images of one scanned file, one page at a time.
 *
 * A PDF (recognised by its "%PDF-" signature, whatever its name) is rendered
 * with poppler and cairo at 300 dpi into 32-bit colour, straight into the
 * leptonica image (no second copy); PNG, JPEG, PNM and every page of a TIFF
 * come from leptonica as they are (colour kept: seal removal needs it).
 *
 * Opening counts the pages and renders none: only the page asked for is ever
 * in memory, so the memory a file needs does not grow with its length. Every
 * page's size is checked before it is decoded or rendered — from the image
 * header, the TIFF directory or the PDF page box — against the limits:
 * a page over lim->max_pixels (a decompression bomb, or a poster) or with a
 * side under 16 or over 20,000 pixels is refused with its size; a file with
 * more than lim->max_pages pages is refused whole. A page that cannot be
 * decoded (a truncated TIFF, a broken PDF page object) fails alone: the
 * others are still read. Messages are Chinese; a file's name the caller's. */
#ifndef JZ_OCR_PAGESRC_H
#define JZ_OCR_PAGESRC_H

#include "ocr/ocr.h"
#include "util/err.h"

#include <leptonica/allheaders.h>

struct pagesrc;

/* Open a file and count its pages; -1 with e naming the file when it cannot
 * be read at all (not an image or PDF, encrypted, empty, over the page limit). */
int pagesrc_open(const char *path, const struct ocr_limits *lim, struct pagesrc **out, struct jz_err *e);
int pagesrc_count(const struct pagesrc *s);
/* Page i (0-based) as an image the caller destroys; NULL with *reason
 * (xmalloc'd, without file or page: the caller names them) when the page is
 * refused or cannot be decoded. */
PIX *pagesrc_page(struct pagesrc *s, int i, char **reason);
void pagesrc_close(struct pagesrc *s);

#endif
