/* punctwidth.h — is a page set with half-width punctuation?
 *
 * Tesseract's Chinese model reads ， ； ： ！ ？ （ ） as , ; : ! ? ( ), and
 * cjk_fullwidth_punct turns them back when CJK text is beside them. That is
 * right for a court's own documents and wrong for a page set with narrow
 * punctuation (public case-law sites republish rulings so: on such clean
 * pages jianzhi read 1.5-4.8x worse than plain Tesseract). The glyph boxes
 * tell the two apart: a full-width mark fills a whole character cell, a
 * half-width one about half of it. Each ASCII mark with a glyph on both
 * sides is measured by the blank between them (the previous glyph's right
 * edge to the next one's left: its own cell, wherever in it the ink sits)
 * against the line's character pitch (the median step between CJK
 * neighbours): a full cell measures about 1.1 pitches, a half-width one
 * about 0.5 (page medians on the development sets: full-width 1.00-1.51,
 * half-width 0.31-0.87). One mark's boxes are often cut wrong (a comma's box holding
 * half of the next character), so the page decides, not the mark: with at
 * least 3 marks measured and their median under 0.93, and under 13 % of
 * its marks read full-width by Tesseract itself (it reads most ， as ，
 * where the page prints them), the page is half-width, and its ASCII marks are kept from cjk_tidy by private-use
 * stand-ins (U+F700 + the ASCII code) that punct_unmask turns back. */
#ifndef JZ_OCR_PUNCTWIDTH_H
#define JZ_OCR_PUNCTWIDTH_H

#include <stdint.h>

struct glyph {
	uint32_t cp;           /* the symbol's (first) code point */
	int left, right;       /* its box, in pixels */
};

/* The ASCII marks among n glyphs of one line that have a neighbour on
 * both sides: each one's blank in per cent of the line's pitch, into pct
 * (room for n); returns how many (0 when the line has no pitch). */
int punct_measure(const struct glyph *g, int n, int *pct);
/* 1 when the page's measures say half-width and Tesseract read few of its
 * marks full-width in text (the page as read, before any tidy); *median
 * is the measures' median (-1 when too few to say), *share the per cent
 * of marks read full-width. */
int punct_halfwidth_page(const int *pct, int n, const char *text, int *median, int *share);
/* Every ASCII mark of text to its stand-in / every stand-in back. */
void punct_protect(char **text);
void punct_unmask(char *s);

#endif
