#include "legal/normalize.h"
#include "util/xalloc.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- UTF-8 helpers ------------------------------------------------- */

/* Decode one UTF-8 code point; *len gets its byte length (1 for a bad byte). */
static unsigned utf8_next(const char *s, size_t *len)
{
	const unsigned char *p = (const unsigned char *)s;
	if (p[0] < 0x80) { *len = 1; return p[0]; }
	if ((p[0] & 0xE0) == 0xC0 && (p[1] & 0xC0) == 0x80) {
		*len = 2;
		return ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
	}
	if ((p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
		*len = 3;
		return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
	}
	if ((p[0] & 0xF8) == 0xF0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
	    (p[3] & 0xC0) == 0x80) {
		*len = 4;
		return ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
	}
	*len = 1;
	return 0xFFFD;
}

static int is_space_cp(unsigned c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x3000 || c == 0xA0 ||
	       c == 0xFEFF || c == 0x200B;
}

size_t norm_ascii_fold(const char *in, char *out, size_t outlen, int squeeze)
{
	size_t o = 0;
	if (!outlen)
		return 0;
	while (in && *in) {
		/* most bytes are plain ASCII or CJK (E4..E9 xx xx, no full-width
		 * form or space among them): copied as they are */
		const unsigned char *u = (const unsigned char *)in;
		if (u[0] > ' ' && u[0] < 0x80) {
			if (o + 1 >= outlen)
				break;
			out[o++] = *in++;
			continue;
		}
		if (u[0] >= 0xE4 && u[0] <= 0xE9 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
			if (o + 3 >= outlen)
				break;
			memcpy(out + o, in, 3);
			o += 3;
			in += 3;
			continue;
		}
		size_t len;
		unsigned c = utf8_next(in, &len);
		char buf[4];
		size_t blen = 0;
		if (c >= 0xFF01 && c <= 0xFF5E) {
			buf[0] = (char)(c - 0xFEE0);
			blen = 1;
		} else if (is_space_cp(c)) {
			if (!squeeze) { buf[0] = ' '; blen = 1; }
		} else {
			memcpy(buf, in, len);
			blen = len;
		}
		if (o + blen >= outlen)
			break;
		memcpy(out + o, buf, blen);
		o += blen;
		in += len;
	}
	out[o] = '\0';
	return o;
}

/* norm_ascii_fold into out, 0 when the text did not fit: a value too long
 * for its buffer is no value we accept, never a silently cut prefix. */
static int fold_fits(const char *in, char *out, size_t outlen, int squeeze)
{
	return norm_ascii_fold(in, out, outlen, squeeze) + 4 < outlen;
}

/* Trim ASCII spaces (after folding) in place; returns the start. */
static char *trim(char *s)
{
	while (*s == ' ')
		s++;
	size_t n = strlen(s);
	while (n && s[n - 1] == ' ')
		s[--n] = '\0';
	return s;
}

static int starts(const char *p, const char *lit)
{
	return strncmp(p, lit, strlen(lit)) == 0;
}

/* Value of a Chinese digit at p (大写 or 小写, 〇/零/两), -1 if none. */
static int cn_digit(const char *p, size_t *len)
{
	static const char *const d[10][4] = {
		{ "零", "〇", "○", "Ｏ" }, { "一", "壹", "弌", NULL }, { "二", "贰", "两", "貳" },
		{ "三", "叁", "參", NULL }, { "四", "肆", NULL, NULL }, { "五", "伍", NULL, NULL },
		{ "六", "陆", "陸", NULL }, { "七", "柒", NULL, NULL }, { "八", "捌", NULL, NULL },
		{ "九", "玖", NULL, NULL },
	};
	for (int v = 0; v < 10; v++)
		for (int k = 0; k < 4 && d[v][k]; k++)
			if (starts(p, d[v][k])) {
				*len = strlen(d[v][k]);
				return v;
			}
	return -1;
}

static long long cn_unit(const char *p, size_t *len)
{
	static const struct { const char *s; long long v; } u[] = {
		{ "十", 10 }, { "拾", 10 }, { "百", 100 }, { "佰", 100 }, { "千", 1000 }, { "仟", 1000 },
		{ "万", 10000 }, { "萬", 10000 }, { "亿", 100000000LL }, { "億", 100000000LL },
	};
	for (size_t i = 0; i < sizeof u / sizeof *u; i++)
		if (starts(p, u[i].s)) {
			*len = strlen(u[i].s);
			return u[i].v;
		}
	return 0;
}

/* Every step of norm_cn_integer stays within NORM_MAX_INT, so no input can
 * overflow (一万零八亿亿 would be 10^20). */
#define NORM_MAX_INT 1000000000000000LL

/* One 十百千万亿 unit applied to the running total/section; -1 when the
 * number would leave NORM_MAX_INT. */
static int cn_apply_unit(long long u, long long *total, long long *section, long long num)
{
	if (u >= 10000) {
		long long part = *section + num;
		if (u == 100000000LL) {
			if (*total > NORM_MAX_INT - part || *total + part > NORM_MAX_INT / u)
				return -1;
			*total = (*total + part) * u;
		} else {
			long long k = part ? part : 1;
			if (k > (NORM_MAX_INT - *total) / u)
				return -1;
			*total += k * u;
		}
		*section = 0;
		return 0;
	}
	long long k = num ? num : 1;   /* u <= 1000, k <= 9 */
	if (*section > NORM_MAX_INT - k * u)
		return -1;
	*section += k * u;
	return 0;
}

long long norm_cn_integer(const char *in, size_t n)
{
	long long total = 0, section = 0, num = 0;
	int any = 0, units = 0;
	long long positional = 0;
	const char *end = in + n;
	for (const char *p = in; p < end;) {
		size_t len;
		int d = cn_digit(p, &len);
		if (d >= 0) {
			num = d;
			if (positional > (NORM_MAX_INT - d) / 10)
				positional = NORM_MAX_INT + 1;   /* only fatal if no unit follows */
			else
				positional = positional * 10 + d;
			any = 1;
			p += len;
			continue;
		}
		long long u = cn_unit(p, &len);
		if (!u)
			return -1;
		units = any = 1;
		if (cn_apply_unit(u, &total, &section, num))
			return -1;
		num = 0;
		p += len;
	}
	if (!any)
		return -1;
	long long v = units ? total + section + num : positional;
	return v > NORM_MAX_INT ? -1 : v;
}

/* ---- 案号 ---------------------------------------------------------- */

static const char *const provinces[] = {
	"京", "津", "沪", "渝", "冀", "晋", "内", "蒙", "辽", "吉", "黑", "苏", "浙", "皖", "闽", "赣",
	"鲁", "豫", "鄂", "湘", "粤", "桂", "琼", "川", "黔", "贵", "云", "藏", "陕", "甘", "青",
	"宁", "新", "兵", "军", NULL,
};

static size_t province_at(const char *p)
{
	for (int i = 0; provinces[i]; i++)
		if (starts(p, provinces[i]))
			return strlen(provinces[i]);
	return 0;
}

/* Bracket variants that stand for （ and ） in 案号 written by hand or OCR. */
static int bracket_at(const char *p, size_t *len)
{
	static const char *const open[] = { "(", "[", "〔", "【", "〈", "《", "﹙", "［", "{", NULL };
	static const char *const close[] = { ")", "]", "〕", "】", "〉", "》", "﹚", "］", "}", NULL };
	for (int i = 0; open[i]; i++) {
		if (starts(p, open[i])) { *len = strlen(open[i]); return 1; }
		if (starts(p, close[i])) { *len = strlen(close[i]); return 2; }
	}
	return 0;
}

/* Fold, squeeze, unify brackets to ( ) and fix OCR letter slips in digits. */
static int case_no_clean(const char *in, char *out, size_t outlen)
{
	char tmp[256];
	if (!fold_fits(in, tmp, sizeof tmp, 1))
		return -1;
	size_t o = 0;
	for (const char *p = tmp; *p && o + 5 < outlen;) {
		size_t len;
		unsigned char c = (unsigned char)*p;
		/* Only ASCII brackets and U+3008.., U+FExx/FFxx forms can be brackets. */
		int b = (c < 0x80 ? strchr("()[]{}", c) != NULL : c == 0xE3 || c == 0xEF) ? bracket_at(p, &len) : 0;
		if (b) {
			out[o++] = b == 1 ? '(' : ')';
			p += len;
		} else if (*p == 'O' || *p == 'o') {
			out[o++] = '0'; p++;
		} else if (*p == 'l' || *p == 'I' || *p == 'i' || *p == '|') {
			out[o++] = '1'; p++;
		} else if (starts(p, "〇") || starts(p, "○")) {
			out[o++] = '0'; p += 3;
		} else {
			out[o++] = *p++;
		}
	}
	out[o] = '\0';
	return 0;
}

static size_t digits_at(const char *p)
{
	size_t n = 0;
	while (isdigit((unsigned char)p[n]))
		n++;
	return n;
}

/* The type code runs up to the first digit: 1–3 CJK characters. */
static int parse_type(const char **pp, char *type, size_t tlen)
{
	const char *p = *pp;
	int chars = 0;
	size_t o = 0;
	while (*p && !isdigit((unsigned char)*p)) {
		size_t len;
		unsigned c = utf8_next(p, &len);
		if (c < 0x4E00 || c > 0x9FFF || ++chars > 3 || o + len >= tlen)
			return -1;
		memcpy(type + o, p, len);
		o += len;
		p += len;
	}
	type[o] = '\0';
	*pp = p;
	return chars ? 0 : -1;
}

static int parse_suffix(const char *p, char *suffix, size_t slen)
{
	suffix[0] = '\0';
	if (!*p)
		return 0;
	if (!starts(p, "之"))
		return -1;
	size_t len;
	const char *q = p + 3;
	if (!*q)
		return -1;
	for (const char *r = q; *r;) {
		if (cn_digit(r, &len) < 0 && !cn_unit(r, &len))
			return -1;
		r += len;
	}
	if (strlen(p) >= slen)
		return -1;
	strcpy(suffix, p);
	return 0;
}

/* Where the type starts in a pre-2016 "court letters + type" run: the
 * first 民/刑/行/执/财/赔/司 after the first character (浙绍|执, 南|行非审,
 * 豫商|民初), else the first 商/知/海/破/劳/立 (浙绍|商初). */
static size_t legacy_type_start(const char *p, size_t n)
{
	static const char *const primary[] = { "民", "刑", "行", "执", "财", "赔", "司", NULL };
	static const char *const secondary[] = { "商", "知", "海", "破", "劳", "立", NULL };
	const char *const *sets[2] = { primary, secondary };
	for (int k = 0; k < 2; k++) {
		size_t len;
		for (size_t i = 0; i < n; i += len) {
			len = 1;
			utf8_next(p + i, &len);
			if (i == 0)
				continue;
			for (int j = 0; sets[k][j]; j++)
				if (starts(p + i, sets[k][j]))
					return i;
		}
	}
	return 0;
}

/* The byte length of a tribunal's mark in a pre-2016 type at p, such as
 * 「(商)」 of 民二(商)初 (Shanghai's courts): one or two CJK characters in
 * brackets, else 0. */
static size_t tribunal_mark(const char *p, const char *end)
{
	if (*p != '(')
		return 0;
	size_t i = 1, len, k = 0;
	for (; p + i < end && p[i] != ')' && k < 3; i += len, k++) {
		unsigned c = utf8_next(p + i, &len);
		if (c < 0x4E00 || c > 0x9FFF)
			return 0;
	}
	return p + i < end && p[i] == ')' && k >= 1 && k <= 2 ? i + 1 : 0;
}

/* Pre-2016: (2015)浙绍执字第123号, (2014)南行非审字第35号, (2014)松民二(商)初字第2861号
 * — court letters (any 1–5 characters, not only a province), type, 字第, number. */
static int parse_legacy(const char *p, struct case_no *cn)
{
	const char *zd = strstr(p, "字第");
	if (!zd || zd == p)
		return -1;
	size_t n = (size_t)(zd - p);
	int marks = 0;
	for (size_t i = 0, len; i < n; i += len) {     /* CJK only, and one tribunal's mark */
		size_t m = i > 0 && !marks ? tribunal_mark(p + i, zd) : 0;
		if (m) {
			len = m, marks++;
			continue;
		}
		unsigned c = utf8_next(p + i, &len);
		if (c < 0x4E00 || c > 0x9FFF)
			return -1;
	}
	size_t ts = legacy_type_start(p, n);
	if (!ts)
		ts = n - 3;          /* unknown type: its last character */
	if (ts == 0 || ts >= sizeof cn->court || n - ts >= sizeof cn->type || ts > 15 || memchr(p, '(', ts))
		return -1;
	memcpy(cn->court, p, ts);
	cn->court[ts] = '\0';
	size_t k = 0;
	for (size_t i = ts; i < n; i++) {              /* the mark's brackets as the year's: （商） */
		const char *b = p[i] == '(' ? "（" : p[i] == ')' ? "）" : NULL;
		if (k + 4 > sizeof cn->type)
			return -1;
		if (b)
			memcpy(cn->type + k, b, 3), k += 3;
		else
			cn->type[k++] = p[i];
	}
	cn->type[k] = '\0';
	const char *q = zd + 6;
	size_t nd = digits_at(q);
	if (!nd || nd > 9 || !starts(q + nd, "号"))
		return -1;
	cn->seq = atol(q);
	cn->legacy = 1;
	return cn->seq <= 0 ? -1 : parse_suffix(q + nd + 3, cn->suffix, sizeof cn->suffix);
}

/* The year now, for "no 案号 from the future". localtime is slow (time zone
 * rules) and a ledger asks once per 案号, so each thread keeps the answer
 * until the next day begins (UTC; the local year changes within it). */
static int current_year(void)
{
	static _Thread_local time_t until;
	static _Thread_local int year;
	time_t t = time(NULL);
	if (t >= until) {
		struct tm tm;
		localtime_r(&t, &tm);
		year = tm.tm_year + 1900;
		until = t - t % 86400 + 86400;
		if (tm.tm_mon == 11 && tm.tm_mday == 31)
			until = t + 60;          /* New Year's Eve: look again every minute */
	}
	return year;
}

int norm_case_no(const char *in, char *out, size_t outlen, struct case_no *parsed)
{
	struct case_no cn;
	memset(&cn, 0, sizeof cn);
	char s[256];
	if (case_no_clean(in ? in : "", s, sizeof s))
		return NORM_BAD;
	if (!*s)
		return NORM_EMPTY;
	const char *p = s;
	if (*p++ != '(' || digits_at(p) != 4)
		return NORM_BAD;
	size_t close = 4 + (p[4] == '.' || p[4] == ',');   /* （2023.）: a speck before the close */
	if (p[close] != ')')
		return NORM_BAD;
	cn.year = atoi(p);
	if (cn.year < 1950 || cn.year > current_year())
		return NORM_BAD;
	p += close + 1;
	if (strstr(p, "字第") && !isdigit((unsigned char)*p))
		goto legacy;
	if (starts(p, "最高法")) {
		strcpy(cn.court, "最高法");
		p += strlen("最高法");
	} else {
		size_t pl = province_at(p);
		if (!pl)
			return NORM_BAD;
		size_t nd = digits_at(p + pl);
		if (nd != 0 && nd != 2 && nd != 4)
			return NORM_BAD;
		/* 内蒙古's 法院代字 is 内 and 贵州's is 黔 (案号规定 第四条); 蒙/贵 are slips */
		const char *prov = starts(p, "蒙") ? "内" : starts(p, "贵") ? "黔" : NULL;
		if (prov) {
			snprintf(cn.court, sizeof cn.court, "%s%.*s", prov, (int)nd, p + pl);
		} else {
			memcpy(cn.court, p, pl + nd);
			cn.court[pl + nd] = '\0';
		}
		p += pl + nd;
	}
	if (strstr(p, "字第"))
		goto legacy;
	if (parse_type(&p, cn.type, sizeof cn.type))
		return NORM_BAD;
	size_t nd = digits_at(p);
	if (!nd || nd > 9 || !starts(p + nd, "号"))
		return NORM_BAD;
	cn.seq = atol(p);
	if (cn.seq <= 0 || parse_suffix(p + nd + 3, cn.suffix, sizeof cn.suffix))
		return NORM_BAD;
	goto done;
legacy:
	if (parse_legacy(s + 6, &cn))
		return NORM_BAD;
done:
	if (cn.legacy)
		snprintf(out, outlen, "（%d）%s%s字第%ld号%s", cn.year, cn.court, cn.type, cn.seq, cn.suffix);
	else
		snprintf(out, outlen, "（%d）%s%s%ld号%s", cn.year, cn.court, cn.type, cn.seq, cn.suffix);
	if (parsed)
		*parsed = cn;
	return NORM_OK;
}

/* ---- dates --------------------------------------------------------- */

/* y-m-d into out[11] without printf, so the width is known to the compiler. */
static void fmt_iso(char out[11], int y, int m, int d)
{
	out[0] = (char)('0' + y / 1000 % 10); out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10); out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10 % 10); out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10 % 10); out[9] = (char)('0' + d % 10);
	out[10] = '\0';
}

