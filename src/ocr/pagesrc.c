#include "ocr/pagesrc.h"
#include "util/xalloc.h"

#include <cairo.h>
#include <poppler.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { MAX_SIDE = 20000, MIN_SIDE = 16, PDF_DPI = 300 };

static int has_ext(const char *p, const char *ext)
{
	size_t a = strlen(p), b = strlen(ext);
	return a > b && strcasecmp(p + a - b, ext) == 0;
}

/* cairo RGB24 (0x00RRGGBB words) into a leptonica 32-bit RGB image */
static PIX *cairo_to_pix(cairo_surface_t *s)
{
	int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
	int stride = cairo_image_surface_get_stride(s);
	const unsigned char *d = cairo_image_surface_get_data(s);
	PIX *pix = pixCreate(w, h, 32);
	if (!pix)
		return NULL;
	l_uint32 *out = pixGetData(pix);
	int wpl = pixGetWpl(pix);
	for (int y = 0; y < h; y++) {
		const uint32_t *row = (const uint32_t *)(d + (size_t)y * (size_t)stride);
		for (int x = 0; x < w; x++)
			out[(size_t)y * (size_t)wpl + (size_t)x] = (row[x] & 0xffffff) << 8;
	}
	pixSetResolution(pix, PDF_DPI, PDF_DPI);
	return pix;
}

static void render_pdf_page(PopplerPage *pg, struct src_page *out)
{
	double w, h;
	poppler_page_get_size(pg, &w, &h);
	int pw = (int)(w * PDF_DPI / 72), ph = (int)(h * PDF_DPI / 72);
	if (pw < MIN_SIDE || ph < MIN_SIDE || pw > MAX_SIDE || ph > MAX_SIDE) {
		out->error = xstrdup("page size out of range");
		return;
	}
	cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pw, ph);
	cairo_t *cr = cairo_create(s);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_scale(cr, PDF_DPI / 72.0, PDF_DPI / 72.0);
	poppler_page_render_for_printing(pg, cr);
	cairo_destroy(cr);
	cairo_surface_flush(s);
	out->pix = cairo_to_pix(s);
	if (!out->pix)
		out->error = xstrdup("cannot render the page");
	cairo_surface_destroy(s);
}

static int pdf_pages(const char *path, struct src_page **out, int *n, struct jz_err *e)
{
	GError *err = NULL;
	char *abs = realpath(path, NULL);
	char *uri = abs ? g_filename_to_uri(abs, NULL, NULL) : NULL;
	free(abs);
	PopplerDocument *doc = uri ? poppler_document_new_from_file(uri, NULL, &err) : NULL;
	g_free(uri);
	if (!doc) {
		int enc = err && err->code == POPPLER_ERROR_ENCRYPTED;
		jz_err_set(e, "%s: %s", path, enc ? "an encrypted PDF (remove the password first)"
						  : err ? err->message : "not a readable PDF");
		if (err)
			g_error_free(err);
		return -1;
	}
	*n = poppler_document_get_n_pages(doc);
	if (*n <= 0) {
		g_object_unref(doc);
		return jz_err_set(e, "%s: the PDF has no pages", path);
	}
	*out = xcalloc((size_t)*n, sizeof **out);
	for (int i = 0; i < *n; i++) {
		PopplerPage *pg = poppler_document_get_page(doc, i);
		render_pdf_page(pg, &(*out)[i]);
		g_object_unref(pg);
	}
	g_object_unref(doc);
	return 0;
}

static void check_sizes(struct src_page *pages, int n)
{
	for (int i = 0; i < n; i++) {
		PIX *p = pages[i].pix;
		int w = p ? pixGetWidth(p) : 0, h = p ? pixGetHeight(p) : 0;
		if (w < MIN_SIDE || h < MIN_SIDE || w > MAX_SIDE || h > MAX_SIDE) {
			char msg[96];
			snprintf(msg, sizeof msg, "page %d is %dx%d pixels: too small or too large to read", i + 1, w, h);
			pages[i].error = xstrdup(msg);
			pixDestroy(&pages[i].pix);
		}
	}
}

static int image_pages(const char *path, struct src_page **out, int *n, struct jz_err *e)
{
	PIXA *pixa = NULL;
	l_int32 format = 0;
	FILE *f = fopen(path, "rb");
	if (!f)
		return jz_err_set(e, "%s: cannot open", path);
	findFileFormatStream(f, &format);
	fclose(f);
	if (format == IFF_UNKNOWN)
		return jz_err_set(e, "%s: not an image or PDF this tool reads (PNG, JPEG, TIFF, PDF)", path);
	if (format >= IFF_TIFF && format <= IFF_TIFF_JPEG)
		pixa = pixaReadMultipageTiff(path);
	if (pixa) {
		*n = pixaGetCount(pixa);
		*out = xcalloc((size_t)(*n > 0 ? *n : 1), sizeof **out);
		for (int i = 0; i < *n; i++)
			(*out)[i].pix = pixaGetPix(pixa, i, L_CLONE);
		pixaDestroy(&pixa);
	} else {
		PIX *p = pixRead(path);
		if (!p)
			return jz_err_set(e, "%s: unreadable or truncated image", path);
		*n = 1;
		*out = xcalloc(1, sizeof **out);
		(*out)[0].pix = p;
	}
	if (*n == 0)
		return jz_err_set(e, "%s: no pages", path);
	check_sizes(*out, *n);
	return 0;
}

int pagesrc_load(const char *path, struct src_page **out, int *n, struct jz_err *e)
{
	*out = NULL;
	*n = 0;
	return has_ext(path, ".pdf") ? pdf_pages(path, out, n, e) : image_pages(path, out, n, e);
}

void pagesrc_free(struct src_page *pages, int n)
{
	for (int i = 0; pages && i < n; i++) {
		pixDestroy(&pages[i].pix);
		free(pages[i].error);
	}
	free(pages);
}
