/* docx.h — a draft as a Word document (opens in Word, WPS and LibreOffice).
 *
 * The layout is the one of drafts/layout.h, printed the GB/T 9704-2012 way:
 * A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; 22 lines of
 * 28 characters (line pitch 28.95 pt); body 仿宋_GB2312 三号; a red 版头
 * (发文机关标志 in 方正小标宋简体 and the red line under the 文号); title 二号
 * 小标宋; page numbers "— 1 —" in 四号 宋体 at the foot, odd pages right and
 * even pages left, one character in from the edge; the 版记 after the 落款
 * between rules. Fonts are named with fallbacks (仿宋, 宋体).
 *
 * Text that XML 1.0 cannot hold (control characters, U+FFFE, U+FFFF,
 * surrogates, invalid UTF-8) is written as U+FFFD and counted, never
 * dropped silently. The file is written atomically: a temporary file in
 * the same folder, flushed to disk, then renamed over the target; on any
 * failure the temporary file is removed and an older file at the path is
 * left as it was. */
#ifndef JZ_DOCX_H
#define JZ_DOCX_H

#include "drafts/layout.h"
#include "util/err.h"

/* The kind of a body line and where its text starts (after the marker). */
enum para_kind docx_para_kind(const char *line, size_t len, size_t *skip);

/* Write body to path; *replaced (may be NULL) gets the number of characters
 * written as U+FFFD. -1 only when the file cannot be written. */
int docx_write(const char *path, const char *body, int *replaced, struct jz_err *e);
/* The same layout as plain text (markers removed, centring by spaces). */
void docx_plain_text(const char *body, void (*line)(const char *text, void *arg), void *arg);

#endif
