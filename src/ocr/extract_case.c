/* extract_case.c — the court, the 案号 and the 案由.
 *
 * Court: a name of the shape 「…人民法院」/「…法院」 (铁路运输, 知识产权, 海事,
 * 互联网, 金融 courts too) that opens a header line, else a signature line,
 * else a body line (拍卖公告: 「某某法院将于…」) — never inside 《》, never a
 * citation (「依照最高人民法院关于…」). A short name that one court of the
 * reference table ends with is completed from it.
 * 案号: every bracketed year followed by …号, normalised (all types: 执, 执恢,
 * 执异, 执复, 执保, 执监, 民初, 民终, 民特, 行审, 行初, 行非审, 财保, the old
 * 「（2014）南行非审字第35号」); one whose court letter is an OCR slip is
 * repaired from the court's province. The header's 案号 is the document's
 * own; the others get a role from their words and type.
 * 案由: the longest official name (db/reference/causes.tsv) that ends at a
 * 纠纷 / 争议 / 之诉; 「劳动争议纠纷」 reads as 劳动争议. */
#include "ocr/extract_int.h"
#include "util/utf8.h"
#include "legal/reference.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- court ---- */

static const char *const NOT_COURT_START[] = {
	"根据", "依照", "依据", "按照", "参照", "经", "由", "向", "本院", "在", "对", "请", "报", "送", "据", NULL,
};

size_t x_court_name_at(const struct xtext *t, size_t from, size_t to, size_t *start)
{
	size_t p = x_find(t, from, to, "法院");
	if (p == XNONE || (t->fl[p] & XF_BOOK))
		return XNONE;
	if (x_lit(t, from, "受") && p >= from + 9)
		from += 3;         /* 受重庆市涪陵区人民法院委托: the court that commissioned a sale */
	int chars = 0;
	for (size_t i = from; i < p; i += x_clen(t, i), chars++)
		if (!x_cjk(t, i))
			return XNONE;
	if (chars < 2 || chars > 30 || (chars == 2 && x_lit(t, from, "人民")))
		return XNONE;      /* 「人民法院」 alone names no court */
	for (int k = 0; NOT_COURT_START[k]; k++)
		if (x_lit(t, from, NOT_COURT_START[k]))
			return XNONE;
	if (x_lit(t, p + 6, "关于") || x_lit(t, p + 6, "、"))
		return XNONE;      /* 最高人民法院关于… is a statute */
	*start = from;
	return p + 6;
}

static const char *const provinces[] = {
	"北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市",
	"江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省",
	"广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省",
	"青海省", "宁夏回族自治区", "新疆维吾尔自治区", NULL,
};

/* The reference court a province before name makes (嵊州市人民法院 →
 * 浙江省…) — or, near, the one a province makes one character off it
 * (「惠州市利阳区人民法院」, printed without its province and misread: 惠阳区);
 * *plen its province's byte length. NULL when none, or two. */
static const char *complete_court(const char *name, int near, size_t *plen)
{
	const char *found = NULL;
	for (int i = 0; provinces[i]; i++) {
		char full[192];
		size_t pl = strlen(provinces[i]);
		snprintf(full, sizeof full, "%s%s", provinces[i], name);
		const char *code = near ? NULL : ref_court_code(full);
		const char *court = near ? ref_court_near(full, 1) : code ? ref_court_name(code) : NULL;
		if (near ? court && !strncmp(court, provinces[i], pl) : code != NULL) {
			if (found)
				return NULL;        /* two courts: do not guess */
			found = court;
			*plen = pl;
		}
	}
	return found;
}

/* 「黑龙江省哈尔滨市道里区人民法辽」「湖南省长沙市岳舌区人民污院」: a header
 * line that is a court's name with one character of 人民法院 misread — the
 * name with 人民法院 written right in name, else 0. */
static int court_end_misread(const struct xtext *t, size_t a, size_t b, char *name, size_t size)
{
	if (b < a + 18 || b - a + 1 > size)
		return 0;
	for (size_t i = a; i < b; i += x_clen(t, i))
		if (!x_cjk(t, i))
			return 0;
	size_t end4 = b - 12;
	if (x_chars_off(t, end4, "人民法院") != 1)
		return 0;
	x_copy(t, a, end4, name, size);
	strcat(name, "人民法院");
	return 1;
}

static int court_in_lines(struct xctx *c, int from, int to, double conf)
{
	const struct xtext *t = &c->t;
	for (int k = from; k < to && k < t->nl; k++) {
		size_t a, b, s;
		char name[160];
		x_trimmed(t, k, &a, &b);           /* 「”新江省…人民法院」: a speck first */
		size_t e = x_court_name_at(t, a, b, &s);
		if (e == XNONE && from == 0) {     /* 「0广东省…人民法院」: a speck glued to the court */
			size_t q = a;
			for (int n = 0; q < b && n < 2 && !x_cjk(t, q); n++)
				q += x_clen(t, q);
			if (q > a)
				e = x_court_name_at(t, q, b, &s);
		}
		int end_misread = 0;
		if (e == XNONE && from == 0 && court_end_misread(t, a, b, name, sizeof name)) {
			s = a, e = b;
			end_misread = 1;
		} else if (e == XNONE) {
			continue;
		} else {
			x_copy(t, s, e, name, sizeof name);
		}
		/* shown: the court as the document names it, mended — 大连市旅顺口区人民法院
		 * without its province stays so, the table completes it for the code */
		const char *code = ref_court_code(name), *full = NULL, *shown = name;
		int misread = 0;
		size_t plen;
		if (!code && (full = complete_court(name, 0, &plen)) != NULL)
			code = ref_court_code(full);
		if (!code && (full = ref_court_near(name, 1)) != NULL) {
			code = ref_court_code(full);      /* 温州市庵城区: one character from 鹿城区 */
			misread = 1;
			shown = full;
			x_set(c->court_read, sizeof c->court_read, name);
		}
		if (!code && (full = complete_court(name, 1, &plen)) != NULL) {
			code = ref_court_code(full);      /* 惠州市利阳区 without its province: 惠阳区 */
			misread = 1;
			shown = full + plen;
			x_set(c->court_read, sizeof c->court_read, name);
		}
		int first_len;
		utf8_decode(name, strlen(name), &first_len);
		if (!code && first_len == 3 && (code = ref_court_code(name + 3)) != NULL) {
			full = shown = name + 3;          /* 「和辽宁省大连市…」: a speck read as a character first */
			misread = 1;
		}
		if (end_misread && !code)
			continue;                         /* only a court the table knows */
		misread |= end_misread;
		x_set(c->court, sizeof c->court, full ? full : name);
		if (code)
			x_set(c->court_code, sizeof c->court_code, code);
		const char *prov = ref_province_code(c->court);
		if (prov)
			x_set(c->court_prov, sizeof c->court_prov, prov);
		x_add(c, "court", "", shown, s, e, code ? (misread ? 0.8 : full ? 0.85 : 0.97) : conf);
		return 1;
	}
	return 0;
}

void x_court(struct xctx *c)
{
	const struct xtext *t = &c->t;
	int sig = x_line_of(t, c->sig_at);
	c->court_in_header = court_in_lines(c, 0, c->hdr_end, 0.88);
	if (!c->court_in_header && !court_in_lines(c, sig, t->nl, 0.8))
		court_in_lines(c, c->hdr_end, sig, 0.65);
}

/* ---- 案号 ---- */

static int year_digit(const struct xtext *t, size_t i)
{
	return x_digit(t, i) || x_in(t, i, "Oo〇lIi");
}

/* A tribunal's mark in a pre-2016 案号 at q, 「(商)」 of 松民二(商)初字第2861号:
 * its byte length (one or two CJK characters in brackets, a type character
 * after it), else 0. */
static size_t tribunal_mark(const struct xtext *t, size_t q)
{
	if (!x_in(t, q, "（("))
		return 0;
	size_t r = q + x_clen(t, q);
	int k = 0;
	while (k < 3 && x_cjk(t, r))
		r += x_clen(t, r), k++;
	if (k < 1 || k > 2 || !x_in(t, r, "）)"))
		return 0;
	r += x_clen(t, r);
	return x_cjk(t, r) && x_cjk(t, x_prev(t, q)) ? r - q : 0;
}

