/* pagesrc.c — page images of a scanned file, one at a time, each checked
 * against the limits before it is decoded (contract in pagesrc.h). */
#include "ocr/pagesrc.h"
#include "ocr/pdfrepair.h"
#include "util/xalloc.h"

#include <cairo.h>
#include <poppler.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { MAX_SIDE = 20000, MIN_SIDE = 16, PDF_DPI = 300 };

enum src_kind { SRC_PDF, SRC_TIFF, SRC_IMAGE };

struct pagesrc {
	char *path;
	enum src_kind kind;
	int n;
	struct ocr_limits lim;
	PopplerDocument *pdf;
	int repaired;     /* a PDF cut short, read with a trailer added */
	int lost;         /* a TIFF cut short: the first page lost (1-based), else 0 */
};

static char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
static char *fmt(const char *f, ...)
{
	va_list ap;
	va_start(ap, f);
	int n = vsnprintf(NULL, 0, f, ap);
	va_end(ap);
	char *out = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	out[0] = '\0';
	va_start(ap, f);
	if (n > 0)
		vsnprintf(out, (size_t)n + 1, f, ap);
	va_end(ap);
	return out;
}

/* Why a page of w × h pixels is refused, or NULL. Checked before anything
 * is allocated for it: the header or page box says how big it would be. */
static char *size_refusal(double w, double h, const struct ocr_limits *lim)
{
	if (!(w >= MIN_SIDE && h >= MIN_SIDE))
		return fmt("%.0f×%.0f 像素，太小，无法识别", w > 0 ? w : 0, h > 0 ? h : 0);
	if (w * h > (double)lim->max_pixels)
		return fmt("%.0f×%.0f 像素（%.1f 百万像素），超过每页 %.0f 百万像素的上限（设置 ocr.max_megapixels），未读取",
			   w, h, w * h / 1e6, (double)lim->max_pixels / 1e6);
	if (w > MAX_SIDE || h > MAX_SIDE)
		return fmt("%.0f×%.0f 像素，边长超过 %d 像素，无法识别", w, h, MAX_SIDE);
	return NULL;
}

/* A PDF by its signature, which poppler accepts within the first KiB. */
static int is_pdf(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return 0;
	char buf[1024];
	size_t n = fread(buf, 1, sizeof buf, f);
	fclose(f);
	for (size_t i = 0; i + 5 <= n; i++)
		if (memcmp(buf + i, "%PDF-", 5) == 0)
			return 1;
	return 0;
}

/* ---- PDF ---- */

static PopplerDocument *pdf_load(const char *path, GError **err)
{
	char *abs = realpath(path, NULL);
	char *uri = abs ? g_filename_to_uri(abs, NULL, NULL) : NULL;
	free(abs);
	PopplerDocument *doc = uri ? poppler_document_new_from_file(uri, NULL, err) : NULL;
	g_free(uri);
	return doc;
}

/* A PDF poppler refuses may have lost its end: read it again with a
 * trailer added (pdfrepair.h). The copy is unlinked at once: poppler keeps
 * it open. */
static PopplerDocument *pdf_load_repaired(const char *path)
{
	char tmp[4096];
	if (pdfrepair_copy(path, tmp, sizeof tmp) != 0)
		return NULL;
	GError *err = NULL;
	PopplerDocument *doc = pdf_load(tmp, &err);
	if (err)
		g_error_free(err);
	unlink(tmp);
	return doc;
}

static int pdf_open(struct pagesrc *s, struct jz_err *e)
{
	GError *err = NULL;
	s->pdf = pdf_load(s->path, &err);
	int enc = !s->pdf && err && err->code == POPPLER_ERROR_ENCRYPTED;
	if (err)
		g_error_free(err);
	if (!s->pdf && !enc && (s->pdf = pdf_load_repaired(s->path)) != NULL)
		s->repaired = 1;
	if (!s->pdf)
		return jz_err_set(e, "%s：%s", s->path, enc ? "PDF 已加密（请先去掉密码）" : "无法读取的 PDF（文件截断或损坏）");
	s->n = poppler_document_get_n_pages(s->pdf);
	if (s->n <= 0)
		return jz_err_set(e, "%s：PDF 没有页面%s", s->path, s->repaired ? "（文件截断）" : "");
	return 0;
}

/* Render into the leptonica image's own memory: cairo's RGB24 words are
 * 0x00RRGGBB, leptonica's 0xRRGGBB00, so one shift per word converts in
 * place and a page never exists twice. */
