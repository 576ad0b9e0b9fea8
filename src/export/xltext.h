/* xltext.h — text as a workbook cell may hold it (export-internal).
 *
 * A workbook is XML 1.0, which allows no C0 control character but tab, LF
 * and CR, no U+FFFE or U+FFFF and no invalid UTF-8: each of those becomes
 * U+FFFD, so odd bytes in imported data never make a corrupt workbook.
 * Excel holds at most 32,767 characters in a cell: longer text is cut
 * there and ends with "…". With mask set, every 身份证号 in the text (15
 * digits, or 17 digits and a check character, standing alone) that is not a
 * 统一社会信用代码 keeps only its first 6 and last 4 characters
 * (legal/mask.h) — ID columns and free text (evidence) alike. */
#ifndef JZ_EXPORT_XLTEXT_H
#define JZ_EXPORT_XLTEXT_H

#include "util/strbuf.h"

#define XL_MAX_CHARS 32767

/* s itself when it needs no change, else the cleaned text in *scratch
 * (reset first). s may not be NULL. */
const char *xl_text(const char *s, int mask, struct strbuf *scratch);

#endif