/* The 案号 candidate opening at i: its end (after 号 and any 之一), or XNONE. */
static int ascii_digit(char ch) { return ch >= '0' && ch <= '9'; }

/* What names a ruling right after its 案号. */
static const char *const RULING_WORDS[] = { "民事判决", "民事调解", "民事裁定", "执行裁定", "行政判决", "行政裁定",
					    "判决书", "裁定书", "调解书", NULL };

static size_t case_candidate(const struct xtext *t, size_t i)
{
	size_t p = i + x_clen(t, i);
	for (int k = 0; k < 4; k++, p += x_clen(t, p))
		if (!year_digit(t, p))
			return XNONE;
	if (x_digit(t, p) && x_in(t, p + 1, "）)〕]】﹞］"))
		p++;                  /* （20624）: a digit put into the year (year_put_in) */
	else if (x_in(t, p, ".．,，") && x_in(t, p + x_clen(t, p), "）)〕]】﹞］"))
		p += x_clen(t, p);    /* （2023.）: a speck before the close */
	if (!x_in(t, p, "）)〕]】﹞］"))
		return XNONE;
	size_t lim = p + 72 < t->n ? p + 72 : t->n;
	for (size_t q = p; q < lim; q += x_clen(t, q)) {
		size_t m = q > p + 1 ? tribunal_mark(t, q) : 0;
		if (m) {
			q += m - x_clen(t, q);   /* 松民二(商)初字: the tribunal's mark */
			continue;
		}
		if (q > p + 6 && x_digit(t, x_prev(t, q)) && x_lit_any(t, q, RULING_WORDS))
			return q;     /* 「民初19342⏎民事判决」: its 号 lost at the line's end */
		if (q > p + 6 && x_digit(t, x_prev(t, q)) && x_cjk(t, q) && !x_lit(t, q, "号") &&
		    t->lines[t->li[q]].ocr >= 0 && t->lines[t->li[q]].line <= 6 &&
		    (q + x_clen(t, q) >= t->n || (t->fl[q + x_clen(t, q)] & XF_BRK)))
			return q;     /* 「（2019）辽0212行审89汪」: a scan's header 案号, its 号 misread ending the line */
		if (x_in(t, q, "，,。；;：（(《"))
			return XNONE;
		if (x_lit(t, q, "号") || (x_in(t, q, "导弓") && x_digit(t, x_prev(t, q)))) {
			q += 3;       /* 号 misread: 执63导之二 */
			if (x_lit(t, q, "之")) {
				size_t r = q + 3;
				while (x_in(t, r, "一二三四五六七八九十"))
					r += 3;
				if (r > q + 3)
					q = r;
			}
			return q;
		}
	}
	return XNONE;
}

/* 「（20624）峙0102执异63号」: a year of five digits — the one year (1990 to
 * next year) that leaves one digit out, written back into buf; 0 if none
 * or several. */
static int year_put_in(char *buf)
{
	char *open = buf + ((unsigned char)buf[0] < 0x80 ? 1 : 3);
	if (strspn(open, "0123456789") != 5)
		return 0;
	char year[5] = "";
	int at = -1;
	for (int k = 0; k < 5; k++) {
		char y[5];
		for (int i = 0, o = 0; i < 5; i++)
			if (i != k)
				y[o++] = open[i];
		y[4] = '\0';
		int v = atoi(y);
		if (v < 1990 || v > x_this_year())
			continue;        /* no 案号 of a year to come: （20227） is 2022, not 2027 */
		if (at >= 0 && strcmp(y, year))
			return 0;            /* two years: leave it */
		memcpy(year, y, sizeof year);
		at = k;
	}
	if (at < 0)
		return 0;
	memmove(open + at, open + at + 1, strlen(open + at + 1) + 1);
	return 1;
}

/* The province of the court a sentence names just before position a
 * (「湖北省高级人民法院（2017）…」, 「宜昌中院于…作出（2020）…」), or NULL. */
static const char *province_before(const struct xctx *c, size_t a)
{
	const struct xtext *t = &c->t;
	static const char *const words[] = { "法院", "中院", "高院", NULL };
	size_t sa, sb;
	x_sentence(t, a, 300, &sa, &sb);
	size_t word = x_rfind_any(t, sa, a, words);
	if (word == XNONE)
		return NULL;
	size_t from = word;
	for (int n = 0; n < 12 && from > sa; n++)
		from = x_prev(t, from);
	for (size_t p = from; p < word; p += x_clen(t, p)) {
		char name[64];
		x_copy(t, p, word + 6, name, sizeof name);
		const char *prov = ref_province_code(name);
		if (!prov && (word - p == 6 || word - p == 9)) {      /* 宜昌中院: the city's province */
			char city[16];
			snprintf(city, sizeof city, "%.*s市", (int)(word - p), t->s + p);
			prov = ref_city_province(city);
		}
		if (prov)
			return prov;
	}
	return NULL;
}

/* OCR's misreadings inside a 案号 that norm_case_no would refuse: 号 read
 * as 导 or 弓 after the number, and a letter for a digit inside the court's
 * code (新280j执 → 新2801执). 1 when something was mended. */
static int mend_case_marks(char *buf)
{
	int mended = 0;
	char *zi = strstr(buf, "宇第");
	if (zi && zi > buf && (unsigned char)zi[-1] >= 0x80) {
		memcpy(zi, "字", 3);          /* 「镇行非执宇第13号」: an old-style 字第, 字 misread */
		mended = 1;
	}
	static const char *const hao[] = { "导", "弓", NULL };
	for (int k = 0; hao[k]; k++) {
		char *h = strstr(buf, hao[k]);
		if (h && h > buf && h[-1] >= '0' && h[-1] <= '9') {
			memcpy(h, "号", 3);
			mended = 1;
		}
	}
	char *close = strstr(buf, "）");
	for (char *d = close ? close + 3 : buf; *d; d++) {     /* 「执1⏎. 457号」: a speck opening the */
		size_t n = strspn(d, ". '`\"");                  /* number's second line */
		if (n && d > buf && ascii_digit(d[-1]) && ascii_digit(d[n])) {
			memmove(d, d + n, strlen(d + n) + 1);
			mended = 1;
		}
	}
	static const char *const specks[] = { "】", "〕", "］", "]", ")", NULL };
	for (int k = 0; close && specks[k]; k++) {
		size_t n = strlen(specks[k]);
		if (!strncmp(close + 3, specks[k], n) && (unsigned char)close[3 + n] >= 0xE0) {
			memmove(close + 3, close + 3 + n, strlen(close + 3 + n) + 1);
			mended = 1;     /* （2022）】沪0115执28753号: a speck read as a second bracket */
			break;
		}
	}
	if (!close || (unsigned char)close[3] < 0xE0)
		return mended;
	for (char *d = close + 6; *d && (unsigned char)*d < 0x80 && d < close + 12; d++)
		if (strchr("jlIi|", *d) && d > close + 6 && d[-1] >= '0' && d[-1] <= '9') {
			*d = '1';
			mended = 1;
		} else if (strchr("Oo", *d)) {
			*d = '0';
			mended = 1;
		}
	return mended;
}

/* norm_case_no, and failing that the court letter replaced by the province
 * of the court named just before it (哪执复 after 湖北高院 → 鄂执复), else by
 * the document's court's (渐0683 → 浙0683). *repaired is set when the repair
 * was needed. */
