/* extract_sealdate.c — a 落款 too garbled for x_dates. The date of the
 * signature is printed under the court's red seal, and OCR misreads what
 * x_dates anchors on: a mark (二〇二三插十一月十日, 二〇二二年十一月二十五有),
 * the zero of the year (三局二二年) or a 十 (二斗九, 上五, 卜九). The line still has
 * the shape every 落款 has — four numerals of a year, a month, a day, each
 * followed by its mark — so it is read from that shape: at most one mark
 * misread, the year's first two characters taken as 二〇 (what the seal
 * hides), and the date no earlier than any other date of the document.
 * A year spoiled but for its last numeral takes its decade from the
 * document's latest date, the marks then all read right; a year lost
 * whole (二O- -年), or with its 年 too (-第五月十六日), takes that date's
 * year, but only for a month and day within four months after it. */
#include "ocr/extract_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SEAL_MAX 20                /* characters of a 落款 line, specks included */

static const struct { const char *s; int v; } NUMERALS[] = {
	{ "〇", 0 }, { "○", 0 }, { "零", 0 }, { "O", 0 }, { "o", 0 }, { "0", 0 }, { "一", 1 }, { "二", 2 },
	{ "工", 2 }, { "三", 3 }, { "四", 4 }, { "五", 5 }, { "六", 6 }, { "七", 7 }, { "八", 8 }, { "九", 9 },
	{ "=", 2 }, { "＝", 2 }, { "十", 10 }, { "入", 8 },
};

/* Where 十 must stand (上五, 二斗九), these are it; after a 十, these are 一. */
static const char *const TEN_LIKE[] = { "上", "斗", "千", "卜", "+", NULL };
static const char *const ONE_LIKE[] = { "-", "—", "_", NULL };

struct seal_line {
	const struct xtext *t;
	size_t at[SEAL_MAX];
	int n;
};

static int numeral(const struct seal_line *l, int j)
{
	if (j >= l->n)
		return -1;
	for (size_t k = 0; k < sizeof NUMERALS / sizeof *NUMERALS; k++)
		if (x_lit(l->t, l->at[j], NUMERALS[k].s))
			return NUMERALS[k].v;
	return -1;
}

/* 工 is 二 only in the year (工O二三); in a month or day it was as often 五. */
static int md_numeral(const struct seal_line *l, int j)
{
	return j < l->n && x_lit(l->t, l->at[j], "工") ? -1 : numeral(l, j);
}

/* Whether the character at j stands alone: neither a numeral nor a 十
 * look-alike after it (what follows is its mark). */
static int lone(const struct seal_line *l, int j)
{
	return j + 1 < l->n && md_numeral(l, j + 1) < 0 && !x_lit_any(l->t, l->at[j + 1], TEN_LIKE);
}

/* The number written by the numerals from *j (1 to max of them, 十 counted
 * where a 十 must stand), *j moved past them; -1 if none fits. */
static int cn_number(const struct seal_line *l, int *j, int max)
{
	int v[3], n = 0;
	for (; n < max && *j + n < l->n; n++) {
		v[n] = md_numeral(l, *j + n);
		if (v[n] < 0 && x_lit_any(l->t, l->at[*j + n], TEN_LIKE) &&
		    (n == 1 || (n == 0 && md_numeral(l, *j + 1) > 0)))
			v[n] = 10;
		if (v[n] < 0 && n == 1 && v[0] == 10 && x_lit_any(l->t, l->at[*j + n], ONE_LIKE))
			v[n] = 1;            /* 十-日: the 一 of 十一 */
		if (v[n] < 0 && n == 0 && lone(l, *j)) {   /* +月, -月: a numeral alone before its mark */
			if (x_lit(l->t, l->at[*j], "+"))
				v[n] = 10;
			else if (x_lit_any(l->t, l->at[*j], ONE_LIKE))
				v[n] = 1;
		}
		if (v[n] < 0)
			break;
	}
	int r = -1;
	if (n == 1 && v[0] >= 1)
		r = v[0];
	else if (n == 2 && v[0] == 10 && v[1] >= 1 && v[1] <= 9)
		r = 10 + v[1];
	else if (n == 2 && v[0] >= 2 && v[0] <= 3 && v[1] == 10)
		r = v[0] * 10;
	else if (n == 3 && v[0] >= 2 && v[0] <= 3 && v[1] == 10 && v[2] >= 1 && v[2] <= 9)
		r = v[0] * 10 + v[2];
	if (r > 0)
		*j += n;
	return r;
}

