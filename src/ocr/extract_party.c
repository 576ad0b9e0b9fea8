/* extract_party.c — parties, their legal representatives, and judges.
 *
 * Parties come from the parties block (a line opening with a role label,
 * with or without 「：」, 「被执行人（原审被告）：」 too, and 「复议申请人（被执行人）：」
 * giving the party under both roles; several names split on
 * 、; the 身份证号 / 统一社会信用代码 on the same or the next line) and from
 * the body's 「申请执行人甲与被执行人乙…」. 被申请执行人 is 被执行人. Lawyers
 * (委托诉讼代理人, 律师) are not parties. A name is an organisation when it
 * ends like one (公司, 银行, 局, 委员会 …) or is too long for a person.
 * Judges are read from lines opening with 审判长/审判员/代理审判员/人民陪审员/
 * 执行员, spaced or not; 书记员 and 法官助理 are not judges. */
#include "ocr/extract_int.h"
#include "legal/reference.h"
#include "ocr/surnames.h"
#include "ocr/weakchars.h"
#include "util/utf8.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const struct { const char *label, *role; } ROLES[] = {
	{ "被申请执行人", "被执行人" }, { "申请执行人", "申请执行人" }, { "被执行人", "被执行人" },
	{ "复议申请人", "复议申请人" }, { "申请复议人", "复议申请人" }, { "案外人", "案外人" },
	{ "异议人", "异议人" }, { "被申请人", "被申请人" }, { "申请人", "申请人" }, { "第三人", "第三人" },
	{ "买受人", "买受人" }, { "被申诉人", "被申诉人" }, { "申诉人", "申诉人" }, { "利害关系人", "利害关系人" },
};

enum { NROLES = sizeof ROLES / sizeof *ROLES };

/* The roles' labels, NULL-terminated, for the label readers of extract_text.c
 * (on the caller's stack: no shared state between documents read at once). */
static void role_labels(const char *labels[NROLES + 1])
{
	for (size_t k = 0; k < NROLES; k++)
		labels[k] = ROLES[k].label;
	labels[NROLES] = NULL;
}

/* The role whose label opens at i; at the start of a line also a label
 * OCR misread in one character (「电请执行人*…」). */
static const char *role_at(const struct xtext *t, size_t i, size_t *len)
{
	for (size_t k = 0; k < NROLES; k++)
		if (x_lit(t, i, ROLES[k].label)) {
			*len = strlen(ROLES[k].label);
			return ROLES[k].role;
		}
	const char *labels[NROLES + 1];
	role_labels(labels);
	int k = x_label_misread(t, i, labels, len);
	return k >= 0 ? ROLES[k].role : NULL;
}

static const char *const ORG_ENDS[] = {
	"有限责任公司", "股份有限公司", "有限公司", "分公司", "公司", "支行", "分行", "银行", "合作社", "联社",
	"委员会", "经营部", "事务所", "集团", "商行", "厂", "店", "中心", "局", "（有限合伙）", "（普通合伙）",
	"(有限合伙)", "(普通合伙)",
	"合伙企业", "办事处", "政府", "学校", "医院", "研究院", "管理处", NULL,
};

static int ends_org(const char *name)
{
	size_t n = strlen(name);
	for (int k = 0; ORG_ENDS[k]; k++) {
		size_t l = strlen(ORG_ENDS[k]);
		if (n > l && !strcmp(name + n - l, ORG_ENDS[k]))
			return 1;
	}
	return 0;
}

static int chars_of(const char *s)
{
	int n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static const char *party_kind(const char *name)
{
	return norm_name_is_org(name) || ends_org(name) || (chars_of(name) >= 6 && !strstr(name, "·")) ? "org"
												       : "person";
}

static int org_ahead(const struct xtext *t, size_t i, size_t limit);

/* Whether the two characters before i name a place the court table knows. */
static int place_before(const struct xtext *t, size_t i)
{
	size_t a = x_prev(t, x_prev(t, i));
	char two[16];
	if (i - a != 6 || a >= i)
		return 0;
	x_copy(t, a, i, two, sizeof two);
	return ref_place_known(two);
}

/* Words that end a name in a party line once it has two characters. */
static int name_stop(const struct xtext *t, size_t i, int chars)
{
	static const char *const words[] = {
		"住所地", "住址", "住", "身份", "公民", "统一社会", "社会信用", "组织机构", "法定代表人", "负责人",
		"经营者", "投资人", "出生", "现住", "户籍", "联系", "性别", "民族", "汉族", "系", "委托", "职务",
		"依据已", "依据生效", "依据发生", "根据已", "根据生效",     /* 「申请执行人潘某文依据已发生法律效力的…」 */
		NULL,
	};
	if (chars < 2)
		return 0;
	if (x_lit(t, i, "于") && (x_digit(t, i + 3) || x_in(t, i + 3, "二同本")))
		return 1;            /* 某某局于2014年3月3日作出… */
	if (x_lit(t, i, "住房"))
		return 0;            /* 某某自治州住房和城乡建设局, 住房公积金管理中心: a word of the name */
	if (x_lit(t, i, "系") && chars == 2 && place_before(t, i) && org_ahead(t, i, t->n))
		return 0;            /* 「西安系川汇达…有限公司」: 秦 misread after a place, the company's name goes on */
	if (x_lit_any(t, i, words))
		return 1;
	return chars <= 4 && x_in(t, i, "男女") && !x_cjk(t, i + 3);
}

/* How a ruling opens the bracket that defines a short name (OCR reads 《 for （). */
static const char *const SHORT_FOR[] = { "（以下简称", "(以下简称", "《以下简称", "（以下称", "(以下称", "（下称", "(下称", "（简称", "(简称", NULL };

/* 「…合伙企业《有限合伙）」: OCR's 《 or 〈 for the （ of a partnership's form. */
static int partnership_mark(const struct xtext *t, size_t p)
{
	return x_in(t, p, "《〈") && (x_lit(t, p + 3, "有限合伙") || x_lit(t, p + 3, "普通合伙"));
}

/* Whether i opens the bracket defining a short name — also with OCR's
 * speck inside it (「(以⏎_下简称博泰公司)」 where the page wrapped it, 「（以下人简称…」). */
static int short_for_at(const struct xtext *t, size_t i)
{
	if (x_lit_any(t, i, SHORT_FOR))
		return 1;
	size_t y = i + x_clen(t, i), q = y + 3;
	if (!x_in(t, i, "（(") || !x_lit(t, y, "以"))
		return 0;
	if (x_lit(t, y, "以下") && x_cjk(t, y + 6) && x_lit(t, y + 9, "简称"))
		return 1;            /* 「（以下人简称金泰公司」: a speck read as a character */
	for (int n = 0; n < 2 && q < t->n && !x_cjk(t, q); n++)
		q += x_clen(t, q);
	return q > y + 3 && x_lit(t, q, "下简称");
}

/* After "（": where "）" closes, when the name goes on after it (某某（上海）有限公司). */
static size_t paren_in_name(const struct xtext *t, size_t i, size_t limit)
{
	if (short_for_at(t, i))
		return XNONE;             /* （以下简称雅筑公司）: the short name, never part of the name */
	size_t close = XNONE;
	for (size_t q = i + x_clen(t, i); q < limit && q < i + 45; q += x_clen(t, q))
		if (x_in(t, q, "）)")) {
			close = q + x_clen(t, q);
			break;
		}
	if (close == XNONE)
		return XNONE;
	if (x_cjk(t, close) && !x_in(t, close, "男女住系") && !x_lit(t, close, "身份") && !x_lit(t, close, "公民") &&
	    !x_lit(t, close, "法定") && !x_lit(t, close, "统一"))
		return close;
	char in[64];
	x_copy(t, i, close, in, sizeof in);
	return strstr(in, "合伙") ? close : XNONE;
}

static int span_ends_org(const struct xtext *t, size_t a, size_t b)
{
	char name[256];
	x_copy(t, a, b, name, sizeof name);
	return ends_org(name);
}

/* An organisation's ending before the next punctuation from i. */
static int org_ahead(const struct xtext *t, size_t i, size_t limit)
{
	for (size_t p = i; p < limit && p < i + 90 && !x_in(t, p, "，,。；;：:"); p += x_clen(t, p))
		for (int k = 0; ORG_ENDS[k]; k++)
			if (x_lit(t, p, ORG_ENDS[k]))
				return 1;
	return 0;
}

/* 「…房地产开发有限公」 at a line's end, 「司，住所地…」 on the next: an
 * organisation's ending that the wrap cut, begun in the last characters
 * before e (and after a). */
static int org_end_across(const struct xtext *t, size_t a, size_t e)
{
	size_t q = e;
	for (int back = 0; back < 3 && q > a; back++) {
		q = x_prev(t, q);
		for (int k = 0; ORG_ENDS[k]; k++)
			if (q + strlen(ORG_ENDS[k]) > e && x_lit(t, q, ORG_ENDS[k]))
				return 1;
	}
	return 0;
}

/* 「…股份有限公司」 at a line's end, 「乐从支行，营业场所…」 on the next (ls to
 * le): the branch the wrap cut off a name that looked whole. */
static int branch_next(const struct xtext *t, size_t ls, size_t le)
{
	static const char *const BRANCH[] = { "支行", "分行", "分公司", "营业部", "分理处", "办事处", "分店", NULL };
	size_t p = ls;
	for (int chars = 0; p < le && chars < 12 && x_cjk(t, p); chars++)
		p += x_clen(t, p);
	if (p >= le || !x_in(t, p, "，,（("))
		return 0;
	for (int k = 0; BRANCH[k]; k++) {
		size_t n = strlen(BRANCH[k]);
		if (p >= ls + n && x_lit(t, p - n, BRANCH[k]))
			return 1;
	}
	return 0;
}

/* A 因 that is a verb's (「罗某舰因某公司申请执行…」), not a name's (基因). */
static int verb_because(const struct xtext *t, size_t p)
{
	return x_lit(t, p, "因") && !x_lit(t, x_prev(t, p), "基");
}

/* A name that opens with a capital: masked as its initials (XY公司). */
static int initials_name(const char *name)
{
	return name[0] >= 'A' && name[0] <= 'Z';
}

/* 「XY公司」「JS银行股份有限公司…」: a party the publisher masked as the
 * capital initials of its name, two to four before its first character
 * (one alone is as often OCR's speck before a name). */
static int initials_before_cjk(const struct xtext *t, size_t p)
{
	size_t q = p;
	while (q < t->n && q - p < 4 && t->s[q] >= 'A' && t->s[q] <= 'Z')
		q++;
	return q - p >= 2 && x_cjk(t, q);
}

/* A name from i in a party line: its end, or i when none. */
static size_t scan_name(const struct xtext *t, size_t i, size_t limit)
{
	size_t p = i;
	int chars = 0;
	while (p < limit && chars < 60) {
		if (x_in(t, p, "，,。；;：:、") || name_stop(t, p, chars))
			break;
		if (chars >= 2 && verb_because(t, p))
			break;            /* 「申诉人罗某舰因某公司申请执行…」: the body's first line, a verb's 因 */
		if (x_in(t, p, ".") && chars >= 2 && (span_ends_org(t, i, p) || !x_cjk(t, p + 1) || name_stop(t, p + 1, chars)))
			break;            /* OCR's 「.」 for 「。」「，」 or a speck: 「钮建平.」, 「…有限公司.件所地…」, 「庞某菊.女」 */
		if (!x_cjk(t, p) && x_lit(t, p + x_clen(t, p), "以下简称"))
			break;            /* 「…公司\以下简称锦华公司）」: OCR's speck for （ */
		if (x_in(t, p, "（(") || partnership_mark(t, p)) {
			size_t q = chars ? paren_in_name(t, p, limit) : XNONE;
			if (q == XNONE)
				break;
			p = q;
			chars++;
			continue;
		}
		if (!x_cjk(t, p) && !x_in(t, p, "·•") && !(chars && (x_digit(t, p) || (x_cp(t, p) < 0x80 &&
												 x_cp(t, p) > ' '))) &&
		    !(chars == 0 && initials_before_cjk(t, p)))
			break;
		if ((t->fl[p] & XF_GAP) && chars >= 2 && chars <= 4 && !org_ahead(t, p, limit))
			break;            /* 「张三 男 汉族」, but 「浙江 某某 有限公司」 goes on */
		p += x_clen(t, p);
		chars++;
	}
	return p;
}

static int good_name(const char *name)
{
	static const char *const bad[] = { "号码", "代码", "法院", "本院", "名下", "财产", "执行", "申请", "某某某某", "名单",
					   "一审", "二审", "原审", "逾期", NULL };
	/* 一审原告: a role of the trial, not a name; 「买受人和逾期未支付…」: a rule of the sale, OCR's 和 before it */
	int n = chars_of(name);
	if (n < 2 || !strcmp(name, "你") || !strcmp(name, "其"))
		return 0;
	for (int k = 0; bad[k]; k++)
		if (strstr(name, bad[k]))
			return 0;
	return 1;
}

/* The ID-shaped token at i, up to b: its characters in cand (a full-width
 * ＊ as *, O as 0), their count as the result, its bytes in *bytes. Checked per
 * character: a byte set with ＊ in it took the lead bytes of 「，」 too, so
 * an ID followed by 「，住…」 was never read. */
static size_t id_token(const struct xtext *t, size_t i, size_t b, char *cand, size_t *bytes)
{
	static const char idchars[] = "0123456789ABCDEFGHJKLMNPQRTUWXYabcdefghjklmnpqrtuwxy*xX";
	size_t n = 0, p = i;
	while (p < b && n < 20) {
		if (t->s[p] && strchr(idchars, t->s[p]))
			cand[n++] = t->s[p++];
		else if (t->s[p] == 'O' || t->s[p] == 'o')
			cand[n++] = '0', p++;        /* no ID holds the letter O: OCR's 0 */
		else if (p + 3 <= b && x_lit(t, p, "＊"))
			cand[n++] = '*', p += 3;
		else
			break;
	}
	cand[n] = '\0';
	*bytes = p - i;
	return n;
}

/* The first ID-shaped token in [a, b): 18 characters (or 15 digits), or a
 * masked one; *valid gets whether the check character is right: 1, or 2
 * after mending one character OCR confused (MA0LR5… for MA01R5…) when
 * exactly one such change makes it so. */
static int find_id(const struct xtext *t, size_t a, size_t b, char *out, size_t outlen, int *valid)
{
	for (size_t i = a; i < b && i < t->n; i++) {
		char cand[24];
		size_t bytes, n = id_token(t, i, b, cand, &bytes);
		if (n == 18 || n == 15) {
			struct id_info id;
			if (norm_id(cand, &id) == NORM_OK && id.kind != ID_NONE && id.kind != ID_UNKNOWN &&
			    (id.kind != ID_PERSON || n == 18 || strspn(cand, "0123456789") == 15)) {
				x_set(out, outlen, id.norm);
				*valid = id.valid || id.kind == ID_MASKED;
				if (!*valid && id.kind != ID_MASKED && outlen > 18)   /* one look-alike misread: mended (2) */
					*valid = 2 * x_mend_id(out, id.kind == ID_PERSON);
				return 1;
			}
		}
		if (bytes)
			i += bytes - 1;
	}
	return 0;
}

/* A 身份号码 OCR spoiled with letters and signs for digits
 * (「公民身份号码4s0102198nn105001&」): after the label, 18 characters of
 * which at most four are look-alikes (s for 5, & for 8, n for 0 …),
 * taken only when the check character then agrees. */
static int misread_person_id(const struct xtext *t, size_t a, size_t b, char *out, size_t outlen)
{
	static const char from[] = "oODQUunlIi|!ZzAsSbGTB&gq", to[] = "000000011111224556678899";
	static const char *const labels[] = { "身份号码", "身份证号码", "身份证号", NULL };
	for (int k = 0; labels[k]; k++) {
		size_t p = x_find(t, a, b, labels[k]);
		if (p == XNONE)
			continue;
		p += strlen(labels[k]);
		while (p < b && x_in(t, p, "：:为是"))
			p += x_clen(t, p);
		char id[24];
		int n = 0, mended = 0;
		for (; p < b && n < 19 && (unsigned char)t->s[p] < 0x80 && t->s[p] > ' '; p++) {
			const char *m = strchr(from, t->s[p]);
			if (x_digit(t, p) || ((t->s[p] == 'X' || t->s[p] == 'x') && n == 17))
				id[n++] = t->s[p];
			else if (m && *m)
				id[n++] = to[m - from], mended++;
			else
				break;
		}
		id[n] = '\0';
		struct id_info info;
		if (n == 18 && mended >= 1 && mended <= 4 && norm_id(id, &info) == NORM_OK && info.kind == ID_PERSON &&
		    info.valid) {
			x_set(out, outlen, info.norm);
			return 1;
		}
	}
	return 0;
}

/* One character of a read as two in b, or of b as two in a (汾阳市国土资源局,
 * 汾阳市国上上资源局): what is left between their common start and end is
 * one character on one side and two on the other. */
static int split_glyph(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), pre = 0, suf = 0;
	int len;
	while (pre < la && pre < lb) {            /* whole characters in common at the start */
		utf8_decode(a + pre, la - pre, &len);
		if (len <= 0 || pre + (size_t)len > lb || memcmp(a + pre, b + pre, (size_t)len))
			break;
		pre += (size_t)len;
	}
	while (suf < la - pre && suf < lb - pre && a[la - 1 - suf] == b[lb - 1 - suf])
		suf++;
	while (suf > 0 && ((unsigned char)a[la - suf] & 0xC0) == 0x80)
		suf--;                                /* …and at the end, from a character's first byte */
	size_t ma = la - pre - suf, mb = lb - pre - suf;
	if (!utf8_valid(a + pre, ma) || !utf8_valid(b + pre, mb))
		return 0;
	size_t ca = utf8_chars_n(a + pre, ma), cb = utf8_chars_n(b + pre, mb);
	return (ca == 1 && cb == 2) || (ca == 2 && cb == 1);
}

