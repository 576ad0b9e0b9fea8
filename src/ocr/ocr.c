#include "ocr/ocr.h"

#include <leptonica/allheaders.h>
#include <poppler.h>
#include <cairo.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tesseract/capi.h>

enum { MAX_SIDE = 20000, MIN_SIDE = 16 };

const char *ocr_engine_version(void)
{
	static char v[64];
	if (!v[0])
		snprintf(v, sizeof v, "tesseract %s", TessVersion());
	return v;
}

const char *ocr_settings(void)
{
	return "lang=chi_sim+eng psm=3 oem=1 preprocess=gray+deskew dpi=300";
}

/* ---- pages from files ---- */

struct src_page { PIX *pix; char *error; };

static int has_ext(const char *p, const char *ext)
{
	size_t a = strlen(p), b = strlen(ext);
	return a > b && strcasecmp(p + a - b, ext) == 0;
}

static PIX *cairo_to_pix(cairo_surface_t *s)
{
	int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
	int stride = cairo_image_surface_get_stride(s);
	unsigned char *d = cairo_image_surface_get_data(s);
	PIX *pix = pixCreate(w, h, 8);
	if (!pix)
		return NULL;
	for (int y = 0; y < h; y++) {
		const uint32_t *row = (const uint32_t *)(d + (size_t)y * (size_t)stride);
		for (int x = 0; x < w; x++) {
			uint32_t px = row[x];
			int r = (px >> 16) & 255, g = (px >> 8) & 255, b = px & 255;
			pixSetPixel(pix, x, y, (l_uint32)((r * 30 + g * 59 + b * 11) / 100));
		}
	}
	return pix;
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
	*out = calloc((size_t)*n, sizeof **out);
	for (int i = 0; i < *n; i++) {
		PopplerPage *pg = poppler_document_get_page(doc, i);
		double w, h;
		poppler_page_get_size(pg, &w, &h);
		int pw = (int)(w * 300 / 72), ph = (int)(h * 300 / 72);
		if (pw < MIN_SIDE || ph < MIN_SIDE || pw > MAX_SIDE || ph > MAX_SIDE) {
			(*out)[i].error = strdup("page size out of range");
		} else {
			cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pw, ph);
			cairo_t *cr = cairo_create(s);
			cairo_set_source_rgb(cr, 1, 1, 1);
			cairo_paint(cr);
			cairo_scale(cr, 300.0 / 72, 300.0 / 72);
			poppler_page_render_for_printing(pg, cr);
			cairo_destroy(cr);
			cairo_surface_flush(s);
			(*out)[i].pix = cairo_to_pix(s);
			cairo_surface_destroy(s);
		}
		g_object_unref(pg);
	}
	g_object_unref(doc);
	return 0;
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
		*out = calloc((size_t)(*n > 0 ? *n : 1), sizeof **out);
		for (int i = 0; i < *n; i++)
			(*out)[i].pix = pixaGetPix(pixa, i, L_CLONE);
		pixaDestroy(&pixa);
	} else {
		PIX *p = pixRead(path);
		if (!p)
			return jz_err_set(e, "%s: unreadable or truncated image", path);
		*n = 1;
		*out = calloc(1, sizeof **out);
		(*out)[0].pix = p;
	}
	if (*n == 0)
		return jz_err_set(e, "%s: no pages", path);
	for (int i = 0; i < *n; i++) {
		PIX *p = (*out)[i].pix;
		int w = p ? pixGetWidth(p) : 0, h = p ? pixGetHeight(p) : 0;
		if (w < MIN_SIDE || h < MIN_SIDE || w > MAX_SIDE || h > MAX_SIDE) {
			char msg[96];
			snprintf(msg, sizeof msg, "page %d is %dx%d pixels: too small or too large to read", i + 1, w, h);
			(*out)[i].error = strdup(msg);
			pixDestroy(&(*out)[i].pix);
		}
	}
	return 0;
}

/* ---- recognition ---- */

static PIX *preprocess(PIX *in)
{
	/* grey + deskew only: a 3x3 median filter lost 3–7 of 18 facts on the
	 * clean and rotated fixtures and did not rescue the noisy one (docs/ocr.md) */
	PIX *g = pixConvertTo8(in, 0);
	if (!g)
		return NULL;
	PIX *d = pixDeskew(g, 0);
	if (d) {
		pixDestroy(&g);
		return d;
	}
	return g;
}