/* The mark after a part of the date: the mark itself, or one character
 * that is no numeral (a misread mark); *marks counts the real ones. */
static int mark(const struct seal_line *l, int *j, const char *want, int *marks)
{
	if (*j >= l->n || numeral(l, *j) >= 0)
		return 0;
	*marks += x_lit(l->t, l->at[*j], want);
	++*j;
	return 1;
}

/* The date the line's shape gives, with at most one speck before it and
 * two after (and one inside the year's first part, 二人@〇二五年, when its 年
 * is read right) — up to five specks before it when 年, 月 and 日 are all
 * read right (-帮加届国二四三四年四月十五日四); 0 when the line has no such
 * shape. */
static int read_shape(const struct seal_line *l, int *y, int *m, int *d)
{
	for (int lead = 0; lead <= 5; lead++)
		for (int ylen = 4; ylen <= 5; ylen++) {
			int j = lead, marks = 0;
			if (j + ylen + 4 > l->n)
				return 0;
			int y3 = numeral(l, j + ylen - 2), y4 = numeral(l, j + ylen - 1), first = 0;
			for (int k = 0; k < ylen - 2; k++)
				first += numeral(l, j + k) >= 0;
			if (!first || y3 < 0 || y3 > 3 || y4 < 0 || y4 > 9 ||
			    (ylen == 5 && !x_lit(l->t, l->at[j + ylen], "年")))
				continue;
			if (y3 == 3 && 2030 + y4 > x_this_year() + 1)
				y3 = 2;               /* 二 read as 三 */
			j += ylen;
			if (!mark(l, &j, "年", &marks) || (*m = cn_number(l, &j, 2)) < 0 || *m > 12 ||
			    !mark(l, &j, "月", &marks))
				continue;
			/* 一人站十六日: a 月 read as two characters, its 年 read right */
			if ((*d = cn_number(l, &j, 3)) < 0 && marks && mark(l, &j, "月", &marks))
				*d = cn_number(l, &j, 3);
			if (*d < 0)
				continue;
			int tail = l->n - j;         /* 日 last, or a speck after it */
			marks += tail > 0 && (x_lit(l->t, l->at[l->n - 1], "日") || x_lit(l->t, l->at[j], "日"));
			if (tail > 2 || marks < 2 || (lead > 1 && marks < 3))
				continue;
			*y = 2000 + y3 * 10 + y4;
			return norm_date_valid(*y, *m, *d) && *y <= x_this_year() + 1;
		}
	return 0;
}

/* 「三三四年一月十九日」「二O〇=三年五月二十二日」: a year the seal spoiled but
 * for its last numeral, its 年 read right, the month and the day whole: 2
 * with *y that numeral alone (the caller finds the decade), or 0. */
static int read_year_end(const struct seal_line *l, int *y, int *m, int *d)
{
	for (int j = 3; j <= 6 && j + 4 <= l->n; j++) {
		if (!x_lit(l->t, l->at[j], "年") || (*y = numeral(l, j - 1)) < 0 || *y > 9)
			continue;
		int k = j, marks = 0, others = 0;
		for (int i = 0; i < j - 1; i++)
			others += numeral(l, i) >= 0;
		if (!others || !mark(l, &k, "年", &marks) || (*m = cn_number(l, &k, 2)) < 0 || *m > 12 ||
		    !mark(l, &k, "月", &marks) || !marks || (*d = cn_number(l, &k, 3)) < 0)
			continue;
		if (l->n - k > 2 || l->n == k || !x_lit(l->t, l->at[l->n - 1], "日"))
			continue;            /* 年, 月 and 日 all read right */
		return norm_date_valid(2000, *m, *d) ? 2 : 0;
	}
	return 0;
}

/* A month, 月, a day and 日 from character k to the line's end, marks read
 * right (the 月 may be misread when loose: a 年 before it was read right):
 * 1 with them, else 0. */
