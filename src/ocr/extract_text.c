/* extract_text.c — the extractor's text model: pages → one sanitised,
 * squeezed, repaired stream that maps back to lines (see extract_int.h),
 * scanning helpers over it, and adding facts with their provenance. */
#include "ocr/extract_int.h"
#include "util/strbuf.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- building ---- */

/* Invalid bytes → U+FFFD; NUL cannot occur (C strings). */
static char *sanitise(const char *in)
{
	struct strbuf sb = STRBUF_INIT;
	size_t n = strlen(in);
	int len;
	for (size_t i = 0; i < n; i += (size_t)len) {
		if (utf8_decode(in + i, n - i, &len) == 0xFFFD && len == 1)
			sb_adds(&sb, "\xEF\xBF\xBD");
		else
			sb_add(&sb, in + i, (size_t)len);
	}
	if (!sb.buf)
		sb_adds(&sb, "");
	return sb_detach(&sb);
}

static int is_space(const char *p, int *len)
{
	*len = 1;
	if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\f' || *p == '\v')
		return 1;
	unsigned char c = (unsigned char)*p;
	if (c != 0xE3 && c != 0xEF && c != 0xE2 && c != 0xC2)
		return 0;      /* called for every byte of the text: most leave here */
	if (strncmp(p, "\xE3\x80\x80", 3) == 0 || strncmp(p, "\xEF\xBB\xBF", 3) == 0 ||
	    strncmp(p, "\xE2\x80\x8B", 3) == 0) {      /* U+3000, BOM, zero-width space */
		*len = 3;
		return 1;
	}
	if (strncmp(p, "\xC2\xA0", 2) == 0) {
		*len = 2;
		return 1;
	}
	return 0;
}

static void put(struct xtext *t, const char *bytes, size_t n, int line, int off, unsigned char flags)
{
	if (t->n + n + 1 > t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 4096;
		while (cap < t->n + n + 1)
			cap *= 2;
		t->s = xrealloc(t->s, cap);
		t->li = xrealloc(t->li, cap * sizeof *t->li);
		t->off = xrealloc(t->off, cap * sizeof *t->off);
		t->fl = xrealloc(t->fl, cap);
		t->cap = cap;
	}
	for (size_t k = 0; k < n; k++) {
		t->s[t->n] = bytes[k];
		t->li[t->n] = line;
		t->off[t->n] = off + (int)k;
		t->fl[t->n] = k == 0 ? flags : 0;
		t->n++;
	}
	t->s[t->n] = '\0';
}

static int ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static int isdigit_ascii(char c)
{
	return c >= '0' && c <= '9';
}

int x_chars_off_max(const struct xtext *t, size_t i, const char *word, int max)
{
	size_t n = strlen(word);
	if (i + n > t->n)
		return max;
	int diff = 0;
	for (size_t q = 0; q < n && diff < max; q += 3) {
		if (x_clen(t, i + q) != 3)
			return max;   /* a character of another width: the word's bytes no longer line up */
		diff += !x_cjk(t, i + q) || memcmp(t->s + i + q, word + q, 3) != 0;
	}
	return diff;
}

int x_chars_off(const struct xtext *t, size_t i, const char *word)
{
	return x_chars_off_max(t, i, word, 2);
}

/* Whether the text from p on describes a party: its seat or its sex soon after. */
static int described_after(const struct xtext *t, size_t p)
{
	static const char *const marks[] = { "住所", "，男", ",男", "，女", ",女", NULL };
	return x_find_any(t, p, p + 150 < t->n ? p + 150 : t->n, marks);
}

/* Whether p opens a bracket holding one of the labels (（利害关系人）). */
static int opens_role(const struct xtext *t, size_t p, const char *const *labels)
{
	return x_in(t, p, "（(") && x_lit_any(t, p + x_clen(t, p), labels);
}

static int listed_word(const char *const *words, const char *w)
{
	for (int k = 0; words[k]; k++)
		if (!strcmp(words[k], w))
			return 1;
	return 0;
}

