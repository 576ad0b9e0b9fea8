#include "ocr/ocr.h"
#include "ocr/cjkfix.h"
#include "ocr/pagesrc.h"
#include "ocr/prep.h"
#include "util/xalloc.h"

#include <leptonica/allheaders.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tesseract/capi.h>

/* ---- configuration: the defaults are the measured pipeline (docs/ocr.md);
 * JZ_OCR_OPTS overrides them to measure alternatives with bench/ocr.sh ---- */

struct ocr_cfg {
	char lang[64];
	int psm, invert, thresholding;
	int second, second_below, tidy;
	struct prep_opts prep;
};

static struct ocr_cfg cfg;
static pthread_once_t cfg_once = PTHREAD_ONCE_INIT;

static void cfg_set(const char *k, const char *v)
{
	int n = atoi(v);
	if (!strcmp(k, "lang")) snprintf(cfg.lang, sizeof cfg.lang, "%s", v);
	else if (!strcmp(k, "psm")) cfg.psm = n;
	else if (!strcmp(k, "invert")) cfg.invert = n;
	else if (!strcmp(k, "thr")) cfg.thresholding = n;
	else if (!strcmp(k, "second")) cfg.second = n;
	else if (!strcmp(k, "tidy")) cfg.tidy = n;
	else if (!strcmp(k, "below")) cfg.second_below = n;
	else if (!strcmp(k, "red")) cfg.prep.red = n;
	else if (!strcmp(k, "speck")) cfg.prep.despeckle = n;
	else if (!strcmp(k, "deskew")) cfg.prep.deskew = n;
	else if (!strcmp(k, "bg")) cfg.prep.bgnorm = n;
	else if (!strcmp(k, "target")) cfg.prep.target = n;
	else if (!strcmp(k, "bin")) cfg.prep.binarize = n;
	else if (!strcmp(k, "k")) cfg.prep.sauvola_k = n;
}

static void cfg_init(void)
{
	snprintf(cfg.lang, sizeof cfg.lang, "chi_sim");
	cfg.psm = PSM_SINGLE_BLOCK;
	cfg.invert = 0;
	cfg.thresholding = 0;
	cfg.second = 1;
	cfg.second_below = 70;
	cfg.tidy = 1;
	prep_defaults(&cfg.prep);
	const char *env = getenv("JZ_OCR_OPTS");
	char *s = xstrdup(env ? env : ""), *save = NULL;
	for (char *t = strtok_r(s, " ,", &save); t; t = strtok_r(NULL, " ,", &save)) {
		char *eq = strchr(t, '=');
		if (eq) {
			*eq = '\0';
			cfg_set(t, eq + 1);
		}
	}
	free(s);
}

const char *ocr_engine_version(void)
{
	static char v[64];
	if (!v[0])
		snprintf(v, sizeof v, "tesseract %s", TessVersion());
	return v;
}

/* What was done to each page, in words a reviewer can read back from the
 * pages table: stored with every page, so a page read under other settings
 * (JZ_OCR_OPTS) says so. */
const char *ocr_settings(void)
{
	static char s[320];
	pthread_once(&cfg_once, cfg_init);
	if (s[0])
		return s;
	const struct prep_opts *p = &cfg.prep;
	static const char *const when[] = { "off", "auto", "always" };
	static const char *const bin[] = { "grey", "sauvola-if-not-clean", "otsu-bgnorm", "sauvola" };
	static const char *const again[] = { "off", "psm7", "psm7x1.5", "psm7-sauvola", "psm7-HanS" };
	snprintf(s, sizeof s,
		 "lang=%s psm=%d oem=1 dpi=file|300 invert=%d thresholding=%d | prep: grey%s, median3x3=%s, "
		 "deskew>=3deg=%s, bgnorm=%s, scale-down-to-char-h=%d, binarize=%s(k=%d) | "
		 "post: second-pass<%d=%s, cjk-tidy=%d",
		 cfg.lang, cfg.psm, cfg.invert, cfg.thresholding, p->red ? "+seal-removal" : "",
		 when[(unsigned)p->despeckle % 3], p->deskew ? "on" : "off", when[(unsigned)p->bgnorm % 3], p->target,
		 bin[(unsigned)p->binarize % 4], p->sauvola_k, cfg.second_below, again[(unsigned)cfg.second % 5], cfg.tidy);
	return s;
}

/* ---- recognition ---- */

struct line {
	char *text;
	float conf;
	int x, y, w, h, para_end;
};

struct lines {
	struct line *v;
	int n, cap;
};

