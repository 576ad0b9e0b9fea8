/* cjkfix.h — tidying Tesseract's reading of Chinese text.
 *
 * Three repairs, each measured on the development set (docs/ocr.md):
 *  - spaces: Tesseract separates "words" by spaces and in Chinese text
 *    splits a line into several ("被执行人 嵊州市", "2024 年"). A run of
 *    blanks (space, tab, U+3000) is removed when the character before or
 *    after it is CJK; it stays between Latin letters and digits.
 *  - punctuation: the model reads fullwidth ， ； ： ？ ！ （ ） as their
 *    ASCII look-alikes. Next to CJK text they are turned back (a pair of
 *    parentheses when the text inside or beside it is CJK); between digits
 *    ("12,345", "10:30") and in Latin text they stay, and on a page set
 *    with half-width marks the caller hides them first (ocr/punctwidth.h).
 *  - years in 〇-numerals: the wide 〇 of a date is often read as two
 *    characters ("二O〇一八年", "二G〇一八年", "二@〇二四年"). A year of four
 *    numeral slots before 年 whose slots are 一…九/〇 or such a look-alike
 *    (O o 0 G C D Q @ ○ ◯, optionally followed by 〇) gets 〇 in those slots.
 * Line breaks are never touched; the text only gets shorter or keeps its
 * length in characters. */
#ifndef JZ_OCR_CJKFIX_H
#define JZ_OCR_CJKFIX_H

#include <stdint.h>

int cjk_is_wide(uint32_t cp);
/* 〇, 一…九, or a look-alike of 〇 that cjk_fix_years repairs in a year. */
int cjk_year_numeral(uint32_t cp);
/* Each repair rewrites s in place; cjk_tidy does all three. */
void cjk_squeeze_spaces(char *s);
void cjk_fullwidth_punct(char **s);
void cjk_fix_years(char **s);
void cjk_tidy(char **s);

#endif
