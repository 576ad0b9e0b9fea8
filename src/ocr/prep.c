#include "ocr/prep.h"
#include "util/median.h"

#include "util/xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum {
	RED_MARGIN = 50,     /* red over the larger of green and blue */
	IMPULSE_JUMP = 100,  /* grey levels between a pixel and its flat neighbourhood */
	FLAT = 40,           /* spread of the four neighbours that counts as flat */
	TILES_X = 6, TILES_Y = 8
};

void prep_defaults(struct prep_opts *o)
{
	o->red = 3;
	o->despeckle = 1;
	o->deskew = 1;
	o->bgnorm = 1;
	o->target = 40;
	o->binarize = 1;
	o->sauvola_k = 34;
	o->rules = 1;
}

/* Luminance, except where red dominates. mode 1: a pixel whose red exceeds
 * green and blue by RED_MARGIN takes its red channel; 2: it turns white;
 * 3 (the default): from a margin of 15 the pixel is lifted by twice its
 * redness — a seal's faint, pinkish and JPEG-smeared pixels, which 1 left
 * as a grey residue that Sauvola turned back into strokes (「二〇二三年」
 * read as 「二-村年」), go white too, while black text, red in none of its
 * pixels, stays. Measured in docs/ocr.md, step 1. */
/* The paper's grey: the commonest luminance of 128 or more among pixels
 * with no redness (every fourth row and column). */
static int paper_level(const l_uint32 *src, int w, int h, int wpl)
{
	long hist[256] = { 0 };
	for (int y = 0; y < h; y += 4)
		for (int x = 0; x < w; x += 4) {
			l_uint32 p = src[(size_t)y * (size_t)wpl + (size_t)x];
			int r = (int)(p >> 24), gr = (int)((p >> 16) & 255), b = (int)((p >> 8) & 255);
			if (r - (gr > b ? gr : b) <= 15)
				hist[(r * 30 + gr * 59 + b * 11) / 100]++;
		}
	int best = 255;
	for (int v = 128; v < 256; v++)
		if (hist[v] > hist[best])
			best = v;
	return best;
}

static PIX *grey_without_red(PIX *rgb, int mode, int *red_pm)
{
	int w = pixGetWidth(rgb), h = pixGetHeight(rgb);
	PIX *g = pixCreate(w, h, 8);
	if (!g)
		return NULL;
	pixCopyResolution(g, rgb);
	l_uint32 *src = pixGetData(rgb), *dst = pixGetData(g);
	int swpl = pixGetWpl(rgb), dwpl = pixGetWpl(g);
	long long red = 0;
	/* lifted no further than the paper: on grey paper a seal lifted to
	 * white made a bright patch that set off background normalisation,
	 * and Sauvola then lost the whole page */
	int paper = mode == 3 ? paper_level(src, w, h, swpl) : 255;
	for (int y = 0; y < h; y++) {
		const l_uint32 *s = src + (size_t)y * (size_t)swpl;
		l_uint32 *d = dst + (size_t)y * (size_t)dwpl;
		for (int x = 0; x < w; x++) {
			int r = (int)(s[x] >> 24), gr = (int)((s[x] >> 16) & 255), b = (int)((s[x] >> 8) & 255);
			int v = (r * 30 + gr * 59 + b * 11) / 100, redness = r - (gr > b ? gr : b);
			if (mode == 3 && redness > 15) {
				v = r + 2 * redness < paper ? r + 2 * redness : paper;
				red += redness > RED_MARGIN;
			} else if (redness > RED_MARGIN) {
				v = mode == 2 ? 255 : r;
				red++;
			}
			SET_DATA_BYTE(d, x, v);
		}
	}
	*red_pm = (int)(red * 1000 / ((long long)w * h));
	return g;
}

static PIX *to_grey(PIX *in, int red, int *red_pm)
{
	*red_pm = 0;
	PIX *c = pixGetColormap(in) ? pixRemoveColormap(in, REMOVE_CMAP_BASED_ON_SRC) : pixClone(in);
	if (!c)
		return NULL;
	PIX *g;
	if (pixGetDepth(c) == 32)
		g = red ? grey_without_red(c, red, red_pm) : pixConvertRGBToLuminance(c);
	else
		g = pixConvertTo8(c, 0);
	pixDestroy(&c);
	return g;
}