static void collect_lines(TessBaseAPI *api, struct lines *ls)
{
	TessResultIterator *it = TessBaseAPIGetIterator(api);
	if (!it)
		return;
	TessPageIterator *pi = TessResultIteratorGetPageIterator(it);
	do {
		char *t = TessResultIteratorGetUTF8Text(it, RIL_TEXTLINE);
		if (!t)
			continue;
		ls->v = xgrow(ls->v, sizeof *ls->v, &ls->cap, ls->n + 1);
		struct line *l = &ls->v[ls->n++];
		l->text = xstrdup(t);
		TessDeleteText(t);
		l->conf = TessResultIteratorConfidence(it, RIL_TEXTLINE);
		int r, b;
		TessPageIteratorBoundingBox(pi, RIL_TEXTLINE, &l->x, &l->y, &r, &b);
		l->w = r - l->x;
		l->h = b - l->y;
		l->para_end = TessPageIteratorIsAtFinalElement(pi, RIL_PARA, RIL_TEXTLINE);
	} while (TessPageIteratorNext(pi, RIL_TEXTLINE));
	TessResultIteratorDelete(it);
}

/* The second model of this worker, loaded on first use. */
static __thread TessBaseAPI *alt_api;
static __thread int alt_failed;

static TessBaseAPI *alt_engine(void)
{
	if (!alt_api && !alt_failed) {
		alt_api = TessBaseAPICreate();
		if (TessBaseAPIInit2(alt_api, NULL, "HanS", OEM_LSTM_ONLY) != 0) {
			TessBaseAPIDelete(alt_api);
			alt_api = NULL;
			alt_failed = 1;
		} else {
			TessBaseAPISetVariable(alt_api, "tessedit_do_invert", "0");
		}
	}
	return alt_api;
}

static void alt_engine_end(void)
{
	if (alt_api) {
		TessBaseAPIEnd(alt_api);
		TessBaseAPIDelete(alt_api);
		alt_api = NULL;
	}
}

/* Re-read one low-confidence line on its own; keep the better reading. */
static void second_pass(TessBaseAPI *api, PIX *page, struct line *l)
{
	if (cfg.second == 4 && !(api = alt_engine()))
		return;
	int pad = l->h / 4;
	BOX *box = boxCreate(l->x - pad, l->y - pad, l->w + 2 * pad, l->h + 2 * pad);
	PIX *crop = pixClipRectangle(page, box, NULL);
	boxDestroy(&box);
	if (!crop)
		return;
	if (cfg.second >= 2) {
		PIX *s = pixScale(crop, 1.5f, 1.5f);
		if (s) {
			pixDestroy(&crop);
			crop = s;
		}
	}
	if (cfg.second == 3 && pixGetDepth(crop) == 8) {
		PIX *b = NULL;
		pixSauvolaBinarizeTiled(crop, l->h / 2 < 8 ? 8 : l->h / 2, 0.34f, 1, 1, NULL, &b);
		if (b) {
			pixDestroy(&crop);
			crop = b;
		}
	}
	TessBaseAPISetPageSegMode(api, PSM_SINGLE_LINE);
	TessBaseAPISetImage2(api, crop);
	TessBaseAPISetSourceResolution(api, 300);
	if (TessBaseAPIRecognize(api, NULL) == 0) {
		float c = (float)TessBaseAPIMeanTextConf(api);
		char *t = TessBaseAPIGetUTF8Text(api);
		if (t && c > l->conf) {
			free(l->text);
			l->text = xstrdup(t);
			l->conf = c;
		}
		TessDeleteText(t);
	}
	TessBaseAPISetPageSegMode(api, (TessPageSegMode)cfg.psm);
	TessBaseAPIClear(api);
	pixDestroy(&crop);
}

/* Re-read the lines under the confidence bar, the worst first, at most a
 * quarter of the page's lines (at least 2): on a page where most lines are
 * bad a full second pass doubled the time for a small gain. */
static int second_passes(TessBaseAPI *api, PIX *page, struct lines *ls)
{
	int max = ls->n / 4 > 2 ? ls->n / 4 : 2, done = 0;
	char *tried = xcalloc((size_t)ls->n + 1, 1);
	while (done < max) {
		int worst = -1;
		for (int i = 0; i < ls->n; i++) {
			const struct line *l = &ls->v[i];
			if (!tried[i] && l->conf < (float)cfg.second_below && l->h >= 8 &&
			    (worst < 0 || l->conf < ls->v[worst].conf))
				worst = i;
		}
		if (worst < 0)
			break;
		tried[worst] = 1;
		second_pass(api, page, &ls->v[worst]);
		done++;
	}
	free(tried);
	return done;
}

/* Page text from the lines as GetUTF8Text lays it out (a blank line after
 * each paragraph); confidence weighted by the characters of each line. */
