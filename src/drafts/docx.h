/* docx.h — a draft as a Word document (opens in Word and WPS).
 *
 * The text is the draft body: paragraphs are lines; a line starting with
 * "#title " is the centred 标题 (方正小标宋简体 二号), "#center " a centred
 * line (the 院名), "#docno " the centred 文号, "#right " a right-aligned line
 * (落款, date, 院印); other lines are body paragraphs in 仿宋_GB2312 三号
 * with a two-character first-line indent, 28 pt line spacing, on A4 with the
 * GB/T 9704 margins. The fonts are named with common fallbacks. */
#ifndef JZ_DOCX_H
#define JZ_DOCX_H

#include "util/err.h"

/* The kind of a body line and where its text starts (after the marker). */
enum para_kind { PARA_BODY, PARA_TITLE, PARA_CENTER, PARA_DOCNO, PARA_RIGHT };
enum para_kind docx_para_kind(const char *line, size_t len, size_t *skip);

int docx_write(const char *path, const char *body, struct jz_err *e);
/* The same layout as plain text (markers removed, centring by spaces). */
void docx_plain_text(const char *body, void (*line)(const char *text, void *arg), void *arg);

#endif
