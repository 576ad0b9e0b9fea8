/* textenc.h — which encoding a text file is in, and conversion to UTF-8.
 *
 * Court ledgers come as UTF-8 (with or without BOM) or GBK. We decide on
 * the first 64 KiB: valid UTF-8 → UTF-8, otherwise GB18030 (a superset of
 * GBK and GB2312). No statistical guessing is needed for a two-way choice,
 * so no uchardet (docs/dependencies.md). */
#ifndef JZ_TEXTENC_H
#define JZ_TEXTENC_H

#include <stddef.h>

enum textenc { ENC_UTF8, ENC_GB18030 };

/* Decide the encoding of a sample; *bom gets the length of a UTF-8 BOM (0 or 3).
 * A multi-byte sequence cut off at the end of the sample is not held against it. */
enum textenc textenc_detect(const char *buf, size_t n, size_t *bom);
const char *textenc_name(enum textenc enc);
/* 1 when s[0..n) is valid UTF-8. */
int textenc_valid_utf8(const char *s, size_t n);

#endif