int x_label_misread(const struct xtext *t, size_t i, const char *const *labels, size_t *len)
{
	size_t a, b;
	int found = -1;
	/* words one character from a label that are words of their own */
	static const char *const WORDS[] = { "申请执行书", "执行申请书", "复议申请书", "申请复议书", "法定代理人",
					     "异议申请书", "申请执行费", "申请执行期", "申请执行权", "申请执行的", "申请执行时",
					     "申请执行后", "申请执行中", "申请执行前", NULL };
	if (i >= t->n)
		return -1;
	x_trimmed(t, t->li[i], &a, &b);
	if (i != a || x_lit_any(t, i, WORDS))
		return -1;
	for (int k = 0; labels[k]; k++) {
		size_t n = strlen(labels[k]);
		if (n < 9 || i + n >= b || x_chars_off(t, i, labels[k]) != 1 || x_digit(t, i + n) ||
		    listed_word(WORDS, labels[k]))
			continue;            /* 法定代理人 a label as written only: 法定代卖人 is 法定代表人 misread */
		if (n == 9 && !opens_role(t, i + n, labels))
			continue;            /* three characters: only with a role in brackets after it (弄议人（利害关系人）：) */
		if (x_cjk(t, i + n) && (n < 15 || !described_after(t, i + n)))
			continue;            /* a word goes on; a label is followed by its mark — or, five characters */
		                             /* long, by the party it describes (趾请执行人广西…公司,住所地…) */
		if (found >= 0)
			return -1;           /* two labels as near: neither */
		found = k;
		*len = n;
	}
	return found;
}

size_t x_label_split(const struct xtext *t, int k, const char *const *labels)
{
	if (k < 1 || k >= t->nl || x_le(t, k - 1) != x_ls(t, k))
		return XNONE;
	size_t a = x_ls(t, k), ps = x_ls(t, k - 1), s = a;
	if (x_lit(t, a, "号") && x_lit_any(t, a + 3, labels) && a - ps >= 6 && x_digit(t, x_prev(t, a)))
		return a + 3;        /* 「…行审6⏎号申请执行人…」: the 案号 wrapped before its 号, the label after it */
	for (int back = 0; back < 4 && s > ps; back++) {
		s = x_prev(t, s);
		if (s != ps && !x_in(t, x_prev(t, s), "号。；;"))
			continue;
		for (int j = 0; labels[j]; j++)
			if (x_lit(t, s, labels[j]) && s + strlen(labels[j]) > a && strlen(labels[j]) >= 9)
				return s;    /* 「…69号申请执行⏎人汾阳市…」 too */
	}
	return XNONE;
}

size_t x_trial_label(const struct xtext *t, size_t i)
{
	static const char *const TRIAL[] = { "原审原告", "原审被告", NULL };
	size_t n = 0;
	for (int k = 0; TRIAL[k] && !n; k++)
		n = x_lit(t, i, TRIAL[k]) ? strlen(TRIAL[k]) : 0;
	if (!n && x_in(t, i, "原被") && x_cjk(t, i + 3))
		n = 6;               /* 原告, 被告, or one of them with its second character misread */
	return n && x_in(t, i + n, "（(") ? n : 0;
}

int x_rep_label_misread(const struct xtext *t, size_t i)
{
	return x_lit(t, i, "法") && x_cjk(t, i + 3) && x_lit(t, i + 6, "代表人");
}

int x_this_year(void)
{
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	return tm.tm_year + 1900;
}

