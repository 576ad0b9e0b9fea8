/* utf8.h — UTF-8 text measured the way a terminal shows it.
 *
 * The one display-width function of jianzhi: the CLI's tables, the Excel
 * column widths and the workstation all measure with it. Widths come from
 * wcwidth(3) under the C.UTF-8 locale (a locale object, so the caller's
 * locale is untouched): CJK characters count 2 columns, combining marks 0,
 * control characters and invalid bytes 1 (they are shown as one cell). */
#ifndef JZ_UTIL_UTF8_H
#define JZ_UTIL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decode one character at s (n bytes available): its code point, and the
 * bytes it takes in *len (1 for an invalid byte, which gives U+FFFD). */
uint32_t utf8_decode(const char *s, size_t n, int *len);
/* Encode cp (below 0x110000) into out: the bytes it takes (1 to 4). */
int utf8_encode(uint32_t cp, char out[4]);
/* Columns of one code point (0, 1 or 2). */
int utf8_cp_width(uint32_t cp);
/* Columns of a whole string. */
int utf8_width(const char *s);
/* Columns of the first n bytes of s. */
int utf8_width_n(const char *s, size_t n);
/* Bytes of the longest prefix of s that fits in cols columns. */
size_t utf8_fit(const char *s, int cols);
/* Characters (code points) in s. */
size_t utf8_chars(const char *s);
/* Characters in the first n bytes of s (an invalid byte counts as one). */
size_t utf8_chars_n(const char *s, size_t n);
/* Bytes of the longest prefix of the n bytes at s that is at most max bytes
 * and ends on a character boundary (so a cut never splits a character). */
size_t utf8_prefix(const char *s, size_t n, size_t max);
/* Length of s[0..n) without a UTF-8 sequence cut off at its end (a cell
 * cut at a byte limit); bytes that are invalid elsewhere stay. */
size_t utf8_cut_tail(const char *s, size_t n);
/* Characters that differ, place by place, between a and b when both have
 * as many; -1 when they do not (OCR's misreadings keep the length). */
int utf8_diff(const char *a, const char *b);
/* Characters put in, taken out or changed to make b of a (Levenshtein, by
 * code point); -1 when either is over 64 characters. */
int utf8_edits(const char *a, const char *b);
/* 1 when b is a with one character put in or taken out (苏州金间融信人小额…
 * against 苏州金间融信小额…), else 0. */
int utf8_one_more(const char *a, const char *b);
/* 1 when the n bytes at s are valid UTF-8 (no overlongs, surrogates or
 * code points above U+10FFFF). */
int utf8_valid(const char *s, size_t n);

#endif