/* Two long names one character apart (one misread, put in or left out, or
 * read as two): one organisation, one of its mentions misread by OCR
 * (厦门获岛明辉… and 厦门晤岛明辉…, 苏州金间融信人小额… and 苏州金间融信小额…). */
static int misread_of(const char *a, const char *b)
{
	return utf8_chars(a) >= 8 && (utf8_diff(a, b) == 1 || utf8_one_more(a, b) || split_glyph(a, b));
}

static int mentions(const struct xtext *t, const char *name)
{
	int n = 0;
	for (size_t p = x_find(t, 0, t->n, name); p != XNONE; p = x_find(t, p + 1, t->n, name))
		n++;
	return n;
}

/* How often the text names name other than inside other (海锦程物流… inside
 * 上海锦程物流…: the shorter reading counts only where it stands alone). */
static int own_mentions(const struct xtext *t, const char *name, const char *other)
{
	int n = mentions(t, name);
	return strstr(other, name) ? n - mentions(t, other) : n;
}

/* Whether fact x was read in the parties' block (not from the body). */
static int in_party_block(const struct xctx *c, const struct fact *x)
{
	if (c->par_end <= c->hdr_end)
		return 0;
	const struct xline *last = &c->t.lines[c->par_end - 1];
	return x->page < last->page || (x->page == last->page && x->line <= last->line);
}

/* A name the publisher masked (某, *, ×, 隆某某1): such names differ in
 * little, so a one-character difference is no misreading. */
static int masked_name(const char *name)
{
	return strstr(name, "某") || strpbrk(name, "*0123456789") || strstr(name, "×");
}

/* 「被执行人：蒙丽华，女，…」 in the block, 「被执行人蔡丽华…」「判决蔡丽华…」 in
 * the body: a person the block names once and the body never, one
 * character off the name the body gives in the same role — OCR misread
 * the block. */
static int misread_in_block(const struct xctx *c, const struct fact *x, const char *role, const char *name)
{
	if (strcmp(x->role, role))
		return 0;
	int n = (int)utf8_chars(name);
	if (masked_name(name) || strstr(x->value, "某"))
		return 0;                 /* 隆某某1 and 蒙某某1: masked names differ in little */
	return !strcmp(x->field, "party") && !strcmp(x->party_kind, "person") && n >= 2 && n <= 4 &&
	       utf8_diff(x->value, name) == 1 && in_party_block(c, x) && mentions(&c->t, x->value) == 1 &&
	       mentions(&c->t, name) >= 2;
}

/* Whether the name's first two characters name a place the court table
 * knows (山西…, not 冰西…). */
static int place_known_first(const char *name)
{
	char two[8];
	if (strlen(name) < 6 || utf8_chars_n(name, 6) != 2)
		return 0;
	memcpy(two, name, 6);
	two[6] = '\0';
	return ref_place_known(two);
}

/* Whether name is a party already; a one-character variant of a long name
 * is the same party, and the reading the text repeats more often wins
 * (every fact of that party takes it). */
static int party_named(struct xctx *c, const char *name)
{
	int named = 0;
	for (int i = c->first; i < c->out->n; i++) {
		struct fact *x = &c->out->v[i];
		if (strcmp(x->field, "party") && strcmp(x->field, "legal_rep"))
			continue;
		if (!strcmp(x->field, "party") && !strcmp(x->value, name))
			return 1;
		const char *have = !strcmp(x->field, "party") ? x->value : x->role;
		if (misread_of(have, name)) {
			named = 1;
			int m = own_mentions(&c->t, name, have), h = own_mentions(&c->t, have, name);
			if (m < h || (m == h && !(place_known_first(name) && !place_known_first(have))))
				continue;     /* as often: 山西某某… over 冰西某某…, its opening place one the table knows */
			if (!strcmp(x->field, "party"))
				x_set(x->value, sizeof x->value, name);
			else
				x_set(x->role, sizeof x->role, name);
		}
	}
	return named;
}

/* 「温州市麻城区瑞安…公司」: an organisation named after its city and district
 * (or an address: 白城市涨北区…), the district misread in one character —
 * the one district of that city the court table knows (ref_district_near).
 * Returns 1 when mended. */
int x_mend_district(char *name)
{
	char *m = strstr(name, "市");
	if (!m)
		return 0;
	char *from = name;
	int len;
	for (char *p = name; p < m; p += len) {
		utf8_decode(p, (size_t)(m - p), &len);
		if (!strncmp(p, "省", 3) || !strncmp(p, "区", 3))
			from = p + 3;
	}
	if (m - from < 6 || m - from > 12)
		return 0;                 /* a city of 2–4 characters before 市 */
	char city[20], district[16], fixed[16];
	snprintf(city, sizeof city, "%.*s", (int)(m + 3 - from), from);
	for (int k = 2; k <= 3; k++) {
		const char *d = m + 3, *suffix = d + 3 * k;
		if (strlen(d) < (size_t)(3 * k + 3) || (strncmp(suffix, "区", 3) && strncmp(suffix, "县", 3)))
			continue;
		snprintf(district, sizeof district, "%.*s", 3 * k + 3, d);
		if (ref_district_near(city, district, fixed, sizeof fixed)) {
			memcpy(m + 3, fixed, strlen(fixed));
			return 1;
		}
	}
	return 0;
}

/* The name of a party (an organisation when org_only) longer than
 * longer_than bytes that ends at q in the text, or NULL. */
static const char *party_ending_at(struct xctx *c, size_t q, size_t longer_than, int org_only)
{
	const struct xtext *t = &c->t;
	for (int f = c->first; f < c->out->n; f++) {
		const struct fact *x = &c->out->v[f];
		size_t n = strlen(x->value);
		if (!strcmp(x->field, "party") && (!org_only || !strcmp(x->party_kind, "org")) && n <= q &&
		    n > longer_than && !memcmp(t->s + q - n, x->value, n))
			return x->value;
	}
	return NULL;
}

/* 「上海宏远商业保理有限公司（以下简称宏远公司）」: the short name a ruling
 * defines stands for the party named just before its bracket; name becomes
 * that party's full name. Returns 1 when it did. */
static int full_name_of(struct xctx *c, char *name, size_t len)
{
	const struct xtext *t = &c->t;
	for (int k = 0; SHORT_FOR[k]; k++) {
		for (int quoted = 0; quoted < 2; quoted++) {
			char def[320];
			snprintf(def, sizeof def, "%s%s%s", SHORT_FOR[k], quoted ? "“" : "", name);
			for (size_t q = x_find(t, 0, t->n, def); q != XNONE; q = x_find(t, q + 1, t->n, def)) {
				size_t after = q + strlen(def);
				if (!x_in(t, after, quoted ? "”" : "）)，,"))
					continue;     /* 「（以下简称宏远公司甲）」 defines another word */
				const char *full = party_ending_at(c, q, strlen(name), 0);
				if (full) {
					snprintf(name, len, "%s", full);
					return 1;
				}
			}
		}
	}
	return 0;
}

/* Whether the text at p reads as name (nc CJK characters) with one or two
 * characters different. */
static int near_reading(const struct xtext *t, size_t p, const char *name, int nc)
{
	int diff = 0;
	for (int i = 0; i < nc; i++, p += 3) {
		if (p + 3 > t->n || !x_cjk(t, p))
			return 0;
		if (memcmp(t->s + p, name + 3 * i, 3) && ++diff > 2)
			return 0;
	}
	return diff > 0;
}

/* How often the text has ch (three bytes) where the name's character i
 * stands, beside the name's next character (after) or the one before it. */
static int pair_mentions(const struct xtext *t, const char *name, int nc, int i, const char *ch, int after)
{
	char pair[7];
	if (after ? i + 1 >= nc : i == 0)
		return 0;
	memcpy(pair + (after ? 0 : 3), ch, 3);
	memcpy(pair + (after ? 3 : 0), name + 3 * (after ? i + 1 : i - 1), 3);
	pair[6] = '\0';
	return mentions(t, pair);
}

/* Two full readings of a name, once each, one character apart (「深圳市讲
 * 宝丰…」 in the header, 「深圳市鑫宝丰…」 in the body): whether ch is the
 * right one for the name's character i. Never over a character the model
 * never reads (weakchars.h: only the shape of its cell put it there, 冀 over
 * a body's 慢 four times); else the one the text pairs more often with the
 * name's neighbours — the short name and the body's mentions (「以下简称鑫
 * 宝丰公司」) — and never less often with the next one (「市万」 is in every
 * 「重庆市万州区」 of the text, 「万沙」 in no name but the misread one). */
static int tie_taken(const struct xtext *t, const char *name, int nc, int i, const char *ch)
{
	const char *own = name + 3 * i;
	if (never_read_char(own) && !never_read_char(ch))
		return 0;
	int next = pair_mentions(t, name, nc, i, ch, 1), own_next = pair_mentions(t, name, nc, i, own, 1);
	return next >= own_next &&
	       next + pair_mentions(t, name, nc, i, ch, 0) > own_next + pair_mentions(t, name, nc, i, own, 0);
}

/* 「大原晋阳汇通…公司」 in the header, 「太太晋阳汇通…」 and 「太原普阳汇通…」 in
 * the body: a long organisation named several times, a character or two
 * misread in each. Each character becomes the one most of the readings
 * agree on — two at least, and more than read the name's own; as many as
 * read the name's own (「深圳市讲宝丰…」 in the header, 「深圳市鑫宝丰…」 once in
 * the body), the one tie_taken takes. Into name, 1 when it changed. */
