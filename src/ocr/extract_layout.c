/* extract_layout.c — where the parts of a document are, and what kind of
 * document it is.
 *
 * Header: the short lines on top (court, title, 案号). Parties: the lines
 * that open with a party's or representative's label, and the lines a wrap
 * continues. Operative clause: after the last 裁定如下/决定如下/…：, or from
 * 责令 in a notice. Signature: from the first judge label, 落款 date or
 * court line after that. Appendix: a closing 附… section (statutes). The
 * kind comes from the title and, for 裁定书 and 决定书, from the 案号's type
 * and the operative clause — so a 恢复执行 ruling that recounts an earlier
 * 终本 is not taken for one, and 终结执行 is not 终结本次执行程序; in a 执恢
 * case the clause decides too (a resumed case is closed again as 终本, its
 * house sold), and only a clause that says nothing else makes it 恢复执行. */
#include "ocr/extract_int.h"
#include "util/utf8.h"

#include <stdio.h>
#include <string.h>

static const char *const PARTY_LABELS[] = {
	"被申请执行人", "申请执行人", "被执行人", "复议申请人", "申请复议人", "案外人", "异议人", "被申请人",
	"申请人", "第三人", "买受人", "被申诉人", "申诉人", "利害关系人", "法定代表人", "负责人", "主要负责人", "执行事务合伙人", "经营者",
	"投资人", "委派代表", "委托诉讼代理人", "委托代理人", "原告", "被告", "被限制消费人", "被罚款人", "被拘留人",
	"诉讼代理人", "代理人", "住所地", "身份证", "公民身份号码", "统一社会信用代码", "原审",
	"法定代理人", "法定监护人", "监护人", NULL,   /* a minor's guardian: a line of the block, no party */
};

static const char *const JUDGE_LABELS[] = {
	"审判长", "审判员", "代理审判员", "人民陪审员", "陪审员", "执行员", "执行法官", "书记员", "法官助理", NULL,
};

static int has_punct(const char *s, size_t n)
{
	static const char *const p[] = { "，", "。", "；", "：", ":", ",", ";", NULL };
	for (int k = 0; p[k]; k++) {
		size_t l = strlen(p[k]);
		for (size_t i = 0; i + l <= n; i++)
			if (s[i] == p[k][0] && !memcmp(s + i, p[k], l))
				return 1;
	}
	return 0;
}

static int ends_with(const char *s, size_t n, const char *lit)
{
	size_t k = strlen(lit);
	return n >= k && memcmp(s + n - k, lit, k) == 0;
}

int x_is_title(const char *s, size_t n)
{
	static const char *const endings[] = {
		"裁定书", "决定书", "通知书", "判决书", "调解书", "公告", "令", "通知", "决定", "告知书", "裁定", NULL,
	};
	/* a trailing (第一次) / （一拍） is part of the title */
	if (n > 3 && ends_with(s, n, "）")) {
		for (size_t i = n - 3; i > 0 && n - i < 30; i--)
			if (!memcmp(s + i, "（", 3)) {
				n = i;
				break;
			}
	}
	if (n < 6 || n > 96 || has_punct(s, n))
		return 0;
	static const char *const verbs[] = { "维持", "驳回", "撤销", "特此", "准予", "不予", "终结", "中止", "解除",
					     "本裁定", "本决定", "本院", NULL };   /* 「本裁定为终审裁定。」: the ruling's last words */
	for (int k = 0; verbs[k]; k++)
		if (n >= strlen(verbs[k]) && !memcmp(s, verbs[k], strlen(verbs[k])))
			return 0;    /* 「维持原裁定。」「特此令。」: an operative clause's words, a page's first line */
	for (size_t i = 1; i + 3 <= n; i++)
		if (s[i - 1] >= '0' && s[i - 1] <= '9' && !memcmp(s + i, "号", 3))
			return 0;    /* 「…（2022）豫03⏎执异87号执行裁定。」: a 案号 running on, no title */
	for (size_t i = 0; i + 3 <= n; i++)
		if (!memcmp(s + i, "、", 3) || (!memcmp(s + i, "（", 3) && i + 7 <= n && s[i + 3] >= '1' &&
						  s[i + 3] <= '2' && s[i + 4] >= '0' && s[i + 4] <= '9'))
			return 0;    /* 「三、撤销…执行裁定」, 「撤销本院（2023）…号执行裁定」: the operative clause */
	for (int k = 0; endings[k]; k++)
		if (ends_with(s, n, endings[k]))
			return 1;
	return 0;
}

static int letter(const struct xtext *t, size_t i)
{
	char ch = (char)(t->s[i] | 0x20);
	return ch >= 'a' && ch <= 'z';
}

/* Line k without the OCR junk around it (「-执行裁定书.」, 「…号，，」, 「拍卖公告.，”：，0」). */
/* Past what is no word on the left: specks, spaces, quotes. */
static void skip_specks(const struct xtext *t, size_t *a, size_t b)
{
	while (*a < b && !x_cjk(t, *a) && !x_digit(t, *a) && !x_in(t, *a, "（(〔[【﹝［") && !letter(t, *a))
		*a += x_clen(t, *a);
}

/* Asked of a line at every character of it (x_label_misread): worked out
 * once per line when the text is built. */
void x_trimmed(const struct xtext *t, int k, size_t *a, size_t *b)
{
	*a = t->lines[k].ta;
	*b = t->lines[k].tb;
}