/* Isolated impulse pixels (salt and pepper) per 10,000, from every other
 * row: a pixel far from four neighbours that agree with each other. Stroke
 * edges fail the "neighbours agree" test. */
static int impulse_rate(PIX *g)
{
	int w = pixGetWidth(g), h = pixGetHeight(g), wpl = pixGetWpl(g);
	l_uint32 *data = pixGetData(g);
	long long n = 0, hits = 0;
	for (int y = 1; y < h - 1; y += 2) {
		const l_uint32 *up = data + (size_t)(y - 1) * (size_t)wpl, *row = up + wpl, *dn = row + wpl;
		for (int x = 1; x < w - 1; x++) {
			int v = GET_DATA_BYTE(row, x);
			int a = GET_DATA_BYTE(up, x), b = GET_DATA_BYTE(dn, x);
			int c = GET_DATA_BYTE(row, x - 1), d = GET_DATA_BYTE(row, x + 1);
			int mx = a > b ? a : b, mn = a < b ? a : b;
			mx = c > mx ? c : mx; mx = d > mx ? d : mx;
			mn = c < mn ? c : mn; mn = d < mn ? d : mn;
			n++;
			if (mx - mn < FLAT && (v < mn - IMPULSE_JUMP || v > mx + IMPULSE_JUMP))
				hits++;
		}
	}
	return n ? (int)(hits * 10000 / n) : 0;
}

static int percentile(const int *hist, long long total, double q)
{
	long long want = (long long)(q * (double)total), acc = 0;
	for (int v = 0; v < 256; v++) {
		acc += hist[v];
		if (acc > want)
			return v;
	}
	return 255;
}

/* Paper level per tile (its 90th percentile): spread = brightest minus
 * darkest tile; contrast = median paper level minus the ink (the page's
 * 1st percentile). Sampled every 4th pixel. */
static void page_levels(PIX *g, int *spread, int *contrast, int *paper, int *ink)
{
	int w = pixGetWidth(g), h = pixGetHeight(g), wpl = pixGetWpl(g);
	l_uint32 *data = pixGetData(g);
	int all[256] = { 0 }, bg[TILES_X * TILES_Y];
	long long total = 0;
	for (int ty = 0; ty < TILES_Y; ty++)
		for (int tx = 0; tx < TILES_X; tx++) {
			int hist[256] = { 0 };
			long long n = 0;
			for (int y = ty * h / TILES_Y; y < (ty + 1) * h / TILES_Y; y += 4)
				for (int x = tx * w / TILES_X; x < (tx + 1) * w / TILES_X; x += 4) {
					int v = GET_DATA_BYTE(data + (size_t)y * (size_t)wpl, x);
					hist[v]++;
					all[v]++;
					n++;
				}
			total += n;
			bg[ty * TILES_X + tx] = n ? percentile(hist, n, 0.9) : 255;
		}
	int lo = 255, hi = 0, sorted[TILES_X * TILES_Y];
	for (int i = 0; i < TILES_X * TILES_Y; i++) {
		lo = bg[i] < lo ? bg[i] : lo;
		hi = bg[i] > hi ? bg[i] : hi;
		int j = i;
		for (; j > 0 && sorted[j - 1] > bg[i]; j--)
			sorted[j] = sorted[j - 1];
		sorted[j] = bg[i];
	}
	*paper = sorted[TILES_X * TILES_Y / 2];
	*ink = percentile(all, total, 0.01);
	*spread = hi - lo;
	*contrast = *paper - *ink;
}

/* Sensor noise: the mean difference between neighbouring paper pixels
 * (every 4th row), in tenths of a grey level. Clean scans give under 20,
 * Gaussian noise of sigma 20 about 220. */
static int noise_level(PIX *g, int paper)
{
	int w = pixGetWidth(g), h = pixGetHeight(g), wpl = pixGetWpl(g);
	l_uint32 *data = pixGetData(g);
	long long sum = 0, n = 0;
	for (int y = 0; y < h; y += 4) {
		const l_uint32 *row = data + (size_t)y * (size_t)wpl;
		for (int x = 0; x + 1 < w; x++) {
			int a = GET_DATA_BYTE(row, x), b = GET_DATA_BYTE(row, x + 1);
			if (a > paper - 60 && b > paper - 60) {
				sum += a > b ? a - b : b - a;
				n++;
			}
		}
	}
	return n ? (int)(sum * 10 / n) : 0;
}