static int repeated_reading(const struct xctx *c, char *name, size_t size)
{
	const struct xtext *t = &c->t;
	enum { MAXC = 64, MAXR = 24 };
	int nc = (int)utf8_chars(name);
	if (nc < 8 || nc > MAXC || strlen(name) != (size_t)nc * 3 || strcmp(party_kind(name), "org"))
		return 0;
	size_t at[MAXR];
	int nr = 0, exact = mentions(t, name);
	for (size_t p = 0; p < t->n && nr < MAXR; p += x_clen(t, p))
		if (near_reading(t, p, name, nc))
			at[nr++] = p;
	if (nr < 1)
		return 0;
	char out[MAXC * 3 + 1];
	int changed = 0;
	for (int i = 0; i < nc; i++) {
		const char *best = name + 3 * i;
		int best_n = exact, tied = 0;
		for (int a = 0; a < nr; a++)
			best_n += !memcmp(t->s + at[a] + 3 * i, name + 3 * i, 3);
		for (int a = 0; a < nr; a++) {
			const char *ch = t->s + at[a] + 3 * i;
			int k = 0;
			for (int b = 0; b < nr; b++)
				k += !memcmp(t->s + at[b] + 3 * i, ch, 3);
			if (k >= 2 && k > best_n)
				best = ch, best_n = k;
			else if (k == best_n && best == name + 3 * i && memcmp(ch, best, 3) && x_cjk(t, at[a] + 3 * i))
				tied = a + 1;
		}
		if (best == name + 3 * i && tied && tie_taken(t, name, nc, i, t->s + at[tied - 1] + 3 * i))
			best = t->s + at[tied - 1] + 3 * i;
		changed |= best != name + 3 * i;
		memcpy(out + 3 * i, best, 3);
	}
	out[3 * nc] = '\0';
	if (changed)
		x_set(name, size, out);
	return changed;
}

/* 「新疆天山建材集团）房地产开发有限公司」: a closing bracket whose opening one
 * OCR lost; the document names the party elsewhere with both, and that
 * reading is taken. Returns 1 when mended. */
static int mend_lost_bracket(const struct xtext *t, char *name, size_t size)
{
	char *close = strstr(name, "）");
	if (!close)
		close = strstr(name, ")");
	if (!close || memchr(name, '(', (size_t)(close - name)) || strstr(name, "（") ||
	    strlen(name) + 4 > size)
		return 0;
	static const char *const pairs[][2] = { { "（", "）" }, { "(", ")" }, { "（", ")" }, { "(", "）" } };
	const char *tail = close + (*close == ')' ? 1 : 3);
	int len;
	for (char *p = name; p < close; p += len) {
		utf8_decode(p, (size_t)(close - p), &len);
		if (len <= 0)
			return 0;
		for (int w = 0; w < 4; w++) {      /* as the ruling writes it elsewhere, either width */
			char cand[260];
			snprintf(cand, sizeof cand, "%.*s%s%.*s%s%s", (int)(p - name), name, pairs[w][0], (int)(close - p), p,
				 pairs[w][1], tail);
			if (mentions(t, cand)) {
				x_set(name, size, cand);
				return 1;
			}
		}
	}
	return 0;
}

/* 1 when the 3 bytes at p are 某 or what OCR reads for it (其, 基; 茶 or 菜
 * right after a 某: 周某茶, 李某菜). */
static int mask_like(const char *name, const char *p)
{
	return !strncmp(p, "某", 3) || !strncmp(p, "其", 3) || !strncmp(p, "基", 3) ||
	       ((!strncmp(p, "茶", 3) || !strncmp(p, "菜", 3)) &&
		((p - name >= 3 && !strncmp(p - 3, "某", 3)) || !strncmp(p + 3, "某", 3)));   /* 某茶, 菜某 */
}

/* 「任其基」「开平其其投资…」: OCR's 其 and 基 for the 某 of a name its
 * publisher masked — a person's given name made only of such characters
 * (one of them only where 某 is written elsewhere in the ruling), or two
 * of them side by side in an organisation's name, become 某; so does the
 * middle of 「郭革某」 where the ruling writes 郭某某 more often. Returns 1
 * when mended. */
static int mend_masked(const struct xtext *t, char *name)
{
	size_t n = strlen(name);
	int changed = 0;
	if (n == 9 && utf8_chars(name) == 3 && !strcmp(name + 6, "某") && strncmp(name + 3, "某", 3) &&
	    !strcmp(party_kind(name), "person")) {
		char masked[16];           /* 「郭革某」 where the ruling says 郭某某 more often: its 某 misread */
		snprintf(masked, sizeof masked, "%.3s某某", name);
		if (mentions(t, masked) > mentions(t, name)) {
			memcpy(name + 3, "某", 3);
			return 1;
		}
	}
	if (n >= 6 && n <= 12 && utf8_chars(name) * 3 == n && !strcmp(party_kind(name), "person")) {
		for (size_t i = 3; i < n; i += 3)
			if (!mask_like(name, name + i))
				return 0;
		if (n == 6 && mentions(t, "某") < 2)
			return 0;             /* 李其: a name as it may be */
		for (size_t i = 3; i < n; i += 3)
			if (strncmp(name + i, "某", 3))
				memcpy(name + i, "某", 3), changed = 1;
		return changed;
	}
	for (size_t i = 0; i + 6 <= n; i++)
		if (mask_like(name, name + i) && mask_like(name, name + i + 3) &&
		    (strncmp(name + i, "某", 3) || strncmp(name + i + 3, "某", 3))) {
			memcpy(name + i, "某某", 6);
			changed = 1;
		}
	return changed;
}

/* 「镇责县国土资源局」 in a ruling of 吉林省镇赉县人民法院: an organisation named
 * after the county, city or district a basic court sits in (at its start or
 * after the province), that place misread in one character of its name, or its 县
 * read as 具 — never 天津某某 for 天津市 — where the reading is no place the
 * court table knows. Returns 1 when mended. */
static int mend_court_place(const struct xctx *c, char *name)
{
	char court[160];
	const char *by_code = !c->court[0] && c->has_cn && !c->cn.legacy ? ref_court_name(c->cn.court) : NULL;
	x_set(court, sizeof court, c->court[0] ? c->court : by_code ? by_code : "");   /* 甘0922: 瓜州县 */
	/* the court's province; the place itself only for a county's own court —
	 * a city's or a province's parties come from anywhere in it (耒阳市 under 衡阳市) */
	const char *code = c->court[0] ? c->court_code : by_code ? c->cn.court : "";
	int basic = strlen(code) == 7 && strspn(code + 3, "0123456789") == 4;
	char *cut = strstr(court, "人民法院");
	if (!cut)
		return 0;
	*cut = '\0';
	size_t at = 0, n = strlen(name);          /* the court's places the name has opened with */
	const char *seg = court;
	int len;
	for (const char *p = court; *p; p += len) {
		utf8_decode(p, strlen(p), &len);
		if (len <= 0)
			return 0;
		if (!x_place_end(court, p))
			continue;
		size_t sl = (size_t)(p + len - seg);
		if (at + sl <= n && !memcmp(name + at, seg, sl)) {
			at += sl;             /* 吉林省 written out: the county comes next */
		} else if (sl >= 9 && sl < 40 && at + sl < n && ((seg == court && !strncmp(p, "省", 3)) || (basic && !p[len]))) {
			char reading[40], place[40];
			memcpy(reading, name + at, sl);
			reading[sl] = '\0';
			memcpy(place, seg, sl);
			place[sl] = '\0';
			const char *last = reading + sl - 3, *want = place + sl - 3;
			int suffix_kept = !strcmp(last, want) || (!strcmp(want, "县") && !strcmp(last, "具")) ||
					  (!strcmp(want, "市") && !strcmp(last, "巿"));
			if (suffix_kept && utf8_valid(reading, sl) && utf8_diff(reading, place) == 1 &&
			    !ref_place_known(reading)) {
				memcpy(name + at, place, sl);
				return 1;
			}
		}
		seg = p + len;
	}
	return 0;
}

/* 「啦州临岚置业有限公司」「暴州市宏泰…」: an organisation's opening place (its
 * first two characters) misread in its first character — no place the court
 * table knows — where the document names exactly one known place that
 * differs from it in that character (杭州 in its court, 泉州 in an address),
 * and names it more often than the reading. Returns 1 when mended. */
/* 「和白银和盛建筑工程有限公司」: a speck read as 和, 人, 一, 上 or 了 before
 * an organisation's opening place — the first two characters no place the
 * court table knows, the next two one (和平县 stays: 和平 is a place). */
static int drop_speck_before_place(char *name)
{
	static const char *const specks[] = { "和", "人", "一", "上", "了", NULL };
	if (strlen(name) < 15 || place_known_first(name))
		return 0;
	for (int k = 0; specks[k]; k++)
		if (!strncmp(name, specks[k], 3) && place_known_first(name + 3)) {
			memmove(name, name + 3, strlen(name + 3) + 1);
			return 1;
		}
	return 0;
}

static int mend_lead_place(const struct xctx *c, char *name)
{
	const struct xtext *t = &c->t;
	int l0, l1;
	utf8_decode(name, strlen(name), &l0);
	if (l0 != 3 || strlen(name) < 12 || place_known_first(name))
		return 0;
	utf8_decode(name + 3, strlen(name + 3), &l1);
	if (l1 != 3 || (name[3] & 0x80) == 0)
		return 0;
	char second[4], found[8] = "";
	memcpy(second, name + 3, 3);
	second[3] = '\0';
	for (size_t p = x_find(t, 3, t->n, second); p != XNONE; p = x_find(t, p + 3, t->n, second)) {
		size_t b = x_prev(t, p);
		char two[8];
		if (x_clen(t, b) != 3 || !x_cjk(t, b) || !memcmp(t->s + b, name, 3) || x_in(t, b, "省市区县州盟旗镇乡"))
			continue;            /* 「山西省吕梁市」: 省吕 is in a court's name, but no place */
		memcpy(two, t->s + b, 3);
		memcpy(two + 3, second, 4);
		if (!strcmp(found, two) || !ref_place_known(two))
			continue;
		if (found[0])
			return 0;            /* two places that near (郑州 and 杭州): no guess */
		memcpy(found, two, 7);
	}
	char reading[8];
	memcpy(reading, name, 6);
	reading[6] = '\0';
	if (!found[0] || mentions(t, found) <= mentions(t, reading))
		return 0;                /* 瓯江 (a river) as often as 浙江: a name of its own */
	memcpy(name, found, 3);
	return 1;
}

/* The words organisations are named with, five characters or more (and
 * 有限公司): one character off one of them inside a name, its last character
 * kept, is OCR's misreading (开发首限公司, 莘县国士资源局). Not words with a
 * lawful neighbour one character away (融资担保 / 融资租赁, 大队 / 支队,
 * 实业发展 / 实业开发, 工程 / 工贸), nor a reading that is itself such a word
 * (村民委员会 / 居民委员会); the last character kept, 局 stays apart from 厅. */
static const char *const ORG_WORDS[] = {
	"有限公司", "有限责任公司", "股份有限公司", "集团有限公司", "房地产开发", "小额贷款股份", "小额贷款有限公司", "国土资源局",
	"自然资源局", "自然资源和规划局", "住房和城乡建设局", "市场监督管理局", "人力资源和社会保障局",
	"综合行政执法局", "城市管理和综合", "街道办事处", "村民委员会", "居民委员会", "农村商业银行",
	"农村信用合作联社", "公安消防支队", "公安消防大队", "消防救援支队", "消防救援大队", NULL,
};

static int org_word(const char *s, size_t n)
{
	for (int k = 0; ORG_WORDS[k]; k++)
		if (strlen(ORG_WORDS[k]) == n && !memcmp(s, ORG_WORDS[k], n))
			return 1;
	return 0;
}

/* Returns 1 when a word of the name was mended. */
static int mend_org_words(char *name)
{
	size_t n = strlen(name);
	int changed = 0;
	for (int k = 0; ORG_WORDS[k]; k++) {
		size_t wl = strlen(ORG_WORDS[k]);
		int len;
		for (size_t i = 0; i + wl <= n; i += (size_t)len) {
			utf8_decode(name + i, n - i, &len);
			if (len <= 0)
				return changed;
			char seen[64];
			if (wl >= sizeof seen || !utf8_valid(name + i, wl))
				continue;
			memcpy(seen, name + i, wl);
			seen[wl] = '\0';
			if (utf8_chars(seen) * 3 == wl && utf8_diff(seen, ORG_WORDS[k]) == 1 && !org_word(seen, wl) &&
			    !memcmp(seen + wl - 3, ORG_WORDS[k] + wl - 3, 3)) {
				memcpy(name + i, ORG_WORDS[k], wl);
				changed = 1;
			}
		}
	}
	return changed;
}

/* 「户县国土.资源局」: OCR's speck between two characters of an organisation's
 * name (never in a person's: 买买提·艾力 is written so), dropped. */
static void drop_inner_specks(char *name)
{
	if (strcmp(party_kind(name), "org"))
		return;
	for (char *p = name; *p; p++)
		if ((*p == '.' || *p == '\'' || *p == '`') && p - name >= 3 && (unsigned char)p[-3] >= 0xE0 &&
		    (unsigned char)p[1] >= 0xE0)
			memmove(p, p + 1, strlen(p + 1) + 1);
}

/* 「铭丰公司」「二建公司管理人」: a short name the ruling defines for a company
 * (以下简称…), met where OCR spoiled its definition. The 公司法 names a
 * company …有限公司 or …股份有限公司; a name of at most five characters
 * before 公司, with neither and no place first, is no company's whole name. */
static int short_company(const char *name)
{
	if (initials_name(name))
		return 0;                /* XY公司: masked as published, no short name */
	const char *end = strstr(name, "公司"), *branch = strstr(name, "分公司");
	if (end && branch && end + 6 <= branch && !strstr(name, "有限") && !strstr(name, "股份") && !strstr(name, "某") &&
	    utf8_chars_n(name, (size_t)(end - name)) <= 5)
		return 1;                /* 建设建工公司泰安分公司: a short name's branch (a branch's own name */
					 /* is its company's, 有限 or 股份 in it) */
	if (!end || (strcmp(end, "公司") && strcmp(end, "公司管理人")) || strstr(name, "有限") || strstr(name, "股份") ||
	    strstr(name, "分公司") || strstr(name, "某"))
		return 0;                /* 某某餐饮分公司: a branch, as the publisher masked it */
	return utf8_chars_n(name, (size_t)(end - name)) <= 5 && !place_known_first(name);
}