/* 「国法定代表人：钮建平，」: a copier's dark edge read as one character
 * before a party label and its colon — no sentence puts a word there and a
 * colon after the label; 「原法定代表人：」 (the former one) is a word. */
static void stray_before_label(const struct xtext *t, size_t *a, size_t b)
{
	if (*a >= b || x_lit(t, *a, "原") || x_lit_any(t, *a, PARTY_LABELS))
		return;          /* 「被申请人：」 is a label itself, not 「被」 and 「申请人：」 */
	size_t q = *a;
	if (x_cjk(t, q))
		q += x_clen(t, q);
	else                 /* 「4法定代表人：钱立新」: a speck read as a digit or a letter */
		while (q < b && q - *a < 2 && (x_digit(t, q) || letter(t, q)))
			q++;
	if (q == *a)
		return;
	skip_specks(t, &q, b);
	for (int k = 0; PARTY_LABELS[k]; k++) {
		size_t e = q + strlen(PARTY_LABELS[k]);
		if (x_lit(t, q, PARTY_LABELS[k]) && e < b && x_in(t, e, "：:；;")) {
			*a = q;
			return;
		}
	}
}

void x_trim_line(const struct xtext *t, int k, size_t *a, size_t *b)
{
	*a = x_ls(t, k);
	*b = x_le(t, k);
	skip_specks(t, a, *b);
	size_t q = *a;                    /* 「4   “申请执行人：」: a speck read as a character, spaces after it */
	while (q < *b && q - *a < 2 && (x_digit(t, q) || letter(t, q)))
		q++;
	if (q > *a && q < *b && t->off[q] - t->off[q - 1] >= 3) {      /* two spaces or more, gone from t->s */
		*a = q;
		skip_specks(t, a, *b);
	}
	stray_before_label(t, a, *b);
	size_t tail = *b;                 /* after the last CJK character or closing bracket */
	while (tail > *a && !x_cjk(t, x_prev(t, tail)) && !x_in(t, x_prev(t, tail), "）)〕]】﹞］"))
		tail = x_prev(t, tail);
	for (size_t p = tail; p < *b; p += x_clen(t, p))
		if (x_in(t, p, "，。；：:,.;“”\"'")) {
			*b = tail;        /* specks and a stray digit after the last word */
			break;
		}
	while (*b > *a) {
		size_t p = x_prev(t, *b);
		if (x_cjk(t, p) || x_digit(t, p) || x_in(t, p, "）)〕]】﹞］") || letter(t, p))
			break;
		*b = p;
	}
}

/* A line that is a 案号, with at most five characters of OCR's noise on
 * either side (「国汪二加，（2023）川执复217号和-站」). */
static int line_is_case_no(const struct xtext *t, int k)
{
	size_t a, b;
	x_trimmed(t, k, &a, &b);
	if (b - a > 90)
		return 0;
	size_t p = a;
	for (int n = 0; n < 5 && p < b && !x_in(t, p, "（(〔[【﹝"); n++)
		p += x_clen(t, p);
	size_t h = p < b && x_in(t, p, "（(〔[【﹝") ? x_rfind(t, p, b, "号") : XNONE;
	size_t last = b > a ? x_prev(t, b) : a;
	int misread = h == XNONE && p < b && t->lines[k].ocr >= 0 && b - p >= 15 && x_cjk(t, last) &&
		      x_clen(t, last) == 3 && last > p && x_digit(t, x_prev(t, last));
	if (misread)
		h = last;        /* 「（2019）辽0212行审89汪」: a scan's 号 misread, ending the line */
	if (h == XNONE)
		return 0;
	int after = 0;
	for (size_t q = h + 3; q < b; q += x_clen(t, q))
		after++;
	char buf[96], out[128];
	x_copy(t, p, h + 3, buf, sizeof buf);
	if (misread && strlen(buf) >= 3)
		memcpy(buf + strlen(buf) - 3, "号", 3);
	if (after > 5)
		return 0;
	if (norm_case_no(buf, out, sizeof out, NULL) == NORM_OK)
		return 1;
	/* 「（2021）重1526执异34号，_」: a 案号 with its province misread is still the header's line */
	static const char *const kinds[] = { "执", "民", "行", "刑", NULL };
	size_t q = p + x_clen(t, p);
	for (int d = 0; d < 4; d++, q++)
		if (q >= b || t->s[q] < '0' || t->s[q] > '9')
			return 0;
	return x_in(t, q, "）)〕]】﹞") && x_find_any(t, q, h, kinds);
}

/* Where a 案号 that ends the line starts (「…执行裁定书（2024）浙0683执1号」), or b. */
static size_t trailing_case_no(const struct xtext *t, size_t a, size_t b)
{
	for (size_t p = a; p < b; p += x_clen(t, p)) {
		if (!x_in(t, p, "（(") || b - p > 90)
			continue;
		char buf[96], out[128];
		x_copy(t, p, b, buf, sizeof buf);
		if (norm_case_no(buf, out, sizeof out, NULL) == NORM_OK)
			return p;
	}
	return b;
}

/* A line of OCR's noise: at most three CJK characters, outnumbered by
 * letters, digits and signs. */