int norm_date_valid(int y, int m, int d)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1)
		return 0;
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return d <= mdays[m - 1] + (m == 2 && leap);
}

/* Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm). */
static long days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void norm_days_date(long z, char out[11])
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long y = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long d = doy - (153 * mp + 2) / 5 + 1;
	long m = mp + (mp < 10 ? 3 : -9);
	fmt_iso(out, (int)(y + (m <= 2)), (int)m, (int)d);
}

/* YYYY-MM-DD exactly, the stored form: read without sscanf, which the
 * legal-calendar SQL functions would otherwise spend a tenth of a big
 * agenda in. 0 when the shape differs (then sscanf decides). */
static int iso_fast(const char *s, int *y, int *m, int *d)
{
	for (int i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : (unsigned)(s[i] - '0') > 9)
			return 0;
	*y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	*m = (s[5] - '0') * 10 + (s[6] - '0');
	*d = (s[8] - '0') * 10 + (s[9] - '0');
	return 1;
}

long norm_date_days(const char *iso)
{
	int y, m, d;
	if (!iso || (!iso_fast(iso, &y, &m, &d) && sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
	    || !norm_date_valid(y, m, d))
		return -1000000000L;
	return days_from_civil(y, m, d);
}

static int finish_date(int y, int m, int d, char out[11])
{
	if (!norm_date_valid(y, m, d))
		return (m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1900 && y <= 2199)
			? NORM_IMPOSSIBLE : NORM_BAD;
	fmt_iso(out, y, m, d);
	return NORM_OK;
}

/* 二〇二三年八月二十日: year digit by digit, month and day as numbers. */
static int cn_date(const char *s, char out[11])
{
	const char *yp = strstr(s, "年"), *mp = strstr(s, "月"), *dp = strstr(s, "日");
	if (!yp || !mp || !dp || !(yp < mp && mp < dp))
		return NORM_BAD;
	long long y = norm_cn_integer(s, (size_t)(yp - s));
	long long m = norm_cn_integer(yp + 3, (size_t)(mp - yp - 3));
	long long d = norm_cn_integer(mp + 3, (size_t)(dp - mp - 3));
	if (y < 0 || m < 0 || d < 0 || y > 9999 || m > 99 || d > 99 || dp[3])
		return NORM_BAD;
	return finish_date((int)y, (int)m, (int)d, out);
}

/* Excel's 1900 system counts the non-existent 1900-02-29, so from serial 61
 * on, day 0 is 1899-12-30. Serials 1..60 are before any ledger's era. */
static int serial_date(const char *s, char out[11])
{
	char *end;
	double v = strtod(s, &end);
	if (*end || v < 61 || v > 2958465)
		return NORM_BAD;
	norm_days_date(days_from_civil(1899, 12, 30) + (long)v, out);
	return NORM_OK;
}

int norm_date(const char *in, char out[11], int allow_serial)
{
	char buf[128];
	if (!fold_fits(in ? in : "", buf, sizeof buf, 0))
		return NORM_BAD;
	char *s = trim(buf);
	if (!*s)
		return NORM_EMPTY;
	/* Drop a trailing time: "2023-05-06 00:00:00", "2023-05-06T08:00". */
	char *sp = strpbrk(s, " T");
	if (sp && sp > s && isdigit((unsigned char)sp[-1]))
		*sp = '\0';
	if (!isdigit((unsigned char)*s))
		return cn_date(s, out);
	size_t nd = digits_at(s);
	if (nd == strlen(s) && nd == 8) {
		int v = atoi(s);
		return finish_date(v / 10000, v / 100 % 100, v % 100, out);
	}
	if (nd == 4 && s[4]) {
		int y = atoi(s), m, d;
		char *p = s + 4;
		if (starts(p, "年")) p += 3; else if (strchr("-/.", *p)) p++; else return NORM_BAD;
		if (!(m = (int)digits_at(p)) || m > 2) return NORM_BAD;
		m = atoi(p);
		p += digits_at(p);
		if (starts(p, "月")) p += 3; else if (strchr("-/.", *p) && *p) p++; else return NORM_BAD;
		if (!digits_at(p) || digits_at(p) > 2) return NORM_BAD;
		d = atoi(p);
		p += digits_at(p);
		if (starts(p, "日") || starts(p, "号")) p += 3;
		if (*p)
			return NORM_BAD;
		return finish_date(y, m, d, out);
	}
	if (allow_serial)
		return serial_date(s, out);
	return NORM_BAD;
}

/* ---- money --------------------------------------------------------- */

/* Remove every occurrence of lit from s (in place). */
static void strip_all(char *s, const char *lit)
{
	size_t n = strlen(lit);
	char *p;
	while ((p = strstr(s, lit)))
		memmove(p, p + n, strlen(p + n) + 1);
}

/* 大写: integer part up to 元/圆, then 角 and 分. */
static int cn_amount(const char *s, long long mult, long long *fen)
{
	const char *yuan = strstr(s, "元");
	if (!yuan)
		yuan = strstr(s, "圆");
	long long y = 0, jiao = 0, f = 0;
	const char *rest = s;
	if (yuan) {
		if (yuan > s && (y = norm_cn_integer(s, (size_t)(yuan - s))) < 0)
			return NORM_BAD;
		rest = yuan + 3;
	} else if (!strstr(s, "角") && !strstr(s, "分")) {
		if ((y = norm_cn_integer(s, strlen(s))) < 0)
			return NORM_BAD;
		rest = "";
	}
	if (starts(rest, "零"))
		rest += 3;
	const char *jp = strstr(rest, "角");
	if (jp) {
		size_t len;
		if ((jiao = cn_digit(rest, &len)) < 0 || rest + len != jp)
			return NORM_BAD;
		rest = jp + 3;
	}
	const char *fp = strstr(rest, "分");
	if (fp) {
		size_t len;
		if ((f = cn_digit(rest, &len)) < 0 || rest + len != fp)
			return NORM_BAD;
		rest = fp + 3;
	}
	if (*rest)
		return NORM_BAD;
	/* y <= NORM_MAX_INT, so y * 100 fits; the product is checked */
	long long v = y * 100 + jiao * 10 + f;
	if (v > NORM_MAX_FEN / mult)
		return NORM_BAD;
	*fen = v * mult;
	return NORM_OK;
}

int norm_amount_fen(const char *in, long long *fen)
{
	char buf[256];
	if (!fold_fits(in ? in : "", buf, sizeof buf, 1))
		return NORM_BAD;
	char *s = buf;
	if (!*s)
		return NORM_EMPTY;
	int neg = 0;
	if (*s == '-' || starts(s, "−")) {
		neg = 1;
		s += *s == '-' ? 1 : 3;
	}
	static const char *const noise[] = { "¥", "￥", "RMB", "CNY", "人民币", "整", "正", ",", "，", NULL };
	for (int i = 0; noise[i]; i++)
		strip_all(s, noise[i]);
	long long mult = 1;
	size_t n = strlen(s);
	int arabic = isdigit((unsigned char)s[0]) || s[0] == '.';
	/* "12.3万元" scales digits; in 大写 "贰仟万元" the 万 belongs to the number. */
	if (!arabic)
		;
	else if (n >= 6 && strcmp(s + n - 6, "万元") == 0) { mult = 10000; s[n - 6] = '\0'; }
	else if (n >= 6 && strcmp(s + n - 6, "亿元") == 0) { mult = 100000000LL; s[n - 6] = '\0'; }
	else if (n >= 3 && strcmp(s + n - 3, "万") == 0) { mult = 10000; s[n - 3] = '\0'; }
	n = strlen(s);
	if (isdigit((unsigned char)s[0]) || s[0] == '.') {
		if (n >= 3 && (strcmp(s + n - 3, "元") == 0 || strcmp(s + n - 3, "圆") == 0))
			s[n - 3] = '\0';
		size_t ni = digits_at(s);
		long long ip = 0, fp = 0, scale = 1;
		if (ni > 15)
			return NORM_BAD;
		for (size_t i = 0; i < ni; i++)
			ip = ip * 10 + (s[i] - '0');
		const char *p = s + ni;
		if (*p == '.') {
			p++;
			size_t nf = digits_at(p);
			if (nf > 8 || (!nf && !ni))
				return NORM_BAD;
			for (size_t i = 0; i < nf; i++) {
				fp = fp * 10 + (p[i] - '0');
				scale *= 10;
			}
			p += nf;
		}
		if (*p)
			return NORM_BAD;
		/* fen = (ip + fp/scale) * 100 * mult, rounded half up. ip < 10^15
		 * and fp < 10^8 with mult <= 10^8: frac's product stays below
		 * 2*10^18; whole is checked before it is formed. */
		if (ip > NORM_MAX_FEN / 100 / mult)
			return NORM_BAD;
		long long whole = ip * 100 * mult;
		long long frac = (fp * 100 * mult * 2 + scale) / (2 * scale);
		if (whole > NORM_MAX_FEN - frac)
			return NORM_BAD;
		*fen = whole + frac;
	} else if (cn_amount(s, mult, fen) != NORM_OK) {
		return NORM_BAD;
	}
	if (neg && *fen > 0)
		return NORM_NEGATIVE;
	return NORM_OK;
}

/* ---- ID numbers ---------------------------------------------------- */

char norm_id18_check_char(const char *first17)
{
	static const int w[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	int sum = 0;
	for (int i = 0; i < 17; i++)
		sum += (first17[i] - '0') * w[i];
	return "10X98765432"[sum % 11];
}

static const char uscc_alpha[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

char norm_uscc_check_char(const char *first17)
{
	static const int w[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
	int sum = 0;
	for (int i = 0; i < 17; i++) {
		const char *q = strchr(uscc_alpha, first17[i]);
		if (!q || !*q)
			return '?';
		sum += (int)(q - uscc_alpha) * w[i];
	}
	return uscc_alpha[(31 - sum % 31) % 31];
}

static int all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

/* A person ID's birth date (digits 7–14) must be a real date. */
static int id_birth(const char *id, char birth[11])
{
	int y = (id[6] - '0') * 1000 + (id[7] - '0') * 100 + (id[8] - '0') * 10 + (id[9] - '0');
	int m = (id[10] - '0') * 10 + (id[11] - '0');
	int d = (id[12] - '0') * 10 + (id[13] - '0');
	if (!norm_date_valid(y, m, d))
		return 0;
	fmt_iso(birth, y, m, d);
	return 1;
}

static int uscc_shape(const char *s)
{
	for (int i = 0; i < 18; i++)
		if (!s[i] || !strchr(uscc_alpha, s[i]))
			return 0;
	return all_digits(s + 2, 6);
}

int norm_id(const char *in, struct id_info *info)
{
	memset(info, 0, sizeof *info);
	char buf[128];
	if (!fold_fits(in ? in : "", buf, sizeof buf, 1))
		return NORM_BAD;
	if (!*buf)
		return NORM_EMPTY;
	size_t n = strlen(buf);
	if (n >= sizeof info->norm)
		return NORM_BAD;
	for (size_t i = 0; i < n; i++)
		buf[i] = (char)toupper((unsigned char)buf[i]);
	memcpy(info->norm, buf, n + 1);
	if (strchr(buf, '*')) {
		info->kind = ID_MASKED;
		return NORM_OK;
	}
	char birth[11];
	if (n == 15 && all_digits(buf, 15)) {
		char w[19];
		memcpy(w, buf, 6);
		memcpy(w + 6, "19", 2);
		memcpy(w + 8, buf + 6, 9);
		w[17] = '\0';
		w[17] = norm_id18_check_char(w);
		w[18] = '\0';
		info->kind = ID_PERSON;
		snprintf(info->norm, sizeof info->norm, "%s", w);
		if ((info->valid = id_birth(w, birth)))
			memcpy(info->birth, birth, 11);
		return NORM_OK;
	}
	if (n == 18 && all_digits(buf, 17) && (isdigit((unsigned char)buf[17]) || buf[17] == 'X') &&
	    id_birth(buf, birth)) {
		info->kind = ID_PERSON;
		info->valid = norm_id18_check_char(buf) == buf[17];
		if (info->valid)
			memcpy(info->birth, birth, 11);
		return NORM_OK;
	}
	if (n == 18 && uscc_shape(buf)) {
		info->kind = ID_ORG;
		info->valid = norm_uscc_check_char(buf) == buf[17];
		return NORM_OK;
	}
	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char)buf[i]) && buf[i] != '-')
			return NORM_BAD;
	info->kind = ID_UNKNOWN;
	return NORM_OK;
}

/* ---- names --------------------------------------------------------- */

void norm_split_names(const char *in, void (*fn)(const char *name, void *arg), void *arg)
{
	static const char *const seps[] = { "、", "，", ",", "；", ";", "/", "\n", "|", NULL };
	/* folding never lengthens text: a buffer as long as the input holds it
	 * all (a long cell used to be cut at 1 KiB, silently) */
	size_t len = strlen(in ? in : "");
	char *buf = xmalloc(len + 8);
	norm_ascii_fold(in ? in : "", buf, len + 8, 0);
	char *start = buf;
	for (char *p = buf;;) {
		size_t sl = 0;
		/* only these bytes can start a separator: skip the others fast */
		if (*p && strchr(",;/\n|\xE3\xEF", *p))
			for (int i = 0; seps[i]; i++)
				if (starts(p, seps[i])) { sl = strlen(seps[i]); break; }
		if (!*p || sl) {
			char save = *p;
			*p = '\0';
			char *t = trim(start);
			if (*t)
				fn(t, arg);
			if (!save)
				break;
			p += sl;
			start = p;
		} else {
			p++;
		}
	}
	free(buf);
}

/* Endings that make a name an organisation when it is long enough not to
 * be a person's (国土资源局, 某某村民委员会, 某某经营部). */
static int org_ending(const char *name)
{
	static const char *const ends[] = {
		"局", "委员会", "所", "院", "站", "处", "部", "社", "馆", "队", "厅", "委", "办", "店", "场", "行",
		"厂", "会", "中心", "公司", "银行", "政府", "大学", "中学", "小学", "幼儿园", "村", "园", "室", NULL,
	};
	size_t n = strlen(name), chars = 0, len;
	for (size_t i = 0; i < n; i += len)
		utf8_next(name + i, &len), chars++;
	if (chars < 4)
		return 0;
	for (int i = 0; ends[i]; i++) {
		size_t k = strlen(ends[i]);
		if (n >= k && strcmp(name + n - k, ends[i]) == 0)
			return 1;
	}
	return 0;
}

int norm_name_is_org(const char *name)
{
	if (org_ending(name))
		return 1;
	static const char *const marks[] = {
		"公司", "厂", "银行", "合作社", "中心", "事务所", "商行", "商店", "经营部", "集团",
		"医院", "学校", "委员会", "协会", "研究院", "工作室", "合伙", "有限", "政府", "管理局",
		"分行", "支行", "农场", "酒店", "门市", "超市", "学院", "基金", "信用社", "Co.", "Ltd", NULL,
	};
	for (int i = 0; marks[i]; i++)
		if (strstr(name, marks[i]))
			return 1;
	return 0;
}
