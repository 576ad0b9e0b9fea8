#include "ocr/ocr.h"
#include "ocr/cjkfix.h"
#include "ocr/dateline.h"
#include "ocr/glyph.h"
#include "ocr/pagesrc.h"
#include "ocr/prep.h"
#include "ocr/punctwidth.h"
#include "ocr/surnames.h"
#include "util/utf8.h"
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
	int second, second_below, tidy, punct, sign, date, glyph;
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
	else if (!strcmp(k, "punct")) cfg.punct = n;
	else if (!strcmp(k, "sign")) cfg.sign = n;
	else if (!strcmp(k, "date")) cfg.date = n;
	else if (!strcmp(k, "glyph")) cfg.glyph = n;
	else if (!strcmp(k, "below")) cfg.second_below = n;
	else if (!strcmp(k, "red")) cfg.prep.red = n;
	else if (!strcmp(k, "speck")) cfg.prep.despeckle = n;
	else if (!strcmp(k, "deskew")) cfg.prep.deskew = n;
	else if (!strcmp(k, "bg")) cfg.prep.bgnorm = n;
	else if (!strcmp(k, "target")) cfg.prep.target = n;
	else if (!strcmp(k, "bin")) cfg.prep.binarize = n;
	else if (!strcmp(k, "k")) cfg.prep.sauvola_k = n;
	else if (!strcmp(k, "rules")) cfg.prep.rules = n;
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
	cfg.punct = 1;
	cfg.sign = 1;
	cfg.date = 1;
	cfg.glyph = 1;
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
	static char s[400];
	pthread_once(&cfg_once, cfg_init);
	if (s[0])
		return s;
	const struct prep_opts *p = &cfg.prep;
	static const char *const when[] = { "off", "auto", "always" };
	static const char *const bin[] = { "grey", "sauvola-if-not-clean", "otsu-bgnorm", "sauvola" };
	static const char *const again[] = { "off", "psm7", "psm7x1.5", "psm7-sauvola", "psm7-HanS" };
	snprintf(s, sizeof s,
		 "lang=%s psm=%d oem=1 dpi=file|300 invert=%d thresholding=%d | prep: grey%s, median3x3=%s, "
		 "deskew>=3deg=%s, bgnorm=%s, scale-down-to-char-h=%d, rules=%s, binarize=%s(k=%d) | "
		 "post: second-pass<%d=%s, signature-reread=%d, date-reread=%d, glyphs=%d, cjk-tidy=%d, punct-width=%d",
		 cfg.lang, cfg.psm, cfg.invert, cfg.thresholding, p->red ? "+seal-removal" : "",
		 when[(unsigned)p->despeckle % 3], p->deskew ? "on" : "off", when[(unsigned)p->bgnorm % 3], p->target,
		 p->rules ? "off-painted" : "kept", bin[(unsigned)p->binarize % 4], p->sauvola_k, cfg.second_below,
		 again[(unsigned)cfg.second % 5], cfg.sign, cfg.date, cfg.glyph, cfg.tidy, cfg.punct);
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
	int *pct, npct, cappct;   /* the page's punctuation measures (punctwidth.h) */
};

/* Measure the punctuation of the line whose first symbol the iterator is
 * at (leaving it at the line's last symbol). */
static void measure_marks(TessResultIterator *it, TessPageIterator *pi, struct lines *ls)
{
	struct glyph *g = NULL;
	int n = 0, cap = 0;
	do {
		char *t = TessResultIteratorGetUTF8Text(it, RIL_SYMBOL);
		int l, top, r, b, len;
		if (t && *t && TessPageIteratorBoundingBox(pi, RIL_SYMBOL, &l, &top, &r, &b)) {
			g = xgrow(g, sizeof *g, &cap, n + 1);
			g[n++] = (struct glyph){ utf8_decode(t, strlen(t), &len), l, r };
		}
		TessDeleteText(t);
	} while (!TessPageIteratorIsAtFinalElement(pi, RIL_TEXTLINE, RIL_SYMBOL) && TessPageIteratorNext(pi, RIL_SYMBOL));
	ls->pct = xgrow(ls->pct, sizeof *ls->pct, &ls->cappct, ls->npct + n + 1);
	ls->npct += punct_measure(g, n, ls->pct + ls->npct);
	free(g);
}

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
		if (cfg.tidy && cfg.punct)
			measure_marks(it, pi, ls);
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

/* One line read again on its own (psm 7), cut out with a quarter of its
 * height around it, in a variant of cfg.second's (2: 1.5 times larger,
 * 3: and Sauvola, 4: the second model, 5: its wide gaps cut to a quarter
 * of its height); NULL if it fails or, for 5, when it has no wide gap. */