static int noise_line(const struct xtext *t, size_t a, size_t b)
{
	int cjk = 0, other = 0;
	for (size_t p = a; p < b; p += x_clen(t, p)) {
		if (x_cjk(t, p))
			cjk++;
		else if (t->s[p] != ' ')
			other++;
	}
	return cjk <= 3 && other > cjk && other >= 3;
}

/* 「站决定书aa」: a title between OCR's specks — up to three letters after
 * it, one character before a title that stands alone; [*a, *b) narrowed to
 * it when so. */
static void specked_title(const struct xtext *t, size_t *a, size_t *b)
{
	static const char *const whole[] = { "决定书", "裁定书", "通知书", "执行裁定书", "执行决定书", "执行通知书",
					     "限制消费令", "报告财产令", "拍卖公告", NULL };
	size_t e = *b;
	for (int n = 0; n < 3 && e > *a && letter(t, x_prev(t, e)); n++)
		e = x_prev(t, e);
	while (e > *a && !x_cjk(t, x_prev(t, e)))
		e = x_prev(t, e);
	size_t s = *a + x_clen(t, *a);
	for (int k = 0; whole[k]; k++)
		if (x_cjk(t, *a) && e - s == strlen(whole[k]) && x_lit(t, s, whole[k])) {
			*a = s;
			*b = e;
			return;
		}
	if (x_is_title(t->s + *a, e - *a)) {
		*b = e;
		return;
	}
	/* 「民事裁定书晴晴」: a seal's specks read as one or two characters after
	 * the title, the 案号 on the next line */
	static const char *const ends[] = { "裁定书", "决定书", "通知书", NULL };
	int k = x_line_of(t, *a);
	for (int n = 1; n <= 2 && e > *a; n++) {
		e = x_prev(t, e);
		if (x_lit_any(t, x_prev(t, x_prev(t, x_prev(t, e))), ends) && x_is_title(t->s + *a, e - *a) &&
		    k + 1 < t->nl && line_is_case_no(t, k + 1)) {
			*b = e;
			return;
		}
	}
	/* 「拍卖公告“，4广门从己.」: a whole title opening the line, a seal's
	 * specks after a mark, the 案号 on the next line */
	for (int j = 0; whole[j]; j++) {
		size_t w = *a + strlen(whole[j]);
		if (x_lit(t, *a, whole[j]) && w < *b && !x_cjk(t, w) && k + 1 < t->nl && line_is_case_no(t, k + 1)) {
			*b = w;
			return;
		}
	}
}

/* 「纳入失信被执行人名单的决定。」 opening a page: a sentence going on from
 * the page before (的 before its last word, a full stop after), no title. */
static int sentence_end(const struct xtext *t, int k, size_t a, size_t b)
{
	size_t e = x_le(t, k);
	while (e > b && t->s[e - 1] == ' ')
		e--;
	return e > b && x_in(t, x_prev(t, e), "。") && x_find(t, a, b, "的") != XNONE;
}

static int line_is_header(struct xctx *c, int k)
{
	const struct xtext *t = &c->t;
	size_t a, b;
	x_trimmed(t, k, &a, &b);
	if (x_lit_any(t, a, PARTY_LABELS) || x_lit_any(t, a, JUDGE_LABELS))
		return 0;
	size_t cn = trailing_case_no(t, a, b);
	if (cn > a && cn < b)
		b = cn;                   /* the title and the 案号 on one line */
	if (k <= 4 && !x_is_title(t->s + a, b - a))
		specked_title(t, &a, &b);
	if (x_is_title(t->s + a, b - a) && !sentence_end(t, k, a, b)) {
		if (c->title_line < 0) {
			c->title_line = k;
			size_t s;
			size_t e = x_court_name_at(t, a, b, &s);     /* 某某法院执行裁定书: drop the court */
			x_copy(t, e != XNONE && s == a ? e : a, b, c->title, sizeof c->title);
		}
		return 1;
	}
	if (line_is_case_no(t, k))
		return 1;
	size_t cs;
	if (x_court_name_at(t, a, b, &cs) == b)
		return 1;                 /* the court, with OCR's specks after it: 「…人民法院，.」 */
	if (k <= 4 && noise_line(t, a, b))
		return 1;                 /* 「，.  Z二十ce -HH 7」 between the court and the title */
	a = x_ls(t, k);            /* other short lines as written: 「黎志强：」 is no header */
	b = x_le(t, k);
	/* nor is the body's opening when a scan's line wraps before its first
	 * mark: 「本院在执行申请执行人南昌某某小额贷款股份有限公司与」 */
	return b - a <= 90 && !has_punct(t->s + a, b - a) && !x_find_any(t, a, b, PARTY_LABELS) && !x_lit(t, a, "本院");
}

static int line_is_party(const struct xtext *t, int k);

/* A header OCR garbled (no title, no 案号 it can read: 「证书」, 「帮野（2024）云0102扰8120号全」)
 * still ends where the parties begin: a party label within three short
 * lines after the header-like ones. That line, or 0 when there is none. */
static int party_after_header(const struct xtext *t, int k)
{
	for (int seen = 0; k < t->nl && seen < 3; k++) {
		if (x_ls(t, k) == x_le(t, k))
			continue;
		if (line_is_party(t, k))
			return k;
		if (x_le(t, k) - x_ls(t, k) > 60)
			return 0;
		seen++;
	}
	return 0;
}

/* A title within the three lines after k, before any party label or
 * long line: its line, or -1. */