static PIX *pdf_render(PopplerPage *pg, int pw, int ph)
{
	PIX *pix = pixCreateNoInit(pw, ph, 32);
	if (!pix)
		return NULL;
	int stride = pixGetWpl(pix) * 4;
	if (stride != cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, pw)) {
		pixDestroy(&pix);
		return NULL;
	}
	l_uint32 *data = pixGetData(pix);
	cairo_surface_t *s = cairo_image_surface_create_for_data((unsigned char *)data, CAIRO_FORMAT_RGB24, pw, ph,
								 stride);
	cairo_t *cr = cairo_create(s);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_scale(cr, PDF_DPI / 72.0, PDF_DPI / 72.0);
	poppler_page_render_for_printing(pg, cr);
	int bad = cairo_status(cr) != CAIRO_STATUS_SUCCESS;
	cairo_destroy(cr);
	cairo_surface_finish(s);
	cairo_surface_destroy(s);
	if (bad) {
		pixDestroy(&pix);
		return NULL;
	}
	size_t words = (size_t)pixGetWpl(pix) * (size_t)ph;
	for (size_t i = 0; i < words; i++)
		data[i] = (data[i] & 0xffffff) << 8;
	pixSetResolution(pix, PDF_DPI, PDF_DPI);
	return pix;
}

static PIX *pdf_page(struct pagesrc *s, int i, char **reason)
{
	PopplerPage *pg = poppler_document_get_page(s->pdf, i);
	if (!pg) {
		*reason = xstrdup(s->repaired ? "PDF 文件截断，这一页已丢失" : "PDF 页面损坏，无法读取");
		return NULL;
	}
	double w = 0, h = 0;
	poppler_page_get_size(pg, &w, &h);
	double pw = w * PDF_DPI / 72.0, ph = h * PDF_DPI / 72.0;
	PIX *pix = NULL;
	if ((*reason = size_refusal(pw, ph, &s->lim)) == NULL && !(pix = pdf_render(pg, (int)pw, (int)ph)))
		*reason = xstrdup("无法渲染这一页");
	g_object_unref(pg);
	return pix;
}

/* ---- images ---- */

/* A classic TIFF's chain of page directories, followed by hand: a file cut
 * short loses the pages after the cut without libtiff saying so, so a
 * next offset past the end (or a directory libtiff cannot read) names the
 * first page lost. 1 when the chain is cut (*pages: the whole directories
 * before the cut); 0 when whole or not classic TIFF. */
static unsigned long tiff_u(const unsigned char *b, int n, int big_endian)
{
	unsigned long v = 0;
	for (int i = 0; i < n; i++)
		v |= (unsigned long)b[big_endian ? i : n - 1 - i] << (8 * (n - 1 - i));
	return v;
}

static int tiff_cut(FILE *f, long size, int max_pages, int *pages)
{
	unsigned char h[8];
	*pages = 0;
	rewind(f);
	if (fread(h, 1, 8, f) != 8 || !((h[0] == 'I' && h[1] == 'I') || (h[0] == 'M' && h[1] == 'M')))
		return 0;
	int be = h[0] == 'M';
	if (tiff_u(h + 2, 2, be) != 42)
		return 0;                 /* BigTIFF: libtiff's count stands */
	unsigned long off = tiff_u(h + 4, 4, be);
	while (off != 0 && *pages <= max_pages) {
		unsigned char c[4];
		if (off + 2 > (unsigned long)size || fseek(f, (long)off, SEEK_SET) != 0 || fread(c, 1, 2, f) != 2)
			return 1;
		unsigned long entries = tiff_u(c, 2, be), next = off + 2 + 12 * entries;
		if (next + 4 > (unsigned long)size || fseek(f, (long)next, SEEK_SET) != 0 || fread(c, 1, 4, f) != 4)
			return 1;
		++*pages;
		unsigned long to = tiff_u(c, 4, be);
		if (to != 0 && to <= off)
			return 0;             /* a loop or a backward chain: not ours to judge */
		off = to;
	}
	return 0;
}

static int magic(const unsigned char *b, size_t n)
{
	return (n >= 4 && (!memcmp(b, "II*\0", 4) || !memcmp(b, "MM\0*", 4))) || (n >= 4 && !memcmp(b, "\x89PNG", 4)) ||
	       (n >= 3 && !memcmp(b, "\xFF\xD8\xFF", 3));
}

