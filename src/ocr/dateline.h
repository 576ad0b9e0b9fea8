/* dateline.h — the 落款 date line as OCR reads it: 「二〇二五年三月二十日」,
 * often under the court's seal, where OCR gives 「二三五年三月二十日」 or
 * 「二OO二年十方，六日」. Tells a line that is such a date in full from one
 * that only looks like a broken one, so that the OCR reads the latter again
 * (ocr.c) until a reading is a date. */
#ifndef JZ_OCR_DATELINE_H
#define JZ_OCR_DATELINE_H

/* 1: the line (blanks and specks aside) is a real date in Chinese
 * numerals, the look-alikes of 〇 in its year mended as cjk_fix_years does
 * (「二O〇二四年」); 0: it looks like a broken one (opens with 二, 6 to 16
 * characters, with 年, 月 or 日 in it, at most half of them no numeral or
 * mark); -1: it is no date line. */
int cn_date_line(const char *text);

#endif