/* 「上党宏文」「和孙秀兰」: a person of four characters whose first is a speck
 * OCR read as 上, 和, 人, 一 or 了 before a surname (上官 stays: a surname of
 * two characters); or of three, masked as published (和孙某). */
static void drop_speck_before_surname(char *name)
{
	int l1, l2;
	size_t n = strlen(name);
	int four = n == 12 && utf8_chars(name) == 4;
	int masked3 = n == 9 && utf8_chars(name) == 3 && !strcmp(name + 6, "某");   /* 和孙某: 孙某 as published */
	if ((!four && !masked3) || !strncmp(name, "上官", 6) || !strcmp(party_kind(name), "org"))
		return;
	uint32_t first = utf8_decode(name, 3, &l1), second = utf8_decode(name + 3, 3, &l2);
	if ((first == 0x4E0A || first == 0x548C || first == 0x4EBA || first == 0x4E00 || first == 0x4E86) &&
	    cn_surname(second))
		memmove(name, name + 3, strlen(name + 3) + 1);
}

/* 「买受人：杨春燕」 in the block, 「买受人杨春蕊…」 once in the body: a person
 * the block names, one character misread where the body names them again
 * — no second party. Names of three characters or more (two are too near). */
static int misread_in_body(const struct xctx *c, const char *role, const char *name, size_t a)
{
	if (c->par_end <= c->hdr_end || a < x_ls(&c->t, c->par_end) || utf8_chars(name) < 3 ||
	    masked_name(name) || strcmp(party_kind(name), "person") ||
	    mentions(&c->t, name) > 1)
		return 0;
	for (int i = c->first; i < c->out->n; i++) {
		const struct fact *x = &c->out->v[i];
		if (!strcmp(x->field, "party") && !strcmp(x->role, role) && !strcmp(x->party_kind, "person") &&
		    utf8_diff(x->value, name) == 1 && in_party_block(c, x))
			return 1;
	}
	return 0;
}

static struct fact *add_party(struct xctx *c, const char *role, size_t a, size_t b, double conf)
{
	char name[256];
	x_copy(&c->t, a, b, name, sizeof name);
	drop_inner_specks(name);
	drop_speck_before_surname(name);
	for (char *m = name; (m = strstr(m, "合伙）")) != NULL; m += 3)
		if (m >= name + 9 && (!strncmp(m - 9, "《有限", 9) || !strncmp(m - 9, "〈有限", 9) ||
				      !strncmp(m - 9, "《普通", 9) || !strncmp(m - 9, "〈普通", 9)))
			memcpy(m - 9, "（", 3);            /* partnership_mark's bracket, as written */
	if (repeated_reading(c, name, sizeof name))
		conf -= 0.1;
	if (mend_lost_bracket(&c->t, name, sizeof name) || mend_masked(&c->t, name))
		conf -= 0.1;
	if (!strcmp(party_kind(name), "org") && (drop_speck_before_place(name) | mend_court_place(c, name) |
						mend_org_words(name) | mend_lead_place(c, name)))
		conf -= 0.1;
	for (int i = c->first; i < c->out->n; i++) {
		struct fact *x = &c->out->v[i];
		if (misread_in_block(c, x, role, name)) {
			x_set(x->value, sizeof x->value, name);      /* its ID stays */
			x->confidence = 0.6;
			return NULL;
		}
	}
	if ((full_name_of(c, name, sizeof name) && party_named(c, name)) || misread_in_body(c, role, name, a))
		return NULL;
	if (!strcmp(party_kind(name), "org") && x_mend_district(name))
		conf -= 0.1;
	if (!good_name(name) || party_named(c, name) || short_company(name) ||
	    (initials_name(name) && !ends_org(name)))
		return NULL;         /* initials only before a company's name (XY公司; not 「GET人%男」) */
	struct fact *x = x_add(c, "party", role, name, a, b, conf);
	x_set(x->party_kind, sizeof x->party_kind, party_kind(name));
	return x;
}

/* Whether line k ends a sentence (。；). */
static int ends_sentence_line(const struct xtext *t, int k)
{
	size_t a = x_ls(t, k), b = x_le(t, k);
	return b > a && x_in(t, x_prev(t, b), "。；;");
}

/* Whether the next line with text after j opens with an ID's label (after
 * a speck: 「了统一社会信用代码：…」), or gives one within its first twelve
 * characters. */
static int id_line_after(const struct xtext *t, int j)
{
	static const char *const id_labels[] = { "统一社会信用代码", "公民身份号码", "身份证号", "组织机构代码", NULL };
	for (int n = j + 1; n < t->nl && n <= j + 2; n++) {
		size_t a = x_ls(t, n), b = x_le(t, n);
		if (a == b)
			continue;
		return x_lit_any(t, a, id_labels) || x_lit_any(t, a + x_clen(t, a), id_labels) ||
		       (x_find_any(t, a, b < a + 54 ? b : a + 54, id_labels) && !x_lit(t, a, "本院"));
	}                    /* 「…长门村。。⏎后街23号。公民身份号码…」: the address's end first */
	return 0;
}

/* Where the ID of the party on line k may be: the same and the next line,
 * and while its sentence goes on (「…汉族，」「住…，」「公民身份号码…」) up to
 * three lines with text in all (OCR's blank lines not counted) — never into
 * a line that opens with a label of its own. */
static size_t id_limit(const struct xctx *c, int k)
{
	const struct xtext *t = &c->t;
	size_t len;
	int last = k;
	if (ends_sentence_line(t, k) && !id_line_after(t, k)) {
		int n = k + 1;
		while (n < t->nl && x_ls(t, n) == x_le(t, n))
			n++;
		if (n >= t->nl || !x_digit(t, x_ls(t, n)))
			return x_le(t, k);   /* 「…住址同上。」⏎「本院在执行…买受人某（身份证号…）」: the body's ID is another's */
	}
	for (int j = k + 1, seen = 0; j < t->nl && seen < 3; j++) {
		size_t a = x_ls(t, j);
		if (a == x_le(t, j))
			continue;        /* OCR's blank lines count for nothing */
		seen++;
		if (role_at(t, a, &len) || x_lit(t, a, "法定代表人") || x_lit(t, a, "负责人") || x_lit(t, a, "委托") ||
		    x_lit(t, a, "委派代表") || x_lit(t, a, "代理人") || x_lit(t, a, "诉讼代理人"))
			break;
		last = j;
		if ((ends_sentence_line(t, j) || ends_sentence_line(t, k)) && !(seen < 3 && id_line_after(t, j)))
			break;       /* …住所地…。⏎统一社会信用代码…: the number on a line of its own is still this party's */
	}
	return x_le(t, last);
}

/* 「原告（申请人）：」: a party of the trial named in a ruling of its case
 * (诉中保全) by the role the bracket gives; len reaches past the bracket. */
static const char *trial_role(const struct xtext *t, size_t a, size_t end, size_t *len)
{
	size_t in = x_trial_label(t, a), rl;
	if (!in)
		return NULL;
	in = a + in + x_clen(t, a + in);      /* inside the bracket */
	const char *role = role_at(t, in, &rl);
	if (!role || in + rl >= end || !x_in(t, in + rl, "）)"))
		return NULL;
	*len = in + rl + x_clen(t, in + rl) - a;
	return role;
}

/* 「被罚款人：」「被拘留人」「被限制消费人：」: whom a sanction or a
 * restriction addresses — the debtor, or someone else who obstructed the
 * enforcement (a bank, a bystander); the length of the label, or 0. */
static int sanction_label(const struct xtext *t, size_t a, size_t *len)
{
	static const char *const LABELS[] = { "被限制消费人", "被罚款人", "被拘留人", NULL };
	for (int k = 0; LABELS[k]; k++)
		if (x_lit(t, a, LABELS[k]))
			return (int)(*len = strlen(LABELS[k]));
	return 0;
}

/* Whether the document calls the name in [a, b) 被执行人 somewhere — on a
 * scan with one character of an organisation's name read otherwise there,
 * two of a long one (江西闽好建筑… as 江西痹都建筑…). Not a person's: the
 * fined son shares two of the debtor's three characters. */
static int named_debtor(const struct xtext *t, size_t a, size_t b)
{
	char lit[300];
	int n = snprintf(lit, sizeof lit, "被执行人%.*s", (int)(b - a), t->s + a);
	if (n <= 0 || (size_t)n >= sizeof lit)
		return 0;
	if (x_find(t, 0, t->n, lit) != XNONE)
		return 1;
	int chars = 0;
	for (size_t p = a; p < b; p += x_clen(t, p))
		chars += x_cjk(t, p);
	if (chars < 6 || chars * 3 != (int)(b - a))
		return 0;
	const char *name = lit + strlen("被执行人");
	int allowed = chars >= 8 ? 2 : 1;
	for (size_t q = x_find(t, 0, t->n, "被执行人"); q != XNONE; q = x_find(t, q + 3, t->n, "被执行人")) {
		size_t o = q + strlen("被执行人");
		if (o != a && o + (b - a) <= t->n && x_chars_off_max(t, o, name, allowed + 1) <= allowed &&
		    memcmp(t->s + o + (b - a) - 3, t->s + b - 3, 3) == 0)
			return 1;    /* the last character read alike: 公司, 中心, 部 */
	}
	return 0;
}

/* 「申诉人（申请执行从湖南…公司，」: the bracket's role read with its closing
 * mark lost (and a character misread), or with its last character and the
 * close read as a speck or two (「（被执行.洛阳…」): the name starts after it.
 * Where the name starts, or p when the bracket holds no role. */
static size_t bracket_role_unclosed(const struct xtext *t, size_t p, const char **role)
{
	static const char *const roles[] = { "申请执行人", "被执行人", "复议申请人", "利害关系人", "异议人", "案外人", NULL };
	size_t in = p + x_clen(t, p);
	for (int k = 0; roles[k]; k++) {
		size_t n = strlen(roles[k]);
		if (x_chars_off(t, in, roles[k]) <= 1 && x_cjk(t, in + n)) {
			*role = roles[k];
			return in + n;
		}
		/* 「被申请人（被执行.洛阳…公司」: its 人 and the close read as a speck */
		size_t q = in + n - 3;
		if (q < t->n && !memcmp(t->s + in, roles[k], n - 3) && !x_cjk(t, q) && !x_in(t, q, "）)")) {
			for (int junk = 0; junk < 2 && q < t->n && !x_cjk(t, q) && !x_in(t, q, "）)"); junk++)
				q += x_clen(t, q);
			if (x_cjk(t, q)) {
				*role = roles[k];
				return q;
			}
		}
	}
	return p;
}

/* 「被执行人（〈原审被；杨永福，」「被执行人（原审被；兰州市…经营部（个体工商户），」:
 * the trial's role in a bracket whose end OCR misread as a mark — where the
 * name starts, after that mark, so a bracket inside the name (（个体工商户）)
 * is not taken for the role's; else XNONE. Only a name the text repeats:
 * one read once may be misread too (「原审被：对德胜」), and its ID then goes
 * to the body's party (block_ids_for_body). */
static size_t trial_bracket_unclosed(const struct xtext *t, size_t p, size_t end)
{
	static const char *const trial[] = { "原审", "一审", "二审", "再审", NULL };
	size_t in = p + x_clen(t, p);
	if (x_in(t, in, "（(<《“"))
		in += x_clen(t, in);     /* OCR's second opener (〈, read as （) */
	if (!x_lit_any(t, in, trial))
		return XNONE;
	for (size_t q = in + 6, n = 0; q < end && n < 3; q += x_clen(t, q), n++) {
		if (x_in(t, q, "）)"))
			return XNONE;        /* closed: read as ever */
		if (x_in(t, q, "；;：:，,") && x_cjk(t, q + x_clen(t, q))) {
			size_t from = q + x_clen(t, q), e = scan_name(t, from, end);
			char name[256];
			x_copy(t, from, e, name, sizeof name);
			char *aside = strstr(name, "（");
			if (aside && aside > name)
				*aside = '\0';      /* …经营部（个体工商户）: the body may name it without the aside */
			return e > from && mentions(t, name) >= 2 ? from : XNONE;
		}
	}
	return XNONE;
}

/* 「复议申请人(被执和个-新疆天山建材(集团)房地产…」: the role's bracket
 * opened at p lost its close to OCR (read as -), so the close at q ends a
 * bracket of the name's (集团) — where the name starts, after that mark;
 * else XNONE. */
static size_t name_after_lost_close(const struct xtext *t, size_t p, size_t q)
{
	size_t in = p + x_clen(t, p), open = x_find(t, in, q, "(");
	if (open == XNONE)
		open = x_find(t, in, q, "（");
	if (open == XNONE)
		return XNONE;
	for (size_t m = x_prev(t, open); m > in; m = x_prev(t, m))
		if (x_in(t, m, "-—_:：;；|") && x_cjk(t, m + x_clen(t, m)) && m + x_clen(t, m) < open)
			return m + x_clen(t, m);
	return XNONE;
}

/* 「让诉人(申请执行人):党宏文」: a role of three characters misread in one,
 * known by the bracket after it that holds a role of the enforcement (the
 * roles named so are their own labels). */
static const char *misread_before_bracket(const struct xtext *t, size_t a, size_t *len)
{
	static const char *const labels[] = { "申诉人", "申请人", "异议人", "案外人", "第三人", "买受人", NULL };
	size_t in = a + 9, rl;
	if (in >= t->n || !x_in(t, in, "（(") || !role_at(t, in + x_clen(t, in), &rl))
		return NULL;
	const char *found = NULL;
	for (int k = 0; labels[k]; k++)
		if (x_chars_off(t, a, labels[k]) == 1) {
			if (found)
				return NULL;      /* 申X人: 申诉人 or 申请人, no telling */
			found = labels[k];
		}
	if (found)
		*len = 9;
	return found;
}

/* The trial's label (原告, 被告) OCR spoiled before the enforcement's role in
 * its bracket — misread in both characters (「贰告（申请人），北京智芯…」「害乞（被
 * 申请人），…」), or the bracket's opener lost (「原告申请人）：」) —: that role,
 * *len up to its closing bracket. */
