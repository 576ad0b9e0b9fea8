/* cnfmt.h — numbers and dates the way official documents write them. */
#ifndef JZ_CNFMT_H
#define JZ_CNFMT_H

#include "util/strbuf.h"

#include <stddef.h>

/* 35600000 fen → "叁拾伍万陆仟元整"; 12345 → "壹佰贰拾叁元肆角伍分". */
void cn_money_upper(long long fen, char *out, size_t len);
/* 2026-11-23 → "二〇二六年十一月二十三日" (the 落款 date); "" on bad input. */
void cn_date(const char *iso, char *out, size_t len);
/* 2026-11-23 → "2026年11月23日". */
void cn_date_digits(const char *iso, char *out, size_t len);
/* 12345678 fen → "123,456.78". */
void cn_yuan(long long fen, char *out, size_t len);
/* Free text (a lead's evidence) as a person writes it: ISO dates
 * 2023-08-20 → 2023年8月20日, plain amounts 2811000.00元 → 2,811,000.00元.
 * A date must be a whole 4-2-2 digit group with a valid month and day; an
 * amount is a digit run directly before 元 that is not already grouped and
 * not the fraction of another number. Everything else is copied as is. */
void cn_human_text(const char *in, struct strbuf *out);

#endif