static char *reread(TessBaseAPI *api, PIX *page, const struct line *l, int variant, float *conf)
{
	if (variant == 4 && !(api = alt_engine()))
		return NULL;
	int pad = l->h / 4;
	BOX *box = boxCreate(l->x - pad, l->y - pad, l->w + 2 * pad, l->h + 2 * pad);
	PIX *crop = pixClipRectangle(page, box, NULL);
	boxDestroy(&box);
	if (!crop)
		return NULL;
	if (variant == 5) {
		PIX *q = prep_squeeze_gaps(crop, l->h / 4);
		pixDestroy(&crop);
		if (!q)
			return NULL;
		crop = q;
	}
	if (variant >= 2 && variant <= 4) {
		PIX *s = pixScale(crop, 1.5f, 1.5f);
		if (s) {
			pixDestroy(&crop);
			crop = s;
		}
	}
	if (variant == 3 && pixGetDepth(crop) == 8) {
		PIX *b = NULL;
		pixSauvolaBinarizeTiled(crop, l->h / 2 < 8 ? 8 : l->h / 2, 0.34f, 1, 1, NULL, &b);
		if (b) {
			pixDestroy(&crop);
			crop = b;
		}
	}
	char *text = NULL;
	TessBaseAPISetPageSegMode(api, PSM_SINGLE_LINE);
	TessBaseAPISetImage2(api, crop);
	TessBaseAPISetSourceResolution(api, 300);
	if (TessBaseAPIRecognize(api, NULL) == 0) {
		*conf = (float)TessBaseAPIMeanTextConf(api);
		char *t = TessBaseAPIGetUTF8Text(api);
		text = t ? xstrdup(t) : NULL;
		TessDeleteText(t);
	}
	TessBaseAPISetPageSegMode(api, (TessPageSegMode)cfg.psm);
	TessBaseAPIClear(api);
	pixDestroy(&crop);
	return text;
}

static void take_line(struct line *l, char *text, float conf)
{
	free(l->text);
	l->text = text;
	l->conf = conf;
}