static l_float32 rad(l_float32 deg)
{
	return deg * 3.14159265f / 180;
}

/* Median height of the runs of rows that hold ink: once the skew is taken
 * out, one run is one text line, and a CJK line is as tall as its
 * characters. The binary copy is straightened here even when the page is
 * not (see find_skew). */
static int char_height(PIX *g, int thresh, l_float32 skew)
{
	PIX *b = pixThresholdToBinary(g, thresh);
	if (b && skew != 0) {
		PIX *r = pixRotate(b, rad(skew), L_ROTATE_SAMPLING, L_BRING_IN_WHITE, 0, 0);
		pixDestroy(&b);
		b = r;
	}
	NUMA *rows = b ? pixCountPixelsByRow(b, NULL) : NULL;
	int w = pixGetWidth(g), n = rows ? numaGetCount(rows) : 0, nr = 0, run = 0, result = 0;
	int *runs = xcalloc((size_t)n / 2 + 2, sizeof *runs);
	for (int y = 0; y <= n; y++) {
		l_int32 c = 0;
		if (y < n)
			numaGetIValue(rows, y, &c);
		if (y < n && c > w / 100) {
			run++;
		} else {
			if (run >= 5)
				runs[nr++] = run;
			run = 0;
		}
	}
	if (nr >= 3)
		result = int_median(runs, nr);
	free(runs);
	numaDestroy(&rows);
	pixDestroy(&b);
	return result;
}

/* Replace *p with next when next is not NULL. */
static void take(PIX **p, PIX *next)
{
	if (next) {
		pixDestroy(p);
		*p = next;
	}
}

/* The page's skew in degrees, 0 when unsure. leptonica's own
 * pixFindSkewAndDeskew wants a confidence of 3, which a page of twenty
 * lines seldom reaches, though its angle is right from about 1.5 (the
 * rotated development pages). */
static l_float32 find_skew(PIX *g, int thresh)
{
	l_float32 angle = 0, conf = 0;
	PIX *b = pixThresholdToBinary(g, thresh);
	int bad = !b || pixFindSkew(b, &angle, &conf) != 0 || conf < 1.5f || fabsf(angle) < 0.3f;
	pixDestroy(&b);
	return bad ? 0 : angle;
}

/* Tesseract reads a page skewed by up to 3 degrees as well as a straightened
 * one: turning the development pages (0.6 to 3 degrees) back changed their
 * error rate by -1.5 to +2.7 points, no better on balance, since rotation
 * blurs the strokes. So only a steeper page is turned. */
static void deskew(PIX **g, l_float32 skew, struct prep_info *info)
{
	if (fabsf(skew) < 3.0f)
		return;
	PIX *r = pixRotate(*g, rad(skew), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0);
	if (r) {
		pixCopyResolution(r, *g);
		take(g, r);
		info->deskewed = 1;
	}
}

static void scale_to(PIX **g, const struct prep_opts *o, struct prep_info *info, int thresh, l_float32 skew)
{
	info->char_h = char_height(*g, thresh, info->deskewed ? 0 : skew);
	if (!o->target || info->char_h <= 0)
		return;
	/* only down: at 300 dpi (60-odd px characters) 40 px read better and
	 * faster; raising 21-30 px text to 40 px was slower and no better */
	double s = (double)o->target / info->char_h;
	if (s > 0.8)
		return;
	if (s < 0.4)
		s = 0.4;
	PIX *t = pixScale(*g, (float)s, (float)s);
	if (t) {
		info->scale = s;
		take(g, t);
	}
}

/* Ruled lines — a table's borders around the parties, a rule under the
 * title — read as 「|」 and 「一」 or eat the line of text they touch. A
 * horizontal rule is an ink run at least five character heights long; it
 * is painted out when it spans a third of the page or borders a table (it
 * touches a vertical run of one and a half heights that touches it — a
 * table's side, never the long stroke of a big title character). Neither
 * may be thicker than a third of a character, so a copier's dark edge band
 * or a bold block stays. Their pixels, and one around them, are painted
 * as paper. */