static int image_open(struct pagesrc *s, struct jz_err *e)
{
	struct stat st;
	FILE *f = stat(s->path, &st) == 0 ? fopen(s->path, "rb") : NULL;
	if (!f)
		return jz_err_set(e, "%s：无法打开", s->path);
	if (st.st_size == 0) {
		fclose(f);
		return jz_err_set(e, "%s：空文件", s->path);
	}
	unsigned char head[8];
	size_t nh = fread(head, 1, sizeof head, f);
	l_int32 format = IFF_UNKNOWN;
	rewind(f);
	findFileFormatStream(f, &format);
	int rc = 0;
	if (format == IFF_UNKNOWN) {
		rc = jz_err_set(e, "%s：%s", s->path, magic(head, nh) ? "图像文件截断或损坏，无法读取"
									: "不是可识别的图像或 PDF（PNG、JPEG、TIFF、PDF）");
	} else if (L_FORMAT_IS_TIFF(format)) {
		s->kind = SRC_TIFF;
		l_int32 n = 0;
		rewind(f);
		if (tiffGetCount(f, &n) != 0 || n < 0)
			n = 0;
		int chain = 0;
		if (tiff_cut(f, (long)st.st_size, s->lim.max_pages, &chain) || chain > n)
			s->lost = n + 1;      /* the page after the last one libtiff reads is lost */
		s->n = n + (s->lost > 0);
		if (n == 0)
			rc = jz_err_set(e, "%s：无法读取的 TIFF（文件截断或损坏）", s->path);
	} else {
		s->kind = SRC_IMAGE;
		s->n = 1;
	}
	fclose(f);
	return rc;
}

static PIX *image_page(struct pagesrc *s, int i, char **reason)
{
	if (s->lost == i + 1) {
		*reason = xstrdup("TIFF 文件截断，这一页及以后的页已丢失");
		return NULL;
	}
	l_int32 w = 0, h = 0, bps = 0, spp = 0, res = 0, cmap = 0, format = 0;
	int hdr = s->kind == SRC_TIFF ? readHeaderTiff(s->path, i, &w, &h, &bps, &spp, &res, &cmap, &format)
				      : pixReadHeader(s->path, &format, &w, &h, &bps, &spp, &cmap);
	if (hdr != 0) {
		*reason = xstrdup("图像头损坏，无法读取");
		return NULL;
	}
	if ((*reason = size_refusal(w, h, &s->lim)) != NULL)
		return NULL;
	PIX *pix = s->kind == SRC_TIFF ? pixReadTiff(s->path, i) : pixRead(s->path);
	if (!pix)
		*reason = xstrdup("无法解码（文件截断或损坏）");
	else if (pixGetWidth(pix) != w || pixGetHeight(pix) != h) {
		/* the decoder disagrees with the header it was checked by */
		pixDestroy(&pix);
		*reason = xstrdup("图像大小与文件头不符，未读取");
	}
	return pix;
}

/* ---- the interface ---- */

int pagesrc_open(const char *path, const struct ocr_limits *lim, struct pagesrc **out, struct jz_err *e)
{
	struct pagesrc *s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	if (lim)
		s->lim = *lim;
	else
		ocr_limits_default(&s->lim);
	s->kind = is_pdf(path) ? SRC_PDF : SRC_IMAGE;
	int rc = s->kind == SRC_PDF ? pdf_open(s, e) : image_open(s, e);
	if (rc == 0 && s->lim.max_pages > 0 && s->n > s->lim.max_pages)
		rc = jz_err_set(e, "%s：共 %d 页，超过每个文件 %d 页的上限（设置 ocr.max_pages），未读取", path, s->n,
				s->lim.max_pages);
	if (rc != 0) {
		pagesrc_close(s);
		s = NULL;
	}
	*out = s;
	return rc;
}

int pagesrc_count(const struct pagesrc *s)
{
	return s ? s->n : 0;
}

PIX *pagesrc_page(struct pagesrc *s, int i, char **reason)
{
	*reason = NULL;
	if (i < 0 || i >= s->n) {
		*reason = fmt("没有第 %d 页", i + 1);
		return NULL;
	}
	return s->kind == SRC_PDF ? pdf_page(s, i, reason) : image_page(s, i, reason);
}

void pagesrc_close(struct pagesrc *s)
{
	if (!s)
		return;
	if (s->pdf)
		g_object_unref(s->pdf);
	free(s->path);
	free(s);
}