static const char *role_after_spoiled_label(const struct xtext *t, size_t a, size_t end, size_t *len)
{
	int opened = x_in(t, a + 6, "（(");
	size_t in = opened ? a + 9 : a + 6, rl;
	const char *role;
	if (!opened && !x_lit(t, a, "原告") && !x_lit(t, a, "被告"))
		return NULL;
	if (in >= t->n || !x_cjk(t, a) || !x_cjk(t, a + 3) || (role = role_at(t, in, &rl)) == NULL ||
	    (!opened && in + rl >= end) || !x_in(t, in + rl, "）)") ||
	    !x_in(t, in + rl + x_clen(t, in + rl), opened ? "：:，," : "：:"))
		return NULL;
	*len = in + rl + x_clen(t, in + rl) - a;
	return role;
}

/* 「组织机构代码：73394031-5」: the nine-character code of GB 11714 that
 * came before the 统一社会信用代码 (older rulings print it), as printed,
 * its check character right (weights 3 7 9 10 5 8 4 2, mod 11). */
static int org_code(const struct xtext *t, size_t a, size_t b, char *out, size_t outlen)
{
	static const int w[8] = { 3, 7, 9, 10, 5, 8, 4, 2 };
	size_t p = x_find(t, a, b, "组织机构代码");
	if (p == XNONE)
		return 0;
	p += strlen("组织机构代码");
	while (p < b && x_in(t, p, "：: "))
		p += x_clen(t, p);
	int sum = 0;
	for (int i = 0; i < 8; i++, p++) {
		char ch = p < b ? t->s[p] : 0;
		if (!isdigit((unsigned char)ch) && !(ch >= 'A' && ch <= 'Z'))
			return 0;
		sum += w[i] * (isdigit((unsigned char)ch) ? ch - '0' : ch - 'A' + 10);
	}
	size_t body = p - 8;
	if (p < b && t->s[p] == '-')
		p++;
	int check = 11 - sum % 11;
	char want = check == 10 ? 'X' : check == 11 ? '0' : (char)('0' + check);
	if (p >= b || t->s[p] != want || (p + 1 < b && isalnum((unsigned char)t->s[p + 1])))
		return 0;
	x_copy(t, body, p + 1, out, outlen);
	return 1;
}

/* The ID after a party's name, in [e, limit), into id: 1 read right; 2
 * mended (one look-alike, a spoiled 身份号码, a number broken across lines);
 * 3 read with a wrong check character, only when take_invalid; 0 none. */
static int party_id(const struct xtext *t, size_t e, size_t limit, int take_invalid, char *id, size_t size)
{
	int valid;
	if (find_id(t, e, limit, id, size, &valid) && (valid || take_invalid))
		return valid ? valid : 3;
	if (org_code(t, e, limit, id, size))
		return 1;
	return misread_person_id(t, e, limit, id, size) || x_broken_id(t, e, limit, id, size) ? 2 : 0;
}

/* 「被执行人一审被告、二审上诉人）：吕梁市…」: the trial's roles in a bracket
 * whose opener OCR lost — where the name starts, after 「）：」; else p. */
static size_t trial_bracket_unopened(const struct xtext *t, size_t p, size_t end)
{
	static const char *const trial[] = { "一审", "二审", "三审", "原审", "再审", "仲裁", "原告", "被告", "上诉人",
					      "被上诉人", NULL };
	if (!x_lit_any(t, p, trial))
		return p;
	size_t lim = p + 60 < end ? p + 60 : end, q = x_find(t, p, lim, "）");
	if (q == XNONE)
		q = x_find(t, p, lim, ")");
	if (q == XNONE || !x_in(t, q + x_clen(t, q), "：:"))
		return p;
	return q + x_clen(t, q);
}

/* A name a record run on after a full stop gives: an organisation's, or
 * a person's of two to four characters, ended by a mark. */
static int run_on_name(const struct xtext *t, size_t p, size_t e)
{
	char name[256];
	x_copy(t, p, e, name, sizeof name);
	return x_in(t, e, "。，,；;（(、") && (ends_org(name) || chars_of(name) <= 4);
}

/* The party record whose label opens at a, on line k: at a line's start
 * also a trial's, a misread or a sanction's label; within one only a role's. */
static void party_record(struct xctx *c, int k, size_t a, int at_start)
{
	const struct xtext *t = &c->t;
	size_t len, end = x_le(t, k);
	const char *role = role_at(t, a, &len);
	int sanctioned = 0;                      /* 被罚款人：: a party only when the ruling names the debtor so */
	if (!role && at_start && !(role = trial_role(t, a, end, &len)) && !(role = misread_before_bracket(t, a, &len)) &&
	    !(role = role_after_spoiled_label(t, a, end, &len)) && (sanctioned = sanction_label(t, a, &len)) != 0)
		role = "被执行人";
	if (!role)
		return;
	size_t p = a + len;
	if (x_lit(t, p, "人") && x_cjk(t, p + 3) && x_lit(t, x_prev(t, p), "人"))
		p += 3;                          /* 「申请执行⏎人人汾阳市…」: the label's last character read twice */
	if (a < end && p >= end && p < t->n) {              /* 「…职工。被执⏎行人青海…」: the label wrapped, its name on the next line */
		k = t->li[p];
		end = x_le(t, k);
	}
	const char *also[3] = { NULL };          /* 复议申请人（被执行人）: a role of its own; */
	int nalso = 0;                           /* （异议人、被执行人）: two (「、复议申请人,被执行人」 too) */
	int quoted = x_in(t, p, "“〈<");          /* 异议人“被执行人）：: OCR's “ for （, only before a role */
	size_t past_trial = x_in(t, p, "（(《【〔[") ? trial_bracket_unclosed(t, p, end) : XNONE;
	if (past_trial != XNONE) {
		p = past_trial;          /* 被执行人（原审被；…: the trial's role, its end misread */
	} else if (x_in(t, p, "（(《【〔[") || quoted) {  /* 被执行人（原审被告）：, OCR's 《 or 【 for （ too */
		size_t q = x_find(t, p, p + 60 < end ? p + 60 : end, "）");
		if (q == XNONE)
			q = x_find(t, p, p + 60 < end ? p + 60 : end, ")");
		size_t inner = q != XNONE ? name_after_lost_close(t, p, q) : XNONE;
		if (inner != XNONE) {
			p = inner;           /* (被执和个-新疆天山建材(集团)…: the close found is the name's own */
		} else if (q != XNONE) {
			size_t in = p + x_clen(t, p), rl;
			const char *r2;
			if (x_cjk(t, in) && !role_at(t, in, &rl) && role_at(t, in + x_clen(t, in), &rl))
				in += x_clen(t, in);      /* 申诉人(有异议人、…): a speck read as a character before the first */
			while (nalso < 3 && (r2 = role_at(t, in, &rl)) != NULL && (in + rl == q || x_in(t, in + rl, "、，,"))) {
				if (strcmp(r2, role))
					also[nalso++] = r2;
				in += rl;
				if (in == q)
					break;
				in += x_clen(t, in);
			}
			if (in != q)
				nalso = 0;       /* 被执行人（原审被告）: no role of the enforcement there */
			if (in == q || !quoted)
				p = q + x_clen(t, q);
			else              /* 被执行人“一审被告、二审上诉人）：: the trial's roles after OCR's “ */
				p = trial_bracket_unopened(t, p + x_clen(t, p), end) > p + x_clen(t, p) ? q + x_clen(t, q) : p;
		} else {
			p = bracket_role_unclosed(t, p, &also[0]);
			nalso = also[0] && strcmp(also[0], role);   /* the bracket's role, as when it closes */
		}
	} else {
		size_t rl2;
		const char *r2 = role_at(t, p, &rl2);
		if (r2 && x_in(t, p + rl2, "）)") && x_in(t, p + rl2 + x_clen(t, p + rl2), "：:")) {
			if (strcmp(r2, role))        /* 「复议申请人被执行人）：」: the bracket's opener lost */
				also[nalso++] = r2;
			p += rl2 + x_clen(t, p + rl2);
		} else {
			p = trial_bracket_unopened(t, p, end);
		}
	}
	if ((x_in(t, p, "一二三四五六七八九十") || (t->s[p] >= '1' && t->s[p] <= '9')) && x_in(t, p + x_clen(t, p), "：:"))
		p += x_clen(t, p);          /* 被执行人一：, 被执行人2: — several of one role, numbered */
	while (x_in(t, p, "：:，,;；.。|“”-_") || (x_lit(t, p, "*") && !x_lit(t, p + 1, "*") && (p == 0 || t->s[p - 1] != '*')))
		p += x_clen(t, p);          /* OCR reads 「：」 as 「，」 or 「;」 too, and specks (one *, never a mask ***) */
	int many = 0;
	for (;;) {
		size_t e = scan_name(t, p, end);
		if (e == p)
			return;
		size_t rl;
		if (e == end && e - p >= 18 && k + 1 < t->nl && !role_at(t, x_ls(t, k + 1), &rl) &&
		    (span_ends_org(t, p, e) ? branch_next(t, x_ls(t, k + 1), x_le(t, k + 1))
		     : org_ahead(t, e, x_le(t, k + 1)) || org_end_across(t, p, e)))
			e = scan_name(t, p, x_le(t, k + 1));   /* 「…湖北」 / 「省分公司。」 / 「乐从支行，」: a name the page wrapped */
		else if (!at_start && e == end && k + 1 < t->nl && !role_at(t, x_ls(t, k + 1), &rl))
			e = scan_name(t, p, x_le(t, k + 1));   /* 「…。申请执行人汾阳市国土⏎资源局」: a run-on record's name, wrapped */
		if (sanctioned && !named_debtor(t, p, e))
			return;
		if (!at_start && !run_on_name(t, p, e))
			return;          /* 「…。案外人已通过银行转账支付600万元，」: a sentence, no record */
		struct fact *x = add_party(c, role, p, e, 0.92);
		if (x_in(t, e, "、")) {
			many = 1;
			p = e + 3;
			continue;
		}
		char id[32];
		int got = x && !many ? party_id(t, e, id_limit(c, k), 1, id, sizeof id) : 0;
		if (got) {
			x_set(x->id_no, sizeof x->id_no, id);
			if (got != 1)
				x->confidence = got == 3 ? 0.6 : 0.7;
		}
		if (x && nalso) {            /* the same person in the bracket's roles */
			struct fact same = *x;       /* a copy: x_add may move the facts */
			for (int r = 0; r < nalso; r++) {
				struct fact *y = x_add(c, "party", also[r], same.value, p, e, same.confidence);
				x_set(y->party_kind, sizeof y->party_kind, same.party_kind);
				x_set(y->id_no, sizeof y->id_no, same.id_no);
			}
		}
		return;
	}
}

/* A line of the parties block: the record its label opens (one wrapped from
 * the line before too: 「…行审6号申⏎请执行人…」), then the records a ruling
 * printed as one paragraph runs on after a full stop (「…该局职工。被执行人
 * 青海…」), up to the body's first words. */
static void party_line(struct xctx *c, int k)
{
	const struct xtext *t = &c->t;
	static const char *const body[] = { "本院", "一案", "纠纷", NULL };
	const char *labels[NROLES + 1];
	size_t a, tail, len, s;
	x_trimmed(t, k, &a, &tail);              /* 「”被执行人，保丽华」: where layout saw the label */
	role_labels(labels);
	if (x_speck_before_role(t, a))
		a += 3;                          /* 「站复议申请人(申请执行人):…」, as layout saw it */
	else if (!role_at(t, a, &len) && (s = x_label_split(t, k, labels)) != XNONE)
		a = s;
	party_record(c, k, a, 1);
	size_t stop = x_le(t, k);
	for (int w = 0; body[w]; w++) {
		size_t f = x_find(t, a, stop, body[w]);
		if (f != XNONE)
			stop = f;
	}
	for (size_t i = a; i < stop; i += x_clen(t, i))
		if (x_in(t, i, "。") && i + 3 < stop && role_at(t, i + 3, &len))
			party_record(c, k, i + 3, 0);
}

/* The first closing bracket, full- or half-width, in [a, b); XNONE if none. */
static size_t first_close(const struct xtext *t, size_t a, size_t b)
{
	size_t q = x_find(t, a, b, "）"), h = x_find(t, a, b, ")");
	return h != XNONE && (q == XNONE || h < q) ? h : q;
}

/* ---- parties named in the body ---- */

static int body_stop(const struct xtext *t, size_t i)
{
	static const char *const words[] = {
		"与", "和", "及", "诉", "因", "不", "对", "向", "已", "未", "于", "在", "的", "名下", "应", "所", "均",
		"系", "等", "将", "经", "称", "为", "申请", "提出", "拒", "仍", "至今", "到", "自", "按", "依", "就",
		"共", "作为", "账户", "即", "并", "是", "也", "交", "支付", "履行", "逾期", "通过", "以", "名", "有能力",
		"有财产", "有可供", "有履行", "有给付", "提交", "提供", "主张", "认为", "请求", "签订", "购买", "居住", "占有", "持有",
		"可持", "可凭", "可以", "可向", "可在",
		"民间", "买卖", "借款", "合同", "劳动", "劳务", "租赁", "金融", "追偿", "承揽", NULL,
	};
	return x_in(t, i, "，,。；;、（(：:“”\"") || i >= t->n || x_lit_any(t, i, words);
}