static PIX *thin_runs(PIX *b, int along_w, int along_h, int max_thick)
{
	int flat = along_w > 1;
	/* widened across first by a few pixels, so a rule on a page tilted by
	 * up to 3 degrees (steeper ones are turned first) still makes one run */
	PIX *wide = flat ? pixDilateCompBrick(NULL, b, 1, 5) : pixDilateCompBrick(NULL, b, 5, 1);
	PIX *runs = wide ? pixOpenCompBrick(NULL, wide, along_w, along_h) : NULL;
	/* what is thick across (a dark band, a bold block) is no rule */
	PIX *fat = !runs ? NULL
		   : flat ? pixOpenCompBrick(NULL, runs, 1, max_thick + 5) : pixOpenCompBrick(NULL, runs, max_thick + 5, 1);
	PIX *near_fat = fat ? pixDilateCompBrick(NULL, fat, 5, 5) : NULL;
	if (near_fat)
		pixSubtract(runs, runs, near_fat);
	if (runs)
		pixAnd(runs, runs, b);       /* the rule's own ink, not the widening */
	pixDestroy(&near_fat);
	pixDestroy(&fat);
	pixDestroy(&wide);
	return runs;
}

/* The components of runs that touch seeds (within two pixels). */
static PIX *touching(PIX *runs, PIX *seeds)
{
	PIX *near = pixDilateCompBrick(NULL, seeds, 5, 5);
	PIX *seed = near ? pixAnd(NULL, runs, near) : NULL;
	PIX *out = seed ? pixSeedfillBinary(NULL, seed, runs, 8) : NULL;
	pixDestroy(&seed);
	pixDestroy(&near);
	return out;
}

static PIX *rule_mask(PIX *b, int char_h)
{
	int thick = char_h / 3 > 2 ? char_h / 3 : 2;
	PIX *h = thin_runs(b, char_h * 5, 1, thick);
	PIX *v = h ? thin_runs(b, 1, char_h * 3 / 2, thick) : NULL;
	PIX *sides = v ? touching(v, h) : NULL;
	PIX *borders = sides ? touching(h, sides) : NULL;
	/* a rule across a third of the page stands alone (under a title);
	 * a shorter one only as a table's border — a run of dashes in the
	 * text (——————) is text */
	PIX *mask = h ? pixSelectBySize(h, pixGetWidth(b) / 3, 0, 8, L_SELECT_WIDTH, L_SELECT_IF_GTE, NULL) : NULL;
	if (mask && borders)
		pixOr(mask, mask, borders);
	if (mask && sides)
		pixOr(mask, mask, sides);
	pixDestroy(&borders);
	pixDestroy(&sides);
	pixDestroy(&v);
	pixDestroy(&h);
	return mask;
}

/* Found at half the resolution (four times less to open and close), and
 * the mask brought back to the page's own ink. */
static int remove_rules(PIX *g, int thresh, int char_h, int paper)
{
	if (char_h < 16 || pixGetDepth(g) != 8)
		return 0;
	PIX *b = pixThresholdToBinary(g, thresh);
	PIX *half = b ? pixReduceRankBinary2(b, 1, NULL) : NULL;
	PIX *found = half ? rule_mask(half, char_h / 2) : NULL;
	PIX *big = found ? pixExpandReplicate(found, 2) : NULL;
	PIX *mask = big ? pixCreateTemplate(b) : NULL;
	l_int32 n = 0;
	if (mask) {
		pixRasterop(mask, 0, 0, pixGetWidth(big), pixGetHeight(big), PIX_SRC, big, 0, 0);
		pixAnd(mask, mask, b);
		pixCountPixels(mask, &n, NULL);
	}
	PIX *grown = n > 0 ? pixDilateCompBrick(NULL, mask, 3, 3) : NULL;
	if (grown)
		pixSetMasked(g, grown, (l_uint32)paper);
	pixDestroy(&grown);
	pixDestroy(&mask);
	pixDestroy(&big);
	pixDestroy(&found);
	pixDestroy(&half);
	pixDestroy(&b);
	return n;
}