static int title_below(const struct xctx *c, int k)
{
	const struct xtext *t = &c->t;
	for (int j = k + 1; j < t->nl && j <= k + 3; j++) {
		size_t a, b, pe = x_le(t, j - 1);
		while (pe > x_ls(t, j - 1) && t->s[pe - 1] == ' ')
			pe--;
		if (pe >= x_ls(t, j - 1) + 60 && x_in(t, x_prev(t, pe), "、，,；;"))
			return -1;        /* 「…送达了执行通知书、⏎报告财产令。」: a long line's sentence going on, no title */
		x_trimmed(t, j, &a, &b);
		if (x_lit_any(t, a, PARTY_LABELS) || b - a > 60)
			return -1;
		size_t cn = trailing_case_no(t, a, b);
		if (x_is_title(t->s + a, (cn > a && cn < b ? cn : b) - a))
			return j;
	}
	return -1;
}

static void find_header(struct xctx *c)
{
	const struct xtext *t = &c->t;
	int k = 0, seen = 0;
	while (k < t->nl && seen < 8) {
		if (x_ls(t, k) == x_le(t, k)) {
			k++;
			continue;
		}
		if (!line_is_header(c, k)) {
			int j = c->title_line < 0 ? title_below(c, k) : -1;
			if (j < 0)
				break;
			k = j;            /* 「生计庄目人民：填[这|」: a seal's or the court's line garbled above the title */
			continue;
		}
		seen++;
		k++;
	}
	/* without a title or 案号 the first lines are body text */
	c->hdr_end = c->title_line >= 0 || (k > 0 && line_is_case_no(t, k - 1)) ? k : 0;
	if (c->hdr_end == 0 && k > 0)
		c->hdr_end = party_after_header(t, k);
}

/* 「被洁（被申请人）；」: a party of the trial (its label perhaps misread),
 * a party's label in the bracket after it. */
static int trial_label_bracket(const struct xtext *t, size_t a)
{
	size_t n = x_trial_label(t, a);
	if (!n && x_cjk(t, a) && x_cjk(t, a + 3) && x_in(t, a + 6, "（("))
		n = 6;           /* 「害乞（被申请人），」: both characters misread */
	return n && x_lit_any(t, a + n + x_clen(t, a + n), PARTY_LABELS);
}

int x_speck_before_role(const struct xtext *t, size_t a)
{
	static const char *const roles[] = { "被申请执行人", "申请执行人", "被执行人", "复议申请人", "申请复议人",
					     "利害关系人", NULL };
	if (!x_cjk(t, a) || x_lit_any(t, a, PARTY_LABELS))
		return 0;
	for (int k = 0; roles[k]; k++) {
		size_t n = strlen(roles[k]);
		if (x_lit(t, a + 3, roles[k]) && x_in(t, a + 3 + n, "（(：:"))
			return 1;
	}
	return 0;
}

/* A line of the parties block: a label first, and not the body's opening
 * "申请执行人甲与被执行人乙…纠纷一案". */
static int line_is_party(const struct xtext *t, int k)
{
	size_t a, b;
	size_t len;
	x_trimmed(t, k, &a, &b);            /* 「|法定代表人：…」: OCR's speck first */
	if (x_in(t, a, "二两三四各") && x_lit_any(t, a + 3, PARTY_LABELS))
		a += 3;                      /* 二复议申请人共同委托诉讼代理人：… */
	else if (x_speck_before_role(t, a))
		a += 3;                      /* 站复议申请人(申请执行人):… */
	if (!x_lit_any(t, a, PARTY_LABELS) && x_label_misread(t, a, PARTY_LABELS, &len) < 0 &&
	    !trial_label_bracket(t, a) && !x_rep_label_misread(t, a) && x_label_split(t, k, PARTY_LABELS) == XNONE)
		return 0;                    /* 「电请执行人*…」: a label misread in one character counts, one wrapped too */
	size_t end = b < a + 150 ? b : a + 150;
	static const char *const body[] = { "一案", "纠纷", "与被执行人", "与申请执行人", "本院", "作出", "申请强制执行",
					    "申请执行。", "不服", NULL };       /* 「复议申请人某某不服…裁定」 opens the body */
	for (int i = 0; body[i]; i++)
		if (x_find(t, a, end, body[i]) != XNONE)
			return 0;
	return 1;
}

static int ends_sentence(const struct xtext *t, int k)
{
	size_t b = x_le(t, k);
	if (b == x_ls(t, k))
		return 1;
	size_t p = x_prev(t, b);
	return x_in(t, p, "。；;");
}

/* 「[GTA农秀梅，女，…」: the first party's label lost to OCR. A line that
 * describes a party (男/女, 出生, 住所地 …) with a labelled party line within
 * four, none the body's opening, still opens the block: that party line,
 * or -1. */
static int party_after_lost_label(const struct xtext *t, int k)
{
	static const char *const body[] = { "一案", "纠纷", "本院", "申请强制执行", NULL };
	static const char *const details[] = { "，男", "，女", "出生", "住所地", "住", "身份号码", "信用代码", NULL };
	if (!x_find_any(t, x_ls(t, k), x_le(t, k), details))
		return -1;                     /* a notice's addressee (「某某公司：」) is no party line */
	for (int j = k; j < t->nl && j < k + 4; j++) {
		if (line_is_party(t, j))
			return j > k ? j : -1;
		if (x_find_any(t, x_ls(t, j), x_le(t, j), body))
			return -1;
	}
	return -1;
}