/* An organisation's name from i: up to the last 公司/银行/… before a stop. */
static size_t body_org(const struct xtext *t, size_t i)
{
	/* not 于/应/自/即/将/曾/经/未/向 alone: 于都县, 应城市, 自贡市, 即墨区, 将乐县,
	 * 曾都区, 经纬…, 未央区, 向阳区 open names */
	static const char *const verbs[] = { "已", "在", "对", "仍", "因", "并", "又", "再", "通过", "未能", "未按",
		"未经", "向本院", "向法院", "均已", NULL };
	if (x_lit_any(t, i, verbs))
		return XNONE;         /* 「案外人已通过银行转账…」: what it did, no name */
	size_t end = XNONE;
	size_t lim = i + 120 < t->n ? i + 120 : t->n;
	for (size_t p = i; p < lim; p += x_clen(t, p)) {
		if (x_in(t, p, "，,。；;：:、与诉“”在的于向对") || x_lit(t, p, "名下") || x_lit(t, p, "被执行人") ||
		    (p > i && verb_because(t, p)) ||
		    short_for_at(t, p) || x_lit(t, p, "持有") || x_lit(t, p, "可持") || x_lit(t, p, "可凭") ||
		    x_lit(t, p, "申请执行人") || x_lit(t, p, "(原") || x_lit(t, p, "（原") ||
		    x_lit(t, p, "纠纷") || x_lit(t, p, "一案") || x_lit(t, p, "未经") || x_lit(t, p, "擅自") ||
		    (!x_cjk(t, p) && x_lit(t, p + x_clen(t, p), "以下简称")))
			break;        /* 「某公司未经县级以上人民政府批准…」: what it did, not its name; 「\以下简称」 */
		for (int k = 0; ORG_ENDS[k]; k++) {
			size_t after = p + strlen(ORG_ENDS[k]);
			if (x_lit(t, p, ORG_ENDS[k]) && !x_lit(t, after, "卡") &&
			    !(!strcmp(ORG_ENDS[k], "银行") && (x_lit(t, after, "存款") || x_lit(t, after, "账户") ||
								x_lit(t, after, "账号") || (p >= i + 6 && x_lit(t, p - 6, "公司")))))
				end = after;      /* 「某某有限公司银行存款」 ends at 公司, also with 存款 misread (存称) */
		}
	}
	if (end != XNONE && (x_lit(t, end, "管理人") || x_lit(t, end, "清算组")))
		end += 9;                 /* 二建公司管理人: the administrator of a bankrupt company */
	return end != XNONE && end - i >= 12 ? end : XNONE;
}

static size_t body_person(const struct xtext *t, size_t i)
{
	if (!x_cjk(t, i) || !x_in(t, i, CN_SURNAMES))
		return XNONE;
	size_t second = i + x_clen(t, i);
	if (x_in(t, i, "应于向和将在") && (x_in(t, second, "在当予于将对向已未是为的了") || x_lit(t, second, "立即") ||
					x_lit(t, second, "收到")))
		return XNONE;         /* 「买受人应在…」「被执行人应立即…」「申请执行人于收到…」: a verb, not the surname */
	static const char *const owed[] = { "支付", "给付", "偿还", "履行", "承担", "返还", "赔偿", "缴纳", "交付",
					    "协助", "按照", "依照", NULL };
	if (x_lit(t, i, "应") && x_lit_any(t, second, owed))
		return XNONE;         /* 「被执行人应支付申请执行人货款」: what the debtor owes */
	static const char *const things[] = { "银行", "房产", "房屋", "车辆", "全部", "公积金", "支付宝", "明知",
					      "上述", "高消费", "名下", "尚欠", "尚未", "尚有", "时起", "原因", "方面", NULL };
	if (x_lit_any(t, i, things))
		return XNONE;         /* 「扣划被执行人银行存款」: what is the debtor's, not a name */
	size_t p = i + x_clen(t, i), m = p;
	while (m < t->n && t->s[m] == '*' && m - p < 3)
		m++;
	if (m > p)
		return m;                 /* 欧**与被执行人…: masked as published */
	p = i;
	for (int chars = 1; chars <= 4; chars++) {
		p += x_clen(t, p);
		if (chars == 2 && x_lit(t, x_prev(t, p), "某") && x_cjk(t, p) && !body_stop(t, p)) {
			size_t q = p + x_clen(t, p);
			if (body_stop(t, q) || !x_cjk(t, q))
				return q;         /* 武某国不服…, 宁某霞，女: the given name masked in the middle */
		}
		if (chars >= 2 && (body_stop(t, p) || (x_lit(t, x_prev(t, p), "某") && !x_lit(t, p, "某"))))
			return p;         /* 覃某某虽不同意…: a masked name ends at its last 某 */
		if (!x_cjk(t, p) && !x_in(t, p, "·"))
			return chars >= 2 ? p : XNONE;
	}
	return XNONE;
}

/* Whether the characters of short appear in order in full, which is longer
 * by two or more (one less is a misread: party_named): 三骏公司 in
 * 南宁市三骏房地产开发有限公司, a short name of that party. */
static int short_form_of(const char *shortn, const char *full)
{
	if (chars_of(shortn) < 2 || chars_of(shortn) + 2 > chars_of(full))
		return 0;
	const char *f = full;
	for (const char *s = shortn; *s;) {
		int len = 1;
		while ((s[len] & 0xC0) == 0x80)
			len++;
		const char *hit = NULL;
		for (const char *q = f; *q && !hit; q++)
			if (!strncmp(q, s, (size_t)len))
				hit = q;
		if (!hit)
			return 0;
		f = hit + len;
		s += len;
	}
	return 1;
}

static int short_form_of_party(struct xctx *c, const char *name)
{
	for (int i = c->first; i < c->out->n; i++) {
		const struct fact *x = &c->out->v[i];
		if (!strcmp(x->field, "party") && short_form_of(name, x->value))
			return 1;
	}
	return 0;
}

/* A role word in the body used as a pronoun for the party it names (「异议人
 * 支付的…」「异议人将金悦公司、三骏公司诉至…」「异议人提供集体土地给…」): what
 * follows is a verb or a thing, or a preposition before a party named
 * already, or an organisation's short name for one. */
static int pronoun_role(struct xctx *c, size_t p, size_t e)
{
	const struct xtext *t = &c->t;
	static const char *const words[] = {
		"支付", "提供", "提交", "主张", "认为", "请求", "签订", "购买", "居住", "占有", "持有", "申请",
		"提出", "履行", "通过", "作为", "公司", "单位", "程序", "权利", "财产", "本人", "垫付", "承担", NULL,
	};
	if (x_lit_any(t, p, words))
		return 1;
	char name[256];
	if (x_in(t, p, "将和与及把给对向由被为")) {
		x_copy(t, p + x_clen(t, p), e, name, sizeof name);
		if (short_form_of_party(c, name) || party_named(c, name))
			return 1;
	}
	x_copy(t, p, e, name, sizeof name);
	return !strcmp(party_kind(name), "org") && short_form_of_party(c, name);
}

/* 「本院在执行西安…置业有限公司（以下简称…）与浙江…建设有限公司（以下简称…）
 * 建设工程合同纠纷一案中」: the parties of the enforcement named with no
 * role — the one enforcing first, the debtor after 与 (the order every
 * ruling keeps: 「在执行申请执行人甲与被执行人乙…一案中」). */
static void unlabelled_pair(struct xctx *c)
{
	const struct xtext *t = &c->t;
	size_t from = x_ls(t, c->par_end), len;
	for (size_t a = x_find(t, from, c->app_at, "在执行"); a != XNONE; a = x_find(t, a + 9, c->app_at, "在执行")) {
		size_t p = a + 9, e, q;
		if (role_at(t, p, &len) || (e = body_org(t, p)) == XNONE)
			continue;
		size_t ae = e;
		if (short_for_at(t, e) && (q = first_close(t, e, e + 150 < t->n ? e + 150 : t->n)) != XNONE)
			e = q + x_clen(t, q);
		if (!x_lit(t, e, "与") || role_at(t, e + 3, &len))
			continue;
		size_t b = e + 3, be = body_org(t, b);
		if (be == XNONE)
			be = body_person(t, b);
		size_t sa, sb;
		x_sentence(t, a, 400, &sa, &sb);
		if (be == XNONE || x_find(t, be, sb, "一案") == XNONE)
			continue;
		add_party(c, "申请执行人", p, ae, 0.68);
		add_party(c, "被执行人", b, be, 0.68);
	}
}

static void body_parties(struct xctx *c)
{
	const struct xtext *t = &c->t;
	size_t from = x_ls(t, c->par_end);
	for (size_t i = from; i < c->app_at; i += x_clen(t, i)) {
		size_t len;
		const char *role = role_at(t, i, &len);
		if (!role || (t->fl[i] & XF_BOOK))
			continue;
		size_t p = i + len;
		while (x_in(t, p, "：:|“”"))
			p += x_clen(t, p);
		if (x_in(t, p, "为是") && (body_org(t, p + 3) != XNONE || body_person(t, p + 3) != XNONE))
			p += 3;          /* 「买受人为孙小鹏」: who the role is */
		for (int k = 0; k < 8 && !x_lit(t, p, "或"); k++) {   /* 被执行人王某、某某有限公司 */
			size_t e = body_org(t, p);         /* (由申请人或当地人民政府组织实施: no name) */
			if (e == XNONE)
				e = body_person(t, p);
			if (e == XNONE)
				break;
			if (pronoun_role(c, p, e))
				break;           /* 「异议人将甲公司、乙公司诉至…」: the list is the verb's */
			const char *as = role;
			if (!strcmp(role, "申请人") && x_lit(t, e, "申请执行") && !x_lit(t, e, "申请执行人"))
				as = "申请执行人";   /* 立案执行申请人梁某申请执行你单位…: the one who asked for enforcement */
			struct fact *x = add_party(c, as, p, e, 0.72);
			if (x && x_in(t, e, "（(")) {   /* 买受人黄某（身份证号：4201…）: the ID its bracket gives */
				size_t close = first_close(t, e, e + 120 < t->n ? e + 120 : t->n);
				char id[32];
				int valid;
				if (close != XNONE && find_id(t, e, close, id, sizeof id, &valid) && valid)
					x_set(x->id_no, sizeof x->id_no, id);
			}
			if (short_for_at(t, e)) {   /* 甲公司(以下简称甲公司,法定代表人…)、乙: on past it */
				size_t q = first_close(t, e, e + 150 < t->n ? e + 150 : t->n);
				if (q != XNONE)
					e = q + x_clen(t, q);
			}
			if (!x_in(t, e, "、"))
				break;
			p = e + 3;
		}
		i = p - 1;
	}
}

/* ---- legal representatives ---- */

/* 「请定代表人：」: 法定代表人 with one character misread, opening its line
 * and followed by a colon. Where the name starts, or 0. */
static size_t misread_label(const struct xtext *t, size_t i)
{
	static const char *const label[] = { "法定代表人", NULL };
	size_t len, a, b;
	if (x_label_misread(t, i, label, &len) == 0 && x_in(t, i + len, "：:"))
		return i + len;
	x_trimmed(t, t->li[i], &a, &b);    /* 「法是代表人韩小军，」: its 定 misread, no colon, opening its line */
	return i == a && x_rep_label_misread(t, i) && x_cjk(t, i + 15) ? i + 15 : 0;
}

/* Whose 法定代表人 the label at i names: the last organisation read before
 * it in the block — when that one was read in the label's own record (from
 * the line that opens with a party's role down to the label). When the
 * record's own line was too garbled to read a party from (「申请执行人（原审员
 * 合多滨北辰农资有限公司」), the company before it is another party's: none. */
static void rep_owner(struct xctx *c, size_t i, char *org, size_t size)
{
	const struct xtext *t = &c->t;
	const struct xline *l = &t->lines[t->li[i]];
	int start = t->li[i];
	size_t rl;
	while (start > c->hdr_end && !role_at(t, x_ls(t, start), &rl))
		start--;
	const struct xline *s = &t->lines[start];
	int in_record = 0;
	const struct fact *near = NULL;      /* the nearest before the label, wherever the facts list it: */
	for (int f = c->first; f < c->out->n; f++) {       /* one line may hold several records */
		const struct fact *x = &c->out->v[f];
		int before = x->line < l->line || (x->line == l->line && x->span_start <= t->off[i]);
		if (!strcmp(x->field, "party") && !strcmp(x->party_kind, "org") && before && x->page == l->page &&
		    (!near || x->line > near->line || (x->line == near->line && x->span_start >= near->span_start))) {
			near = x;
			x_set(org, size, x->value);
			in_record = x->page > s->page || (x->page == s->page && x->line >= s->line);
		}
	}
	if (!in_record && near && start <= c->hdr_end) {
		/* no line opened with a role (「…行审69号申请执行人汾阳市国土⏎资源局。法定代表人…」:
		 * the parties run on after the header): the record opens at the
		 * nearest role before the label on its page, wherever it stands */
		size_t r = i, rl2, lo = i > 300 ? i - 300 : 0;
		while (r > lo && !role_at(t, r, &rl2))
			r = x_prev(t, r);
		const struct xline *rline = &t->lines[t->li[r]];
		in_record = role_at(t, r, &rl2) && near->page == rline->page &&
			    (near->line > rline->line || (near->line == rline->line && near->span_start >= t->off[r]));
	}
	if (!in_record)
		org[0] = '\0';          /* another record's company is not this one's */
}

/* A 法定代表人 (负责人 …) label at i and the name after it, on the label's
 * line, up to b: the name's bytes [*np, *ne) and 1; 0 when no label opens
 * at i, or no name follows it (*ne then where to go on from). */
