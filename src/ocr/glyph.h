/* Characters Tesseract's chi_sim model cannot produce, read from their shape.
 *
 * chi_sim never outputs some characters common in names (鑫 鼎 冀 耒 邕 启
 * 孟 崔 …: bench/ocr_blind_chars.py); it reads 鑫 as 讲, 从, 诸, 奢 … A line
 * is cut into character cells (CJK text sits at one pitch), each cell is
 * paired with the line's CJK characters when their counts agree, and a
 * cell that looks little like the character read there (below 0.6 by
 * normalised correlation with that character drawn in the system's CJK
 * fonts) but much like one of those characters (0.7 or more, 0.3 above)
 * takes it — when its neighbours look like what was read there, so the
 * pairing holds. The list holds 904 characters (the model's weak ones
 * of GB 2312 too: 岚, 捌 …); each doubtful cell is compared with all of
 * them in one font, and with the eight nearest in every font. Reference
 * glyphs are drawn with FreeType from the Debian CJK fonts; without them
 * nothing changes. */
#ifndef JZ_OCR_GLYPH_H
#define JZ_OCR_GLYPH_H

#include <leptonica/allheaders.h>

/* Mend the line text (UTF-8, rewritten in place) of the line at x, y, w, h
 * of page (8 or 1 bits per pixel); returns how many characters changed. */
int glyph_mend_line(PIX *page, int x, int y, int w, int h, char *text);

/* 1 when reference fonts were found (this thread). */
int glyph_ready(void);

/* Free this thread's fonts and reference glyphs. */
void glyph_end(void);

#endif
