/* prep.h — preparing a scanned page for Tesseract (leptonica only).
 *
 * The steps, each decided per page from what the page shows:
 *   grey     colour pages: reddish pixels (seals, which overlap the
 *            signature and date) are lifted towards white by their
 *            redness; the rest is luminance
 *   speckle  a 3x3 median filter when isolated impulse pixels are found
 *   deskew   pixFindSkewAndDeskew
 *   light    background normalisation when the paper is unevenly lit or
 *            the ink is faint
 *   scale    to a target character height, estimated from the rows of ink
 *   binarise Sauvola on pages that are not clean (speckled, unevenly lit,
 *            faint, blurred or noisy) with characters at least 30 px
 *            tall, except faint pages the median filter has thinned;
 *            otherwise the grey page goes to Tesseract
 *   rules    before binarising: thin ink runs far longer than a character
 *            (table borders, underlines) painted as paper
 * See docs/ocr.md for the measurements behind each choice. */
#ifndef JZ_OCR_PREP_H
#define JZ_OCR_PREP_H

#include <leptonica/allheaders.h>

struct prep_opts {
	int red;          /* seal removal on colour pages: 0 off, 1 red channel, 2 white, 3 lifted by redness */
	int despeckle;    /* 0 never, 1 when detected, 2 always */
	int deskew;
	int bgnorm;       /* 0 never, 1 when detected, 2 always */
	int target;       /* character height in px to scale down to; 0: never */
	int sauvola_k;     /* Sauvola's k in hundredths */
	int rules;        /* ruled lines (table borders) painted as paper */
	int binarize;     /* 0 leave grey, 1 Sauvola when needed, 2 Otsu on normalised background, 3 Sauvola always */
};

struct prep_info {
	int red_px;          /* seal pixels replaced (per mille of the page) */
	int impulses;        /* isolated impulse pixels per 10,000 sampled */
	int despeckled, bgnormed, deskewed;
	int binarized;       /* the binarize option applied, 0 none */
	double skew;         /* degrees found (0: none or unsure) */
	int char_h;          /* estimated character height before scaling, 0 unknown */
	double scale;        /* 1 when not scaled */
	int bg_spread, contrast;
	int rule_px;         /* pixels of ruled lines painted out */
	int noise;           /* tenths of a grey level between neighbouring paper pixels */
};

void prep_defaults(struct prep_opts *o);
/* A new image ready for recognition (8-bit grey, or 1-bit when binarize). */
PIX *prep_page(PIX *in, const struct prep_opts *o, struct prep_info *info);

/* A line image with every run of blank columns longer than max_gap cut to
 * max_gap: a signature set with wide spaces (「审　判　长　 蒙　晓　峰」) read
 * as one word. NULL when nothing is cut or the image is not 8- or 1-bit. */
PIX *prep_squeeze_gaps(PIX *line, int max_gap);

#endif
