#include "ocr/glyph.h"
#include "ocr/weakchars.h"
#include "util/median.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A glyph is compared at N×N: its ink cropped to its box, centred in a
 * square, averaged down, mean removed, scaled to unit length — so the dot
 * product of two is their correlation, whatever the size and stroke. */
enum { N = 24, NN = N * N, MAXF = 8, CACHE = 512, DRAW_PX = 40 };   /* drawn a little above N: enough to average down */

/* Song (宋体) first, as courts print, then Kai and the sans: a character
 * read right is usually found like itself in the first one or two. */
static const struct { const char *path; int index; } font_files[] = {
	{ "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2 },    /* index 2: the SC faces */
	{ "/usr/share/fonts/truetype/arphic/uming.ttc", 0 },
	{ "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0 },
	{ "/usr/share/fonts/truetype/arphic/ukai.ttc", 0 },
	{ "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0 },
	{ "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2 },
	{ "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0 },
	{ "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0 },
};


#define OWN_DOUBT 0.5f    /* below this, a neighbour may not be what was read */
#define CHECK_BELOW 0.6f  /* below this, the cell is compared with the listed characters (岚 read as 岗: 0.59) */
#define TAKE_AT 0.7f      /* a listed character must reach this … */
#define TAKE_BY 0.3f      /* … and beat what was read by this much */
#define SHORTLIST 8       /* the listed characters nearest in the page's font, compared in every font */

struct ref {
	uint32_t cp;
	signed char has[MAXF];    /* 0 not drawn yet, 1 drawn, -1 the font lacks it */
	float t[MAXF][NN];
};

struct gstate {
	int state;            /* 0 not tried, 1 ready, -1 no fonts */
	FT_Library lib;
	FT_Face face[MAXF];
	int nface;
	int order[MAXF];      /* the fonts, the last one a character was found like itself in first */
	struct ref *cand;     /* WEAK_CHARS, set up at the first doubtful cell */
	int ncand;
	struct ref *cache;    /* what was read, by code point (open addressing) */
	int ncache;
};

static __thread struct gstate G;

/* The squares of a side of s cut in N that pixel i covers, and how much
 * of each: at most N / s + 2 of them. */
static int spans(int s, int i, int *bin, float *share)
{
	double step = (double)s / N;
	int n = 0;
	for (int k = (int)(i / step); k < N && k * step < i + 1; k++) {
		double lo = fmax(i, k * step), hi = fmin(i + 1, (k + 1) * step);
		if (hi > lo)
			bin[n] = k, share[n++] = (float)(hi - lo);
	}
	return n;
}

/* Crop a (w×h, row stride) to its ink, centre it in a square and average
 * it down to N×N; 0 when there is too little ink to compare. */
static int normalise(const float *a, int w, int h, int stride, float *out)
{
	int x0 = w, y0 = h, x1 = -1, y1 = -1, inked = 0;
	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++)
			if (a[y * stride + x] > 0.3f) {
				inked++;
				x0 = x < x0 ? x : x0, x1 = x > x1 ? x : x1;
				y0 = y < y0 ? y : y0, y1 = y > y1 ? y : y1;
			}
	if (inked < 5)
		return 0;
	int bw = x1 - x0 + 1, bh = y1 - y0 + 1, s = bw > bh ? bw : bh;
	int ox = (s - bw) / 2, oy = (s - bh) / 2, m = N / s + 2;
	/* each pixel's share of the squares it covers, a row and a column at
	 * a time: a pixel covers one or two squares of a side (more when the
	 * ink is smaller than N) */
	int *cbin = xmalloc(sizeof *cbin * (size_t)(bw + bh) * m), *cn = xmalloc(sizeof *cn * (size_t)(bw + bh));
	float *cw = xmalloc(sizeof *cw * (size_t)(bw + bh) * m);
	for (int i = 0; i < bw + bh; i++)
		cn[i] = spans(s, i < bw ? i + ox : i - bw + oy, cbin + i * m, cw + i * m);
	memset(out, 0, NN * sizeof *out);
	for (int y = 0; y < bh; y++) {
		float row[N] = { 0 };
		const float *src = a + (y + y0) * stride + x0;
		for (int x = 0; x < bw; x++)
			for (int k = 0; k < cn[x]; k++)
				row[cbin[x * m + k]] += cw[x * m + k] * src[x];
		int r = bw + y;
		for (int k = 0; k < cn[r]; k++)
			for (int j = 0; j < N; j++)
				out[cbin[r * m + k] * N + j] += cw[r * m + k] * row[j];
	}
	free(cbin);
	free(cn);
	free(cw);
	double mean = 0, norm = 0;
	for (int k = 0; k < NN; k++)
		mean += out[k];
	mean /= NN;
	for (int k = 0; k < NN; k++) {
		out[k] -= (float)mean;
		norm += (double)out[k] * out[k];
	}
	if (norm <= 0)
		return 0;
	float inv = (float)(1 / sqrt(norm));
	for (int k = 0; k < NN; k++)
		out[k] *= inv;
	return 1;
}

/* cp drawn in font f, DRAW_PX high, once. */
static int drawn(struct ref *r, int f)
{
	if (r->has[f])
		return r->has[f] > 0;
	r->has[f] = -1;
	FT_Face face = G.face[f];
	FT_UInt gi = FT_Get_Char_Index(face, r->cp);
	if (!gi || FT_Set_Pixel_Sizes(face, 0, DRAW_PX) || FT_Load_Glyph(face, gi, FT_LOAD_RENDER | FT_LOAD_NO_BITMAP))
		return 0;
	FT_Bitmap *b = &face->glyph->bitmap;
	if (b->pixel_mode != FT_PIXEL_MODE_GRAY || !b->width || !b->rows)
		return 0;
	int w = (int)b->width, h = (int)b->rows;
	float *a = xmalloc((size_t)w * h * sizeof *a);
	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++)
			a[y * w + x] = b->buffer[y * b->pitch + x] / 255.0f;
	if (normalise(a, w, h, w, r->t[f]))
		r->has[f] = 1;
	free(a);
	return r->has[f] > 0;
}

/* The correlation of two normalised glyphs. */
static float dot(const float *a, const float *b)
{
	float d = 0;
	for (int k = 0; k < NN; k++)
		d += a[k] * b[k];
	return d;
}

/* The best correlation of v with r over the fonts, drawing them as needed;
 * it stops at the first font that reaches enough (what was read, found
 * like itself, needs no more fonts drawn). -1 when no font has it. */
static float likeness(const float *v, struct ref *r, float enough)
{
	float best = -1;
	for (int i = 0; i < G.nface && best < enough; i++) {
		int f = G.order[i];
		if (!drawn(r, f))
			continue;
		float d = dot(v, r->t[f]);
		best = d > best ? d : best;
		if (best >= enough && i > 0) {        /* a page is printed in one font: try it first next time */
			memmove(G.order + 1, G.order, sizeof *G.order * (size_t)i);
			G.order[0] = f;
		}
	}
	return best;
}

/* The listed characters, their glyphs drawn as they are compared. */
static void candidates(void)
{
	if (G.cand)
		return;
	/* every listed character is three bytes of UTF-8 */
	G.cand = xcalloc(strlen(WEAK_CHARS) / 3, sizeof *G.cand);
	for (const char *p = WEAK_CHARS; *p;) {
		int len;
		G.cand[G.ncand++].cp = utf8_decode(p, strlen(p), &len);
		p += len > 0 ? len : 1;
	}
}

/* The SHORTLIST listed characters most like v in the font that last
 * matched a character read right (a page is printed in one font): the
 * hundreds of listed characters are drawn in that font only, and the few
 * near ones in every font. */
static void shortlist(const float *v, int *near)
{
	float score[SHORTLIST];
	for (int i = 0; i < SHORTLIST; i++)
		near[i] = -1, score[i] = -2;
	int f = G.order[0];
	for (int j = 0; j < G.ncand; j++) {
		if (!drawn(&G.cand[j], f))
			continue;
		float d = dot(v, G.cand[j].t[f]);
		int i = SHORTLIST;
		while (i > 0 && d > score[i - 1])
			i--;
		if (i == SHORTLIST)
			continue;
		memmove(score + i + 1, score + i, sizeof *score * (SHORTLIST - 1 - i));
		memmove(near + i + 1, near + i, sizeof *near * (SHORTLIST - 1 - i));
		score[i] = d, near[i] = j;
	}
}

int glyph_ready(void)
{
	if (G.state)
		return G.state > 0;
	G.state = -1;
	if (FT_Init_FreeType(&G.lib))
		return 0;
	for (size_t i = 0; i < sizeof font_files / sizeof *font_files && G.nface < MAXF; i++)
		if (FT_New_Face(G.lib, font_files[i].path, font_files[i].index, &G.face[G.nface]) == 0) {
			G.order[G.nface] = G.nface;
			G.nface++;
		}
	if (!G.nface) {
		FT_Done_FreeType(G.lib);
		return 0;
	}
	G.cache = xcalloc(CACHE, sizeof *G.cache);
	G.state = 1;
	return 1;
}

void glyph_end(void)
{
	if (G.state > 0) {
		for (int f = 0; f < G.nface; f++)
			FT_Done_Face(G.face[f]);
		FT_Done_FreeType(G.lib);
		free(G.cand);
		free(G.cache);
	}
	memset(&G, 0, sizeof G);
}

/* The reference glyphs of what was read: drawn once per thread (a page
 * has a few hundred different characters); the cache starts afresh when
 * three quarters full. */
static struct ref *read_as(uint32_t cp)
{
	if (G.ncache >= CACHE * 3 / 4) {
		memset(G.cache, 0, CACHE * sizeof *G.cache);
		G.ncache = 0;
	}
	unsigned k = (cp * 2654435761u) % CACHE;
	while (G.cache[k].cp && G.cache[k].cp != cp)
		k = (k + 1) % CACHE;
	if (!G.cache[k].cp) {
		G.cache[k].cp = cp;
		G.ncache++;
	}
	return &G.cache[k];
}

/* The line's character cells: runs of inked columns, pieces closer than
 * 0.3 pitch joined while the cell stays within 1.12 pitches (左右 halves of
 * 川 or 鑫's lower pair), runs of k pitches cut in k; the pitch is the
 * width three quarters of the runs stay within. Cells narrower than half
 * a pitch (punctuation) are dropped. Returns the count, cells in c[2k],
 * c[2k+1] (end exclusive). */
static int cells(const float *ink, int w, int h, int *c, int max)
{
	int *run = xmalloc(sizeof *run * (size_t)(w + 1) * 2), nrun = 0, in = 0;
	for (int x = 0; x <= w; x++) {
		int dark = 0;
		for (int y = 0; x < w && y < h && !dark; y++)
			dark = ink[y * w + x] > 0.5f;
		if (dark && !in)
			run[2 * nrun] = x, in = 1;
		else if (!dark && in)
			run[2 * nrun++ + 1] = x, in = 0;
	}
	int n = 0;
	if (nrun) {
		int *wid = xmalloc(sizeof *wid * (size_t)nrun);
		for (int i = 0; i < nrun; i++)
			wid[i] = run[2 * i + 1] - run[2 * i];
		double p = int_quantile(wid, nrun, 3, 4);
		free(wid);
		int m = 0;
		for (int i = 0; i < nrun; i++) {
			if (m && run[2 * i + 1] - run[2 * (m - 1)] <= 1.12 * p && run[2 * i] - run[2 * m - 1] < 0.3 * p)
				run[2 * m - 1] = run[2 * i + 1];
			else
				run[2 * m] = run[2 * i], run[2 * m + 1] = run[2 * i + 1], m++;
		}
		for (int i = 0; i < m; i++) {
			int a = run[2 * i], b = run[2 * i + 1], k = (int)lround((b - a) / p);
			for (int j = 0; j < (k >= 2 ? k : 1); j++) {
				int ca = k >= 2 ? a + (b - a) * j / k : a, cb = k >= 2 ? a + (b - a) * (j + 1) / k : b;
				if (cb - ca >= 0.5 * p && n < max)
					c[2 * n] = ca, c[2 * n + 1] = cb, n++;
			}
		}
	}
	free(run);
	return n;
}

/* A character that takes a cell of its own: CJK, and 〇. */
static int is_cjk(uint32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || c == 0x3007; }

/* Digits, Latin letters and masks: cells of their own width, which the
 * pairing cannot count (「2019」 is two cells, or three). */
static int is_other(uint32_t c)
{
	return (c < 0x80 && (isalnum((int)c) || c == '*' || c == '#' || c == '@' || c == '&' || c == '%')) || c == 0xD7 ||
	       (c >= 0xFF10 && c <= 0xFF5A);
}

/* Which cell each CJK character stands in (-1: not known). All of them when
 * the line holds no digit or letter and the counts agree; else the ones
 * before the first digit or letter, from the left, and the ones after the
 * last, from the right (a party's line: 「被执行人：某某公司，住所地…88号」),
 * but the one right next to the digits. */
static void pair(int n, int head, int tail, int ncell, int *map)
{
	for (int k = 0; k < n; k++)
		map[k] = -1;
	if (head == n) {
		for (int k = 0; ncell == n && k < n; k++)
			map[k] = k;
		return;
	}
	for (int k = 0; k < head && k < ncell; k++)
		map[k] = k;
	int first = ncell - (n - tail);          /* the cell of the first character after the last digit */
	for (int k = tail; first >= head && k < n; k++)
		map[k] = first + k - tail;
	if (head > 0)
		map[head - 1] = -1;              /* the character next to a digit or mask may share its cell */
	if (tail < n)                            /* (「杨*」, 「男，1968」 joined in one) */
		map[tail] = -1;
}

int glyph_mend_line(PIX *page, int x, int y, int w, int h, char *text)
{
	int d = page ? pixGetDepth(page) : 0;
	if (d != 8 && d != 1)
		return 0;
	int pw = pixGetWidth(page), ph = pixGetHeight(page);
	if (x < 0) w += x, x = 0;
	if (y < 0) h += y, y = 0;
	if (x + w > pw) w = pw - x;
	if (y + h > ph) h = ph - y;
	if (h < 12 || w < h || !glyph_ready())
		return 0;
	/* the line's CJK characters, where they stand in the text, and how many
	 * come before its first digit or letter (head) and from which one on
	 * they come after its last (tail) */
	enum { MAXC = 256 };
	uint32_t cp[MAXC];
	size_t at[MAXC];
	int n = 0, head = -1, tail = 0;
	for (size_t i = 0, len = strlen(text); i < len && n < MAXC;) {
		int l;
		uint32_t c = utf8_decode(text + i, len - i, &l);
		if (is_cjk(c) && l == 3)
			cp[n] = c, at[n++] = i;
		else if (is_other(c)) {
			head = head < 0 ? n : head;
			tail = n;
		}
		i += l > 0 ? (size_t)l : 1;
	}
	if (head < 0)
		head = tail = n;
	if (n < 2)
		return 0;
	float *ink = xmalloc(sizeof *ink * (size_t)w * h);
	l_uint32 *data = pixGetData(page);
	int wpl = pixGetWpl(page);
	for (int r = 0; r < h; r++) {
		l_uint32 *row = data + (size_t)(y + r) * wpl;
		for (int c = 0; c < w; c++)
			ink[r * w + c] = d == 8 ? (255 - GET_DATA_BYTE(row, x + c)) / 255.0f : (float)GET_DATA_BIT(row, x + c);
	}
	int cell[2 * MAXC + 2], map[MAXC], changed = 0;
	pair(n, head, tail, cells(ink, w, h, cell, MAXC + 1), map);
	float (*v)[NN] = xmalloc(sizeof *v * (size_t)n), own[MAXC];
	for (int k = 0; k < n; k++) {
		int a = map[k] >= 0 ? cell[2 * map[k]] : 0;
		own[k] = map[k] < 0 ? -3 : normalise(ink + a, cell[2 * map[k] + 1] - a, h, w, v[k]) ?
			 likeness(v[k], read_as(cp[k]), CHECK_BELOW) : -2;
	}
	for (int k = 0; k < n; k++) {
		/* neighbours that stand in the next cells and look like what was read there */
		int lonely = (k == 0 || map[k - 1] < 0) && (k + 1 == n || map[k + 1] < 0);
		if (own[k] < -1 || own[k] >= CHECK_BELOW || lonely || (k > 0 && map[k - 1] >= 0 && own[k - 1] < OWN_DOUBT) ||
		    (k + 1 < n && map[k + 1] >= 0 && own[k + 1] < OWN_DOUBT))
			continue;
		int best = -1;
		float sb = -1;
		candidates();
		int near[SHORTLIST];
		shortlist(v[k], near);
		for (int i = 0; i < SHORTLIST && near[i] >= 0; i++) {
			float s = likeness(v[k], &G.cand[near[i]], 2);
			if (s > sb)
				sb = s, best = near[i];
		}
		if (best < 0 || sb < TAKE_AT || sb < own[k] + TAKE_BY)
			continue;
		char u[4];                          /* every listed character is three bytes, as what it replaces */
		memcpy(text + at[k], u, (size_t)utf8_encode(G.cand[best].cp, u));
		changed++;
	}
	free(v);
	free(ink);
	return changed;
}