/* A line that opens the body or its clauses (「本院…」「一、查封…」, or
 * one holding 一案, 如下： or the application the body tells of — 「…资源局
 * 于2017年10月12日向本院申请强制执行…」 where a ruling printed as one
 * paragraph wraps) even after a party line left without its full stop
 * (「…住江西省吉安市新干县，」): no wrapped party line. */
static int opens_body(const struct xtext *t, int k)
{
	static const char *const opening[] = { "本院", "一、", "二、", "三、", "四、", "五、", NULL };
	static const char *const within[] = { "一案", "如下：", "如下:", "向本院申请", NULL };
	size_t a = x_ls(t, k);
	return x_lit_any(t, a, opening) || x_find_any(t, a, x_le(t, k), within);
}

/* A line that opens with the colon of a label OCR lost, a labelled party
 * line within the next two. */
static int lost_label(const struct xtext *t, int k)
{
	size_t a = x_ls(t, k), b = x_le(t, k);
	while (a < b && x_in(t, a, " “”\"'|"))
		a += x_clen(t, a);
	if (a >= b || !x_in(t, a, "：:") || !x_cjk(t, a + x_clen(t, a)))
		return 0;
	for (int j = k + 1; j < t->nl && j <= k + 2; j++)
		if (line_is_party(t, j))
			return 1;
	return 0;
}

/* Whether line k gives a record's ID (公民身份号码…, 统一社会信用代码…): it
 * goes on the record above it, whatever mark OCR read before it. */
static int ids_record(const struct xtext *t, int k)
{
	static const char *const ids[] = { "公民身份号码", "统一社会信用代码", "身份证号", NULL };
	size_t a = x_ls(t, k), b = x_le(t, k);
	return x_find_any(t, a, b < a + 60 ? b : a + 60, ids);
}

static void find_parties(struct xctx *c)
{
	const struct xtext *t = &c->t;
	int k = c->hdr_end, last = -1;    /* last: the block's last line with text (OCR leaves blank ones) */
	if (k > 0 && party_after_lost_label(t, k) > k)
		last = k++;                    /* the unlabelled line goes with the block; the loop takes the rest */
	while (k < t->nl) {
		if (line_is_party(t, k)) {
			last = k++;
		} else if (last >= 0 && !ends_sentence(t, last) && x_ls(t, k) < x_le(t, k) &&
			   !x_lit_any(t, x_ls(t, k), PARTY_LABELS) && x_le(t, last) - x_ls(t, last) > 30 &&
			   !opens_body(t, k)) {
			last = k++;        /* a wrapped party line goes on */
		} else if (last >= 0 && lost_label(t, k)) {
			last = k++;        /* 「：凌云飞，…律师事务所律师。」: its label lost to OCR, a party line after it */
		} else if (last >= 0 && ids_record(t, k) && !opens_body(t, k)) {
			last = k++;        /* 「…长门村。。⏎后街23号。公民身份号码…」: OCR's full stop inside the record */
		} else if (x_ls(t, k) == x_le(t, k) && k > c->hdr_end) {
			k++;
		} else {
			break;
		}
	}
	c->par_end = k;
	c->body_at = x_ls(t, c->hdr_end);
}

static int is_cn_date_line(const struct xtext *t, int k)
{
	size_t a = x_ls(t, k), b = x_le(t, k);
	while (b > a && !x_cjk(t, x_prev(t, b)) && !x_digit(t, x_prev(t, b)))
		b = x_prev(t, b);     /* 「.可二〇二四年七月一日”，」: OCR's specks after it, and before */
	while (a < b && !x_cjk(t, a) && !x_digit(t, a))
		a += x_clen(t, a);
	if (b - a < 12 || b - a > 60)
		return 0;
	size_t y = x_find(t, a, b, "年");
	return y != XNONE && y - a <= 15 && x_find(t, y, b, "月") != XNONE && ends_with(t->s + a, b - a, "日") &&
	       !has_punct(t->s + a, b - a);
}

/* 「附：执行裁定书一份」 before the 落款: what is sent with the document, a
 * short line ending in 份 — no appendix; the signature follows it. */
static int enclosure_note(const struct xtext *t, int k)
{
	size_t a = x_ls(t, k), b = x_le(t, k);
	while (b > a && (x_in(t, x_prev(t, b), "。；;") || (!x_cjk(t, x_prev(t, b)) && !x_digit(t, x_prev(t, b)))))
		b = x_prev(t, b);     /* its full stop, and OCR's specks (「…一份_」) */
	return b - a < 60 && b > a && x_lit(t, x_prev(t, b), "份");
}

static void find_appendix(struct xctx *c)
{
	const struct xtext *t = &c->t;
	c->app_at = t->n;
	for (int k = c->par_end + 1; k < t->nl; k++) {
		size_t a = x_ls(t, k);
		if (x_le(t, k) == a)
			continue;         /* a blank line starts where the next one does: that line is its own */
		for (int n = 0; n < 2 && a < x_le(t, k) && x_in(t, a, "，,.。、“”|-_"); n++)
			a += x_clen(t, a);   /* 「，附相关法律条文：」: OCR's specks before it */
		if (k * 2 >= t->nl && x_lit(t, a, "附") && !enclosure_note(t, k) &&
		    (x_in(t, a + 3, "：:件录相本法") || x_lit(t, a + 3, "：") || x_le(t, k) - a < 60)) {
			c->app_at = a;
			return;
		}
	}
}

