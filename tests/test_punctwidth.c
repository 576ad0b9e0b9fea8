/* Is a page set with half-width punctuation (ocr/punctwidth.h)? A mark
 * filling a character cell measures about 1.1 pitches, a half-width one
 * about half; the page's median decides; a protected mark survives
 * cjk_tidy. */
#include "ocr/cjkfix.h"
#include "ocr/punctwidth.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

/* Glyphs of one line laid out by advances: each is (code point, advance in
 * pixels); the ink fills the left 80 % of its cell, a '(' the right half. */
static int lay(const uint32_t *cp, const int *adv, int n, struct glyph *g)
{
	int x = 100;
	for (int i = 0; i < n; i++) {
		int ink = cp[i] == '(' ? adv[i] / 2 : adv[i] * 8 / 10;
		g[i] = cp[i] == '(' ? (struct glyph){ cp[i], x + adv[i] - ink, x + adv[i] }
				    : (struct glyph){ cp[i], x, x + ink };
		x += adv[i];
	}
	return n;
}

static int pct[16];

static int measure(const uint32_t *cp, const int *adv, int n)
{
	struct glyph g[16];
	return punct_measure(g, lay(cp, adv, n, g), pct);
}

static char *text;

static const char *tidy(const char *line, int half)
{
	free(text);
	text = strdup(line);
	if (half)
		punct_protect(&text);
	cjk_tidy(&text);
	punct_unmask(text);
	return text;
}

int main(void)
{
	/* 人民法院,本院 — the comma a whole cell (40 px) or a third of one */
	uint32_t a[] = { U'人', U'民', U'法', U'院', ',', U'本', U'院' };
	int k = measure(a, (int[]){ 40, 40, 40, 40, 40, 40, 40 }, 7);
	ok(k == 1 && pct[0] == 120, "a comma filling its cell: 1.2 pitches between its neighbours (%d %%)", pct[0]);
	k = measure(a, (int[]){ 40, 40, 40, 40, 14, 40, 40 }, 7);
	ok(k == 1 && pct[0] == 55, "a comma of a third of a cell: 0.55 (%d %%)", pct[0]);
	/* (一)如下: — a line's first '(' and last ':' have one neighbour only */
	uint32_t b[] = { '(', U'一', ')', U'如', U'下', U'：', U'本', ':' };
	k = measure(b, (int[]){ 16, 40, 16, 40, 40, 40, 40, 16 }, 8);
	ok(k == 1 && pct[0] == 60, "only the ')' has two neighbours (%d %%)", pct[0]);
	uint32_t c[] = { U'甲', ',', U'乙' };
	ok(measure(c, (int[]){ 40, 14, 40 }, 3) == 0, "one CJK step gives no pitch: nothing measured");

	int med, share;
	const char *read = "甲,乙;丙(丁)戊:己,庚";           /* 7 marks, all read ASCII */
	ok(punct_halfwidth_page((int[]){ 130, 55, 60 }, 3, read, &med, &share) && med == 60 && share == 0,
	   "a median of 0.60: half-width");
	ok(punct_halfwidth_page((int[]){ 140, 92, 40 }, 3, read, &med, &share) && med == 92, "0.92: half-width");
	ok(!punct_halfwidth_page((int[]){ 140, 93, 40 }, 3, read, &med, &share) && med == 93, "0.93: not");
	ok(!punct_halfwidth_page((int[]){ 55, 110, 130 }, 3, read, &med, &share) && med == 110, "a median over it: not");
	ok(!punct_halfwidth_page((int[]){ 50, 55 }, 2, read, &med, &share) && med == -1, "two marks decide nothing");
	ok(punct_halfwidth_page((int[]){ 50, 55, 60 }, 3, "甲，乙,丙,丁,戊,己,庚,辛,壬,癸", &med, &share) && share == 11,
	   "one mark in nine read full-width: still half-width");
	ok(!punct_halfwidth_page((int[]){ 50, 55, 60 }, 3, "甲，乙；丙,丁,戊,己,庚,辛,壬", &med, &share) && share == 25,
	   "two in eight: the page prints full-width marks");
	ok(!punct_halfwidth_page(NULL, 0, NULL, &med, &share) && share == 0, "no text, no marks");

	is_str(tidy("第一条,本院(一)如下:", 1), "第一条,本院(一)如下:", "a half-width page keeps its marks through the tidy");
	is_str(tidy("第一条,本院(一)如下:", 0), "第一条，本院（一）如下：", "any other page gets them widened, as before");
	is_str(tidy("金额12,345元", 1), "金额12,345元", "a thousands comma stays either way");
	is_str(tidy("", 1), "", "an empty page");
	free(text);
	return tap_done();
}