static int case_norm_as_read(struct xctx *c, size_t a, size_t b, char *out, size_t outlen, struct case_no *cn,
			     int *repaired)
{
	char buf[160];
	x_copy(&c->t, a, b, buf, sizeof buf);
	*repaired = 0;
	size_t lead = strspn(buf, "0123456789");      /* the （ read as a digit (digit_for_opener), or lost */
	if (lead == 5 || (lead == 4 && (buf[4] == ')' || !strncmp(buf + 4, "）", 3)))) {   /* (案号为2022)鲁0211…) */
		char fixed[sizeof buf + 4];
		snprintf(fixed, sizeof fixed, "（%s", buf + lead - 4);
		x_set(buf, sizeof buf, fixed);
		*repaired = 1;
	}
	static const char *const zhi_like[] = { "扰", "抉", "热", NULL };   /* 执 as OCR misreads it */
	for (int k = 0; zhi_like[k]; k++) {
		char *z = strstr(buf, zhi_like[k]);
		if (z && z > buf && ((unsigned char)z[-1] >= '0' && (unsigned char)z[-1] <= '9')) {
			memcpy(z, "执", 3);          /* 云0102扰8120号: the type after the court's digits */
			*repaired = 1;
		}
	}
	if (year_put_in(buf))
		*repaired = 1;
	size_t len = strlen(buf);
	if (len > 0 && len + 3 < sizeof buf && ascii_digit(buf[len - 1])) {
		memcpy(buf + len, "号", 4);      /* the 号 lost (case_candidate) */
		*repaired = 1;
	}
	if (mend_case_marks(buf))
		*repaired = 1;
	if (norm_case_no(buf, out, outlen, cn) == NORM_OK)
		return 1;
	const char *prov = province_before(c, a);
	if (!prov)
		prov = c->court_prov[0] ? c->court_prov : NULL;
	if (!prov)
		return 0;
	char *close = NULL;
	static const char *const closers[] = { "）", ")", "〕", "]", "】", "﹞", "］" };
	for (size_t k = 0; k < sizeof closers / sizeof *closers && !close; k++)
		close = strstr(buf, closers[k]);
	if (!close)
		return 0;
	close += (unsigned char)*close < 0x80 ? 1 : 3;
	if ((unsigned char)*close < 0xE0 || (unsigned char)*close >= 0xF0)
		return 0;
	char fixed[192];
	snprintf(fixed, sizeof fixed, "%.*s%s%s", (int)(close - buf), buf, prov, close + 3);
	*repaired = norm_case_no(fixed, out, outlen, cn) == NORM_OK;
	const char *code = c->court_code;        /* 「（2021）和驳0303执4127号」 in a ruling of 豫0303: the */
	if (!*repaired && strlen(code) >= 5 && !strncmp(code, prov, 3) &&     /* letter read as two characters */
	    (unsigned char)close[3] >= 0xE0 && (unsigned char)close[3] < 0xF0 && !strncmp(close + 6, code + 3, 2)) {
		snprintf(fixed, sizeof fixed, "%.*s%s%s", (int)(close - buf), buf, prov, close + 6);
		*repaired = norm_case_no(fixed, out, outlen, cn) == NORM_OK;
	}
	if (!*repaired && x_line_of(&c->t, a) >= c->hdr_end && ref_is_province_code(close + 3)) {
		/* 「(2023)了豫o105民初…」 in the body: a speck before the letter (the header's own 案号 is
		 * read against the court above it) */
		snprintf(fixed, sizeof fixed, "%.*s%s", (int)(close - buf), buf, close + 3);
		*repaired = norm_case_no(fixed, out, outlen, cn) == NORM_OK;
	}
	return *repaired;
}

/* 案号 types of 《关于人民法院案件案号的若干规定》 a prosecutor meets in
 * enforcement files. */
static const char *const KNOWN_TYPES[] = {
	"执", "执恢", "执保", "执异", "执复", "执监", "执协", "执他", "执外", "执配", "民初", "民终", "民再",
	"民申", "民特", "民撤", "民辖", "民监", "财保", "行初", "行终", "行审", "行审复", "行再", "行申",
	"行非审", "刑初", "刑终", "破", "破申", "强清",
	"知民初", "知民终", "知民申", "知行初", "知行终",   /* 知识产权 cases (最高法知民终…) */
	"司惩", "司惩复", "司救", NULL,                 /* 罚款、拘留决定书 (司法制裁); 司法救助 */
};

static int known_type(const char *type)
{
	for (int i = 0; KNOWN_TYPES[i]; i++)
		if (!strcmp(type, KNOWN_TYPES[i]))
			return 1;
	return 0;
}

/* Whether some known type holds the character ch. */
static int in_known_type(const char *ch)
{
	for (int i = 0; KNOWN_TYPES[i]; i++)
		if (strstr(KNOWN_TYPES[i], ch))
			return 1;
	return 0;
}

/* 「冀0108执和异342号」: a type OCR put a character into — the one known type
 * left when one character goes (in out, normalised), else 0. */
static int type_with_one_less(const char *norm, const struct case_no *cn, char *out, size_t outlen,
			      struct case_no *fixed)
{
	const char *at = strstr(norm, cn->type);
	size_t tl = strlen(cn->type);
	if (!at || tl < 6 || tl > 12)
		return 0;
	int found = 0;
	for (size_t k = 0; k < tl; k += 3) {
		char type[16], buf[192], got[160];
		snprintf(type, sizeof type, "%.*s%s", (int)k, cn->type, cn->type + k + 3);
		if (!known_type(type))
			continue;
		snprintf(buf, sizeof buf, "%.*s%s%s", (int)(at - norm), norm, type, at + tl);
		struct case_no c2;
		if (norm_case_no(buf, got, sizeof got, &c2) != NORM_OK || (found && strcmp(got, out)))
			return 0;        /* two ways to read it: leave it */
		x_set(out, outlen, got);
		*fixed = c2;
		found = 1;
	}
	return found;
}

/* 「云0102殷8120号」: a type of one character that no known type has in it.
 * Of the one-character types only 执 is met outside bankruptcy files, so
 * it is 执 (in out, normalised), else 0. */
static int type_one_unknown(const char *norm, const struct case_no *cn, char *out, size_t outlen,
			    struct case_no *fixed)
{
	const char *at = strstr(norm, cn->type);
	if (!at || strlen(cn->type) != 3 || in_known_type(cn->type))
		return 0;
	char buf[192];
	snprintf(buf, sizeof buf, "%.*s执%s", (int)(at - norm), norm, at + 3);
	return norm_case_no(buf, out, outlen, fixed) == NORM_OK;
}

/* 「豫0105质异236号」「甘0981可惩3号」: a type of two or more characters one
 * of which OCR misread — the one known type of its length that differs from
 * it in one character (in out, normalised), else 0 (执忆 could be any 执…). */
static int type_one_misread(const char *norm, const struct case_no *cn, char *out, size_t outlen,
			    struct case_no *fixed)
{
	const char *at = strstr(norm, cn->type), *only = NULL;
	size_t tl = strlen(cn->type);
	if (!at || tl < 6)
		return 0;
	for (int i = 0; KNOWN_TYPES[i]; i++) {
		if (strlen(KNOWN_TYPES[i]) != tl || utf8_diff(KNOWN_TYPES[i], cn->type) != 1)
			continue;
		if (only)
			return 0;
		only = KNOWN_TYPES[i];
	}
	if (!only)
		return 0;
	char buf[192];
	snprintf(buf, sizeof buf, "%.*s%s%s", (int)(at - norm), norm, only, at + tl);
	return norm_case_no(buf, out, outlen, fixed) == NORM_OK;
}

/* 「皖0181执寞25号」 in the header: 执 and one character no known type has, in a document
 * whose parties say which kind of review it is (申诉人 执监, 复议申请人 执复,
 * 异议人 执异) — that type (in out, normalised), else 0; without them the
 * character is a speck (type_with_one_less: 执). */
static int type_review_misread(const struct xctx *c, const char *norm, const struct case_no *cn, char *out,
			       size_t outlen, struct case_no *fixed)
{
	static const char *const by[][2] = { { "申诉人", "执监" }, { "复议申请人", "执复" }, { "异议人", "执异" } };
	const char *at = strstr(norm, cn->type);
	if (!at || strlen(cn->type) != 6 || strncmp(cn->type, "执", 3) || in_known_type(cn->type + 3))
		return 0;
	for (size_t i = 0; i < sizeof by / sizeof *by; i++) {
		if (x_find(&c->t, 0, c->t.n, by[i][0]) == XNONE)
			continue;
		char buf[192];
		snprintf(buf, sizeof buf, "%.*s%s%s", (int)(at - norm), norm, by[i][1], at + 6);
		return norm_case_no(buf, out, outlen, fixed) == NORM_OK;
	}
	return 0;
}