struct job {
	const char *const *paths;
	struct ocr_doc *docs;
	char **errors;
	int n, next;
	pthread_mutex_t mu;
};

static void recognise(TessBaseAPI *api, PIX *pix, struct ocr_page *out)
{
	PIX *p = preprocess(pix);
	if (!p) {
		out->error = strdup("cannot convert the page image");
		return;
	}
	TessBaseAPISetImage2(api, p);
	TessBaseAPISetSourceResolution(api, 300);
	if (TessBaseAPIRecognize(api, NULL) != 0) {
		out->error = strdup("recognition failed");
	} else {
		char *t = TessBaseAPIGetUTF8Text(api);
		out->text = strdup(t ? t : "");
		TessDeleteText(t);
		out->confidence = TessBaseAPIMeanTextConf(api);
	}
	TessBaseAPIClear(api);
	pixDestroy(&p);
}

/* Load and recognise one file with an engine the worker keeps. */
static void one_file(TessBaseAPI *api, int engine_ok, const char *path, struct ocr_doc *d, char **error)
{
	struct src_page *src = NULL;
	int n = 0;
	struct jz_err e;
	int rc = has_ext(path, ".pdf") ? pdf_pages(path, &src, &n, &e) : image_pages(path, &src, &n, &e);
	if (rc == 0) {
		d->pages = calloc(n > 0 ? (size_t)n : 1, sizeof *d->pages);
		d->n = n;
		for (int i = 0; i < n; i++) {
			d->pages[i].page_no = i + 1;
			if (src[i].error)
				d->pages[i].error = strdup(src[i].error);
			else if (!engine_ok)
				d->pages[i].error = strdup("tesseract could not load chi_sim+eng (install tesseract-ocr-chi-sim)");
			else
				recognise(api, src[i].pix, &d->pages[i]);
		}
	} else {
		*error = strdup(e.msg);
	}
	for (int i = 0; src && i < n; i++) {
		pixDestroy(&src[i].pix);
		free(src[i].error);
	}
	free(src);
}

static void *worker(void *arg)
{
	struct job *j = arg;
	TessBaseAPI *api = TessBaseAPICreate();
	int ok = TessBaseAPIInit3(api, NULL, "chi_sim+eng") == 0;
	if (ok)
		TessBaseAPISetPageSegMode(api, PSM_AUTO);
	for (;;) {
		pthread_mutex_lock(&j->mu);
		int i = j->next++;
		pthread_mutex_unlock(&j->mu);
		if (i >= j->n)
			break;
		one_file(api, ok, j->paths[i], &j->docs[i], &j->errors[i]);
	}
	TessBaseAPIEnd(api);
	TessBaseAPIDelete(api);
	return NULL;
}

void ocr_files(const char *const *paths, int n, int jobs, struct ocr_doc *docs, char **errors)
{
	/* main() restarts the OCR commands with OMP_THREAD_LIMIT=1 set, since
	 * libgomp reads it at load time; this covers other callers that load
	 * libgomp late (it is a no-op once OpenMP has started) */
	setenv("OMP_THREAD_LIMIT", "1", 0);
	setMsgSeverity(L_SEVERITY_NONE);
	memset(docs, 0, sizeof *docs * (size_t)n);
	memset(errors, 0, sizeof *errors * (size_t)n);
	struct job j = { paths, docs, errors, n, 0, PTHREAD_MUTEX_INITIALIZER };
	if (jobs < 1)
		jobs = 1;
	if (jobs > n)
		jobs = n;
	if (jobs > 16)
		jobs = 16;
	pthread_t th[16];
	for (int i = 0; i < jobs; i++)
		pthread_create(&th[i], NULL, worker, &j);
	for (int i = 0; i < jobs; i++)
		pthread_join(th[i], NULL);
}

void ocr_doc_free(struct ocr_doc *d)
{
	for (int i = 0; i < d->n; i++) {
		free(d->pages[i].text);
		free(d->pages[i].error);
	}
	free(d->pages);
	memset(d, 0, sizeof *d);
}
