/* cjkspace.h — dropping the spaces Tesseract puts between CJK characters.
 *
 * Tesseract separates "words" by spaces, and in Chinese text it often
 * splits a line into several: "被执行人 嵊州市 恒昌纺织" or "2024 年". A run
 * of spaces (U+0020, U+3000 or tabs) is removed when the character before
 * or after it is CJK (ideographs, CJK and fullwidth punctuation, kana,
 * hangul); it is kept between Latin letters and digits ("Room 5 B"). Line
 * breaks are never touched. */
#ifndef JZ_OCR_CJKSPACE_H
#define JZ_OCR_CJKSPACE_H

#include <stdint.h>

int cjk_is_wide(uint32_t cp);
/* Rewrite s in place (it only gets shorter). */
void cjk_squeeze_spaces(char *s);

#endif