/* The 案号 in [a, b) normalised (case_norm_as_read), and a type OCR put a
 * character into, misread in one character, or misread as one unknown
 * character mended. *repaired is set when a repair was needed. */
static int case_norm(struct xctx *c, size_t a, size_t b, char *out, size_t outlen, struct case_no *cn, int *repaired)
{
	if (!case_norm_as_read(c, a, b, out, outlen, cn, repaired))
		return 0;
	if (cn->legacy && (strstr(cn->type, "证") || strstr(cn->court, "证")))
		return 0;               /* （2020）陕西汉唐证执字第315号: a notary's 执行证书, no court's 案号 */
	char fixed[160];
	struct case_no c2;
	if (!cn->legacy && !known_type(cn->type) &&
	    ((x_line_of(&c->t, a) < c->hdr_end && type_review_misread(c, out, cn, fixed, sizeof fixed, &c2)) ||
	     type_with_one_less(out, cn, fixed, sizeof fixed, &c2) ||
	     type_one_misread(out, cn, fixed, sizeof fixed, &c2) ||
	     (!strstr(c->title, "破产") && type_one_unknown(out, cn, fixed, sizeof fixed, &c2)))) {
		x_set(out, outlen, fixed);
		*cn = c2;
		*repaired = 1;
	}
	return 1;
}

static int has_word(const struct xtext *t, size_t a, size_t b, const char *w)
{
	return x_find(t, a, b, w) != XNONE;
}

static int judgment_type(const char *type)
{
	static const char *const j[] = { "民初", "民终", "民再", "民特", "民申", "商初", "商终", "刑初", "刑终", "行初",
					 "行终", "民一初", "民二初", "民一终", "民二终", "劳仲", "仲", NULL };
	for (int i = 0; j[i]; i++)
		if (strcmp(type, j[i]) == 0)
			return 1;
	return strstr(type, "初") || strstr(type, "终");
}

/* 「（2013）东法民初字第2035号民事裁定，分别冻结被告…」: a ruling of the trial
 * that seized or froze — preservation, not the judgment enforced. From b
 * (after the number) to the sentence's end sb. */
static int trial_seizure(const struct xtext *t, size_t b, size_t sb)
{
	size_t r = x_find(t, b, b + 60 < sb ? b + 60 : sb, "民事裁定");
	if (r == XNONE)
		return 0;
	size_t e = r + 90 < sb ? r + 90 : sb;
	static const char *const acts[] = { "冻结", "查封", "扣押", NULL };
	return x_find_any(t, r, e, acts) && !has_word(t, b, r, "判决") && !has_word(t, b, r, "调解");
}

int x_review_ruling(const struct xctx *c)
{
	if (c->kind[0])
		return !strcmp(c->kind, "执行异议裁定书") || !strcmp(c->kind, "执行复议裁定书") ||
		       !strcmp(c->kind, "执行监督裁定书");
	return c->has_cn && (!strcmp(c->cn.type, "执异") || !strcmp(c->cn.type, "执复") || !strcmp(c->cn.type, "执监"));
}

/* The paragraph of a is a party's own account: 「异议人称，…」「宏邦公司异议称：…」
 * (「本院查明」 is the court's). */
static int told_by_party(const struct xtext *t, size_t a)
{
	int k = x_line_of(t, a);
	size_t s = x_ls(t, k), lim = s + 90 < a ? s + 90 : a;
	size_t said = x_find(t, s, lim, "称");
	return said != XNONE && x_find(t, s, said, "查明") == XNONE && x_find(t, s, said, "认为") == XNONE;
}

/* 「…民初9157号民事判决书，判决：驳回原告东方公司的诉讼请求」: a judgment that
 * dismissed the claim orders nothing to enforce (「驳回上诉，维持原判」 keeps
 * the one that did). */
static int dismissal(const struct xtext *t, size_t b, size_t sb)
{
	size_t lim = b + 60 < sb ? b + 60 : sb;
	size_t j = x_find(t, b, lim, "判决");
	size_t r = j != XNONE ? x_find(t, j, j + 30 < sb ? j + 30 : sb, "驳回") : XNONE;
	return r != XNONE && x_find(t, r, r + 60 < sb ? r + 60 : sb, "诉讼请求") != XNONE;
}

/* What follows the judgment at b in its paragraph orders a debt paid or
 * brings it to enforcement: 「…民初1188号民事判决判令聚丰源公司支付…」. */
static int orders_payment(const struct xtext *t, size_t b)
{
	static const char *const words[] = { "判令", "支付", "偿还", "给付", "返还", "申请执行", "强制执行", NULL };
	size_t e = x_le(t, x_line_of(t, b)), lim = b + 150 < e ? b + 150 : e;
	return x_find_any(t, b, lim, words);
}

static const char *prior_role(struct xctx *c, size_t a, size_t b, const struct case_no *cn, double *conf)
{
	const struct xtext *t = &c->t;
	size_t sa, sb;
	x_sentence(t, a, 600, &sa, &sb);
	size_t ba = a > sa + 60 ? a - 60 : sa, ae = b + 45 < sb ? b + 45 : sb;
	int exec = strncmp(cn->type, "执", 3) == 0;
	*conf = 0.88;
	if (c->has_cn && cn->year == c->cn.year && cn->seq == c->cn.seq && !strcmp(cn->court, c->cn.court) &&
	    !strcmp(cn->type, c->cn.type))   /* 执586号之一 in 执586号之二: an earlier ruling of this very case; */
		return cn->suffix[0] ? "其他" : "原执行案号";   /* 执4107号 in 执4107号之二: the case it is a ruling of */
	if (has_word(t, ba, a, "原执行案号") || has_word(t, ba, a, "原案号"))
		return "原执行案号";
	if (has_word(t, ba, a, "执行依据"))
		return "执行依据";
	if (!strcmp(cn->type, "司惩") || !strcmp(cn->type, "司救"))
		return "其他";          /* a 司法制裁 decision (罚款, 拘留) or a 司法救助 case: a sanction or aid, not the */
					/* judgment enforced */
	if (strstr(cn->type, "保") || (has_word(t, ba, a, "保全") && !judgment_type(cn->type)))
		return "保全案号";
	if (judgment_type(cn->type) && trial_seizure(t, b, sb))
		return "保全案号";
	/* 「…执8890号之一」 near 异议: the ruling on an objection; a plain 执
	 * number near it is the case objected in (「向异议人送达（2019）…执365号
	 * 协助执行通知书」, 「异议称…（2019）吉08执95号执行案件」). */
	if (!strcmp(cn->type, "执异") || (exec && cn->suffix[0] && has_word(t, ba, a, "异议")))
		return "异议案号";
	if (!strcmp(cn->type, "执复") || !strcmp(cn->type, "执监"))
		return "其他";          /* a review of the enforcement, not the enforcement */
	if (exec && (has_word(t, a >= sa + 9 ? a - 9 : sa, a, "另案") || x_lit(t, b, "等")))
		return "其他";          /* 「另案（2022）…执3911号」「…执5520号等三案」: other cases */
	if (exec)
		return "原执行案号";
	if (judgment_type(cn->type) && ((x_review_ruling(c) && told_by_party(t, a) && !orders_payment(t, b) &&
					 !has_word(t, ba, a, "执行")) || dismissal(t, b, sb)))
		return "其他";          /* a judgment told in an objector's story, or one that dismissed a claim */
	if (has_word(t, b, ae, "判决") || has_word(t, b, ae, "调解") || has_word(t, b, ae, "裁决") ||
	    has_word(t, b, ae, "支付令") || has_word(t, b, ae, "裁定书") || has_word(t, b, ae, "决定书") ||
	    has_word(t, ba, a, "依据") || has_word(t, ba, a, "作出"))
		return "执行依据";
	if (judgment_type(cn->type)) {
		*conf = 0.7;
		return "执行依据";
	}
	*conf = 0.6;
	return "其他";
}

/* 「42021)最高法执监462号」 opening a header line: OCR read the （ as a digit. */
static int digit_for_opener(const struct xctx *c, size_t i)
{
	const struct xtext *t = &c->t;
	int k = x_line_of(t, i);
	if (k >= c->hdr_end + 1 || i != x_ls(t, k) || !x_digit(t, i))
		return 0;
	for (int d = 1; d <= 4; d++)
		if (!x_digit(t, i + (size_t)d))
			return 0;
	return x_in(t, i + 5, "）)");
}

