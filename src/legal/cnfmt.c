#include "legal/cnfmt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const digit_upper[] = { "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖" };

/* A group of four digits (0..9999) in 大写, with 零 for inner gaps. */
static void group4(int v, int leading_zero, char *out, size_t len)
{
	static const char *const unit[] = { "仟", "佰", "拾", "" };
	int d[4] = { v / 1000, v / 100 % 10, v / 10 % 10, v % 10 };
	int zero = leading_zero, started = 0;
	size_t k = strlen(out);
	for (int i = 0; i < 4; i++) {
		if (d[i] == 0) {
			zero = started || leading_zero;
			continue;
		}
		if (zero && (started || leading_zero))
			k += (size_t)snprintf(out + k, len > k ? len - k : 0, "零");
		k += (size_t)snprintf(out + k, len > k ? len - k : 0, "%s%s", digit_upper[d[i]], unit[i]);
		zero = 0;
		started = 1;
		leading_zero = 0;
	}
}

void cn_money_upper(long long fen, char *out, size_t len)
{
	out[0] = '\0';
	if (fen < 0) {
		snprintf(out, len, "负");
		fen = -fen;
	}
	long long yuan = fen / 100;
	int jiao = (int)(fen / 10 % 10), f = (int)(fen % 10);
	if (yuan > 0) {
		int yi = (int)(yuan / 100000000), wan = (int)(yuan / 10000 % 10000), ge = (int)(yuan % 10000);
		if (yi) {
			group4(yi, 0, out, len);
			strncat(out, "亿", len - strlen(out) - 1);
		}
		if (wan) {
			group4(wan, yi && wan < 1000, out, len);
			strncat(out, "万", len - strlen(out) - 1);
		}
		if (ge)
			group4(ge, (yi || wan) && ge < 1000, out, len);
		strncat(out, "元", len - strlen(out) - 1);
	}
	if (jiao == 0 && f == 0) {
		strncat(out, yuan > 0 ? "整" : "零元整", len - strlen(out) - 1);
		return;
	}
	if (jiao)
		snprintf(out + strlen(out), len - strlen(out), "%s角", digit_upper[jiao]);
	else if (yuan > 0)
		strncat(out, "零", len - strlen(out) - 1);
	if (f)
		snprintf(out + strlen(out), len - strlen(out), "%s分", digit_upper[f]);
}

static const char *const digit_cn[] = { "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

static void small_cn(int v, char *out, size_t len)
{
	if (v < 10)
		snprintf(out, len, "%s", digit_cn[v]);
	else if (v < 20)
		snprintf(out, len, "十%s", v % 10 ? digit_cn[v % 10] : "");
	else
		snprintf(out, len, "%s十%s", digit_cn[v / 10], v % 10 ? digit_cn[v % 10] : "");
}

void cn_date(const char *iso, char *out, size_t len)
{
	int y, m, d;
	out[0] = '\0';
	if (!iso || sscanf(iso, "%d-%d-%d", &y, &m, &d) != 3)
		return;
	char ys[32] = "", ms[16], ds[16];
	for (int i = 0, v = y; i < 4; i++) {
		int digit = (v / (i == 0 ? 1000 : i == 1 ? 100 : i == 2 ? 10 : 1)) % 10;
		strncat(ys, digit_cn[digit], sizeof ys - strlen(ys) - 1);
	}
	small_cn(m, ms, sizeof ms);
	small_cn(d, ds, sizeof ds);
	snprintf(out, len, "%s年%s月%s日", ys, ms, ds);
}

void cn_date_digits(const char *iso, char *out, size_t len)
{
	int y, m, d;
	if (!iso || sscanf(iso, "%d-%d-%d", &y, &m, &d) != 3)
		snprintf(out, len, "%s", iso ? iso : "");
	else
		snprintf(out, len, "%d年%d月%d日", y, m, d);
}

void cn_yuan(long long fen, char *out, size_t len)
{
	char digits[32];
	long long y = (fen < 0 ? -fen : fen) / 100;
	snprintf(digits, sizeof digits, "%lld", y);
	char grouped[48];
	int n = (int)strlen(digits), k = 0;
	for (int i = 0; i < n; i++) {
		grouped[k++] = digits[i];
		if ((n - i - 1) % 3 == 0 && i != n - 1)
			grouped[k++] = ',';
	}
	grouped[k] = '\0';
	snprintf(out, len, "%s%s.%02lld", fen < 0 ? "-" : "", grouped, (fen < 0 ? -fen : fen) % 100);
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* An ISO date at p (p[-1], when there, is not a digit): its length, 0 if none. */
static size_t iso_date_at(const char *start, const char *p, struct strbuf *out)
{
	static const char shape[] = "dddd-dd-dd";
	for (size_t i = 0; i < sizeof shape - 1; i++)
		if (shape[i] == 'd' ? !is_digit(p[i]) : p[i] != '-')
			return 0;
	if ((p > start && is_digit(p[-1])) || is_digit(p[10]))
		return 0;
	int y = atoi(p), m = atoi(p + 5), d = atoi(p + 8);
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	sb_printf(out, "%d年%d月%d日", y, m, d);
	return 10;
}

/* A plain amount at p: digits[.digits]元 with four or more integer digits,
 * not preceded by a digit, a comma or a point. Its length, 0 if none. */
static size_t amount_at(const char *start, const char *p, struct strbuf *out)
{
	if (p > start && (is_digit(p[-1]) || p[-1] == ',' || p[-1] == '.'))
		return 0;
	size_t n = 0, f = 0;
	while (is_digit(p[n]))
		n++;
	if (p[n] == '.')
		for (f = 1; is_digit(p[n + f]); f++)
			;
	if (n < 4 || f == 1 || strncmp(p + n + f, "元", strlen("元")) != 0)
		return 0;
	for (size_t i = 0; i < n; i++) {
		sb_addc(out, p[i]);
		if ((n - i - 1) % 3 == 0 && i != n - 1)
			sb_addc(out, ',');
	}
	sb_add(out, p + n, f);
	return n + f;
}

void cn_human_text(const char *in, struct strbuf *out)
{
	for (const char *p = in; p && *p;) {
		size_t used = is_digit(*p) ? iso_date_at(in, p, out) : 0;
		if (!used && is_digit(*p))
			used = amount_at(in, p, out);
		if (used) {
			p += used;
			continue;
		}
		/* copy a whole digit run so no match starts inside a number */
		do
			sb_addc(out, *p++);
		while (is_digit(p[-1]) && is_digit(*p));
	}
}