static size_t operative_start(const struct xctx *c)
{
	const struct xtext *t = &c->t;
	static const char *const marks[] = { "如下：", "如下:", "如下；", NULL };
	size_t best = XNONE;
	for (int m = 0; marks[m]; m++) {
		size_t p = x_rfind(t, c->body_at, c->app_at, marks[m]);
		if (p != XNONE && !(t->fl[p] & XF_BOOK) && (best == XNONE || p > best))
			best = p + strlen(marks[m]);
	}
	if (best != XNONE)
		return best;
	static const char *const spoiled[] = { "裁定如下", "决定如下", "判决如下", NULL };
	for (int m = 0; spoiled[m]; m++) {     /* 「裁定如下.」「裁定如下，ee」 ending its line: the colon */
		size_t p = x_rfind(t, c->body_at, c->app_at, spoiled[m]);   /* read as a speck, and specks after */
		if (p == XNONE || (t->fl[p] & XF_BOOK))
			continue;
		size_t q = p + strlen(spoiled[m]), le = x_le(t, x_line_of(t, p)), r = q;
		while (r < le && r < q + 8 && !x_cjk(t, r))
			r += x_clen(t, r);
		if (q < t->n && r > q && r >= le && (best == XNONE || r > best))
			best = r;
	}
	if (best != XNONE)
		return best;
	static const char *const bare[] = { "裁定：", "决定：", "判决：", "裁定:", "决定:", NULL };
	for (int m = 0; bare[m]; m++) {
		size_t p = x_rfind(t, c->body_at, c->app_at, bare[m]);
		if (p != XNONE && (best == XNONE || p > best))
			best = p + strlen(bare[m]);
	}
	if (best != XNONE)
		return best;
	size_t z = x_find(t, c->body_at, c->app_at, "责令");
	return z != XNONE ? z : t->n;
}

/* 「上审判员段晓云」: a short line whose one speck, read as a character,
 * comes before a bench label (a body line that wraps at 「由审判员…」 is
 * long). */
static int specked_judge_line(const struct xtext *t, int k)
{
	size_t a, b;
	x_trimmed(t, k, &a, &b);
	return a < b && x_cjk(t, a) && utf8_chars_n(t->s + a, b - a) <= 10 && x_lit_any(t, a + x_clen(t, a), JUDGE_LABELS);
}

static void find_signature(struct xctx *c)
{
	const struct xtext *t = &c->t;
	int from = c->op_at < t->n ? x_line_of(t, c->op_at) + 1 : c->par_end;
	c->sig_at = c->app_at;
	for (int k = from; k < t->nl && x_ls(t, k) < c->app_at; k++) {
		size_t a = x_ls(t, k), b = x_le(t, k), s;
		size_t e = x_court_name_at(t, a, b, &s);
		if (x_lit_any(t, a, JUDGE_LABELS) || specked_judge_line(t, k) || is_cn_date_line(t, k) ||
		    x_lit(t, a, "本件与原本核对无异") ||
		    (e != XNONE && s == a && b - e <= 3 && k * 2 >= t->nl)) {
			c->sig_at = a;
			return;
		}
	}
}

void x_layout(struct xctx *c)
{
	c->title_line = -1;
	find_header(c);
	find_parties(c);
	find_appendix(c);
	c->op_at = operative_start(c);
	find_signature(c);
	if (c->op_at < c->t.n && c->op_at > c->sig_at)
		c->op_at = c->sig_at;
}

/* ---- kind ---- */

/* A word in [a, b) outside 《》 titles. */
static size_t word(const struct xctx *c, size_t a, size_t b, const char *w)
{
	for (size_t p = x_find(&c->t, a, b, w); p != XNONE; p = x_find(&c->t, p + 1, b, w))
		if (!(c->t.fl[p] & XF_BOOK))
			return p;
	return XNONE;
}

static int title_has(const struct xctx *c, const char *w)
{
	return strstr(c->title, w) != NULL;
}

/* The case type of the document's own 案号; an old number of the
 * 最高人民法院 has no court letters before it (（2015）执监字第134号). */
static int type_is(const struct xctx *c, const char *type)
{
	return c->has_cn && (strcmp(c->cn.type, type) == 0 || (c->cn.legacy && strstr(c->case_no, type)));
}

/* 终结本次执行程序, also said around the case's number. */
static int ends_round(const struct xctx *c, size_t a, size_t b)
{
	for (size_t p = word(c, a, b, "终结"); p != XNONE; p = word(c, p + 3, b, "终结"))
		if (x_ends_round(&c->t, p))
			return 1;
	for (size_t p = word(c, a, b, "结本院"); p != XNONE; p = word(c, p + 3, b, "结本院"))
		if (p >= a + 3 && x_ends_round(&c->t, x_prev(&c->t, p)))
			return 1;         /* 你结本院（…）号案件本次执行程序: 终 misread */
	return word(c, a, b, "本次执行程序终结") != XNONE;   /* 本案本次执行程序终结 */
}