/* The document's own 案号: in the header, else alone on an early line,
 * else — a ruling printed without its header — the case its operative
 * clause ends (裁定如下：终结（2023）桂1031执386号的执行). */
static int is_main(struct xctx *c, size_t a, size_t b)
{
	const struct xtext *t = &c->t;
	if (c->has_cn)
		return 0;
	int k = x_line_of(t, a);
	if (k < c->hdr_end)
		return 1;
	if (a >= c->op_at && ((a >= 6 && x_lit(t, a - 6, "终结")) || (a >= 12 && x_lit(t, a - 12, "终结本院"))))
		return 1;
	size_t s = x_ls(t, k), e = x_le(t, k);
	return k <= c->par_end + 1 && a - s <= 6 && e - b <= 6;
}

static void one_case_no(struct xctx *c, size_t a, size_t b)
{
	char norm[160];
	struct case_no cn;
	int repaired;
	if (!case_norm(c, a, b, norm, sizeof norm, &cn, &repaired))
		return;
	if (x_have(c, "case_no", NULL, norm) || x_have(c, "prior_case_no", NULL, norm))
		return;
	double conf = repaired ? 0.6 : 0.92;
	if (is_main(c, a, b)) {
		c->has_cn = 1;
		c->cn = cn;
		x_set(c->case_no, sizeof c->case_no, norm);
		x_add(c, "case_no", "", norm, a, b, conf);
		return;
	}
	double rc;
	const char *role = prior_role(c, a, b, &cn, &rc);
	x_add(c, "prior_case_no", role, norm, a, b, repaired ? 0.55 : rc);
}

/* 「（2023）上皖0104执恢318号」「，（2023），浙0106执3517号4」「（2022/鲁02执1376号」:
 * a header 案号 OCR spoiled around the court's code. When the court is in
 * the table, its code's digits a few characters after a year, then a known
 * type, a number and 号 rebuild it — (year)code type number号, less sure. */
