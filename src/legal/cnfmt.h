/* cnfmt.h — numbers and dates the way official documents write them. */
#ifndef JZ_CNFMT_H
#define JZ_CNFMT_H

#include <stddef.h>

/* 35600000 fen → "叁拾伍万陆仟元整"; 12345 → "壹佰贰拾叁元肆角伍分". */
void cn_money_upper(long long fen, char *out, size_t len);
/* 2026-11-23 → "二〇二六年十一月二十三日" (the 落款 date); "" on bad input. */
void cn_date(const char *iso, char *out, size_t len);
/* 2026-11-23 → "2026年11月23日". */
void cn_date_digits(const char *iso, char *out, size_t len);
/* 12345678 fen → "123,456.78". */
void cn_yuan(long long fen, char *out, size_t len);

#endif