/* 终结（2023）…号案件的执行 / 终结本案的执行 — not 终结本次执行程序. */
static int ends_execution(const struct xctx *c, size_t a, size_t b)
{
	for (size_t p = word(c, a, b, "终结"); p != XNONE; p = word(c, p + 3, b, "终结")) {
		if (x_ends_round(&c->t, p) || (p >= 6 && (x_lit(&c->t, p - 6, "审查") || x_lit(&c->t, p - 6, "审理"))))
			continue;         /* 现已审查终结: the review ended, not the execution */
		size_t e = x_find(&c->t, p, p + 120 < b ? p + 120 : b, "执行");
		if (e != XNONE)
			return 1;
	}
	return 0;
}

static const char *seizure_kind(const struct xctx *c, size_t a, size_t b)
{
	/* 扣划 and 划拨 take deposits frozen for it: a 冻结、划拨 ruling's kind */
	static const char *const m[][2] = { { "查封", "查封裁定书" }, { "冻结", "冻结裁定书" }, { "扣押", "扣押裁定书" },
					    { "扣划", "冻结裁定书" }, { "划拨", "冻结裁定书" } };
	size_t best = XNONE;
	const char *kind = NULL;
	for (int i = 0; i < 5; i++) {
		for (size_t p = word(c, a, b, m[i][0]); p != XNONE; p = word(c, p + 3, b, m[i][0])) {
			size_t q = x_prev(&c->t, x_prev(&c->t, p));
			if (p >= c->body_at + 6 && x_lit(&c->t, q, "解除"))
				continue;
			if (best == XNONE || p < best) {
				best = p;
				kind = m[i][1];
			}
			break;
		}
	}
	return kind;
}

/* 恢复执行, 恢复（2021）…号案件的执行: 恢复 with 执行 in its clause — not
 * 恢复土地原状、执行罚款 (an agency's order in a 行政非诉 ruling). */
static int resumes(const struct xctx *c, size_t a, size_t b)
{
	const struct xtext *t = &c->t;
	static const char *const may[] = { "可以", "可向", "有权", NULL };
	for (size_t p = word(c, a, b, "恢复"); p != XNONE; p = word(c, p + 3, b, "恢复")) {
		size_t ca, cb;
		x_clause(t, p, 120, &ca, &cb);
		if (x_find_any(t, ca, p, may))
			continue;         /* 可以向本院申请恢复执行: the applicant's right, said in a 终本 ruling */
		for (size_t q = p + 6; q < b && !(t->fl[q] & XF_CLAUSE) && !x_lit(t, q, "、"); q += x_clen(t, q))
			if (x_lit(t, q, "执行"))
				return 1;
	}
	return 0;
}

static const char *ruling_kind(const struct xctx *c, size_t a, size_t b)
{
	size_t all = c->body_at, end = c->app_at;
	if (resumes(c, a, b) && !ends_round(c, a, b))
		return "恢复执行裁定书";
	if (type_is(c, "执异") || title_has(c, "异议"))
		return "执行异议裁定书";
	if (type_is(c, "执复") || title_has(c, "复议"))
		return "执行复议裁定书";
	if (type_is(c, "执监") || title_has(c, "监督"))
		return "执行监督裁定书";
	if (ends_round(c, a, b))
		return "终本裁定书";
	if (ends_execution(c, a, b))
		return "终结执行裁定书";
	if (type_is(c, "行审") || type_is(c, "行非审") || title_has(c, "行政") ||
	    word(c, a, b, "准予强制执行") != XNONE || word(c, a, b, "准予执行") != XNONE)
		return "行政非诉执行审查裁定书";
	if (type_is(c, "执保") || type_is(c, "财保") ||
	    ((title_has(c, "民事") || (c->has_cn && strncmp(c->cn.type, "执", 3))) && word(c, all, end, "保全") != XNONE))
		return "财产保全裁定书";
	if (word(c, all, end, "异议人") != XNONE && (word(c, a, b, "驳回") != XNONE || word(c, a, b, "异议成立") != XNONE))
		return "执行异议裁定书";
	if (word(c, a, b, "成交") != XNONE || word(c, a, b, "买受人") != XNONE || word(c, a, b, "抵债") != XNONE ||
	    (word(c, a, b, "作价") != XNONE && word(c, a, b, "交付申请执行人") != XNONE))
		return "成交确认裁定书";     /* 以物抵债: the property handed to the creditor at its price (拍卖变卖规定 第十六条) */
	const char *seized = seizure_kind(c, a, b);
	if (seized || !type_is(c, "执恢"))
		return seized;
	/* a ruling of a resumed case that orders a sale (拍卖被执行人…股权) is no
	 * 恢复执行 ruling: its title says what it is */
	return word(c, a, b, "拍卖") != XNONE || word(c, a, b, "变卖") != XNONE ? NULL : "恢复执行裁定书";
}

static const char *decision_kind(const struct xctx *c, size_t a, size_t b)
{
	if (title_has(c, "罚款") || title_has(c, "款决定"))
		return "罚款决定书";     /* 「本款决定书」: 罚 misread */
	if (title_has(c, "拘留") || title_has(c, "留决定"))
		return "拘留决定书";
	size_t ps = x_ls(&c->t, c->hdr_end), pe = x_ls(&c->t, c->par_end);
	if (word(c, ps, pe, "被罚款人") != XNONE)
		return "罚款决定书";     /* whom it fines, named in the parties (its warning of 拘留 in the body) */
	if (word(c, ps, pe, "被拘留人") != XNONE)
		return "拘留决定书";
	if (title_has(c, "失信") || word(c, a, b, "失信被执行人名单") != XNONE || word(c, a, b, "纳入失信") != XNONE)
		return "失信决定书";     /* 「纳入失信被拟行人名单」: the list's name misread */
	if (word(c, a, b, "拘留") != XNONE)
		return "拘留决定书";
	if (word(c, a, b, "罚款") != XNONE)
		return "罚款决定书";
	return NULL;
}

