/* weakchars.h — the characters Tesseract's chi_sim model reads badly:
 * OCR compares a doubtful character cell with them (glyph.c), and the
 * extractor keeps one the model never reads, where a name's readings
 * disagree, over a common character (extract_party.c). */
#ifndef JZ_OCR_WEAKCHARS_H
#define JZ_OCR_WEAKCHARS_H

/* Every listed character, three bytes of UTF-8 each. */
extern const char WEAK_CHARS[];
/* Whether the three bytes at c are one of the first listed, those the
 * model read in no font at all: on a page, only glyph.c puts one there,
 * from its shape. */
int never_read_char(const char *c);

#endif
