/* extract_runon.c — where a ruling printed as one run breaks into lines.
 *
 * Sites that republish rulings (and text copied from them) often print a
 * whole ruling as one paragraph: 「…人民法院行 政 裁 定 书(2017)晋1182行审69号
 * 申请执行人…局。法定代表人…。被执行人…。申请执行人…于…向本院申请…」. The
 * layout reads a document by its lines (header, parties block, signature),
 * so such a line is cut where the printed ruling has its line breaks: after
 * the court, the title and the 案号, before each party's sentence and the
 * body's first, and before the signature's labels and 落款 after the last
 * sentence — a line that opens with a court and a title (a shorter one only
 * where a party's label follows its 案号: a header OCR ran into the parties).
 * A line that opens with a party's label is cut before each party's sentence. */
#include "ocr/extract_int.h"

#include <string.h>

static int sp(const char *s, size_t i, size_t n, size_t *len)
{
	*len = 1;
	if (i < n && s[i] == ' ')
		return 1;
	*len = 3;
	return i + 3 <= n && !memcmp(s + i, "\xE3\x80\x80", 3);
}

static size_t skip_sp(const char *s, size_t i, size_t n)
{
	size_t l;
	while (sp(s, i, n, &l))
		i += l;
	return i;
}

static int lit(const char *s, size_t i, size_t n, const char *w)
{
	size_t k = strlen(w);
	return i + k <= n && !memcmp(s + i, w, k);
}

static size_t find(const char *s, size_t i, size_t n, const char *w)
{
	for (; i < n; i++)
		if (lit(s, i, n, w))
			return i;
	return XNONE;
}

static int cjk3(const char *s, size_t i, size_t n)
{
	if (i + 3 > n)
		return 0;
	unsigned c = ((unsigned)(unsigned char)s[i] << 16) | ((unsigned)(unsigned char)s[i + 1] << 8) |
		     (unsigned char)s[i + 2];
	return c >= 0xE4B880 && c <= 0xE9BFBF;     /* U+4E00..U+9FFF */
}

/* After a court's name opening the line (CJK up to 法院), or XNONE. */
static size_t court_end(const char *s, size_t n)
{
	size_t p = find(s, 0, n < 90 ? n : 90, "法院");
	if (p == XNONE || p < 6)
		return XNONE;
	for (size_t i = 0; i < p; i += 3)
		if (!cjk3(s, i, n))
			return XNONE;
	return p + 6;
}

/* After a title (行 政 裁 定 书, 执行裁定书, 限制消费令, 拍卖公告) at i, spaces
 * between its characters, when a 案号's bracket follows; else XNONE. */
static size_t title_end(const char *s, size_t i, size_t n)
{
	for (int chars = 0; chars < 12; chars++) {
		i = skip_sp(s, i, n);
		if (!cjk3(s, i, n))
			return XNONE;
		int last = lit(s, i, n, "书") || lit(s, i, n, "令") || lit(s, i, n, "告");
		i += 3;
		size_t j = skip_sp(s, i, n);
		if (last && chars >= 2 && (lit(s, j, n, "(") || lit(s, j, n, "（") || lit(s, j, n, "〔")))
			return i;
	}
	return XNONE;
}

/* After a 案号 （2017）…号 at i, or XNONE. */
static size_t case_end(const char *s, size_t i, size_t n)
{
	i = skip_sp(s, i, n);
	size_t h = find(s, i, i + 60 < n ? i + 60 : n, "号");
	if (h == XNONE || find(s, i, h, "。") != XNONE || find(s, i, h, "，") != XNONE)
		return XNONE;
	h += 3;
	if (lit(s, h, n, "之") && cjk3(s, h + 3, n))
		h += 6;
	return h;
}

static const char *const LABELS[] = {
	"被申请执行人", "申请执行人", "被执行人", "复议申请人", "申请复议人", "异议人", "案外人", "申诉人", "被申诉人",
	"利害关系人", "第三人", "被申请人", "申请人", "法定代表人", "负责人", "主要负责人", "委托诉讼代理人",
	"委托代理人", "诉讼代理人", "委派代表", "经营者", "投资人", "原告", "被告", NULL,
};

static const char *const SIGNATURE[] = {
	"审判长", "审判员", "代理审判员", "人民陪审员", "执行员", "书记员", "法官助理", NULL,
};

/* The length of one of labels at i, or 0. */
static size_t label_at(const char *s, size_t i, size_t n, const char *const *labels)
{
	for (int k = 0; labels[k]; k++)
		if (lit(s, i, n, labels[k]))
			return strlen(labels[k]);
	return 0;
}