/* Re-read one low-confidence line on its own; keep the better reading. */
static void second_pass(TessBaseAPI *api, PIX *page, struct line *l)
{
	float c = 0;
	char *t = reread(api, page, l, cfg.second, &c);
	if (t && c > l->conf)
		take_line(l, t, c);
	else
		free(t);
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

/* A line read again: t becomes *best when it is good and more confident
 * than *best_conf, else it is freed. */
static void consider(char **best, float *best_conf, char *t, float conf, int good)
{
	if (t && good && conf > *best_conf) {
		free(*best);
		*best = t;
		*best_conf = conf;
	} else {
		free(t);
	}
}

/* A judge's signature line: 「审 判 长 卢 明 远」 read on the page as 户明远;
 * or a 法定代表人/负责人 line (「法定代表人：郝志刚」 read as 部志刚). The
 * first character of the name after the label (spaces and up to three
 * specks skipped on either side of it), 0 when the line is no such line
 * or has no name; *chars counts the CJK characters after the label,
 * *judge (unless NULL) tells a signature line. */
static uint32_t signed_initial(const char *text, int *chars, int *judge)
{
	enum { BENCH = 6 };      /* the first six are the bench's */
	static const char *const labels[] = { "代理审判员", "人民陪审员", "审判长", "审判员", "执行员", "陪审员",
					      "法定代表人", "负责人", NULL };
	char flat[96];
	size_t n = 0;
	if (judge)
		*judge = 0;
	for (const char *p = text; *p && n + 1 < sizeof flat; p++)
		if (*p != ' ' && *p != '\n')
			flat[n++] = *p;
	flat[n] = 0;
	*chars = 0;
	const char *p = flat;
	for (int skip = 0; skip <= 3 && *p; skip++) {
		for (int k = 0; labels[k]; k++) {
			if (strncmp(p, labels[k], strlen(labels[k])))
				continue;
			uint32_t first = 0;
			int junk = 0, len;
			if (judge)
				*judge = k < BENCH;
			for (const char *q = p + strlen(labels[k]); *q && junk <= 3; q += len > 0 ? len : 1) {
				uint32_t c = utf8_decode(q, strlen(q), &len);
				if (c >= 0x4E00 && c <= 0x9FFF) {
					first = first ? first : c;
					++*chars;
				} else if (!first) {
					junk++;
				}
			}
			return first;
		}
		int len;
		utf8_decode(p, strlen(p), &len);
		p += len > 0 ? len : 1;
	}
	return 0;
}

/* A signature line whose name starts with no surname is read again on its
 * own, as it is, 1.5 times larger and with its wide gaps cut; one whose
 * name starts with a surname only with its gaps cut. The more confident
 * reading (than the page's, in the second case) whose name starts with a
 * surname and is no longer than the page's is kept (a character misread,
 * not one added: 「上户明远」 is no better than 户明远; a two-character name
 * may gain its lost third). On the development scans the page gave 户明远
 * and 芯亮 where the line alone gave 卢明远 and 彭亮; read with its gaps cut,
 * 「审　判　员　 苟　雪　莲」 is one word, not characters apart — judges' F1
 * 0.500 → 0.605 and 0.406 → 0.520 on two renderings (seeds 11, 23). */
static int signature_passes(TessBaseAPI *api, PIX *page, struct lines *ls)
{
	int done = 0;
	for (int i = 0; i < ls->n; i++) {
		struct line *l = &ls->v[i];
		int chars, again_chars, judge;
		uint32_t c = signed_initial(l->text, &chars, &judge);
		int surname = c && cn_surname(c);
		if (!c || l->h < 8 || (surname && !judge))
			continue;
		static const int variants[] = { 1, 2, 5 };     /* as it is, 1.5 times larger, gaps cut */
		char *best = NULL;
		float best_conf = surname ? l->conf : -1;
		for (int k = surname ? 2 : 0; k < 3; k++) {
			float conf = 0;
			char *t = reread(api, page, l, variants[k], &conf);
			uint32_t again = t ? signed_initial(t, &again_chars, NULL) : 0;
			consider(&best, &best_conf, t, conf,
				 again && cn_surname(again) && again_chars <= (chars > 2 ? chars : 3));
		}
		if (best)
			take_line(l, best, best_conf);
		done++;
	}
	return done;
}

/* The 落款 date under the court's seal: a line that looks like a broken
 * date in Chinese numerals (dateline.h: 「二三五年三月二十日」, 「二OO二年十方，
 * 六日」) is read again on its own — as it is, 1.5 times larger, and so with
 * Sauvola's threshold — and the most confident reading that is a full date
 * is kept; none, and the page's stays. */
static int date_passes(TessBaseAPI *api, PIX *page, struct lines *ls)
{
	int done = 0;
	for (int i = 0; i < ls->n; i++) {
		struct line *l = &ls->v[i];
		if (l->h < 8 || cn_date_line(l->text) != 0)
			continue;
		static const int variants[] = { 1, 2, 3 };
		char *best = NULL;
		float best_conf = -1;
		for (int k = 0; k < 3; k++) {
			float conf = 0;
			char *t = reread(api, page, l, variants[k], &conf);
			consider(&best, &best_conf, t, conf, t && cn_date_line(t) == 1);
		}
		if (best)
			take_line(l, best, best_conf);
		done++;
	}
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

/* The page image *pix is destroyed as soon as it is prepared: an A4 page
 * in colour at 300 dpi is 35 MB that recognition does not need. */
static void recognise(TessBaseAPI *api, PIX **pix, struct ocr_page *out)
{
	struct prep_info info;
	PIX *p = prep_page(*pix, &cfg.prep, &info);
	int dpi = source_dpi(*pix, p ? info.scale : 1);
	pixDestroy(pix);
	if (!p) {
		out->error = xstrdup("无法转换页面图像");
		return;
	}
	if (getenv("JZ_OCR_DEBUG"))
		fprintf(stderr, "prep: red=%d‰ impulses=%d/10k speck=%d deskew=%d spread=%d contrast=%d bg=%d char_h=%d scale=%.2f rules=%d\n",
			info.red_px, info.impulses, info.despeckled, info.deskewed, info.bg_spread, info.contrast,
			info.bgnormed, info.char_h, info.scale, info.rule_px);
	TessBaseAPISetImage2(api, p);
	TessBaseAPISetSourceResolution(api, dpi);
	int half = 0;          /* a page set with half-width punctuation */
	if (TessBaseAPIRecognize(api, NULL) != 0) {
		out->error = xstrdup("识别失败");
	} else if (!cfg.second) {
		char *t = TessBaseAPIGetUTF8Text(api);
		out->text = xstrdup(t ? t : "");
		TessDeleteText(t);
		out->confidence = TessBaseAPIMeanTextConf(api);
	} else {
		struct lines ls = { 0 };
		collect_lines(api, &ls);
		int again = second_passes(api, p, &ls), median, share;
		int signed_again = cfg.sign ? signature_passes(api, p, &ls) : 0;
		int dated_again = cfg.date ? date_passes(api, p, &ls) : 0;
		int glyphs = 0;
		for (int i = 0; cfg.glyph && i < ls.n; i++)
			glyphs += glyph_mend_line(p, ls.v[i].x, ls.v[i].y, ls.v[i].w, ls.v[i].h, ls.v[i].text);
		int *pct = ls.pct, npct = ls.npct;
		assemble(&ls, out);
		half = punct_halfwidth_page(pct, npct, out->text, &median, &share);
		free(pct);
		if (getenv("JZ_OCR_DEBUG"))
			fprintf(stderr, "second pass: %d of %d lines, %d signature lines, %d date lines, %d glyphs; punctuation: %d marks, "
				"median %d%% of the pitch, %d%% read full-width%s\n", again, ls.n, signed_again, dated_again, glyphs, npct,
				median, share, half ? ", half-width" : "");
	}
	if (out->text && half)
		punct_protect(&out->text);
	if (out->text && cfg.tidy)
		cjk_tidy(&out->text);
	if (out->text)
		punct_unmask(out->text);
	TessBaseAPIClear(api);
	pixDestroy(&p);
}

/* ---- batches: pages of many files, read by worker threads ---- */

struct batch_file {
	char *path;
	int pages;        /* 0 when the file cannot be read */
	int skip;
	int first;        /* its first unit, -1 when it has none */
};

struct ocr_batch {
	struct batch_file *f;
	int nfiles;
	struct ocr_limits lim;
	int *unit_file, *unit_page;
	struct ocr_page *res;
	unsigned char *done;
	int nunits, next, stop, nth;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	pthread_t th[16];
};

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

/* The worker's open file: kept while its next pages come from the same one. */
struct worker_src {
	struct pagesrc *src;
	int file;
	char *error;      /* why the file could not be opened again */
};

static void worker_open(struct ocr_batch *b, struct worker_src *w, int file)
{
	if (w->file == file)
		return;
	pagesrc_close(w->src);
	free(w->error);
	w->src = NULL;
	w->error = NULL;
	w->file = file;
	struct jz_err e;
	if (pagesrc_open(b->f[file].path, &b->lim, &w->src, &e))
		w->error = xstrdup(e.msg);
}

/* One page: only its image is in memory, and only while it is read. */
static void read_page(TessBaseAPI *api, int engine_ok, struct worker_src *w, int p, struct ocr_page *out)
{
	char *reason = NULL;
	PIX *pix = NULL;
	if (w->error)
		out->error = xstrdup(w->error);
	else if (!(pix = pagesrc_page(w->src, p, &reason)))
		out->error = reason;
	else if (!engine_ok)
		out->error = xstrdup("Tesseract 无法加载 chi_sim 语言模型（请安装 tesseract-ocr-chi-sim）");
	else
		recognise(api, &pix, out);
	pixDestroy(&pix);
}

static void *worker(void *arg)
{
	struct ocr_batch *b = arg;
	TessBaseAPI *api = TessBaseAPICreate();
	int ok = engine_init(api);
	struct worker_src w = { NULL, -1, NULL };
	for (;;) {
		pthread_mutex_lock(&b->mu);
		int u = b->stop ? b->nunits : b->next++;
		pthread_mutex_unlock(&b->mu);
		if (u >= b->nunits)
			break;
		struct ocr_page pg = { 0 };
		pg.page_no = b->unit_page[u] + 1;
		worker_open(b, &w, b->unit_file[u]);
		read_page(api, ok, &w, b->unit_page[u], &pg);
		pthread_mutex_lock(&b->mu);
		b->res[u] = pg;
		b->done[u] = 1;
		pthread_cond_broadcast(&b->cv);
		pthread_mutex_unlock(&b->mu);
	}
	pagesrc_close(w.src);
	free(w.error);
	TessBaseAPIEnd(api);
	TessBaseAPIDelete(api);
	alt_engine_end();
	glyph_end();
	return NULL;
}

struct ocr_batch *ocr_batch_open(const char *const *paths, int n, const struct ocr_limits *lim, char **errors)
{
	setMsgSeverity(L_SEVERITY_NONE);
	struct ocr_batch *b = xcalloc(1, sizeof *b);
	b->f = xcalloc(n > 0 ? (size_t)n : 1, sizeof *b->f);
	b->nfiles = n;
	if (lim)
		b->lim = *lim;
	else
		ocr_limits_default(&b->lim);
	for (int i = 0; i < n; i++) {
		struct pagesrc *s;
		struct jz_err e;
		errors[i] = NULL;
		b->f[i].path = xstrdup(paths[i]);
		b->f[i].first = -1;
		if (pagesrc_open(paths[i], &b->lim, &s, &e) == 0) {
			b->f[i].pages = pagesrc_count(s);
			pagesrc_close(s);
		} else {
			errors[i] = xstrdup(e.msg);
		}
	}
	pthread_mutex_init(&b->mu, NULL);
	pthread_cond_init(&b->cv, NULL);
	return b;
}

int ocr_batch_pages(const struct ocr_batch *b, int file)
{
	return file >= 0 && file < b->nfiles ? b->f[file].pages : 0;
}

void ocr_batch_skip(struct ocr_batch *b, int file)
{
	if (file >= 0 && file < b->nfiles)
		b->f[file].skip = 1;
}

void ocr_batch_run(struct ocr_batch *b, int jobs)
{
	/* the binary sets OMP_THREAD_LIMIT=1 before it opens this module
	 * (ocr_load.c), since libgomp reads it at load time; this covers the
	 * tests, which link the OCR code (a no-op once OpenMP has started) */
	setenv("OMP_THREAD_LIMIT", "1", 0);
	pthread_once(&cfg_once, cfg_init);
	int n = 0;
	for (int i = 0; i < b->nfiles; i++)
		if (!b->f[i].skip)
			n += b->f[i].pages;
	b->unit_file = xcalloc(n > 0 ? (size_t)n : 1, sizeof *b->unit_file);
	b->unit_page = xcalloc(n > 0 ? (size_t)n : 1, sizeof *b->unit_page);
	b->res = xcalloc(n > 0 ? (size_t)n : 1, sizeof *b->res);
	b->done = xcalloc(n > 0 ? (size_t)n : 1, 1);
	for (int i = 0; i < b->nfiles; i++) {
		if (b->f[i].skip || !b->f[i].pages)
			continue;
		b->f[i].first = b->nunits;
		for (int p = 0; p < b->f[i].pages; p++) {
			b->unit_file[b->nunits] = i;
			b->unit_page[b->nunits++] = p;
		}
	}
	b->nth = jobs < 1 ? 1 : jobs > 16 ? 16 : jobs;
	if (b->nth > b->nunits)
		b->nth = b->nunits;
	for (int i = 0; i < b->nth; i++)
		pthread_create(&b->th[i], NULL, worker, b);
}

void ocr_batch_take(struct ocr_batch *b, int file, int p, struct ocr_page *out)
{
	memset(out, 0, sizeof *out);
	out->page_no = p + 1;
	if (file < 0 || file >= b->nfiles || b->f[file].first < 0 || p < 0 || p >= b->f[file].pages) {
		out->error = xstrdup("没有这一页");
		return;
	}
	int u = b->f[file].first + p;
	pthread_mutex_lock(&b->mu);
	while (!b->done[u])
		pthread_cond_wait(&b->cv, &b->mu);
	*out = b->res[u];
	memset(&b->res[u], 0, sizeof b->res[u]);
	pthread_mutex_unlock(&b->mu);
}

void ocr_batch_end(struct ocr_batch *b)
{
	if (!b)
		return;
	pthread_mutex_lock(&b->mu);
	b->stop = 1;
	pthread_mutex_unlock(&b->mu);
	for (int i = 0; i < b->nth; i++)
		pthread_join(b->th[i], NULL);
	for (int u = 0; u < b->nunits; u++)
		ocr_page_free(&b->res[u]);
	for (int i = 0; i < b->nfiles; i++)
		free(b->f[i].path);
	free(b->f);
	free(b->unit_file);
	free(b->unit_page);
	free(b->res);
	free(b->done);
	pthread_mutex_destroy(&b->mu);
	pthread_cond_destroy(&b->cv);
	free(b);
}

void ocr_page_free(struct ocr_page *p)
{
	free(p->text);
	free(p->error);
	p->text = p->error = NULL;
}

void ocr_files(const char *const *paths, int n, int jobs, struct ocr_doc *docs, char **errors)
{
	struct ocr_batch *b = ocr_batch_open(paths, n, NULL, errors);
	ocr_batch_run(b, jobs);
	for (int i = 0; i < n; i++) {
		docs[i].n = ocr_batch_pages(b, i);
		docs[i].pages = xcalloc(docs[i].n > 0 ? (size_t)docs[i].n : 1, sizeof *docs[i].pages);
		for (int p = 0; p < docs[i].n; p++)
			ocr_batch_take(b, i, p, &docs[i].pages[p]);
	}
	ocr_batch_end(b);
}

void ocr_doc_free(struct ocr_doc *d)
{
	for (int i = 0; i < d->n; i++)
		ocr_page_free(&d->pages[i]);
	free(d->pages);
	memset(d, 0, sizeof *d);
}
