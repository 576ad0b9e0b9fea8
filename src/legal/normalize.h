/* normalize.h — turning what courts type into one canonical form.
 *
 * All functions take UTF-8 text as found in ledgers or OCR output and are
 * pure (no database, no locale). Return codes are shared: */
#ifndef JZ_NORMALIZE_H
#define JZ_NORMALIZE_H

#include <stddef.h>

enum norm_rc {
	NORM_OK = 0,
	NORM_EMPTY = 1,        /* blank input: the field is absent */
	NORM_BAD = -1,         /* not in any accepted format */
	NORM_NEGATIVE = -2,    /* an amount below zero */
	NORM_IMPOSSIBLE = -3,  /* a date that does not exist (2023-02-30) */
};

/* Full-width ASCII (Ｕ+FF01..FF5E) to ASCII, ideographic space to space;
 * drops all white space when squeeze is set. out gets at most outlen-1
 * bytes; returns the length written. */
size_t norm_ascii_fold(const char *in, char *out, size_t outlen, int squeeze);

/* 案号. Accepts () 〔〕 [] 【】 〈〉 and full-width brackets, full-width
 * digits, spaces, and OCR slips in digit runs (O o 〇 → 0, l I → 1).
 * Writes the canonical form （2023）浙0683执1234号[之一] to out. */
struct case_no {
	int year;
	char court[32];        /* 浙0683 / 浙06 / 浙 / 最高法 (legacy: 浙绍) */
	char type[32];         /* 执 / 执恢 / 民初 ... */
	long seq;
	char suffix[32];       /* 之一 ... or "" */
	int legacy;            /* pre-2016 "(2015)浙绍执字第123号" */
};
int norm_case_no(const char *in, char *out, size_t outlen, struct case_no *parsed);

/* Dates to ISO YYYY-MM-DD (out needs 11 bytes): 2023-05-06, 2023/5/6,
 * 2023.5.6, 20230506, 2023年5月6日, 二〇二三年五月六日, a trailing time,
 * and Excel serial numbers (1900 date system) when allow_serial is set. */
int norm_date(const char *in, char out[11], int allow_serial);
/* 1 when y-m-d is a real calendar date. */
int norm_date_valid(int y, int m, int d);
/* Days from 1970-01-01 to an ISO date (for date arithmetic); -1e9 on bad input. */
long norm_date_days(const char *iso);
/* ISO date for days since 1970-01-01 (out needs 11 bytes). */
void norm_days_date(long days, char out[11]);

/* The largest amount accepted: 10^15 fen (10 万亿元); beyond is NORM_BAD.
 * Every arithmetic path of the amount parsers is overflow-checked. */
#define NORM_MAX_FEN 1000000000000000LL

/* Money to integer fen: "1,234.50", "1234.5元", "12.3万元", "￥8,000",
 * full-width digits, and 大写 "叁拾伍万陆仟元整" / "壹佰元伍角". */
int norm_amount_fen(const char *in, long long *fen);
/* Chinese numerals (大写 or 小写, with 十百千万亿) to an integer; -1 if not one. */
long long norm_cn_integer(const char *in, size_t len);

/* 身份证号 / 统一社会信用代码. */
enum id_kind { ID_NONE, ID_PERSON, ID_ORG, ID_MASKED, ID_UNKNOWN };
struct id_info {
	enum id_kind kind;
	int valid;             /* 1 check character right; 0 wrong or not checkable */
	char norm[32];         /* upper-case, ASCII, no spaces; 15-digit IDs widened to 18 */
	char birth[11];        /* ISO birth date for valid person IDs, else "" */
};
/* Classify and check. Returns NORM_EMPTY for blank, NORM_OK otherwise
 * (check info->valid); NORM_BAD when it is no ID shape at all. */
int norm_id(const char *in, struct id_info *info);
char norm_id18_check_char(const char *first17);
char norm_uscc_check_char(const char *first17);

/* Split a cell holding several names ("张三、李四；王五公司") into parts,
 * trimmed; separators 、 ， , ； ; / 和 are accepted. Calls fn for each. */
void norm_split_names(const char *in, void (*fn)(const char *name, void *arg), void *arg);

/* Guess whether a party name is an organisation (公司, 厂, 银行, 合作社 ...). */
int norm_name_is_org(const char *name);

#endif