/* 之一 … 之九 at p, into out ("" when none). */
static void ordinal_suffix(const char *p, char *out, size_t outlen)
{
	static const char *const nums[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九", NULL };
	out[0] = '\0';
	if (strncmp(p, "之", 3))
		return;
	for (int k = 0; nums[k]; k++)
		if (!strncmp(p + 3, nums[k], 3))
			snprintf(out, outlen, "之%s", nums[k]);
}

static int rebuild_from_court(const char *code, const char *line, char *out, size_t outlen, struct case_no *cn)
{
	const char *digits = code + 3;      /* 皖0104 → 0104 */
	size_t dl = strlen(digits);
	if (dl != 2 && dl != 4)
		return 0;
	for (const char *y = line; *y; y++) {
		if (!(ascii_digit(y[0]) && ascii_digit(y[1]) && ascii_digit(y[2]) && ascii_digit(y[3])) ||
		    !(strncmp(y, "19", 2) == 0 || strncmp(y, "20", 2) == 0) || (y > line && ascii_digit(y[-1])))
			continue;
		const char *p = y + 4;
		int chars = 0, len;
		while (*p && chars < 4 && strncmp(p, digits, dl) != 0) {   /* ）上皖 / ），浙 / /鲁 */
			utf8_decode(p, strlen(p), &len);
			p += len, chars++;
		}
		if (strncmp(p, digits, dl) != 0 || ascii_digit(p[dl]))
			continue;
		const char *t = p + dl, *n = t;
		while (*n && !ascii_digit(*n) && n - t < 12)
			n++;
		const char *e = n;
		while (ascii_digit(*e))
			e++;
		if (n == t || e == n || e - n > 7)
			continue;
		char type[16], buf[160], suffix[8] = "";
		snprintf(type, sizeof type, "%.*s", (int)(n - t), t);
		if (*e) {                  /* …6828旬之一: the 号 misread, its 之一 kept */
			utf8_decode(e, strlen(e), &len);
			ordinal_suffix(e + len, suffix, sizeof suffix);
		}
		snprintf(buf, sizeof buf, "（%.4s）%s%s%.*s号%s", y, code, type, (int)(e - n), n, suffix);
		if (norm_case_no(buf, out, outlen, cn) != NORM_OK)
			continue;
		char fixed[160];
		struct case_no c2;
		if (known_type(cn->type))
			return 1;
		if (type_with_one_less(out, cn, fixed, sizeof fixed, &c2)) {
			x_set(out, outlen, fixed);
			*cn = c2;
			return 1;
		}
	}
	return 0;
}

/* The court's own code when its name was read past knowing: a 案号 the body
 * calls 本院's (「本院（2024）宁0302民初5581号民事判决」) names it — a basic
 * court's, a province letter and four digits. */
static int own_code_in_body(struct xctx *c, char *code, size_t len)
{
	const struct xtext *t = &c->t;
	for (size_t i = x_find(t, c->body_at, t->n, "本院"); i != XNONE; i = x_find(t, i + 6, t->n, "本院")) {
		size_t a = i + 6, e;
		if (!x_in(t, a, "（(") || (e = case_candidate(t, a)) == XNONE)
			continue;
		char norm[160];
		struct case_no cn;
		int repaired;
		if (case_norm(c, a, e, norm, sizeof norm, &cn, &repaired) && !repaired && !cn.legacy &&
		    strlen(cn.court) == 7 && strspn(cn.court + 3, "0123456789") == 4) {
			x_set(code, len, cn.court);
			return 1;
		}
	}
	return 0;
}

/* 「山东省烟台市之不区人民法院 … （2024）和鲁0602执异188号」: court and 案号 both
 * spoiled, neither known — a basic court's code (a province letter, four
 * digits) in the header whose table court is one or two characters from
 * the court read names it. */
static int own_code_in_header(struct xctx *c, char *code, size_t len)
{
	const struct xtext *t = &c->t;
	if (!c->court[0] || t->nl == 0)
		return 0;
	for (size_t i = 0; i < x_le(t, c->hdr_end < t->nl ? c->hdr_end : t->nl - 1); i += x_clen(t, i)) {
		if (!ref_is_province_code(t->s + i) || i + 7 > t->n || strspn(t->s + i + 3, "0123456789") != 4)
			continue;
		char cand[8];
		snprintf(cand, sizeof cand, "%.7s", t->s + i);
		const char *named = ref_court_name(cand);
		int d = named ? utf8_diff(named, c->court) : -1;
		if (d >= 1 && d <= 2 && utf8_chars(named) >= 8) {
			x_set(code, len, cand);
			return 1;
		}
	}
	return 0;
}

static void header_case_no(struct xctx *c)
{
	const struct xtext *t = &c->t;
	char body_code[32];
	const char *code = c->court_code;
	if (!c->has_cn && !code[0] && (own_code_in_body(c, body_code, sizeof body_code) ||
				       own_code_in_header(c, body_code, sizeof body_code)))
		code = body_code;
	if (c->has_cn || !code[0])
		return;
	for (int k = 0; k <= c->hdr_end && k < t->nl; k++) {   /* the header, and a short line after it */
		char line[256], norm[160];
		struct case_no cn;
		size_t a = x_ls(t, k), b = x_le(t, k);
		if (b - a >= (k < c->hdr_end ? sizeof line : 120))
			continue;
		x_copy(t, a, b, line, sizeof line);
		if (!rebuild_from_court(code, line, norm, sizeof norm, &cn))
			continue;
		c->has_cn = 1;
		c->cn = cn;
		x_set(c->case_no, sizeof c->case_no, norm);
		struct fact *body = x_have(c, "prior_case_no", NULL, norm);
		if (body) {                  /* the body cites it as read: the document's own, read there */
			x_set(body->field, sizeof body->field, "case_no");
			x_set(body->role, sizeof body->role, "");
			body->confidence = 0.85;
		} else {
			x_add(c, "case_no", "", norm, a, b, 0.6);
		}
		return;
	}
}

/* 「案号为2022)鲁0211执2417号」: a year after a character, its closing
 * bracket and a province's letter — a 案号 whose opener OCR lost. */
static int no_opener(const struct xtext *t, size_t i)
{
	size_t b = x_prev(t, i);
	if (!x_cjk(t, b) || i + 5 > t->n)
		return 0;
	for (int d = 0; d < 4; d++)
		if (!ascii_digit(t->s[i + (size_t)d]))
			return 0;
	size_t q = i + 4;
	if (!x_in(t, q, "）)"))
		return 0;
	q += x_clen(t, q);
	return q + 3 <= t->n && ref_is_province_code(t->s + q);
}

void x_case_numbers(struct xctx *c)
{
	const struct xtext *t = &c->t;
	for (size_t i = 0; i < t->n && i < c->app_at; i += x_clen(t, i)) {
		int opener = x_in(t, i, "（(〔[【﹝［"), lost = !opener && digit_for_opener(c, i);
		int none = !opener && !lost && i > 0 && no_opener(t, i);
		if ((!opener && !lost && !none) || (t->fl[i] & XF_BOOK))
			continue;
		size_t e = case_candidate(t, none ? x_prev(t, i) : i);
		if (e == XNONE)
			continue;
		one_case_no(c, i, e);
		i = e - 1;
		while (i > 0 && ((unsigned char)t->s[i] & 0xC0) == 0x80)
			i--;
	}
	header_case_no(c);
}

static void scale(struct xctx *c, const char *field, double k)
{
	for (int i = c->first; i < c->out->n; i++)
		if (!strcmp(c->out->v[i].field, field))
			c->out->v[i].confidence *= k;
}

/* The document's own 案号 with its court's code read as code (as long as
 * the one read): in its facts (confidence times k) and in c. */
static void retell_own_code(struct xctx *c, const char *code, double k)
{
	size_t n = strlen(code);
	if (n != strlen(c->cn.court))
		return;
	for (int i = c->first; i < c->out->n; i++) {
		struct fact *x = &c->out->v[i];
		char *at = strcmp(x->field, "case_no") ? NULL : strstr(x->value, c->cn.court);
		if (!at)
			continue;
		memcpy(at, code, n);
		x_set(c->case_no, sizeof c->case_no, x->value);
		x->confidence *= k;
		memcpy(c->cn.court, code, n);
	}
}

/* A court numbers its own cases with its own 代字: when the header's 案号
 * names another province than the court above it (闽0102 under 江西省…法院),
 * one character was misread, and the court's name is the longer witness —
 * the 案号 takes the court's province letter (its raw text stays as read). */
static void own_province(struct xctx *c)
{
	int len;
	utf8_decode(c->cn.court, strlen(c->cn.court), &len);
	if (!c->court_in_header || strlen(c->court_prov) != 3 || len != 3 ||
	    !((unsigned char)c->cn.court[3] >= '0' && (unsigned char)c->cn.court[3] <= '9'))
		return;                   /* only a court read above it, and 「X0102」-shaped codes */
	char code[sizeof c->cn.court];
	snprintf(code, sizeof code, "%s%s", c->court_prov, c->cn.court + 3);
	retell_own_code(c, code, 1.0);
}

/* Whether two courts' codes (the digits after the province) are the same
 * court, or a 中院 and a court of its city. */
static int same_court_family(const char *a, const char *b)
{
	size_t la = strspn(a, "0123456789"), lb = strspn(b, "0123456789");
	if (la < 2 || lb < 2 || a[la] || b[lb])
		return 0;
	return (la == lb && !strcmp(a, b)) || ((la == 2 || lb == 2) && !strncmp(a, b, 2));
}

/* 「（2023）赣0602民初9127号」 in a ruling of 闽0602: a 案号 of the court itself,
 * of its 中院 or of a court under it (the same code, or the same city's two
 * digits where one is a 中院's) under another province's letter had that
 * letter misread — the document's province, agreed by its court and its
 * 案号, is taken. A neighbour's court (闽0604) keeps its letter: a judgment
 * of another province's court of the same numbers is too likely. */
static void prior_province(struct xctx *c)
{
	const char *prov = c->court_prov;
	size_t pl = strlen(prov);
	if (pl != 3 || strncmp(c->cn.court, prov, pl) != 0 || strlen(c->cn.court) < pl + 2)
		return;
	const char *digits = c->cn.court + pl;
	for (int i = c->first; i < c->out->n; i++) {
		struct fact *x = &c->out->v[i];
		struct case_no cn;
		char norm[sizeof x->value];
		if (strcmp(x->field, "prior_case_no") || norm_case_no(x->value, norm, sizeof norm, &cn) != NORM_OK ||
		    cn.legacy || strlen(cn.court) < pl + 2 || !strncmp(cn.court, prov, pl) ||
		    !same_court_family(cn.court + pl, digits))
			continue;
		char *at = strstr(x->value, cn.court);
		if (!at)
			continue;
		char fixed[sizeof x->value];
		snprintf(fixed, sizeof fixed, "%.*s%s%s", (int)(at - x->value), x->value, prov, at + pl);
		if (x_have(c, "prior_case_no", NULL, fixed))
			continue;
		x_set(x->value, sizeof x->value, fixed);
		x->confidence *= 0.8;
	}
}

/* The court read is the table's name (OCR misread a character or two of it). */
static void set_court(struct xctx *c, const char *name)
{
	for (int i = c->first; i < c->out->n; i++) {
		struct fact *x = &c->out->v[i];
		if (!strcmp(x->field, "court")) {
			x_set(x->value, sizeof x->value, name);
			x->confidence = 0.8;
		}
	}
	x_set(c->court, sizeof c->court, name);
	const char *code = ref_court_code(name), *prov = ref_province_code(name);
	if (code)
		x_set(c->court_code, sizeof c->court_code, code);
	if (prov)
		x_set(c->court_prov, sizeof c->court_prov, prov);
}

int x_place_end(const char *s, const char *p)
{
	static const char *const ends[] = { "省", "市", "盟", "县", "区", "旗", NULL };
	for (int k = 0; ends[k]; k++)
		if (!strncmp(p, ends[k], 3))
			return 1;
	return !strncmp(p, "州", 3) && p - s >= 6 && !strncmp(p - 6, "自治", 6);
}

int x_court_seat(const char *court, char *out, size_t outlen)
{
	const char *end = strstr(court, "人民法院");
	if (!end)
		return 0;
	const char *from = court;
	int len;
	for (const char *p = court; p + 3 < end; p += len) {
		utf8_decode(p, (size_t)(end - p), &len);
		if (len <= 0)
			return 0;
		if (x_place_end(court, p))
			from = p + len;
	}
	if (end - from < 6 || end - from >= (long)outlen)
		return 0;
	memcpy(out, from, (size_t)(end - from));
	out[end - from] = '\0';
	return 1;
}

/* How often the text names the seat of a court (莘县 of 山东省莘县人民法院). */
static int place_mentions(const struct xctx *c, const char *court)
{
	char place[48];
	if (!x_court_seat(court, place, sizeof place))
		return 0;
	int n = 0;
	for (size_t q = x_find(&c->t, 0, c->t.n, place); q != XNONE; q = x_find(&c->t, q + 1, c->t.n, place))
		n++;
	return n;
}

/* 「广东省东莞市第一人民法院 … （2025）粤1971执异1288号」: the header's court
 * one character from a court of the table (东莞市第三人民法院, 粤1973), its 案号
 * one digit from that court's code — two readings that agree with each other
 * and not with the table, which does not hold every court: both as read. */
static void unmend_court(struct xctx *c)
{
	for (int i = c->first; i < c->out->n; i++)
		if (!strcmp(c->out->v[i].field, "court") && !strcmp(c->out->v[i].value, c->court)) {
			x_set(c->out->v[i].value, sizeof c->out->v[i].value, c->court_read);
			c->out->v[i].confidence = 0.7;
		}
	x_set(c->court, sizeof c->court, c->court_read);
	c->court_code[0] = '\0';
	c->court_read[0] = '\0';
}

/* The court against the 案号's 法院代字: the reference table's name for the
 * code, and the province letter against the court's province. */
/* 「陕西省合阳县人民法院 … （2020）陕6524执63号之一」: the header's 案号 names no
 * court of the table, one digit off the code of the court read above it —
 * OCR misread the digit; the 案号 takes the court's code. */
static void own_code(struct xctx *c)
{
	const char *code = c->court_code, *cn = c->cn.court;
	size_t n = strlen(code);
	if (!c->court_in_header || n != strlen(cn) || n < 5 || strncmp(code, cn, 3) != 0 || ref_court_name(cn))
		return;
	int diff = 0;
	for (size_t k = 3; k < n; k++)
		diff += !(cn[k] >= '0' && cn[k] <= '9') || code[k] != cn[k];
	if (diff == 1 && c->court_read[0])
		unmend_court(c);       /* the court only one character from the table's, the 案号 one digit */
	else if (diff == 1)        /* from its code: a court the table lacks, read right twice */
		retell_own_code(c, code, 0.8);
}

/* Both names end alike: 区/县/市/中级/高级 人民法院. */
static int same_level(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	return la >= 15 && lb >= 15 && !strcmp(a + la - 15, b + lb - 15) && !strcmp(a + la - 12, "人民法院");
}

void x_check_court_case(struct xctx *c)
{
	if (!c->has_cn || !c->court[0] || c->cn.legacy)
		return;
	own_code(c);
	const char *named = ref_court_name(c->cn.court);
	int d = named ? utf8_diff(named, c->court) : -1, edits;
	if (named && !c->court_code[0] && d >= 1 && d <= 2 && utf8_chars(named) >= 8) {
		set_court(c, named);           /* 长沙市岳蔓区 under 湘0104: the 案号's court, misread */
	} else if (named && !c->court_code[0] && d != 1 && d != 2 && same_level(named, c->court) &&
		   (edits = utf8_edits(named, c->court)) >= 0 && 2 * edits <= (int)utf8_chars(named)) {
		set_court(c, named);           /* 「到二省有市守计区人民法院」 under 云0111: no court at all, */
		scale(c, "court", 0.7);        /* the 案号's own the one it can be */
	} else if (named && d == 1 && place_mentions(c, named) > place_mentions(c, c->court)) {
		set_court(c, named);           /* 曹县 read for 莘县 under 鲁1522, the ruling naming 莘县国土资源局 */
	} else if (named && strcmp(named, c->court) != 0) {
		scale(c, "court", 0.75);
		scale(c, "case_no", 0.8);
	} else if (named) {                 /* the table agrees: a little more certain */
		for (int i = c->first; i < c->out->n; i++) {
			struct fact *x = &c->out->v[i];
			if (!strcmp(x->field, "case_no") || !strcmp(x->field, "court"))
				x->confidence = x->confidence + 0.06 < 0.98 ? x->confidence + 0.06 : 0.98;
		}
	}
	if (c->court_prov[0] && strncmp(c->cn.court, c->court_prov, strlen(c->court_prov)) != 0 &&
	    strcmp(c->cn.court, "最高法") != 0) {
		scale(c, "court", 0.7);
		scale(c, "case_no", 0.7);
		own_province(c);
	}
	prior_province(c);
}

/* ---- 案由 ---- */

/* The longest official cause ending at end (within 25 characters), or XNONE. */
static size_t cause_start(const struct xtext *t, size_t lo, size_t end)
{
	size_t s = end;
	int chars = 0;
	while (s > lo && chars < 25) {
		s = x_prev(t, s);
		chars++;
		if (!x_cjk(t, s) && !x_in(t, s, "、"))
			break;
	}
	for (size_t p = s; p + 6 <= end; p += x_clen(t, p))
		if (x_cjk(t, p) && ref_is_cause(t->s + p, end - p))
			return p;
	return XNONE;
}

/* 「工程监理合同纠纷」: a cause the court wrote shorter than its official
 * name (建设工程监理合同纠纷) — the longest run of at least two characters
 * before the 大类 at s that ends an official cause, as written; s when none. */
static size_t tail_of_cause(const struct xtext *t, size_t lo, size_t s, size_t end, char *name, size_t size,
			    double *conf)
{
	size_t best = s, p = s;
	for (int k = 0; k < 8 && p > lo && x_cjk(t, x_prev(t, p)); k++) {
		p = x_prev(t, p);
		if (x_in(t, p, "之的与和及等为是系因在对向了其"))
			break;
		char longer[128];
		x_copy(t, p, end, longer, sizeof longer);
		if (!ref_cause_tail(longer))
			break;
		if (k >= 1)
			best = p;
	}
	if (best != s) {
		x_copy(t, best, end, name, size);
		*conf = 0.8;
		char longer[128];
		const char *near;
		if (best > lo && x_cjk(t, x_prev(t, best)) && !x_in(t, x_prev(t, best), "之的与和及等为是系因在对向了其")) {
			x_copy(t, x_prev(t, best), end, longer, sizeof longer);
			if ((near = ref_cause_near(longer)) != NULL && utf8_chars(near) == utf8_chars(longer)) {
				x_set(name, size, near);   /* 「竣饰装修合同纠纷」: the whole cause, its first character misread */
				*conf = 0.7;
				return x_prev(t, best);
			}
		}
	}
	return best;
}

/* A speck OCR read inside a cause, at speck (「金融和借款…」, 「股权元⏎转让…」):
 * the longest official cause, no 大类, of two to max characters before the
 * speck and the text [from, end) after it — into name, its start returned;
 * XNONE when none. */
static size_t cause_past_speck(const struct xtext *t, size_t lo, size_t speck, size_t from, size_t end, int max,
			       char *name, size_t size)
{
	size_t a = speck, at = XNONE;
	char tail[128];
	x_copy(t, from, end, tail, sizeof tail);
	for (int k = 0; k < max && a > lo && x_cjk(t, x_prev(t, a)); k++) {
		a = x_prev(t, a);
		char head[64], whole[192];
		x_copy(t, a, speck, head, sizeof head);
		snprintf(whole, sizeof whole, "%s%s", head, tail);
		if (k >= 1 && ref_is_cause(whole, strlen(whole)) && ref_cause_level(whole) != 2) {
			x_set(name, size, whole);     /* the longest: 房屋买卖合同纠纷, not 买卖合同纠纷 */
			at = a;
		}
	}
	return at;
}

/* 「股权转让合同纠纷」: an official cause (股权转让纠纷) the court wrote with 合同
 * before its 纠纷 — as written, not mended into the contract cause one
 * character off (债权转让合同纠纷). 1 when added. */
static int contract_of_cause(struct xctx *c, size_t lo, size_t s, size_t end, const char *name)
{
	const struct xtext *t = &c->t;
	if (strcmp(name, "合同纠纷"))
		return 0;
	size_t a = s, at = XNONE;
	for (int k = 0; k < 6 && a > lo && x_cjk(t, x_prev(t, a)); k++) {
		a = x_prev(t, a);
		if (x_in(t, a, "之的与和及等为是系因在对向了其"))
			break;
		char own[64], cause[80];
		x_copy(t, a, s, own, sizeof own);
		snprintf(cause, sizeof cause, "%s纠纷", own);
		if (k >= 1 && ref_is_cause(cause, strlen(cause)))
			at = a;
	}
	if (at == XNONE)
		return 0;
	char written[128];
	x_copy(t, at, end, written, sizeof written);
	x_add(c, "cause", "", written, at, end, 0.8);
	return 1;
}

static int cause_at(struct xctx *c, size_t p, size_t wlen)
{
	const struct xtext *t = &c->t;
	size_t end = p + wlen, lo = end > 90 ? end - 90 : 0;
	size_t s = cause_start(t, lo, end);
	if (s == XNONE && x_lit(t, p, "纠纷") && p >= 6 && x_lit(t, p - 6, "争议")) {
		end = p;                  /* 劳动争议纠纷 → 劳动争议 */
		s = cause_start(t, lo, end);
	}
	if (s == XNONE)
		return 0;
	char name[128];
	x_copy(t, s, end, name, sizeof name);
	double conf = 0.9;
	char whole[192];
	size_t from;
	if (s > lo && x_in(t, x_prev(t, s), "和一人") &&   /* 「金融和借款合同纠纷」: a speck read inside the cause */
	    (from = cause_past_speck(t, lo, x_prev(t, s), s, end, 4, whole, sizeof whole)) != XNONE) {
		x_add(c, "cause", "", whole, from, p + wlen, 0.7);
		return 1;
	}
	if (ref_cause_level(name) == 2 && contract_of_cause(c, lo, s, p + wlen, name))
		return 1;
	if (ref_cause_level(name) == 2) {        /* a 大类 (合同纠纷): courts write the cause below it */
		size_t s2 = s;
		char mended[128] = "";
		for (int k = 0; k < 4 && s2 > lo && x_cjk(t, x_prev(t, s2)); k++) {
			char longer[128];
			s2 = x_prev(t, s2);
			if (x_in(t, s2, "之的与和及等为是系因在对向了其"))
				break;               /* 之间合同纠纷: a word, not a misread cause */
			x_copy(t, s2, end, longer, sizeof longer);
			const char *near = ref_cause_near(longer);
			size_t nl = near ? strlen(near) : 0, ml = strlen(name);
			if (near && nl > ml && !strcmp(near + nl - ml, name)) {
				/* 异款合同纠纷: 借款合同纠纷, a character before the 大类 misread
				 * (公司合同纠纷 is not 公司合并纠纷: the 大类 was read right);
				 * the longest so (小额借坎合同纠纷: 小额借款合同纠纷, not 借款…) */
				x_set(mended, sizeof mended, near);
				s = s2, conf = 0.7;
			}
		}
		if (mended[0])
			x_set(name, sizeof name, mended);
		if (conf > 0.7)                  /* no character mended: perhaps a shorter way to write one */
			s = tail_of_cause(t, lo, s, end, name, sizeof name, &conf);
	}
	x_add(c, "cause", "", name, s, p + wlen, conf);
	return 1;
}

/* 「案由：借贷纠纷」 written out though not in the official list. */
static void labelled_cause(struct xctx *c)
{
	const struct xtext *t = &c->t;
	size_t p = x_find(t, 0, c->app_at, "案由");
	while (p != XNONE && ((p >= 3 && x_lit(t, x_prev(t, p), "本")) || !x_in(t, p + 6, "：:为是")))
		p = x_find(t, p + 6, c->app_at, "案由");   /* 本案由杨某任审判员: no label */
	if (p == XNONE)
		return;
	size_t s = p + 6;
	while (x_in(t, s, "：:为是"))
		s += x_clen(t, s);
	size_t e = s;
	while (e < t->n && x_cjk(t, e) && e - s < 60)
		e += x_clen(t, e);
	if (e - s < 6 || e - s >= 60)
		return;
	char name[64];
	x_copy(t, s, e, name, sizeof name);
	x_add(c, "cause", "", name, s, e, ref_is_cause(name, strlen(name)) ? 0.9 : 0.55);
}

/* Where 「纠纷一案」 stands at p — the cause's 纠 before it perhaps misread
 * (纪纷一案), its 一 a speck (纪纷_案) —: the end of 纠纷, else XNONE. */
static size_t dispute_end(const struct xtext *t, size_t p)
{
	if (p < 3 || !x_cjk(t, p - 3))
		return XNONE;
	size_t a = p + 3;
	if (x_lit(t, a, "一") || (!x_cjk(t, a) && x_lit(t, a + x_clen(t, a), "案")))
		return p + 3;
	return XNONE;
}

/* 「追索荔动报酬纠纷一案」「保理合间纠纷一案」: no official cause read, one
 * of the characters before 纠纷一案 (its 纠 or 案 perhaps misread too) misread —
 * the longest run before it that is one character from exactly one
 * official cause. 1 when one was taken. */
static int misread_cause(struct xctx *c)
{
	const struct xtext *t = &c->t;
	for (size_t f = x_find(t, 0, c->app_at, "纷"); f != XNONE; f = x_find(t, f + 3, c->app_at, "纷")) {
		size_t end = dispute_end(t, f);      /* 纠纷一案, 纠纷一寄, 纪纷一案, 纪纷_案 */
		if (end == XNONE)
			continue;
		size_t p = f - 3, s = p;
		for (int k = 0; k < 10 && s > 0 && x_cjk(t, x_prev(t, s)); k++)
			s = x_prev(t, s);
		for (; s + 12 <= end; s += x_clen(t, s)) {     /* the longest first, 4 characters at least */
			char run[64];
			x_copy(t, s, end, run, sizeof run);
			const char *near = ref_cause_near(run);
			if (near) {
				x_add(c, "cause", "", near, s, end, 0.6);
				return 1;
			}
		}
	}
	return 0;
}

/* 「…被执行人郑某某股权元⏎转让纠纷一案」: a speck read at the end of the line
 * a cause wrapped over — the official cause its removal leaves (less sure). */
static int cause_over_wrap(struct xctx *c)
{
	const struct xtext *t = &c->t;
	for (size_t p = x_find(t, 0, c->app_at, "纠纷"); p != XNONE; p = x_find(t, p + 3, c->app_at, "纠纷")) {
		size_t q = p, end = p + 6;
		for (int k = 0; k < 12 && q > 0 && !(t->fl[q] & XF_BRK); k++)
			q = x_prev(t, q);
		size_t speck = q > 0 ? x_prev(t, q) : q;
		if (!(t->fl[q] & XF_BRK) || !x_cjk(t, speck) || (t->fl[p] & XF_BOOK))
			continue;
		char whole[192];
		size_t from = cause_past_speck(t, 0, speck, q, end, 10, whole, sizeof whole);
		if (from != XNONE) {
			x_add(c, "cause", "", whole, from, end, 0.7);
			return 1;
		}
	}
	return 0;
}

void x_cause(struct xctx *c)
{
	const struct xtext *t = &c->t;
	static const char *const ends[] = { "纠纷", "争议", "之诉", NULL };
	size_t best = XNONE, blen = 0;
	for (int k = 0; ends[k]; k++) {
		const char *w = ends[k];
		for (size_t p = x_find(t, 0, c->app_at, w); p != XNONE; p = x_find(t, p + 3, c->app_at, w)) {
			size_t after = p + strlen(w);
			if ((t->fl[p] & XF_BOOK) || x_lit(t, after, "仲裁委") || x_lit(t, after, "仲裁院"))
				continue;     /* 劳动人事争议仲裁委员会: a body (劳动争议仲裁一案 is the cause) */
			size_t lo = p > 90 ? p - 90 : 0;
			size_t end = p + strlen(ends[k]);
			if (cause_start(t, lo, end) != XNONE ||
			    (k == 0 && p >= 6 && x_lit(t, p - 6, "争议") && cause_start(t, lo, p) != XNONE)) {
				if (best == XNONE || p < best)
					best = p, blen = strlen(ends[k]);
				break;
			}
		}
	}
	if (best != XNONE)
		cause_at(c, best, blen);
	else if (!misread_cause(c) && !cause_over_wrap(c))
		labelled_cause(c);
}

/* The last 号 in s, or NULL. */
static char *last_hao(const char *s)
{
	char *at = NULL;
	for (const char *p = strstr(s, "号"); p; p = strstr(p + 3, "号"))
		at = (char *)p;
	return at;
}

void x_case_zeros(struct xctx *c)
{
	for (int i = c->first; i < c->out->n; i++) {
		struct fact *x = &c->out->v[i];
		if (strcmp(x->field, "case_no") && strcmp(x->field, "prior_case_no"))
			continue;
		const char *rh = last_hao(x->raw), *rd = rh;
		char *vh = last_hao(x->value), *vd = vh;
		if (!rh || !vh)
			continue;
		while (rd > x->raw && rd[-1] >= '0' && rd[-1] <= '9')
			rd--;
		while (vd > x->value && vd[-1] >= '0' && vd[-1] <= '9')
			vd--;
		size_t nr = (size_t)(rh - rd), nv = (size_t)(vh - vd);
		if (nr <= nv || *rd != '0' || nv == 0 || strlen(x->value) + nr - nv >= sizeof x->value ||
		    strtol(rd, NULL, 10) != strtol(vd, NULL, 10))
			continue;
		memmove(vd + nr, vh, strlen(vh) + 1);
		memcpy(vd, rd, nr);
	}
}