static void assemble(struct lines *ls, struct ocr_page *out)
{
	struct strbuf sb = STRBUF_INIT;
	double sum = 0, weight = 0;
	for (int i = 0; i < ls->n; i++) {
		struct line *l = &ls->v[i];
		size_t n = strlen(l->text);
		while (n && (l->text[n - 1] == '\n' || l->text[n - 1] == ' '))
			n--;
		sb_add(&sb, l->text, n);
		sb_adds(&sb, l->para_end ? "\n\n" : "\n");
		sum += l->conf * (double)n;
		weight += (double)n;
		free(l->text);
	}
	free(ls->v);
	out->text = sb_detach(&sb);
	out->confidence = weight > 0 ? sum / weight : 0;
}

static int source_dpi(PIX *pix, double scale)
{
	int res = pixGetYRes(pix);
	if (res < 70 || res > 2400)
		res = 300;
	return (int)(res * scale + 0.5);
}

static void recognise(TessBaseAPI *api, PIX *pix, struct ocr_page *out)
{
	struct prep_info info;
	PIX *p = prep_page(pix, &cfg.prep, &info);
	if (!p) {
		out->error = xstrdup("cannot convert the page image");
		return;
	}
	if (getenv("JZ_OCR_DEBUG"))
		fprintf(stderr, "prep: red=%d‰ impulses=%d/10k speck=%d deskew=%d spread=%d contrast=%d bg=%d char_h=%d scale=%.2f\n",
			info.red_px, info.impulses, info.despeckled, info.deskewed, info.bg_spread, info.contrast,
			info.bgnormed, info.char_h, info.scale);
	TessBaseAPISetImage2(api, p);
	TessBaseAPISetSourceResolution(api, source_dpi(pix, info.scale));
	if (TessBaseAPIRecognize(api, NULL) != 0) {
		out->error = xstrdup("recognition failed");
	} else if (!cfg.second) {
		char *t = TessBaseAPIGetUTF8Text(api);
		out->text = xstrdup(t ? t : "");
		TessDeleteText(t);
		out->confidence = TessBaseAPIMeanTextConf(api);
	} else {
		struct lines ls = { 0 };
		collect_lines(api, &ls);
		int again = second_passes(api, p, &ls);
		if (getenv("JZ_OCR_DEBUG"))
			fprintf(stderr, "second pass: %d of %d lines\n", again, ls.n);
		assemble(&ls, out);
	}
	if (out->text && cfg.tidy)
		cjk_tidy(&out->text);
	TessBaseAPIClear(api);
	pixDestroy(&p);
}

/* ---- files and threads ---- */

struct job {
	const char *const *paths;
	struct ocr_doc *docs;
	char **errors;
	int n, next;
	pthread_mutex_t mu;
};

/* Load and recognise one file with an engine the worker keeps. */
static void one_file(TessBaseAPI *api, int engine_ok, const char *path, struct ocr_doc *d, char **error)
{
	struct src_page *src = NULL;
	int n = 0;
	struct jz_err e;
	if (pagesrc_load(path, &src, &n, &e) == 0) {
		d->pages = xcalloc(n > 0 ? (size_t)n : 1, sizeof *d->pages);
		d->n = n;
		for (int i = 0; i < n; i++) {
			d->pages[i].page_no = i + 1;
			if (src[i].error)
				d->pages[i].error = xstrdup(src[i].error);
			else if (!engine_ok)
				d->pages[i].error = xstrdup("tesseract could not load chi_sim (install tesseract-ocr-chi-sim)");
			else
				recognise(api, src[i].pix, &d->pages[i]);
		}
	} else {
		*error = xstrdup(e.msg);
	}
	pagesrc_free(src, n);
}

static int engine_init(TessBaseAPI *api)
{
	if (TessBaseAPIInit2(api, NULL, cfg.lang, OEM_LSTM_ONLY) != 0)
		return 0;
	TessBaseAPISetPageSegMode(api, (TessPageSegMode)cfg.psm);
	char v[16];
	snprintf(v, sizeof v, "%d", cfg.invert);
	TessBaseAPISetVariable(api, "tessedit_do_invert", v);
	snprintf(v, sizeof v, "%d", cfg.thresholding);
	TessBaseAPISetVariable(api, "thresholding_method", v);
	return 1;
}

static void *worker(void *arg)
{
	struct job *j = arg;
	TessBaseAPI *api = TessBaseAPICreate();
	int ok = engine_init(api);
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
	alt_engine_end();
	return NULL;
}

void ocr_files(const char *const *paths, int n, int jobs, struct ocr_doc *docs, char **errors)
{
	/* main() restarts the OCR commands with OMP_THREAD_LIMIT=1 set, since
	 * libgomp reads it at load time; this covers other callers that load
	 * libgomp late (it is a no-op once OpenMP has started) */
	setenv("OMP_THREAD_LIMIT", "1", 0);
	setMsgSeverity(L_SEVERITY_NONE);
	pthread_once(&cfg_once, cfg_init);
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