static int rep_name_at(const struct xtext *t, size_t i, size_t b, size_t *np, size_t *ne)
{
	/* 法定代理人: a company's head, as some courts misname him (a minor's
	 * guardian has no company in his record: rep_owner finds none) */
	static const char *const labels[] = { "法定代表人", "法定代理人", "主要负责人", "负责人", "执行事务合伙人", "经营者",
					      "投资人", NULL };
	int k = 0;
	while (labels[k] && !x_lit(t, i, labels[k]))
		k++;
	size_t p, rl;
	if (labels[k])
		p = i + strlen(labels[k]);
	else if ((p = misread_label(t, i)) == 0)
		return 0;
	*ne = i + x_clen(t, i);
	if (p < b && x_cjk(t, p) && x_in(t, p + x_clen(t, p), "：:"))
		p += x_clen(t, p);   /* 「法定代表人和：黎志坚」: a speck read as a character before the colon */
	while (x_in(t, p, "：:，,;；|“”_.-[") || (x_in(t, p, "。") && x_in(t, x_prev(t, p), "：:。，")) ||
	       (p + 1 < b && (unsigned char)t->s[p] < 0x80 && isalnum((unsigned char)t->s[p]) && x_cjk(t, p + 1)))
		p += x_clen(t, p);   /* 「：」 read as 「，」, and OCR's specks: 「|法定代表人：|濮国强」, 「：。。白晓军」, 「：“1杨永福」 */
	if (p < b && t->li[p] != t->li[i])
		return 0;            /* 「负责人。⏎…」: the name is on the label's line or nowhere */
	if (role_at(t, p, &rl)) {            /* 「法定代表人：」 left empty by OCR: no name */
		*ne = p;
		return 0;
	}
	size_t e = p;
	int chars = 0, masks = 0;
	while (e < b && masks < 3 && t->s[e] == '*' && chars < 3)
		e++, chars++, masks++;    /* 负责人**太: the surname masked as published */
	if (masks && !(e < b && x_cjk(t, e)))
		e = p, chars = masks = 0; /* 负责人***: no name left to read */
	while (e < b && chars < 4 && x_cjk(t, e) && !x_lit(t, e, "职务") && !x_lit(t, e, "董事") &&
	       !x_lit(t, e, "总经理") && !x_lit(t, e, "经理") && !x_lit(t, e, "主任") && !x_lit(t, e, "行长") &&
	       !x_lit(t, e, "局长") && !x_lit(t, e, "厂长") && !x_lit(t, e, "执行董事") && !x_lit(t, e, "该") &&
	       !((t->fl[e] & XF_BRK) && role_at(t, e, &rl)))   /* 「邵军安⏎被执行人：」: the next party's line */
		e += x_clen(t, e), chars++;
	if (chars == 1 && !masks) /* 赵**, 许××: a name the publisher masked, as written */
		while (e < b && (t->s[e] == '*' || x_lit(t, e, "×") || x_lit(t, e, "＊")) && chars < 4)
			e += x_clen(t, e), chars++;
	*np = p;
	*ne = e > i ? e : *ne;
	return chars >= 2 && chars > masks;
}

/* 「杨了永福」: a person of four characters with a speck OCR read as 了, 一,
 * 人, 和 or 上 inside, whom the text names without it (杨永福) elsewhere. */
static void drop_speck_inside(const struct xtext *t, char *name)
{
	static const char *const specks[] = { "了", "一", "人", "和", "上", NULL };
	if (strlen(name) != 12 || utf8_chars(name) != 4)
		return;
	for (int at = 3; at <= 6; at += 3)
		for (int k = 0; specks[k]; k++) {
			if (strncmp(name + at, specks[k], 3))
				continue;
			char three[16];
			memcpy(three, name, (size_t)at);
			memcpy(three + at, name + at + 3, 9 - (size_t)at);
			three[9] = '\0';
			if (mentions(t, three) > 0) {
				x_set(name, 13, three);
				return;
			}
		}
}

static void add_rep(struct xctx *c, const char *org, size_t p, size_t e)
{
	char name[64];
	x_copy(&c->t, p, e, name, sizeof name);
	drop_speck_before_surname(name);
	drop_speck_inside(&c->t, name);
	x_add(c, "legal_rep", org, name, p, e, mend_masked(&c->t, name) ? 0.75 : 0.85);
}

static void legal_reps(struct xctx *c)
{
	const struct xtext *t = &c->t;
	size_t a = x_ls(t, c->hdr_end), b = x_ls(t, c->par_end);
	for (size_t i = a; i < b; i += x_clen(t, i)) {
		size_t p, e = i + x_clen(t, i);
		int named = rep_name_at(t, i, b, &p, &e);
		char org[sizeof c->out->v->value] = "";     /* a copy: x_add may move the facts */
		if (named)
			rep_owner(c, i, org, sizeof org);
		if (named && org[0])
			add_rep(c, org, p, e);
		i = e - 1;
		while (i > a && ((unsigned char)t->s[i] & 0xC0) == 0x80)
			i--;
	}
}

/* A notice opens with its addressee: 「黎志强：」 — the 被执行人, or the
 * 申请执行人 when the notice pays out money. */
static void addressee(struct xctx *c)
{
	const struct xtext *t = &c->t;
	static const char *const notices[] = { "执行通知书", "报告财产令", "限制消费令", "案款发放通知书", NULL };
	/* another notice says whom it writes to: 「你单位与被执行人…一案」 */
	static const char *const to_creditor[] = { "你单位与被执行人", "你公司与被执行人", "你与被执行人",
						   "你（单位）与被执行人", "你(单位)与被执行人", NULL };
	int k = 0;
	while (notices[k] && strcmp(c->kind, notices[k]))
		k++;
	if (c->hdr_end >= t->nl)
		return;
	size_t a = x_ls(t, c->hdr_end), b = x_le(t, c->hdr_end);
	int next = c->hdr_end + 1;
	while (b > a && t->s[b - 1] == ' ')
		b--;
	if (b - a >= 9 && !x_in(t, x_prev(t, b), "：:") && next < t->nl) {
		size_t b2 = x_le(t, next);
		while (b2 > x_ls(t, next) && t->s[b2 - 1] == ' ')
			b2--;
		if (b2 > x_ls(t, next) && b2 - x_ls(t, next) <= 24 && x_in(t, x_prev(t, b2), "：:"))
			b = b2, next++;   /* 「某公司〈统一社会信用代码…⏎5J) :」: the addressee wrapped */
	}
	if (b - a < 9 || !x_in(t, x_prev(t, b), "：:"))
		return;
	int creditor = next < t->nl && x_lit_any(t, x_ls(t, next), to_creditor);
	if (!notices[k] && !creditor)
		return;
	const char *role = creditor || !strcmp(c->kind, "案款发放通知书") ? "申请执行人" : "被执行人";
	for (size_t p = a; p < x_prev(t, b);) {        /* 甲公司、孙**、乙公司：: each one addressed */
		size_t e = scan_name(t, p, x_prev(t, b)), after = e;
		if (e > p && x_in(t, e, "（(")) {        /* 甲公司（统一社会信用代码…）：its ID in brackets */
			size_t close = first_close(t, e, x_prev(t, b));
			after = close != XNONE ? close + x_clen(t, close) : e;
		}
		if (e == p || (after != x_prev(t, b) && !x_in(t, after, "、")))
			return;
		struct fact *x = add_party(c, role, p, e, 0.8);
		char id[32];
		int valid;
		if (x && after > e && find_id(t, e, after, id, sizeof id, &valid))
			x_set(x->id_no, sizeof x->id_no, id);
		p = after + x_clen(t, after);
	}
}

/* 「瑞丰汽车配件制造有限公司（以下简称瑞丰公司，法定代表人周某）」: a short
 * name's bracket in the body that names the company's 法定代表人 too. */
static void bracket_reps(struct xctx *c)
{
	const struct xtext *t = &c->t;
	for (int k = 0; SHORT_FOR[k]; k++) {
		for (size_t q = x_find(t, c->body_at, c->app_at, SHORT_FOR[k]); q != XNONE;
		     q = x_find(t, q + 1, c->app_at, SHORT_FOR[k])) {
			size_t close = first_close(t, q, q + 120 < t->n ? q + 120 : t->n);
			size_t r = close != XNONE ? x_find(t, q, close, "法定代表人") : XNONE;
			const char *org = r != XNONE ? party_ending_at(c, q, 0, 1) : NULL;
			if (!org)
				continue;
			size_t p = r + strlen("法定代表人"), e;
			while (x_in(t, p, "：:"))
				p += x_clen(t, p);
			int chars = 0;
			for (e = p; e < close && chars < 4 && x_cjk(t, e); e += x_clen(t, e))
				chars++;
			while (chars == 1 && e < close && t->s[e] == '*')      /* 韦**: masked as published */
				e++;
			char name[64], owner[sizeof c->out->v->value];
			x_set(owner, sizeof owner, org);     /* a copy: x_add may move the facts */
			x_copy(t, p, e, name, sizeof name);
			if (e == close && e > p + 3 && !x_have(c, "legal_rep", owner, name))
				x_add(c, "legal_rep", owner, name, p, e, 0.8);
		}
	}
}

/* 「限制你单位及你单位法定代表人陈某不得…」: a notice to an organisation
 * names its representative in the body (限高规定 第三条 binds them too).
 * The organisation is the addressee, the notice's only organisation party. */
static void addressed_rep(struct xctx *c)
{
	const struct xtext *t = &c->t;
	const char *org = NULL;
	for (int f = c->first; f < c->out->n; f++) {
		const struct fact *x = &c->out->v[f];
		if (!strcmp(x->field, "party") && !strcmp(x->party_kind, "org")) {
			if (org)
				return;          /* two organisations: whose representative is not said */
			org = x->value;
		}
	}
	if (!org)
		return;
	char owner[sizeof c->out->v->value];
	x_set(owner, sizeof owner, org);
	static const char *const you[] = { "你单位法定代表人", "你公司法定代表人", "你单位的法定代表人", NULL };
	for (int k = 0; you[k]; k++) {
		size_t p = x_find(t, c->body_at, c->app_at, you[k]);
		if (p == XNONE)
			continue;
		size_t s = p + strlen(you[k]), e = s;
		int chars = 0;
		while (e < c->app_at && chars < 4 && x_cjk(t, e) && !x_lit(t, e, "不得") && !x_lit(t, e, "等"))
			e += x_clen(t, e), chars++;
		char name[64];
		x_copy(t, s, e, name, sizeof name);
		int ended = !x_cjk(t, e) || x_lit(t, e, "不得") || x_lit(t, e, "等");
		if (chars >= 2 && ended && !x_have(c, "legal_rep", owner, name) && good_name(name))
			x_add(c, "legal_rep", owner, name, s, e, 0.75);
		return;
	}
}

/* 「申诉人（申请执行人说宏文，男，…」 in the block, 「党宏文不服…」「在审理党宏文
 * 与…」 in the body: a person of three or four characters the block names
 * once, the body twice or more one character off (a surname first) and no
 * other reading so — OCR misread the block. Every fact of the name takes
 * the body's reading. */
static void reread_block_persons(struct xctx *c)
{
	const struct xtext *t = &c->t;
	size_t from = x_ls(t, c->par_end);
	for (int i = c->first; i < c->out->n; i++) {
		struct fact *x = &c->out->v[i];
		int nc = (int)utf8_chars(x->value);
		if (strcmp(x->field, "party") || strcmp(x->party_kind, "person") || nc < 3 || nc > 4 ||
		    strlen(x->value) != (size_t)nc * 3 || strstr(x->value, "某") || !in_party_block(c, x) ||
		    mentions(t, x->value) != 1)
			continue;
		char best[16] = "", other[16] = "";
		for (size_t p = from; p + (size_t)nc * 3 <= t->n; p += x_clen(t, p)) {
			if (!near_reading(t, p, x->value, nc) || !x_in(t, p, CN_SURNAMES))
				continue;
			char cand[16];
			x_copy(t, p, p + (size_t)nc * 3, cand, sizeof cand);
			if (utf8_diff(cand, x->value) != 1 || mentions(t, cand) < 2)
				continue;
			if (!best[0] || !strcmp(best, cand))
				x_set(best, sizeof best, cand);
			else
				x_set(other, sizeof other, cand);
		}
		if (!best[0] || other[0])
			continue;
		char was[16];
		x_set(was, sizeof was, x->value);
		for (int j = c->first; j < c->out->n; j++) {
			struct fact *y = &c->out->v[j];
			if (!strcmp(y->field, "party") && !strcmp(y->value, was)) {
				x_set(y->value, sizeof y->value, best);
				y->confidence = 0.6;
			}
		}
	}
}

/* Whether a party of role names the company org. */
static int org_in_role(const struct xctx *c, const char *org, const char *role)
{
	for (int i = c->first; i < c->out->n; i++) {
		const struct fact *x = &c->out->v[i];
		if (!strcmp(x->field, "party") && !strcmp(x->value, org) && !strcmp(x->role, role))
			return 1;
	}
	return 0;
}

/* 「被执行人宁波…公司…法定代表人戴美衣」 and 「被执行人戴美娟」 named again and
 * again: a 法定代表人 read once, one character off a person who is a party
 * in the company's own role (a company's debts often bind its head too)
 * and whom the text names at least three times, is that person — OCR
 * misread the rep's line. Not a party of another role: 「法定代表人熊国华」 of
 * the debtor is not the applicant 张国华. */
static void reread_reps(struct xctx *c)
{
	const struct xtext *t = &c->t;
	for (int i = c->first; i < c->out->n; i++) {
		struct fact *r = &c->out->v[i];
		if (strcmp(r->field, "legal_rep") || masked_name(r->value) ||
		    mentions(t, r->value) != 1)
			continue;
		const struct fact *best = NULL;
		int several = 0;
		for (int j = c->first; j < c->out->n; j++) {
			const struct fact *p = &c->out->v[j];
			if (strcmp(p->field, "party") || strcmp(p->party_kind, "person") || utf8_diff(p->value, r->value) != 1 ||
			    mentions(t, p->value) < 3 || !org_in_role(c, r->role, p->role))
				continue;
			several |= best && strcmp(best->value, p->value);
			best = p;
		}
		if (best && !several) {
			x_set(r->value, sizeof r->value, best->value);
			r->confidence = 0.6;
		}
	}
}

/* The 法定代表人 of the record opening at line k (down to the next party's
 * line), as the company name's. */
static void record_reps(struct xctx *c, int k, const char *name)
{
	const struct xtext *t = &c->t;
	char org[sizeof c->out->v->value];      /* a copy: x_add may move the facts */
	x_set(org, sizeof org, name);
	size_t rl;
	for (int j = k + 1; j < c->par_end; j++) {
		size_t a, b, p, e;
		x_trimmed(t, j, &a, &b);
		if (role_at(t, a, &rl))
			break;
		if (a >= b || !rep_name_at(t, a, x_le(t, j), &p, &e))
			continue;
		if (!x_have(c, "legal_rep", org, NULL))
			add_rep(c, org, p, e);
	}
}