static const char *title_kind(const struct xctx *c)
{
	static const char *const direct[][2] = {
		{ "协助执行", "协助执行通知书" },   /* to a registry or a bank: not the 执行通知书 to the debtor */
		{ "限制消费令", "限制消费令" }, { "限制高消费令", "限制消费令" }, { "报告财产令", "报告财产令" },
		{ "执行通知", "执行通知书" }, { "拍卖公告", "拍卖公告" }, { "变卖公告", "拍卖公告" },
		{ "发放通知", "案款发放通知书" }, { "领款通知", "案款发放通知书" }, { "执行款领取", "案款发放通知书" },
		{ "案款领取", "案款发放通知书" },
	};
	for (size_t i = 0; i < sizeof direct / sizeof *direct; i++)
		if (title_has(c, direct[i][0]))
			return direct[i][1];
	if (title_has(c, "公告") && (word(c, c->body_at, c->app_at, "拍卖") != XNONE ||
				     word(c, c->body_at, c->app_at, "进行公开整体变卖") != XNONE ||
				     word(c, c->body_at, c->app_at, "进行公开变卖") != XNONE))
		return "拍卖公告";    /* 「…司法要严公告」: 变卖 misread in the title, the body's 公开变卖 */
	if (c->title[0])
		return NULL;
	/* printed without its title (a platform's copy): what the text says it is */
	size_t all = c->body_at, end = c->app_at;
	if ((word(c, all, end, "公告如下") != XNONE || x_find(&c->t, all, end, "竞买须知") != XNONE ||
	     word(c, all, end, "进行公开拍卖") != XNONE) &&   /* 《竞买须知》: the notice's own rules, named as a title */
	    (word(c, all, end, "拍卖") != XNONE || word(c, all, end, "变卖") != XNONE))
		return "拍卖公告";    /* 将于…在…司法拍卖网络平台上进行公开拍卖活动，现公告如下 */
	if (word(c, all, end, "对你单位采取限制消费措施") != XNONE || word(c, all, end, "对你采取限制消费措施") != XNONE)
		return "限制消费令";  /* a notice without its title that restricts its addressee */
	if (word(c, all, end, "此令") != XNONE) {
		if (word(c, all, end, "限制消费措施") != XNONE || word(c, all, end, "限制高消费") != XNONE)
			return "限制消费令";
		if (word(c, all, end, "报告财产") != XNONE)
			return "报告财产令";
	}
	return NULL;
}

/* A notice whose title OCR lost (「和第和」) still says what it orders:
 * 责令…报告…财产 a 报告财产令, 责令…履行 after 本通知 an 执行通知书. */
static const char *untitled_order(const struct xctx *c)
{
	size_t order = word(c, c->body_at, c->app_at, "责令");
	if (order == XNONE)
		return NULL;
	if (word(c, order, c->app_at, "报告") != XNONE && word(c, order, c->app_at, "财产") != XNONE &&
	    (word(c, c->body_at, c->app_at, "本令") != XNONE || word(c, order, c->app_at, "如实向本院") != XNONE))
		return "报告财产令";     /* 「收到本，⏎，，，，念后五日内，如实向本院书面报告」: 本令 garbled */
	if (word(c, order, c->app_at, "履行") != XNONE && word(c, c->body_at, c->app_at, "本通知") != XNONE)
		return "执行通知书";
	return NULL;
}

void x_kind(struct xctx *c)
{
	const struct xtext *t = &c->t;
	int op = c->op_at < c->sig_at;
	size_t a = op ? c->op_at : c->body_at, b = op ? c->sig_at : c->app_at;
	const char *kind = title_kind(c);
	double conf = 0.95;
	if (!kind && c->title_line < 0 && word(c, c->body_at, c->app_at, "责令你") != XNONE)
		kind = untitled_order(c);       /* an order to its addressee (你单位), no ruling: what it orders first */
	if (!kind && title_has(c, "决定"))
		kind = decision_kind(c, a, b);
	else if (!kind && (title_has(c, "裁定") || c->title_line < 0))
		kind = ruling_kind(c, a, b);
	if (!kind && c->title_line < 0 && word(c, c->body_at, c->app_at, "决定如下") != XNONE)
		kind = decision_kind(c, a, b);
	if (!kind && c->title_line < 0)
		kind = untitled_order(c);
	if (kind && c->title_line < 0)
		conf = 0.6;
	else if (kind && strcmp(c->title, kind) != 0 && !strstr(c->title, kind))
		conf = 0.85;
	if (!kind && c->title[0])
		kind = c->title, conf = 0.7;
	if (!kind)
		return;
	x_set(c->kind, sizeof c->kind, kind);
	size_t s = c->title_line >= 0 ? x_ls(t, c->title_line) : a, e = c->title_line >= 0 ? x_le(t, c->title_line) : a;
	if (e <= s)
		e = s + x_clen(t, s);
	x_add(c, "kind", "", kind, s, e, conf);
}