static int month_day_to_end(const struct seal_line *l, int k, int loose, int *m, int *d)
{
	if ((*m = cn_number(l, &k, 2)) < 0 || *m > 12 || k >= l->n ||
	    !(x_lit(l->t, l->at[k], "月") || (loose && numeral(l, k) < 0)))
		return 0;
	k++;
	if ((*d = cn_number(l, &k, 3)) < 0 || k != l->n - 1 || !x_lit(l->t, l->at[k], "日"))
		return 0;
	return norm_date_valid(2000, *m, *d);
}

/* 「二O- -年五月=十二日」: the year lost but for a numeral before its 年,
 * which is read right, and the month and the day whole with their marks
 * (the 月 may be misread, 二DO. 4年七为二日); or 「二DO二也半三月七日」, its
 * 年 misread too, two numerals of the year left: 1 with the month and the
 * day (the caller finds the year), or 0. */
static int read_no_year(const struct seal_line *l, int *m, int *d)
{
	for (int j = 2; j <= 6 && j + 4 <= l->n; j++) {
		int nian = x_lit(l->t, l->at[j], "年");
		if (!nian && numeral(l, j) >= 0)
			continue;
		int numerals = 0;
		for (int i = 0; i < j; i++)
			numerals += numeral(l, i) >= 0;
		if (numerals >= (nian ? 1 : 2) && month_day_to_end(l, j + 1, nian, m, d))
			return 1;
	}
	return 0;
}

/* 「-第五月十六日」: the year and its 年 lost to the seal, at most two
 * specks left of them, the month and the day whole with their marks: 1
 * with the month and the day (the caller finds the year), or 0. */
static int read_month_day(const struct seal_line *l, int *m, int *d)
{
	for (int lead = 0; lead <= 2 && lead + 4 <= l->n; lead++) {
		if (lead && numeral(l, lead - 1) >= 0)
			continue;            /* a numeral of the year: read_no_year's or nobody's */
		if (month_day_to_end(l, lead, 0, m, d))
			return 1;
	}
	return 0;
}

void x_seal_date(struct xctx *c)
{
	const struct xtext *t = &c->t;
	for (int i = c->first; i < c->out->n; i++)
		if (!strcmp(c->out->v[i].field, "date") && !strcmp(c->out->v[i].role, "落款"))
			return;
	int from = t->nl / 2;          /* a notice dates itself before its 执行员's contact line */
	if (c->sig_at < t->n && x_line_of(t, c->sig_at) < from)
		from = x_line_of(t, c->sig_at);
	const char *latest = c->told;   /* the latest event told elsewhere ("" when none): no period's end */
	for (int k = t->nl - 1; k >= from && k >= 0; k--) {
		size_t a, b;
		x_trimmed(t, k, &a, &b);
		if (a >= c->app_at || b <= a)
			continue;
		struct seal_line l = { t, { 0 }, 0 };
		for (size_t i = a; i < b && l.n < SEAL_MAX; i += x_clen(t, i))
			l.at[l.n++] = i;
		int y, m, d, got = 0;
		char iso[40];
		if (l.n < SEAL_MAX && !(got = read_shape(&l, &y, &m, &d)) && latest[0] &&
		    (got = read_year_end(&l, &y, &m, &d)) != 0) {
			int base = atoi(latest);      /* the year ending so, the document's latest or after it */
			y = base + ((y - base % 10) + 10) % 10;
			got = norm_date_valid(y, m, d) && y <= x_this_year() + 1;
		}
		if (!got && l.n < SEAL_MAX && latest[0] && (read_no_year(&l, &m, &d) || read_month_day(&l, &m, &d))) {
			/* signed in the year of the document's latest date, within
			 * four months after it; later, or a month-day before it, and
			 * the year is anyone's guess */
			y = atoi(latest);
			snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
			got = norm_date_valid(y, m, d) && strcmp(iso, latest) >= 0 &&
			      norm_date_days(iso) - norm_date_days(latest) <= 120;
		}
		if (!got)
			continue;
		snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
		if (strcmp(iso, latest) < 0 || (latest[0] && y > atoi(latest) + 3))
			return;       /* before what the document tells of, or years after: no reading to trust */
		x_add(c, "date", "落款", iso, a, b, 0.6);
		return;
	}
}