/* Whether the name's last n characters end the text in [a, e), all but
 * miss of them alike. */
static int ends_with_chars(const struct xtext *t, size_t a, size_t e, const char *name, size_t n, int miss)
{
	size_t len = strlen(name), chars = utf8_chars(name);
	if (n > chars || len != chars * 3)
		return 0;
	size_t bytes = n * 3;
	return e >= a + bytes && x_chars_off_max(t, e - bytes, name + len - bytes, miss + 1) <= miss;
}

/* 「被执行人（原审被钢卫强，男，…公民身份号码430103…」: a line of the block
 * too garbled to read a party from (the bracket lost its close, and the
 * name its first character) still holds the party's ID, and the body names
 * the party. The ID goes to the one party of that role the body read
 * without an ID whose name ends as the line's reading does — a person's
 * last two characters, an organisation's name but for its first two (one
 * of them may be misread). The company's 法定代表人 below goes with it. */
static void block_ids_for_body(struct xctx *c)
{
	const struct xtext *t = &c->t;
	for (int k = c->hdr_end; k < c->par_end; k++) {
		size_t a, b, len;
		x_trimmed(t, k, &a, &b);
		const char *role = role_at(t, a, &len);
		const struct xline *l = &t->lines[k];
		if (!role || !x_in(t, a + len, "（(《〈〔“"))
			continue;
		int read = 0;
		for (int f = c->first; f < c->out->n && !read; f++)
			read = !strcmp(c->out->v[f].field, "party") && c->out->v[f].page == l->page &&
			       c->out->v[f].line == l->line;
		size_t e = a + len;
		while (e < b && !x_in(t, e, "，,。"))
			e += x_clen(t, e);
		if (read || e >= b)
			continue;
		size_t ne = e;            /* …经营部（个体工商户），: the name ends before its aside */
		if (e > a + len && x_in(t, x_prev(t, e), "）)")) {
			size_t from = e > a + len + 30 ? e - 30 : a + len, open = x_find(t, from, e, "（");
			if (open == XNONE)
				open = x_find(t, from, e, "(");
			if (open != XNONE && open > a + len + 6)
				ne = open;
		}
		struct fact *to = NULL;
		int n = 0;
		for (int f = c->first; f < c->out->n; f++) {
			struct fact *x = &c->out->v[f];
			size_t chars = utf8_chars(x->value);
			int org = !strcmp(x->party_kind, "org");
			if (strcmp(x->field, "party") || strcmp(x->role, role) || x->id_no[0] || chars < 2 ||
			    !ends_with_chars(t, a + len, ne, x->value, org ? (chars > 8 ? chars - 2 : 99) : 2, org))
				continue;
			to = x;
			n++;
		}
		char id[32];
		if (n != 1)
			continue;
		if (party_id(t, e, id_limit(c, k), 0, id, sizeof id)) {
			x_set(to->id_no, sizeof to->id_no, id);
			to->confidence = 0.6;
		}
		if (!strcmp(to->party_kind, "org"))   /* 「上海锦程怕流有限公司」 read in the body as 上海锦程物流…: */
			record_reps(c, k, to->value);     /* its 法定代表人 below the line is that company's */
	}
}

void x_parties(struct xctx *c)
{
	addressee(c);
	for (int k = c->hdr_end; k < c->par_end; k++)
		party_line(c, k);
	legal_reps(c);
	unlabelled_pair(c);
	body_parties(c);
	block_ids_for_body(c);
	reread_block_persons(c);
	bracket_reps(c);
	addressed_rep(c);
	reread_reps(c);
}

/* ---- judges ---- */

static const struct { const char *label, *role; } JUDGES[] = {
	{ "代理审判员", "代理审判员" }, { "人民陪审员", "人民陪审员" }, { "陪审员", "人民陪审员" },
	{ "审判长", "审判长" }, { "审判员", "审判员" }, { "执行员", "执行员" }, { "执行法官", "执行员" },
	{ "书记员", NULL }, { "法官助理", NULL },
};

static const char *judge_at(const struct xtext *t, size_t i, size_t *len)
{
	for (size_t k = 0; k < sizeof JUDGES / sizeof *JUDGES; k++)
		if (x_lit(t, i, JUDGES[k].label)) {
			*len = strlen(JUDGES[k].label);
			return JUDGES[k].role ? JUDGES[k].role : "";
		}
	return NULL;
}

/* A label with one character misread (审浏长, 人民隆审员), opening a line of
 * the signature: the same first character and length, one other wrong
 * (a label of five characters: any one wrong).
 * Only the bench's labels (审…, 人民陪审员, 代理审判员): 「执行中」 is no 执行员. */
static const char *judge_at_loose(const struct xtext *t, size_t i, size_t *len)
{
	for (size_t k = 0; k < sizeof JUDGES / sizeof *JUDGES; k++) {
		const char *l = JUDGES[k].label;
		size_t n = strlen(l);
		int five = n >= 15;      /* 人民陪审员, 代理审判员: four right say which, the first may be the wrong one (大民陪审员) */
		if (n < 9 || i + n > t->n || (!five && memcmp(t->s + i, l, 3) != 0) ||
		    (strncmp(l, "审", 3) && strncmp(l, "人", 3) && strncmp(l, "代", 3)))
			continue;
		int wrong = 0;
		for (size_t q = five ? 0 : 3; q < n && wrong < 2; q += 3)
			wrong += !x_cjk(t, i + q) || memcmp(t->s + i + q, l + q, 3) != 0;
		if (wrong == 1) {
			*len = n;
			return JUDGES[k].role ? JUDGES[k].role : "";
		}
	}
	return NULL;
}

/* 「判员鞠红梅」「罕判员顾明」 opening a line of the signature: 审 lost to
 * OCR, or misread. */
static const char *judge_headless(const struct xtext *t, size_t i, size_t line_start, size_t *len)
{
	for (size_t p = line_start; p < i; p += x_clen(t, p))
		if (x_cjk(t, p))
			return NULL;              /* only OCR's specks before it */
	size_t h = x_cjk(t, i) && (x_lit(t, i + 3, "判员") || x_lit(t, i + 3, "判长")) ? 3 : 0;
	*len = h + 6;
	return x_lit(t, i + h, "判员") && x_cjk(t, i + h + 6) ? "审判员" :
	       x_lit(t, i + h, "判长") && x_cjk(t, i + h + 6) ? "审判长" : NULL;
}

/* OCR's specks and quote marks around the signature's names. */
static int judge_junk(const struct xtext *t, size_t i)
{
	return x_in(t, i, "“”\"'|/\\-—.。…·，,、:：;；_~`");
}

/* A label of the signature read with a speck inside it (「执行，员」) or,
 * for the five-character ones, one character read as two (「人民了说审员」:
 * the first two and the last two right). */
static const char *judge_at_broken(const struct xtext *t, size_t i, size_t *len)
{
	for (size_t k = 0; k < sizeof JUDGES / sizeof *JUDGES; k++) {
		const char *l = JUDGES[k].label;
		size_t n = strlen(l), p = i, q = 0;
		int specks = 0;
		while (q < n && p < t->n) {
			if (!memcmp(t->s + p, l + q, 3))
				p += 3, q += 3;
			else if (q > 0 && specks == 0 && judge_junk(t, p) && !x_cjk(t, p))
				p += x_clen(t, p), specks++;
			else
				break;
		}
		if (q == n && specks) {
			*len = p - i;
			return JUDGES[k].role ? JUDGES[k].role : "";
		}
		if (n == 15 && p + 12 <= t->n && !memcmp(t->s + i, l, 6) && x_cjk(t, i + 6) && x_cjk(t, i + 9) &&
		    !memcmp(t->s + i + 12, l + 9, 6)) {
			*len = 18;
			return JUDGES[k].role ? JUDGES[k].role : "";
		}
	}
	return NULL;
}

/* A judge's name from p: CJK characters up to the next label or a date,
 * masked as published (韩**) too, OCR's quote marks and specks inside it
 * skipped (彭”亮, 滕“雅); the name without them in name. */
static size_t judge_name(const struct xtext *t, size_t p, size_t end, char *name, size_t namelen)
{
	size_t e = p, len, w = 0;
	int chars = 0, seg = 0, gap = 0;
	while (e < end && chars < 6 && (x_cjk(t, e) || x_in(t, e, "·") || (chars && x_in(t, e, "*＊")) ||
					(chars && judge_junk(t, e) && e + 3 < end && x_cjk(t, e + x_clen(t, e))))) {
		if (!x_cjk(t, e) && !x_in(t, e, "·*＊")) {
			if (chars >= 3)
				break;    /* 「景卫东“蝇吕」: the seal's marks after a whole name */
			e += x_clen(t, e);
			continue;
		}
		if (chars && judge_at(t, e, &len))
			break;
		if (chars >= 2 && (x_lit(t, e, "联系") || x_lit(t, e, "电话")))
			break;            /* 「纪 明 远    联系电话」 */
		if (x_lit(t, e, "二") && x_in(t, e + 3, "〇O0o○零"))
			break;
		if (chars && (t->fl[e] & XF_GAP)) {
			if (chars >= 2 && seg >= 2)
				break;    /* 「钱国平　联系电话」; 「俞 晓 峰」 is spaced per character */
			seg = 0;
			gap = 1;
		}
		size_t cl = x_clen(t, e);
		if (w + cl < namelen) {
			memcpy(name + w, t->s + e, cl);
			w += cl;
		}
		e += cl;
		chars++;
		seg++;
	}
	name[w] = '\0';
	/* a longer name without its dot (德里格里桑) when it alone fills the rest of its line */
	int whole_line = chars <= 6 && !gap && e == x_le(t, x_line_of(t, p));
	return chars >= 2 && (chars <= 4 || x_find(t, p, e, "·") != XNONE || whole_line) ? e : XNONE;
}

/* OCR's specks read as characters in a signature name: 了, which no name
 * holds, anywhere; and before a four-character name, a first character
 * that is no surname when the second is one (「入霍东升」 → 霍东升). */
static void tidy_judge_name(char *name)
{
	char *o = name;
	for (const char *p = name; *p;) {
		int len;
		utf8_decode(p, strlen(p), &len);
		if (!strncmp(p, "了", 3)) {
			p += 3;
			continue;
		}
		memmove(o, p, (size_t)len);
		o += len, p += len;
	}
	*o = '\0';
	int l1, l2;
	uint32_t first = utf8_decode(name, strlen(name), &l1);
	uint32_t second = l1 < (int)strlen(name) ? utf8_decode(name + l1, strlen(name + l1), &l2) : 0;
	/* 「和孙秀兰」「人金哲」: a speck OCR read as 和, 人 or 一 before a surname */
	int speck = first == 0x548C || first == 0x4EBA || first == 0x4E00;
	size_t n = utf8_chars(name);
	if (((n == 4 && (!cn_surname(first) || speck)) || (n == 3 && speck && first != 0x548C)) && second &&
	    cn_surname(second))
		memmove(name, name + l1, strlen(name + l1) + 1);
}

void x_judges(struct xctx *c)
{
	const struct xtext *t = &c->t;
	static const char *const leads[] = { "联系人", "承办人", "经办人", "承办法官", NULL };
	for (int k = c->hdr_end; k < t->nl && x_ls(t, k) < c->app_at; k++) {
		size_t i = x_ls(t, k), end = x_le(t, k), len;
		const char *role;
		int sig = i >= c->sig_at || k >= t->nl - 6;   /* a notice's 落款 lost to its seal: its last lines still sign it */
		for (int j = 0; j < 3 && i < end && (judge_junk(t, i) || (sig && (unsigned char)t->s[i] < 0x80 &&
								       isalnum((unsigned char)t->s[i]))); j++)
			i += x_clen(t, i);               /* 「”审判长」 「|审判员」 「1 .审判员」 */
		if (sig && i < end && x_cjk(t, i) && !judge_at(t, i, &len)) {
			size_t q = i;                      /* 「上审判员段晓云」「二生生站审判长杜宏伟」: specks read as */
			for (int n = 0; n < 4 && q < end && !judge_at(t, q, &len); n++) {   /* characters first */
				q += x_clen(t, q);
				while (q < end && judge_junk(t, q))
					q += x_clen(t, q);
			}
			if (q < end && judge_at(t, q, &len))
				i = q;
		}
		int handler = 0;                         /* 承办法官：袁昆 — the judge who handles the case */
		for (int l = 0; leads[l]; l++)           /* 联系人：执行员　钟　鸣 */
			if (x_lit(t, i, leads[l]) && x_in(t, i + strlen(leads[l]), "：:")) {
				handler = !strcmp(leads[l], "承办法官");
				i += strlen(leads[l]) + x_clen(t, i + strlen(leads[l]));
			}
		if (handler && i < end && x_cjk(t, i) && !judge_at(t, i, &len)) {
			char name[64];
			size_t e = judge_name(t, i, end, name, sizeof name);
			if (e != XNONE && utf8_chars(name) >= 2 && !x_have(c, "judge", "执行员", name))
				x_add(c, "judge", "执行员", name, i, e, 0.8);
			continue;
		}
		while (i < end && ((role = judge_at(t, i, &len)) != NULL ||
				   (sig && ((role = judge_at_loose(t, i, &len)) || (role = judge_at_broken(t, i, &len)) ||
					    (role = judge_headless(t, i, x_ls(t, k), &len)))))) {
			size_t p = i + len;
			for (int k2 = 0; k2 < 3 && p < end && !x_cjk(t, p); k2++)
				p += x_clen(t, p);     /* 「：」, or OCR's 「”」 「。」 */
			char name[64];
			size_t e = judge_name(t, p, end, name, sizeof name);
			if (e == XNONE)
				break;
			tidy_judge_name(name);
			if (*role && utf8_chars(name) >= 2 && !x_have(c, "judge", role, name))
				x_add(c, "judge", role, name, p, e, x_ls(t, k) >= c->sig_at ? 0.92 : 0.8);
			i = e;
		}
	}
}