/* The sentence [a, e) tells the case, not a party: the body has begun. */
static int body_sentence(const char *s, size_t a, size_t e)
{
	static const char *const words[] = { "一案", "纠纷", "本院", "申请强制执行", "申请执行", "作出", "不服", NULL };
	for (int k = 0; words[k]; k++)
		if (find(s, a, e, words[k]) != XNONE)
			return 1;
	return 0;
}

static void put(size_t *cuts, size_t *nc, size_t max, size_t at, size_t n)
{
	if (*nc < max && at < n && (*nc == 0 || at > cuts[*nc - 1]))
		cuts[(*nc)++] = at;
}

/* The signature after the last sentence: before each label and before a
 * 落款 in Chinese numerals (二〇一七年…). */
static void signature_cuts(const char *s, size_t n, size_t *cuts, size_t *nc, size_t max)
{
	size_t last = XNONE;
	for (size_t p = find(s, 0, n, "。"); p != XNONE; p = find(s, p + 3, n, "。"))
		last = p + 3;
	if (last == XNONE || n - last > 240)
		return;
	for (size_t i = last; i < n; i++)
		if ((i > last && label_at(s, i, n, SIGNATURE)) || lit(s, i, n, "二〇") || lit(s, i, n, "二○"))
			put(cuts, nc, max, i, n), i += 5;
}

/* A party's record at i: a label and its colon (「被执行人：」, 「申请执行人（原告）：」),
 * not a sentence about the party (「案外人称：」「案外人已通过…」). */
static int record_at(const char *s, size_t i, size_t n)
{
	size_t l = label_at(s, i, n, LABELS);
	if (!l)
		return 0;
	i += l;
	if (lit(s, i, n, "（") || lit(s, i, n, "(")) {          /* （原审被告） */
		size_t lim = i + 60 < n ? i + 60 : n, close = find(s, i, lim, "）"), half = find(s, i, lim, ")");
		if (close == XNONE || (half != XNONE && half < close))
			close = half;
		if (close == XNONE)
			return 0;
		i = close + (s[close] == ')' ? 1 : 3);
	}
	return lit(s, i, n, "：") || lit(s, i, n, ":");
}

/* A party block printed as one paragraph, 「申请执行人：甲银行…。负责人：乙。
 * 被执行人：丙公司…。法定代表人：丁。」: cut before each sentence that
 * opens with a label, up to the first that tells the case. */
static void party_block_cuts(const char *s, size_t n, size_t *cuts, size_t *nc, size_t max)
{
	size_t p = skip_sp(s, 0, n);
	if (!record_at(s, p, n))
		return;
	for (;;) {
		size_t e = find(s, p, n, "。");
		if (e == XNONE || body_sentence(s, p + label_at(s, p, n, LABELS), e))
			return;
		p = skip_sp(s, e + 3, n);
		if (p >= n || !record_at(s, p, n))
			return;
		put(cuts, nc, max, p, n);
	}
}

size_t x_runon_cuts(const char *s, size_t n, size_t *cuts, size_t max)
{
	size_t nc = 0;
	size_t c = court_end(s, n), t = c != XNONE ? title_end(s, c, n) : XNONE;
	size_t p = t != XNONE ? case_end(s, t, n) : XNONE;
	if (t != XNONE && n < 300 && (p == XNONE || !label_at(s, skip_sp(s, p, n), n, LABELS)))
		t = XNONE;     /* a shorter line is cut only where OCR ran a header into the first party's
				* record, the rest on the lines after (「…行政裁定书（2017）晋1182行审69号申请执行人
				* 汾阳市国土⏎资源局。法定代表人…」) */
	if (t == XNONE) {
		party_block_cuts(s, n, cuts, &nc, max);
		return nc;
	}
	put(cuts, &nc, max, c, n);
	put(cuts, &nc, max, t, n);
	if (p == XNONE)
		p = t;
	put(cuts, &nc, max, p, n);
	for (p = skip_sp(s, p, n); p < n && label_at(s, p, n, LABELS);) {
		size_t e = find(s, p, n, "。");
		e = e == XNONE ? n : e + 3;
		put(cuts, &nc, max, p, n);
		if (body_sentence(s, p + label_at(s, p, n, LABELS), e))
			break;                       /* the body's first sentence, on a line of its own */
		p = e;
	}
	put(cuts, &nc, max, p, n);
	signature_cuts(s, n, cuts, &nc, max);
	return nc;
}