int x_cn_numeral(const char *p)
{
	static const char *const nums[] = { "〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "零",
					    "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "拾", NULL };
	for (int i = 0; nums[i]; i++)
		if (strncmp(p, nums[i], strlen(nums[i])) == 0)
			return 1;
	return 0;
}

/* Same-length repairs of OCR look-alikes at line[i]; the repaired bytes go
 * to out (len bytes). prev is the last byte put in the stream (or NULL). */
static int repairable(const char *p, size_t len)
{
	if (len == 1)
		return *p == ']' || *p == '|' || *p == 'l';
	if (len != 3)
		return 0;
	int l;
	switch (utf8_decode(p, 3, &l)) {      /* the characters the repairs below look at */
	case 0x3008: case 0xFE59: case 0x3009: case 0xFE5A: case 0x53C2: case 0x4EC0: case 0x66F0:
	case 0x76EE: case 0x6676: case 0x5353: case 0x767D: case 0x300A: case 0x300B: case 0xFF1B: case 0xFF0C:
		return 1;
	}
	return 0;
}

/* Whether the text so far, but for its last back bytes, ends with a label a
 * number follows (起拍价, 保证金, 账号 …). */
static int label_before(const struct xtext *t, size_t back)
{
	static const char *const labels[] = { "拍价", "估价", "交价", "留价", "考价", "证金", "账号", "帐号", "幅度", NULL };
	if (t->n < 6 + back)
		return 0;
	for (int k = 0; labels[k]; k++)
		if (!strncmp(t->s + t->n - back - 6, labels[k], 6))
			return 1;
	return 0;
}

/* Whether a digit opens q, perhaps after one speck (，400000元). */
static int digit_after_speck(const char *q)
{
	if (!strncmp(q, "，", 3))
		q += 3;
	else if (*q == ',' || *q == ' ' || *q == '.')
		q++;
	return *q >= '0' && *q <= '9';
}

static void repair(const char *line, size_t i, size_t len, const struct xtext *t, char *out)
{
	const char *p = line + i;
	const char *last = t->n >= 3 ? t->s + t->n - 3 : NULL;
	memcpy(out, p, len);
	if (!repairable(p, len))
		return;                      /* nearly every character: no string compared (called per character) */
	if (len == 3 && (!strncmp(p, "〈", 3) || !strncmp(p, "﹙", 3)))
		memcpy(out, "（", 3);
	else if (len == 3 && (!strncmp(p, "〉", 3) || !strncmp(p, "﹚", 3)))
		memcpy(out, "）", 3);
	else if (len == 3 && !strncmp(p, "参", 3) && (!strncmp(p + 3, "拾", 3) || !strncmp(p + 3, "佰", 3) ||
						  !strncmp(p + 3, "仟", 3) || !strncmp(p + 3, "万", 3) ||
						  !strncmp(p + 3, "元", 3)))
		memcpy(out, "叁", 3);
	else if (len == 3 && !strncmp(p, "什", 3) && last &&
		 strstr("壹贰叁肆伍陆柒捌玖", (char[4]){ last[0], last[1], last[2], 0 }))
		memcpy(out, "仟", 3);
	else if (len == 3 && (!strncmp(p, "曰", 3) || !strncmp(p, "目", 3) || !strncmp(p, "晶", 3) ||
			      !strncmp(p, "卓", 3) || !strncmp(p, "白", 3)) &&
		 ((t->n && t->s[t->n - 1] >= '0' && t->s[t->n - 1] <= '9') || (last && x_cn_numeral(last))))
		memcpy(out, "日", 3);
	else if (len == 1 && (*p == ']' || *p == '|' || *p == 'l') && last && !strncmp(last, "年", 3))
		out[0] = '1';
	else if (len == 3 && !strncmp(p, "《", 3) && strspn(p + 3, "0123456789") == 4 &&
		 (!strncmp(p + 7 + (p[7] == ' '), "》", 3) || !strncmp(p + 7 + (p[7] == ' '), "）", 3) ||
		  p[7 + (p[7] == ' ')] == ')'))
		memcpy(out, "（", 3);        /* 皖《2018》合肥市…, 案号为《2023 )粤0106执…: a year in brackets, no title */
	else if (len == 3 && !strncmp(p, "》", 3) && t->n >= 7 && strspn(t->s + t->n - 4, "0123456789") == 4 &&
		 !strncmp(t->s + t->n - 7, "（", 3))
		memcpy(out, "）", 3);
	else if (len == 3 && !strncmp(p, "；", 3) && digit_after_speck(p + 3) && label_before(t, 0))
		memcpy(out, "：", 3);        /* 起拍价；1,223,600元, 保证金；，400000元: the label's colon misread */
	else if (len == 3 && !strncmp(p, "，", 3) && p[3] >= '0' && p[3] <= '9' && last && !strncmp(last, "：", 3) &&
		 label_before(t, 3))
		memcpy(out, "：", 3);        /* …and its speck after it, which would end the label's clause */
}

static int cjk_at(const char *p)
{
	int len;
	uint32_t c = utf8_decode(p, strlen(p) < 4 ? strlen(p) : 4, &len);
	return len == 3 && c >= 0x4E00 && c <= 0x9FFF;
}

/* 「…买卖合同⏎”纠纷一案」: a closing mark or a speck opening a line in the
 * middle of a sentence, before a CJK character. Chinese typesetting never starts a line with a
 * closing mark, so it is OCR's, and it would split the word around it. */
static int lead_speck(const struct xtext *t, const char *line, size_t i, size_t len)
{
	static const char *const marks[] = { "，", "。", "、", "；", "：", "”", "’", "）", "》", ",", ".", ";", ":", "'",
					     "\"", "|", "`", NULL };
	if (!t->n || (!isdigit_ascii(t->s[t->n - 1]) && (t->n < 3 || !cjk_at(t->s + t->n - 3))))
		return 0;                /* after a word, or digits (「18632.50⏎.元」) */
	size_t n = 0;
	for (int k = 0; k < 3; k++) {
		int m = 0;
		while (i + n < len && is_space(line + i + n, &m))
			n += (size_t)m;
		size_t l = 0;
		for (int j = 0; marks[j] && !l; j++)
			if (!strncmp(line + i + n, marks[j], strlen(marks[j])))
				l = strlen(marks[j]);
		if (!l)
			break;
		n += l;
	}
	return n && i + n < len && cjk_at(line + i + n);
}

/* Line lineno of a page is [from, len) of line: all of it, or a part when
 * one written line holds several of the ruling's (extract_runon.c). */
static void add_line(struct xtext *t, const char *line, size_t from, size_t len, int page, int lineno, double ocr)
{
	t->lines = xgrow(t->lines, sizeof *t->lines, &t->capl, t->nl + 1);
	struct xline *l = &t->lines[t->nl];
	*l = (struct xline){ .page = page, .line = lineno, .text = line, .a = from, .b = len, .js = t->n, .je = t->n,
			     .ocr = ocr };
	int gap = 0, first = 1, sl;
	for (size_t i = from; i < len;) {
		if (is_space(line + i, &sl)) {
			gap = 1;
			i += (size_t)sl;
			continue;
		}
		int cl;
		utf8_decode(line + i, len - i, &cl);
		if (first && lead_speck(t, line, i, len)) {
			gap = 1;
			i += (size_t)cl;
			continue;
		}
		/* a space stays between letters (渝A 3K9D2); between digits OCR puts it
		 * anywhere (「100 000元」, 「3306 8319…」), so digits are joined */
		unsigned char prev = t->n ? (unsigned char)t->s[t->n - 1] : 0;
		if (gap && !first && ascii_alnum((unsigned char)line[i]) && ascii_alnum(prev) &&
		    !(isdigit_ascii(line[i]) && isdigit_ascii((char)prev)))
			put(t, " ", 1, t->nl, (int)i - 1, 0);
		char rep[4];
		repair(line, i, (size_t)cl, t, rep);
		put(t, rep, (size_t)cl, t->nl, (int)i, (unsigned char)((first ? XF_BRK : 0) | (gap ? XF_GAP : 0)));
		first = gap = 0;
		i += (size_t)cl;
	}
	l->je = t->n;
	t->nl++;
}

/* Mark 《…》 (closed within 240 bytes, no 《 inside) as a title. */
static void mark_books(struct xtext *t)
{
	for (size_t i = 0; i < t->n; i++) {
		if (!x_lit(t, i, "《"))
			continue;
		size_t end = x_find(t, i + 3, i + 240 < t->n ? i + 240 : t->n, "》");
		if (end == XNONE || x_find(t, i + 3, end, "《") != XNONE)
			continue;     /* 「…元整《871,030.00元），…依照《…》」: a bracket OCR read as 《, the 》 a later title's */
		for (size_t k = i; k < end + 3; k++)
			t->fl[k] |= XF_BOOK;
		i = end + 2;
	}
}

/* 「…未向本院申报财产2、通过执行网络查控系统…」: a record that lost its
 * line breaks runs the numbered items of a list together; an item's
 * number right after a CJK character still ends the clause before it
 * (so that 未 does not deny the next item's measures) — not 「第1、2项」. */
static void mark_run_on_items(struct xtext *t)
{
	for (size_t i = 0; i + 3 <= t->n; i += x_clen(t, i)) {
		if (!x_lit(t, i, "、") || i == 0)
			continue;
		size_t d = x_prev(t, i);
		if (!x_digit(t, d) || d == 0)
			continue;
		size_t before = x_prev(t, d);
		if (x_digit(t, before) && before > 0)        /* 「12、」 */
			d = before, before = x_prev(t, d);
		if (x_cjk(t, before) && !x_in(t, before, "第及和至或与") && x_cjk(t, i + 3))
			t->fl[d] |= XF_CLAUSE;
	}
}

#define CLAUSE_STOPS "，,；;。：:！!？?"
#define SENTENCE_STOPS "；;。！!？?"

/* Mark the clause and sentence delimiters once: the bounds of every
 * measure, amount and party are found by walking to them, and testing
 * each character against a set there cost most of the extraction. A
 * comma between digits is a thousands separator, not a stop. */
static void mark_stops(struct xtext *t)
{
	for (size_t i = 0; i < t->n; i += x_clen(t, i)) {
		unsigned char lead = (unsigned char)t->s[i];
		if (lead < 0x80 ? !memchr(",;:!?", lead, 5) : lead != 0xE3 && lead != 0xEF)
			continue;      /* every stop is one of these ASCII, or 。 (E3) or full-width (EF) */
		if (t->s[i] == ',' && i > 0 && i + 1 < t->n && x_digit(t, i - 1) && x_digit(t, i + 1))
			continue;
		if (x_in(t, i, CLAUSE_STOPS))
			t->fl[i] |= XF_CLAUSE;
		if (x_in(t, i, SENTENCE_STOPS) || (x_in(t, i, "：:") && i >= 6 && x_lit(t, i - 6, "如下")))
			t->fl[i] |= XF_SENT;     /* 决定如下： the operative clause is a sentence of its own */
	}
	mark_run_on_items(t);
}

void xtext_build(struct xtext *t, const struct extract_page_in *pages, int n)
{
	memset(t, 0, sizeof *t);
	t->pages = xcalloc((size_t)(n > 0 ? n : 1), sizeof *t->pages);
	for (int p = 0; p < n; p++) {
		if (!pages[p].text)
			continue;
		char *text = t->pages[t->npages++] = sanitise(pages[p].text);
		int lineno = 0;
		for (char *l = text; l;) {
			char *nl = strchr(l, '\n');
			size_t len = nl ? (size_t)(nl - l) : strlen(l), cuts[48];
			size_t nc = x_runon_cuts(l, len, cuts, sizeof cuts / sizeof *cuts), from = 0;
			++lineno;
			for (size_t k = 0; k <= nc; k++) {
				size_t to = k < nc ? cuts[k] : len;
				add_line(t, l, from, to, pages[p].page_no, lineno, pages[p].ocr_conf);
				from = to;
			}
			l = nl ? nl + 1 : NULL;
		}
	}
	if (!t->s)
		put(t, "", 0, 0, 0, 0);
	mark_books(t);
	mark_stops(t);
	for (int k = 0; k < t->nl; k++)
		x_trim_line(t, k, &t->lines[k].ta, &t->lines[k].tb);
}

void xtext_free(struct xtext *t)
{
	for (int i = 0; i < t->npages; i++)
		free(t->pages[i]);
	free(t->pages);
	free(t->s);
	free(t->li);
	free(t->off);
	free(t->fl);
	free(t->lines);
	memset(t, 0, sizeof *t);
}

/* ---- scanning ---- */

size_t x_clen(const struct xtext *t, size_t i)
{
	if (i >= t->n)
		return 1;
	/* the stream is valid UTF-8 (sanitise): the lead byte gives the
	 * length; a continuation byte (a position inside a character) is 1 */
	unsigned char c = (unsigned char)t->s[i];
	size_t len = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	return len < t->n - i ? len : t->n - i;
}

size_t x_prev(const struct xtext *t, size_t i)
{
	if (i == 0)
		return 0;
	i--;
	while (i > 0 && ((unsigned char)t->s[i] & 0xC0) == 0x80)
		i--;
	return i;
}

uint32_t x_cp(const struct xtext *t, size_t i)
{
	if (i >= t->n)
		return 0;
	int len;
	return utf8_decode(t->s + i, t->n - i, &len);
}

int x_lit(const struct xtext *t, size_t i, const char *lit)
{
	if (i >= t->n || t->s[i] != lit[0])
		return 0;   /* most places differ at once: skip strlen and memcmp */
	if (lit[0] && lit[1] && t->s[i + 1] != lit[1])
		return 0;   /* CJK shares few lead bytes: the second tells (s ends in NUL) */
	size_t k = strlen(lit);
	return i + k <= t->n && memcmp(t->s + i, lit, k) == 0;
}

int x_in(const struct xtext *t, size_t i, const char *set)
{
	if (i >= t->n)
		return 0;
	size_t n = x_clen(t, i);
	const unsigned char *c = (const unsigned char *)t->s + i;
	for (const unsigned char *s = (const unsigned char *)set; *s;) {
		/* the sets are literals in UTF-8: the lead byte gives the length;
		 * a character is at most 4 bytes, compared by hand (called for
		 * every character of every clause bound) */
		size_t len = *s < 0x80 ? 1 : *s < 0xE0 ? 2 : *s < 0xF0 ? 3 : 4, k = 0;
		if (len == n)
			while (k < n && s[k] == c[k])
				k++;
		if (k == n && len == n)
			return 1;
		s += len;
	}
	return 0;
}

int x_cjk(const struct xtext *t, size_t i)
{
	uint32_t c = x_cp(t, i);
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == 0x3007;
}

int x_digit(const struct xtext *t, size_t i)
{
	uint32_t c = x_cp(t, i);
	return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

size_t x_find(const struct xtext *t, size_t from, size_t to, const char *lit)
{
	size_t k = strlen(lit);
	if (to > t->n)
		to = t->n;
	if (!k) {   /* an empty word (a name not found) matches the first NUL, if any */
		const char *z = from < to ? memchr(t->s + from, '\0', to - from) : NULL;
		return z ? (size_t)(z - t->s) : XNONE;
	}
	if (from >= to)
		return XNONE;
	/* memmem, not memchr on the lead byte: most CJK characters share a
	 * handful of lead bytes, so that stopped every third byte */
	const char *p = memmem(t->s + from, to - from, lit, k);
	return p ? (size_t)(p - t->s) : XNONE;
}

size_t x_rfind(const struct xtext *t, size_t from, size_t to, const char *lit)
{
	size_t k = strlen(lit);
	if (to > t->n)
		to = t->n;
	if (!k) {   /* an empty word matches the last NUL in [from, to] */
		for (size_t i = to + 1; i-- > from;)
			if (t->s[i] == '\0')
				return i;
		return XNONE;
	}
	/* the last start a match can have, then back by memrchr on the
	 * keyword's last byte (CJK lead bytes repeat; last bytes vary) */
	if (to < k || to - k < from)
		return XNONE;
	size_t end = to - k + 1;   /* candidates are [from, end) */
	while (end > from) {
		const char *q = memrchr(t->s + from + k - 1, lit[k - 1], end - from);
		if (!q)
			return XNONE;
		size_t i = (size_t)(q - t->s) - (k - 1);
		if (memcmp(t->s + i, lit, k) == 0)
			return i;
		end = i;
	}
	return XNONE;
}

int x_lit_any(const struct xtext *t, size_t i, const char *const *words)
{
	for (int k = 0; words[k]; k++)
		if (x_lit(t, i, words[k]))
			return 1;
	return 0;
}

int x_find_any(const struct xtext *t, size_t from, size_t to, const char *const *words)
{
	for (int k = 0; words[k]; k++)
		if (x_find(t, from, to, words[k]) != XNONE)
			return 1;
	return 0;
}

size_t x_rfind_any(const struct xtext *t, size_t from, size_t to, const char *const *words)
{
	size_t last = XNONE;
	for (int k = 0; words[k]; k++) {
		size_t p = x_rfind(t, from, to, words[k]);
		if (p != XNONE && (last == XNONE || p > last))
			last = p;
	}
	return last;
}

static void bounds(const struct xtext *t, size_t i, size_t max, unsigned char stop, size_t *a, size_t *b)
{
	size_t lo = i > max ? i - max : 0, hi = i + max < t->n ? i + max : t->n;
	size_t s = i;
	while (s > lo) {
		size_t p = x_prev(t, s);
		if (t->fl[p] & stop)
			break;
		s = p;
	}
	size_t e = i;
	while (e < hi && !(t->fl[e] & stop))
		e += x_clen(t, e);
	*a = s;
	*b = e;
}

void x_clause(const struct xtext *t, size_t i, size_t max, size_t *a, size_t *b)
{
	bounds(t, i, max, XF_CLAUSE, a, b);
}

void x_sentence(const struct xtext *t, size_t i, size_t max, size_t *a, size_t *b)
{
	bounds(t, i, max, XF_SENT, a, b);
}

size_t x_ls(const struct xtext *t, int k)
{
	return k < t->nl ? t->lines[k].js : t->n;
}

size_t x_le(const struct xtext *t, int k)
{
	return k < t->nl ? t->lines[k].je : t->n;
}

int x_line_of(const struct xtext *t, size_t i)
{
	if (i >= t->n)
		return t->nl;
	return t->li[i];
}

void x_set(char *dst, size_t n, const char *src)
{
	size_t k = utf8_prefix(src, strlen(src), n - 1);
	memcpy(dst, src, k);
	dst[k] = '\0';
}

void x_copy(const struct xtext *t, size_t a, size_t b, char *out, size_t outlen)
{
	if (b > t->n)
		b = t->n;
	size_t k = a < b ? utf8_prefix(t->s + a, b - a, outlen - 1) : 0;
	memcpy(out, t->s + a, k);
	out[k] = '\0';
}

int x_in_body(const struct xctx *c, size_t i)
{
	return i >= c->body_at && i < c->app_at && !(c->t.fl[i] & XF_BOOK);
}

/* ---- facts ---- */

/* The text as written for stream bytes [a, b): from the original lines,
 * line breaks dropped. Returns the full length (raw may be cut). */
static size_t raw_text(const struct xtext *t, size_t a, size_t b, char *raw, size_t rawlen)
{
	struct strbuf sb = STRBUF_INIT;
	int la = t->li[a], lb = t->li[b - 1];
	for (int k = la; k <= lb; k++) {
		const struct xline *l = &t->lines[k];
		size_t s = k == la ? (size_t)t->off[a] : l->a;
		size_t e = k == lb ? (size_t)t->off[b - 1] + 1 : l->b;
		if (e > l->b)
			e = l->b;
		/* whole characters: a stream byte may stand for a wider one in
		 * the line (「２」 read as "2"), so the span widens to its ends */
		while (s > l->a && s < l->b && ((unsigned char)l->text[s] & 0xC0) == 0x80)
			s--;
		while (e < l->b && ((unsigned char)l->text[e] & 0xC0) == 0x80)
			e++;
		if (s < e)
			sb_add(&sb, l->text + s, e - s);
	}
	size_t full = sb.len;
	x_set(raw, rawlen, sb_str(&sb));
	sb_free(&sb);
	return full;
}

struct fact *x_add(struct xctx *c, const char *field, const char *role, const char *value, size_t a, size_t b,
		   double confidence)
{
	struct facts *f = c->out;
	struct xtext *t = &c->t;
	f->v = xgrow(f->v, sizeof *f->v, &f->cap, f->n + 1);
	struct fact *x = &f->v[f->n++];
	memset(x, 0, sizeof *x);
	x_set(x->field, sizeof x->field, field);
	x_set(x->role, sizeof x->role, role ? role : "");
	x_set(x->value, sizeof x->value, value);
	x->fen = -1;
	x->confidence = confidence;
	if (a >= t->n || b <= a) {
		x->page = t->nl ? t->lines[0].page : 1;
		x->line = 1;
		return x;
	}
	if (b > t->n)
		b = t->n;
	const struct xline *l = &t->lines[t->li[a]];
	x->page = l->page;
	x->line = l->line;
	x->span_start = t->off[a];
	x->span_end = x->span_start + (int)raw_text(t, a, b, x->raw, sizeof x->raw);
	return x;
}

struct fact *x_have(struct xctx *c, const char *field, const char *role, const char *value)
{
	for (int i = c->first; i < c->out->n; i++) {
		struct fact *x = &c->out->v[i];
		if (!strcmp(x->field, field) && (!value || !strcmp(x->value, value)) && (!role || !strcmp(x->role, role)))
			return x;
	}
	return NULL;
}