/* Sauvola's local threshold (window about a character wide) beat
 * Tesseract's global Otsu on noisy, speckled and unevenly lit pages, not
 * on clean ones (where it turned 鹿 into 麻 on a fixture); on small type
 * (under 30 px) it lost strokes the LSTM still reads in grey. Nor after
 * the median filter on faint paper: the filter thins one-pixel strokes
 * and Sauvola then drops the horizontals of 一 and 二. Nor for faintness
 * alone (pale or thin print, a low-contrast copy): there it broke the
 * thin strokes Tesseract's Otsu still reads — on 16 development pages of
 * printer and copier faults without a seal (bench/ocr_dev.py --set plain)
 * mean CER 0.194 with, 0.093 without; on the 36 seal-and-noise pages
 * 0.0300 with, 0.0308 without. */
static int needs_sauvola(const struct prep_info *info, int h)
{
	int noisy = info->despeckled || info->bgnormed || info->noise >= 80;
	int thinned = info->despeckled && info->contrast < 150;
	return h >= 30 && noisy && !thinned;
}

static void binarize(PIX **g, const struct prep_opts *o, struct prep_info *info)
{
	PIX *b = NULL;
	int h = (int)(info->char_h * info->scale);
	if ((o->binarize == 1 && needs_sauvola(info, h)) || o->binarize == 3) {
		pixSauvolaBinarizeTiled(*g, h, (float)o->sauvola_k / 100, 1, 1, NULL, &b);
	} else if (o->binarize == 2) {
		b = pixOtsuThreshOnBackgroundNorm(*g, NULL, 10, 15, 100, 50, 255, 2, 2, 0.1f, NULL);
	}
	if (b) {
		pixCopyResolution(b, *g);
		take(g, b);
		info->binarized = o->binarize;
	}
}

PIX *prep_page(PIX *in, const struct prep_opts *o, struct prep_info *info)
{
	memset(info, 0, sizeof *info);
	info->scale = 1;
	PIX *g = to_grey(in, o->red, &info->red_px);
	if (!g)
		return NULL;
	info->impulses = impulse_rate(g);
	if (o->despeckle == 2 || (o->despeckle == 1 && info->impulses >= 20)) {
		take(&g, pixMedianFilter(g, 3, 3));
		info->despeckled = 1;
	}
	int paper, ink;
	page_levels(g, &info->bg_spread, &info->contrast, &paper, &ink);
	l_float32 skew = find_skew(g, (paper + ink) / 2);
	info->skew = skew;
	if (o->deskew)
		deskew(&g, skew, info);
	if (info->deskewed)
		page_levels(g, &info->bg_spread, &info->contrast, &paper, &ink);
	if (o->bgnorm == 2 || (o->bgnorm == 1 && info->bg_spread > 40)) {
		take(&g, pixBackgroundNormSimple(g, NULL, NULL));
		info->bgnormed = 1;
		page_levels(g, &info->bg_spread, &info->contrast, &paper, &ink);
	}
	info->noise = noise_level(g, paper);
	scale_to(&g, o, info, (paper + ink) / 2, skew);
	if (o->rules)
		info->rule_px = remove_rules(g, (paper + ink) / 2, (int)(info->char_h * info->scale), paper);
	binarize(&g, o, info);
	return g;
}

PIX *prep_squeeze_gaps(PIX *line, int max_gap)
{
	int w = pixGetWidth(line), h = pixGetHeight(line), d = pixGetDepth(line);
	if ((d != 1 && d != 8) || w < 2 || max_gap < 1)
		return NULL;
	PIX *b = d == 1 ? pixClone(line) : pixThresholdToBinary(line, 128);   /* ink: dark under 128 */
	NUMA *cols = b ? pixCountPixelsByColumn(b) : NULL;
	pixDestroy(&b);
	if (!cols)
		return NULL;
	int kept = 0, run = 0;
	for (int x = 0; x < w; x++) {
		l_int32 n = 0;
		numaGetIValue(cols, x, &n);
		run = n ? 0 : run + 1;
		kept += run <= max_gap;
	}
	PIX *out = kept < w ? pixCreate(kept, h, d) : NULL;
	if (out) {
		if (d == 8)
			pixSetAll(out);      /* paper */
		pixCopyResolution(out, line);
		run = 0;
		for (int x = 0, dx = 0; x < w; x++) {
			l_int32 n = 0;
			numaGetIValue(cols, x, &n);
			run = n ? 0 : run + 1;
			if (run <= max_gap)
				pixRasterop(out, dx++, 0, 1, h, PIX_SRC, line, x, 0);
		}
	}
	numaDestroy(&cols);
	return out;
}
