/* extract_measure.c — measures, the items they bear on, auction rounds.
 *
 * A measure is a word of the body or the operative clause (查封, 冻结 …,
 * 限制其高消费, 纳入失信被执行人名单, 恢复…的执行); not inside 《》, not in a
 * citation clause (依照/根据…关于…规定), not in a warning or a right
 * (可以/有权/将依法/逾期不…的/如不…), and "negated" when its clause says so
 * before it (未, 没有, 不, 尚未, 无法, 不予, 暂缓, 解除 … — but not 不动产,
 * 不得, 未履行 …, and not past 即: 未查封即终结本次执行程序). 解除 before a
 * 查封/冻结/扣押 makes it 解除查封. What the law forbids (不得查封) is none.
 * An item is a property named near a measure: 不动产 (不动产权证号, else 坐落),
 * 车辆 (plate, spaces and · dropped), 存款 (account number, else the bank),
 * 股权 ("公司 NN%"); its action is the measure before it in its sentence
 * (or after it in its clause), its value in fen when stated. */
#include "ocr/extract_int.h"
#include "legal/reference.h"
#include "util/utf8.h"

#include <assert.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static const struct { const char *word, *measure; } MEASURES[] = {
	{ "终结本次执行程序", "终结本次执行程序" }, { "终结本次执行", "终结本次执行程序" },
	{ "本次执行程序终结", "终结本次执行程序" },   /* 本案本次执行程序终结 */
	{ "续行查封", "续行查封" }, { "续行冻结", "续行查封" }, { "续封", "续行查封" },
	{ "继续冻结", "续行查封" }, { "继续查封", "续行查封" }, { "继续扣押", "续行查封" },
	{ "解除查封", "解除查封" }, { "解除冻结", "解除查封" }, { "解除扣押", "解除查封" }, { "解封", "解除查封" },
	{ "以物抵债", "以物抵债" }, { "抵偿债务", "以物抵债" }, { "抵债", "以物抵债" },
	{ "网络执行查控", "网络查控" }, { "网络查控", "网络查控" }, { "执行查控系统", "网络查控" },
	{ "总对总", "网络查控" }, { "点对点", "网络查控" }, { "网络查询", "网络查控" },
	{ "失信被执行人名单", "失信" }, { "失信名单", "失信" }, { "失信人员名单", "失信" }, { "失信被执行人", "失信" }, { "纳入失信", "失信" },
	{ "限制高消费", "限制消费" }, { "限制消费", "限制消费" }, { "限高", "限制消费" },
	{ "查封", "查封" }, { "冻结", "冻结" }, { "扣押", "扣押" }, { "拍卖", "拍卖" }, { "变卖", "变卖" },
	{ "评估", "评估" }, { "罚款", "罚款" }, { "拘留", "拘留" }, { "恢复执行", "恢复执行" },
};

/* Whether a measure word can start with c: asked for every character of
 * the body and of every item's sentence, so a bit per CJK character, set
 * once from MEASURES' first characters (every word starts with one). */
enum { CJK_FIRST = 0x4E00, CJK_LAST = 0x9FFF };
static uint64_t lead_bits[(CJK_LAST - CJK_FIRST + 64) / 64];
static pthread_once_t lead_once = PTHREAD_ONCE_INIT;

static void lead_init(void)
{
	for (size_t k = 0; k < sizeof MEASURES / sizeof *MEASURES; k++) {
		int len;
		uint32_t c = utf8_decode(MEASURES[k].word, strlen(MEASURES[k].word), &len);
		assert(c >= CJK_FIRST && c <= CJK_LAST);
		lead_bits[(c - CJK_FIRST) / 64] |= (uint64_t)1 << ((c - CJK_FIRST) % 64);
	}
}

static int measure_lead(uint32_t c)
{
	if (c < CJK_FIRST || c > CJK_LAST)
		return 0;
	pthread_once(&lead_once, lead_init);
	return lead_bits[(c - CJK_FIRST) / 64] >> ((c - CJK_FIRST) % 64) & 1;
}

/* 终结本院（2023）浙0106执3517号案件（的）本次执行程序: the 终本 said around
 * the case's number (the literal form is MEASURES' too, but layout asks
 * here). The length of the words from i, 0 when they are not. */
size_t x_ends_round(const struct xtext *t, size_t i)
{
	if (x_lit(t, i, "终结本次执行"))
		return x_lit(t, i, "终结本次执行程序") ? 24 : 18;
	if (!x_lit(t, i, "终结") && !(x_cjk(t, i) && x_lit(t, i + 3, "结本院")))
		return 0;                 /* 你结本院（…）号案件本次执行程序: 终 misread, the rest says it */
	size_t a, b;
	x_clause(t, i, 200, &a, &b);
	size_t p = x_find(t, i + 6, i + 120 < b ? i + 120 : b, "本次执行");
	if (p == XNONE || x_find(t, i, p, "号") == XNONE)
		return 0;
	return p + (x_lit(t, p, "本次执行程序") ? 18 : 12) - i;
}

const char *x_measure_at(const struct xtext *t, size_t i, size_t *len)
{
	if (i + 3 > t->n || ((unsigned char)t->s[i] & 0xF0) != 0xE0)
		return NULL;        /* every word starts with a three-byte character */
	if (!measure_lead(x_cp(t, i)))
		return x_lit(t, i + 3, "结本院") && (*len = x_ends_round(t, i)) != 0 ? "终结本次执行程序" : NULL;
	for (size_t k = 0; k < sizeof MEASURES / sizeof *MEASURES; k++)
		if (MEASURES[k].word[1] == t->s[i + 1] && MEASURES[k].word[2] == t->s[i + 2] &&
		    x_lit(t, i, MEASURES[k].word)) {
			*len = strlen(MEASURES[k].word);
			return MEASURES[k].measure;
		}
	if ((*len = x_ends_round(t, i)) != 0)
		return "终结本次执行程序";      /* 终结本院（…）号案件本次执行程序 */
	if (x_lit(t, i, "网") && x_chars_off(t, i, "网络执行查控系统") == 1) {
		*len = strlen("网络执行查控系统");
		return "网络查控";              /* 网络执行查挖系统: the system's name, one character misread */
	}
	/* 限制其高消费, 限制被执行人消费; 恢复（…）号案件的执行 */
	size_t zhi = i + 3;
	if (x_lit(t, i, "限"))          /* 「限⏎“”制消费」: OCR's specks where the line wrapped */
		while (zhi < i + 12 && x_in(t, zhi, "“”\"'|"))
			zhi += x_clen(t, zhi);
	if (x_lit(t, i, "限") && x_lit(t, zhi, "制")) {
		size_t a, b, from = zhi + 3;
		x_clause(t, i, 60, &a, &b);
		size_t p = x_find(t, from, from + 18 < b ? from + 18 : b, "消费");
		if (p == XNONE && x_lit(t, from, "消") && x_cjk(t, from + 3) &&
		    (x_lit(t, from + 6, "措施") || x_lit(t, from + 6, "令")))
			p = from;             /* 限制消贰措施: 费 misread, the measure's word after it */
		if (p != XNONE) {
			*len = p + 6 - i;
			return "限制消费";
		}
	}
	if (x_lit(t, i, "恢复")) {
		size_t a, b;
		x_clause(t, i, 200, &a, &b);
		size_t p = x_find(t, i + 6, i + 120 < b ? i + 120 : b, "执行");
		if (p != XNONE && x_find(t, i, p, "申请") == XNONE && x_find(t, i, p, "、") == XNONE &&
		    x_find(t, i, p, "原状") == XNONE) {   /* 恢复土地原状、执行…罚款: two duties, no resumption */
			*len = 6;
			return "恢复执行";
		}
	}
	return NULL;
}

/* ---- where a measure word does not say a measure was taken ---- */

/* One of words in [a, b), outside 《》 titles. */
/* The last of words in [a, b) outside a title (若干 is no 若), or XNONE. */
static size_t last_in(const struct xtext *t, size_t a, size_t b, const char *const *words)
{
	size_t last = XNONE;
	for (int k = 0; words[k]; k++)
		for (size_t p = x_find(t, a, b, words[k]); p != XNONE; p = x_find(t, p + 1, b, words[k]))
			if (!(t->fl[p] & XF_BOOK) && !x_lit(t, p, "若干") && (last == XNONE || p > last))
				last = p;
	return last;
}

static int any_in(const struct xtext *t, size_t a, size_t b, const char *const *words)
{
	return last_in(t, a, b, words) != XNONE;
}

/* 依照/根据…关于…的规定 (a statute cited without 《》). */
static int citation(const struct xtext *t, size_t i)
{
	static const char *const lead[] = { "依照", "根据", "依据", "按照", "参照", "适用", NULL };
	static const char *const law[] = { "关于", "规定", "解释", "条", "法》", "办法", NULL };
	size_t a, b;
	x_clause(t, i, 200, &a, &b);
	return any_in(t, a, a + 12 < i ? a + 12 : i, lead) && any_in(t, a, b, law);
}

/* 根据…第十九条的规定，查封、扣押、冻结被执行人的财产，以…为限: the clause
 * after 「的规定，」 quotes the rule when it opens with the measure and no
 * court acts in it before (「的规定，现对被执行人采取…」 is an act). */
static int quoted_law(const struct xtext *t, size_t a, size_t i)
{
	size_t len;                 /* 「,」 too, as the sites that republish rulings print it */
	static const char *const cited[] = { "的", "条", "项", "款", NULL };
	size_t m = a > 3 && x_in(t, x_prev(t, a), "，,") ? x_prev(t, a) : XNONE;
	if (m == XNONE || m < 9 || !x_lit(t, m - 6, "规定") || !x_lit_any(t, m - 9, cited))
		return 0;               /* …的规定， / …第三条第二项规定, then the rule's own words */
	size_t q = a;
	static const char *const passive[] = { "已被采取", "已被", "被", NULL };
	for (int k = 0; passive[k]; k++)
		if (x_lit(t, a, passive[k])) {
			q = a + strlen(passive[k]);
			break;
		}
	if (!x_measure_at(t, q, &len))
		return 0;
	static const char *const court[] = { "本院", "该院", "法院", NULL };
	return !x_find_any(t, a, i, court);
}

/* Whether this court does it in [a, i): 本院/该院 as the subject. */
static int court_acts(const struct xtext *t, size_t a, size_t i)
{
	static const char *const us[] = { "本院", "该院", NULL };
	return x_find_any(t, a, i, us);
}

/* A full date (…年…月…日) in [a, b). */
static int dated_between(const struct xtext *t, size_t a, size_t b)
{
	size_t y = x_find(t, a, b, "年");
	return y != XNONE && x_find(t, y, b, "月") != XNONE && x_find(t, y, b, "日") != XNONE && y > a &&
	       x_digit(t, x_prev(t, y));
}

/* A right, a warning or a condition: 可以申请恢复执行, 逾期不履行的本院将依法查封. */
static int modal(const struct xtext *t, size_t i)
{
	static const char *const words[] = {
		"可以", "有权", "可向", "可对", "可将", "可依法", "可再次", "将依法", "将视", "否则", "逾期不", "逾期仍",
		"拒不", "仍不", "不履行的", "如果", "如不", "如未", "如有", "如逾期", "如违反", "将依照", "若", "一经发现",
		"请求", "要求",
		"诉请", "请求事项",
		"可供执行财产的", "可供执行的财产的", "可供执行财产时", "可供执行的财产时",   /* 发现…财产的，可以…恢复执行 */
		NULL,
	};
	size_t a, b, ca, cb;
	x_sentence(t, i, 300, &a, &b);
	size_t w = last_in(t, a, i, words);
	if (w != XNONE && !dated_between(t, w, i))
		return 1;            /* 因…拒不履行…，法院于2022年11月3日将其纳入失信: done, on a day */
	static const char *const asked[] = { "请求：", "请求:", "诉请：", "要求：", NULL };
	size_t stop = x_rfind(t, i > 300 ? i - 300 : 0, i, "。");
	if (any_in(t, stop == XNONE ? (i > 300 ? i - 300 : 0) : stop, i, asked))
		return 1;            /* 请求：1.中止…；2.解除对上述房屋的查封 — a list of what is asked */
	x_clause(t, i, 200, &ca, &cb);
	if (cb < t->n && x_in(t, cb, "，,") && x_lit(t, x_prev(t, cb), "的") && !court_acts(t, ca, i))
		return 1;            /* 人民法院对…拍卖、变卖或者以物抵债的，…: a condition the law sets */
	static const char *const applied[] = { "申请对", "申请将", "申请法院对", "申请本院对", NULL };
	size_t ap = last_in(t, ca, i, applied);
	if (ap != XNONE && !(ap >= 3 && x_lit(t, x_prev(t, ap), "依")))
		return 1;            /* 某公司申请对卜长青予以司法拘留: asked in that clause; 依申请对…: done */
	size_t oq = x_rfind(t, a, i, "“");
	size_t lq = oq != XNONE && oq > 0 && x_in(t, x_prev(t, oq), "：:") ? x_prev(t, oq) : oq;
	if (oq != XNONE && x_find(t, oq, i, "”") == XNONE && lq >= 9 &&
	    (x_lit(t, lq - 9, "规定的") || x_lit(t, lq - 6, "规定") || x_lit(t, lq - 6, "所称")))
		return 1;            /* 第一百一十四条…规定的“隐藏、转移、变卖…”, 第十九条规定：“查封、…”: the statute's words */
	static const char *const after[] = { "不受", "的请求", "的申请", "时效期间", "期间的限制", NULL };
	if (x_find_any(t, i, cb, after))
		return 1;            /* 申请恢复执行不受…限制 (不受 misread too): the law; 采取查封措施的请求: asked, not done */
	size_t cond = x_rfind(t, a, i, "的，");     /* 拒绝报告或者虚假报告的，本院将…予以罚款 */
	size_t half = x_rfind(t, a, i, "的,");
	if (half != XNONE && (cond == XNONE || half > cond))
		cond = half;
	return cond != XNONE && x_find(t, cond, i, "将") != XNONE && x_find(t, cond, i, "将被执行人") == XNONE;
}

/* 「…不属于有履行能力而拒不履行的情形，本院未将其纳入失信被执行人名单」: the
 * court says what it did not do — a fact, whatever condition the sentence
 * told before it (「本院可以决定提前解除拘留」 stays a right). */
static int court_denies(const struct xtext *t, size_t i)
{
	static const char *const nots[] = { "未", "没有", "暂不", "不予", "不再", NULL };
	static const char *const may[] = { "可以", "可决定", "有权", NULL };
	size_t a, b;
	x_clause(t, i, 200, &a, &b);
	return court_acts(t, a, i) && x_find_any(t, a, i, nots) && !x_find_any(t, a, i, may);
}

static int negator_at(const struct xtext *t, size_t p)
{
	static const char *const neg[] = {
		"未", "没有", "不", "尚未", "暂未", "暂不", "暂缓", "无法", "无需", "无须", "无", "不予", "不能",
		"未能", "不再", "解除", "撤销", "删除", "屏蔽", "停止", NULL,
	};
	static const char *const not_neg[] = {
		"未经", "未履行", "未按", "未全部", "未完全", "未结", "未清偿", "不动产", "不服", "不履行", "不足", "不得",
		"不少于", "不超过", "不低于", "不高于", "不影响", "不变", "无误", "无异", "无论", "无力", "无偿",
		"无正当", "无故", "不明", "不详", "无可供", "无财产",
		"未院",          /* 本院 as OCR misreads it: no word, no negation */
		NULL,
	};
	return !x_lit_any(t, p, not_neg) && x_lit_any(t, p, neg);
}

static int negated(const struct xtext *t, size_t i)
{
	size_t a, b;
	x_clause(t, i, 200, &a, &b);
	int neg = 0;
	for (size_t p = a; p < i; p += x_clen(t, p)) {
		if (!(t->fl[p] & XF_BOOK) && (negator_at(t, p) || (x_lit(t, p, "未经") && p + 6 == i)))
			neg = 1;        /* 未经 only right before the measure: 未经评估即变卖, not 未经许可 */
		else if (x_lit(t, p, "即") && p > a && !x_in(t, x_prev(t, p), "立随"))
			neg = 0;        /* 未查封即终结本次执行程序: the 终本 happened */
	}
	return neg;
}

static int seizure(const char *m)
{
	return !strcmp(m, "查封") || !strcmp(m, "冻结") || !strcmp(m, "扣押");
}

/* Past a list of more measure words after one (「、变卖」「或者变卖」): where the
 * list ends. */
static size_t after_list(const struct xtext *t, size_t e)
{
	static const char *const joins[] = { "、", "或者", "或", "和", NULL };
	for (int n = 0; n < 4; n++) {
		int k = 0;
		while (joins[k] && !x_lit(t, e, joins[k]))
			k++;
		if (!joins[k])
			break;
		size_t j = e + strlen(joins[k]), len;
		if (!x_measure_at(t, j, &len))
			break;
		e = j + len;
	}
	return e;
}

/* The word [i, i+len) in the aside of a platform's name (司法拍卖（变卖）网络平台),
 * its opener perhaps lost to OCR (司法拍卖变卖）网络平台). */
static int platform_aside(const struct xtext *t, size_t i, size_t len)
{
	return x_in(t, i + len, "）)") && x_lit(t, i + len + x_clen(t, i + len), "网络");
}

/* The word [i, i+len) in brackets, or in a platform's name. */
static int aside(const struct xtext *t, size_t i, size_t len)
{
	return platform_aside(t, i, len) || (i >= 3 && x_in(t, x_prev(t, i), "（(") && x_in(t, i + len, "）)"));
}

/* The measure at i as it reads in context (解除…查封 → 解除查封), or NULL when
 * the words there do not say a measure. */
static const char *measure_in_context(const struct xtext *t, size_t i, size_t *len, int *neg)
{
	const char *m = x_measure_at(t, i, len);
	if (!m || (t->fl[i] & XF_BOOK) || x_lit(t, i + *len, "费") || citation(t, i) ||
	    (modal(t, i) && !court_denies(t, i)) ||
	    x_lit(t, i + *len, "之前") || x_lit(t, i + *len, "以前") || x_lit(t, i + *len, "裁定生效") ||
	    x_lit(t, i + *len, "期间") || x_lit(t, i + *len, "无剩余") || x_lit(t, i + *len, "后无剩余") ||
	    x_lit(t, i + *len, "无益") || x_lit(t, after_list(t, i + *len), "所得"))
		return NULL;            /* 评估费: a fee; 在本院查封之前, 抵债裁定生效之日, 冻结期间: a time, not the act; */
					/* 拍卖(后)无剩余可能, 拍卖无益: what an auction would bring, none held; */
					/* 拍卖、变卖所得价款: the proceeds a judgment speaks of */
	if (aside(t, i, *len))
		return NULL;            /* 司法拍卖（变卖）网络平台 */
	size_t a, b;
	x_clause(t, i, 200, &a, &b);
	if ((!strcmp(m, "罚款") && x_traffic_record(t, i)) || x_find(t, i, b, "的风险") != XNONE ||
	    (x_lit(t, i + *len, "报告") && i >= 3 && x_in(t, x_prev(t, i), "据与按依")))
		return NULL;            /* a car's traffic fines; 与评估报告不一致的风险: what a buyer bears; */
					/* 据评估报告显示: the report read, no act told */
	static const char *const not_done[] = { "不得", "应当", "应予", "不应", NULL };
	if (x_find_any(t, a, i, not_done) || quoted_law(t, a, i))
		return NULL;            /* a prohibition, a duty (不应冻结: what one argues), a rule the law states */
	if (seizure(m) && x_find(t, a, b, "保证金") != XNONE)
		return NULL;            /* 冻结…资金作为应缴的保证金: a bidder's deposit held by the platform */
	if (seizure(m) && x_find(t, a, i, "解除") != XNONE)
		m = "解除查封";
	else if (seizure(m) && x_find(t, a, i, "续行") != XNONE)
		m = "续行查封";
	*neg = negated(t, i) && !(strcmp(m, "解除查封") == 0 && x_find(t, a, i, "未") == XNONE &&
				 x_find(t, a, i, "不") == XNONE);
	return m;
}

int x_traffic_record(const struct xtext *t, size_t i)
{
	static const char *const words[] = { "违章", "违法记录", "违法记分", "交警", "交巡警", NULL };
	size_t a, b;
	x_sentence(t, i, 300, &a, &b);
	return x_find_any(t, a, b, words);
}

static int seen_measure(struct xctx *c, const char *m, int neg)
{
	for (int k = c->first; k < c->out->n; k++) {
		const struct fact *x = &c->out->v[k];
		if (!strcmp(x->field, "measure") && !strcmp(x->value, m) && x->negated == neg)
			return 1;
	}
	return 0;
}

static int named(const char *const *v, int n, const char *m)
{
	for (int k = 0; k < n; k++)
		if (!strcmp(v[k], m))
			return 1;
	return 0;
}

void x_measures(struct xctx *c)
{
	const struct xtext *t = &c->t;
	/* A 行政非诉 review tells the agency's penalty (处以…罚款), which the
	 * court only allows to be enforced: no fine of the court's. */
	int review = !strcmp(c->kind, "行政非诉执行审查裁定书");
	/* the measures whose negated fact the court says of itself (one
	 * negated fact per measure: seen_measure; at most every word's
	 * measure, 解除查封 and 续行查封) */
	const char *court_negates[sizeof MEASURES / sizeof *MEASURES + 2];
	int ncourt = 0;
	for (size_t i = c->body_at; i < c->app_at;) {
		size_t len;
		int neg;
		const char *m = measure_in_context(t, i, &len, &neg);
		if (m && review && !strcmp(m, "罚款"))
			m = NULL;
		if (m && i < c->op_at && x_lit(t, i, "继续"))
			m = NULL;         /* 「继续查封103室商铺明显超出…」: an argument; the ruling's 继续冻结… is its order */
		if (!m) {
			i += x_clen(t, i);
			continue;
		}
		if (!seen_measure(c, m, neg)) {
			double conf = neg ? 0.75 : i >= c->op_at ? 0.9 : 0.82;
			struct fact *x = x_add(c, "measure", "", m, i, i + len, conf);
			x->negated = neg;
			if (neg && court_denies(t, i))
				court_negates[ncourt++] = m;
		}
		i += len;
	}
	/* A measure the document says was taken is its fact; a mention of it
	 * not taken elsewhere (「异议人称未评估」, 「不同意解除查封」 beside the
	 * 解除 the court ordered) is a claim or another moment, not a second
	 * fact — unless the court says it of itself (「本院暂不将其纳入失信
	 * 被执行人名单」 of one debtor, the other listed). Positives are never
	 * dropped, so seen_measure still finds them while the array closes up. */
	int kept = c->first;
	for (int k = c->first; k < c->out->n; k++) {
		const struct fact *x = &c->out->v[k];
		if (!(x->negated && !strcmp(x->field, "measure") && !named(court_negates, ncourt, x->value) &&
		      seen_measure(c, x->value, 0)))
			c->out->v[kept++] = *x;
	}
	c->out->n = kept;
}

/* ---- items ---- */

/* The measure governing an item at [s, e): the nearest before it in its
 * sentence, else the first after it in its clause. */
static const char *item_action(const struct xtext *t, size_t s, size_t e)
{
	static const char *const acts[] = { "查封", "冻结", "扣押", "拍卖", "变卖", "续行查封", "解除查封", "以物抵债", NULL };
	size_t sa, sb, ca, cb, len;
	int neg;
	const char *best = NULL;
	x_sentence(t, s, 400, &sa, &sb);
	for (size_t p = sa; p < s; p += x_clen(t, p)) {
		const char *m = measure_in_context(t, p, &len, &neg);
		for (int k = 0; m && acts[k]; k++)
			if (!strcmp(m, acts[k]))
				best = neg ? NULL : acts[k];
	}
	if (best)
		return best;
	x_clause(t, e, 200, &ca, &cb);
	for (size_t p = e; p < cb; p += x_clen(t, p)) {
		const char *m = measure_in_context(t, p, &len, &neg);
		for (int k = 0; m && acts[k]; k++)
			if (!strcmp(m, acts[k]))
				return neg ? "" : acts[k];
	}
	return "";
}

/* A value stated after an item in its sentence: 评估价为80万元, 价值…元. */
static long long item_value(const struct xtext *t, size_t e)
{
	static const char *const kw[] = { "评估价", "价值", "作价", "估价", "金额", "余额", "成交价", "市场价", "存款",
					  NULL };
	size_t sa, sb;
	x_sentence(t, e, 300, &sa, &sb);
	size_t lim = e + 90 < sb ? e + 90 : sb;
	for (int k = 0; kw[k]; k++) {
		size_t p = x_find(t, e, lim, kw[k]);
		if (p == XNONE)
			continue;
		size_t y = x_find(t, p, p + 60 < sb ? p + 60 : sb, "元");
		if (y == XNONE)
			continue;
		size_t s = y;
		while (s > p && (x_digit(t, x_prev(t, s)) || x_in(t, x_prev(t, s), ",.．万零壹贰叁肆伍陆柒捌玖拾佰仟亿")))
			s = x_prev(t, s);
		char raw[96];
		x_copy(t, s, y + 3, raw, sizeof raw);
		long long fen;
		if (s < y && norm_amount_fen(raw, &fen) == NORM_OK)
			return fen;
	}
	return -1;
}

/* A bank's name with a character OCR misread in the name of a national
 * bank (中国针政储蓄银行 for 邮政) or in its 支行 (洛龙文行): mended in place
 * (as long as it was: the national banks' registered names). */
static void mend_bank(char *v, size_t size)
{
	static const char *const national[] = {
		"中国工商银行股份有限公司", "中国农业银行股份有限公司", "中国银行股份有限公司", "中国建设银行股份有限公司",
		"交通银行股份有限公司", "中国邮政储蓄银行股份有限公司", "招商银行股份有限公司", "中信银行股份有限公司",
		"中国光大银行股份有限公司", "华夏银行股份有限公司", "中国民生银行股份有限公司", "兴业银行股份有限公司",
		"上海浦东发展银行股份有限公司", "平安银行股份有限公司", "广发银行股份有限公司", "浙商银行股份有限公司",
		"渤海银行股份有限公司", "恒丰银行股份有限公司", NULL };
	int near = -1, nears = 0;      /* 中国银行/中信银行, 招商/浙商: one character apart already */
	if (!strncmp(v, "国", 3) && strlen(v) + 4 <= size) {
		for (int k = 0; national[k]; k++)
			if (!strncmp(national[k], "中", 3) && !strncmp(v, national[k] + 3, strlen(national[k]) - 3)) {
				memmove(v + 3, v, strlen(v) + 1);   /* 「国建设银行…」: its 中 lost */
				memcpy(v, "中", 3);
				break;
			}
	}
	for (int k = 0; national[k]; k++) {
		size_t n = strlen(national[k]);
		char head[128];
		snprintf(head, sizeof head, "%.*s", (int)n, v);
		if (!strncmp(v, national[k], n))
			nears = 2;           /* named right */
		else if (strlen(v) >= n && utf8_valid(head, n) && utf8_diff(head, national[k]) == 1)
			near = k, nears++;
	}
	if (nears == 1)
		memcpy(v, national[near], strlen(national[near]));
	size_t len = strlen(v);
	static const char *const not_zhi[] = { "文行", "攴行", "友行", NULL };
	for (int k = 0; not_zhi[k] && len > 6; k++)
		if (!strcmp(v + len - 6, not_zhi[k]) && strstr(v, "银行") && strstr(v, "银行") < v + len - 6)
			snprintf(v + len - 6, size - (len - 6), "支行");
}

/* 「…股份有限公司吴患利通支行」: the branch's city misread in one character —
 * the one city of the court's province the court table knows that near
 * (a court freezes accounts mostly in its own province). */
static void mend_branch_city(char *v, const char *prov)
{
	char *at = strstr(v, "股份有限公司");
	at = at ? at + strlen("股份有限公司") : strstr(v, "银行") ? strstr(v, "银行") + 6 : NULL;
	if (!at || strlen(prov) != 3 || strlen(at) < 12 || utf8_chars_n(at, 6) != 2)
		return;
	char two[8], city[12], fixed[32];
	snprintf(two, sizeof two, "%.6s", at);
	snprintf(city, sizeof city, "%s市", two);
	if (!ref_place_known(two) && ref_city_near(prov, city, fixed, sizeof fixed))
		memcpy(at, fixed, 6);
}

static void add_item(struct xctx *c, const char *role, const char *value, size_t s, size_t e, double conf)
{
	char bank[200];
	if (!strcmp(role, "存款")) {
		snprintf(bank, sizeof bank, "%s", value);
		mend_bank(bank, sizeof bank);
		mend_branch_city(bank, c->court_prov);
		value = bank;
	}
	const char *act = item_action(&c->t, s, e);
	struct fact *had = x_have(c, "item", role, value);
	if (had) {                /* 查明…名下有皖A12345号客车, then 裁定：查封、扣押…皖A12345号: the later says what was done */
		if (!had->action[0] && *act)
			x_set(had->action, sizeof had->action, act);
		if (had->fen < 0)
			had->fen = item_value(&c->t, e);
		return;
	}
	struct fact *x = x_add(c, "item", role, value, s, e, *act ? conf : conf * 0.8);
	x_set(x->action, sizeof x->action, act);
	x->fen = item_value(&c->t, e);
}

/* Full-width brackets in a certificate number: 浙(2020) → 浙（2020）. */
static void widen_brackets(const char *in, char *out, size_t n)
{
	size_t k = 0;
	for (const char *p = in; *p && k + 4 < n; p++) {
		if (*p == '(' || *p == ')') {
			memcpy(out + k, *p == '(' ? "（" : "）", 3);
			k += 3;
		} else {
			out[k++] = *p;
		}
	}
	out[k] = '\0';
}

/* Quotes (“ ” " ') out of a certificate number: no number holds one. */
static void drop_quotes(char *w)
{
	char *o = w;
	for (const char *p = w; *p;) {
		if (!strncmp(p, "“", 3) || !strncmp(p, "”", 3)) {
			p += 3;
			continue;
		}
		if (*p == '"' || *p == '\'') {
			p++;
			continue;
		}
		*o++ = *p++;
	}
	*o = '\0';
}

/* 「组（2020）南昌市不动产权第0218834号」「赣（2019）泉州市…」「（2021）深圳市…」:
 * the province code before the year misread, or lost — the province of
 * the city the number names, when the court table knows that city in one
 * province (a certificate is issued where the property lies). */
static void cert_province_of_city(char *w, size_t size)
{
	const char *open = strstr(w, "（"), *close = open ? strstr(open, "）") : NULL;
	const char *city_end = close ? strstr(close, "市") : NULL;
	int len;
	utf8_decode(w, strlen(w), &len);
	if (!open || (open != w + len && open != w) || (open != w && len != 3) || !city_end || city_end - close > 15)
		return;
	char city[24];
	snprintf(city, sizeof city, "%.*s", (int)(city_end + 3 - (close + 3)), close + 3);
	const char *prov = ref_city_province(city);
	if (!prov || strlen(prov) != 3 || !strncmp(w, prov, 3))
		return;
	if (open != w)
		memcpy(w, prov, 3);
	else if (strlen(w) + 4 <= size) {
		memmove(w + 3, w, strlen(w) + 1);
		memcpy(w, prov, 3);
	}
}

/* The certificate's province mended (cert_province_of_city); one still no
 * province (「置（2017）离石区…」, a district no city names) is the court's —
 * 1 then, the guess less sure. */
static int mend_cert_province(char *w, size_t size, const char *court_prov)
{
	cert_province_of_city(w, size);
	if (strlen(w) <= 6 || strncmp(w + 3, "（", 3) || ref_is_province_code(w) || strlen(court_prov) != 3 ||
	    !ref_is_province_code(court_prov))
		return 0;
	memcpy(w, court_prov, 3);
	return 1;
}

/* 「陕（2019）军鸡市不动产权…」: the city misread in one character, the one
 * city of the certificate's province the court table knows that near — or,
 * of several that near (录州市: 泉州、福州、漳州), the one the document itself
 * names elsewhere (its court, an address, a bank's branch). */
static void mend_cert_city(const struct xctx *c, char *w)
{
	const char *close = strstr(w, "）");
	int len;
	utf8_decode(w, strlen(w), &len);
	if (!close || len != 3 || strncmp(w + 3, "（", 3))
		return;
	const char *city = close + 3, *end = strstr(city, "市");
	if (!end || end - city < 6 || end - city > 12)
		return;
	char prov[4], name[32], cands[8][32];
	snprintf(prov, sizeof prov, "%.3s", w);
	snprintf(name, sizeof name, "%.*s", (int)(end + 3 - city), city);
	if (!ref_is_province_code(prov))
		return;
	int n = ref_cities_near(prov, name, cands, 8), pick = n == 1 ? 0 : -1;
	for (int k = 0; n > 1 && k < n; k++) {
		char stem[32];                   /* 耒阳法院, 郴州农村商业银行: named without its 市 too */
		snprintf(stem, sizeof stem, "%.*s", (int)strlen(cands[k]) - 3, cands[k]);
		if (x_find(&c->t, 0, c->t.n, stem) != XNONE)
			pick = pick == -1 ? k : -2;      /* two named (耒阳 and 衡阳): no guess */
	}
	if (pick >= 0)
		memcpy((char *)city, cands[pick], strlen(cands[pick]));
}

/* 「吉2020）长春市…」「2020）漳州市…」: the year's opening bracket lost,
 * written back (cert_province_of_city then finds a lost province). */
static void mend_cert_opener(char *w, size_t size)
{
	size_t at = (unsigned char)w[0] >= 0xE0 ? 3 : 0;
	if (!strncmp(w, "（", 3) || strlen(w) < at + 7 || strlen(w) + 4 > size || strncmp(w + at + 4, "）", 3))
		return;
	for (size_t i = at; i < at + 4; i++)
		if (w[i] < '0' || w[i] > '9')
			return;
	memmove(w + at + 3, w + at, strlen(w + at) + 1);
	memcpy(w + at, "（", 3);
}

/* 不动产权证号: 浙（2020）嵊州市不动产权第0012345号, 嵊房权证鹿山字第123号. */
/* 「深圳市不动六权利0123456号」「南宁市不动产枚第0219348号」: 不动产权第 with its
 * 产 and 第 or its 权 misread, the number right after it — a scan's only. */
static int misread_cert_mark(const struct xtext *t, size_t p)
{
	if (t->lines[t->li[p]].ocr < 0 || !x_lit(t, p, "不动") || x_lit(t, p, "不动产权第") || !x_digit(t, p + 15))
		return 0;
	return (x_cjk(t, p + 6) && x_lit(t, p + 9, "权") && x_cjk(t, p + 12)) ||
	       (x_lit(t, p + 6, "产") && x_cjk(t, p + 9) && x_lit(t, p + 12, "第"));   /* 不动产枚第: 权 misread */
}

static int certificates(struct xctx *c, size_t sa, size_t sb)
{
	const struct xtext *t = &c->t;
	static const char *const marks[] = { "不动产权第", "不动", "房权证", "土地证", "国用（", "国用(", NULL };
	int found = 0;
	for (int m = 0; marks[m]; m++) {
		for (size_t p = x_find(t, sa, sb, marks[m]); p != XNONE; p = x_find(t, p + 3, sb, marks[m])) {
			int misread = m == 1;
			if (misread && !misread_cert_mark(t, p))
				continue;
			size_t s = p;
			for (int k = 0; k < 24 && s > sa; k++) {
				size_t b = x_prev(t, s);
				/* 苏《2018）"苏州市: OCR's 《 for the year's （, a quote after its ） */
				int year_opener = x_lit(t, b, "《") && x_digit(t, s);
				int quote_in = x_in(t, b, "“”\"") && b > sa && x_in(t, x_prev(t, b), "）)");
				if (!(x_cjk(t, b) || x_digit(t, b) || x_in(t, b, "（）()") || year_opener || quote_in) ||
				    x_in(t, b, "号证：") ||
				    x_lit(t, b, "为") || (x_in(t, b, "（(") && !x_digit(t, s) && !x_in(t, s, "（(")))
					break;   /* 「商铺（浙（2019）…」: the bracket around the number, not the year's */
				s = b;
			}
			size_t e = x_find(t, p, p + 60 < sb ? p + 60 : sb, "号");
			if (e == XNONE)
				continue;
			char v[160], w[200];
			x_copy(t, s, e + 3, v, sizeof v);
			if (misread && p - s + 15 < sizeof v)
				memcpy(v + (p - s), "不动产权第", 15);   /* the mark as the certificate prints it */
			widen_brackets(v, w, sizeof w);
			drop_quotes(w);              /* 第00”45178号, 苏《2018）"苏州市: OCR's specks */
			for (char *d; (d = strstr(w, "《")) != NULL;)
				memcpy(d, "（", 3);
			for (char *d; (d = strstr(w, "（（")) != NULL;)
				memmove(d, d + 3, strlen(d + 3) + 1);   /* 蓝〈（2020）: a bracket read twice */
			mend_cert_opener(w, sizeof w);
			double conf = mend_cert_province(w, sizeof w, c->court_prov) ? 0.7 : 0.88;
			mend_cert_city(c, w);
			add_item(c, "不动产", w, s, e + 3, conf);
			found = 1;
		}
	}
	return found;
}

static int place_known(const struct xctx *c, const char *v)
{
	for (int i = 0; i < c->nplaces; i++)
		if (!strcmp(c->places[i], v))
			return 1;
	return 0;
}

/* The address in [s, e) ends at a 号 a building or its land follows:
 * 「位于…泰山路5566号办公楼（面积…）及所占用土地使用权」 is located at …5566号. */
static size_t address_end(const struct xtext *t, size_t s, size_t e)
{
	static const char *const built[] = { "办公楼", "综合楼", "大楼", "厂房", "房屋", "住宅", "商铺", "门面", "仓库",
					     "土地", NULL };
	for (size_t p = x_find(t, s, e, "号"); p != XNONE; p = x_find(t, p + 3, e, "号"))
		if (x_lit_any(t, p + 3, built))
			return p + 3;
	return e;
}

/* An address as OCR read it, mended: a speck before its city (位于和白城市:
 * 和白 is no place the court table knows, 白城 is) dropped, a district
 * misread in one character (白城市涨北区) mended. */
static void mend_address(char *v)
{
	const char *city = strstr(v, "市");
	int cjk3 = strlen(v) >= 9;              /* three characters of three bytes first */
	for (int k = 0; cjk3 && k < 9; k += 3)
		cjk3 = ((unsigned char)v[k] & 0xF0) == 0xE0;
	if (cjk3 && city && city - v <= 12) {
		char two[8], next[8];
		snprintf(two, sizeof two, "%.6s", v);
		snprintf(next, sizeof next, "%.6s", v + 3);
		if (!ref_place_known(two) && ref_place_known(next))
			memmove(v, v + 3, strlen(v + 3) + 1);
	}
	x_mend_district(v);
}

/* 位于X的房产 / 坐落于X: the location X — an item, or (emit 0) only noted
 * as the place of a property already named by its certificate. */
static void locations(struct xctx *c, size_t sa, size_t sb, int emit)
{
	const struct xtext *t = &c->t;
	static const char *const props[] = { "的房产", "的房屋", "的不动产", "的土地", "的住宅", "的商铺", "的厂房",
					     "的房地产", "的商业用房", "的车位", "的住房", "的建设用地", "房产", "房屋",
					     NULL };
	static const char *const marks[] = { "位于", "坐落于", "坐落在", "坐落：", "坐落", NULL };
	for (int m = 0; marks[m]; m++) {
		for (size_t p = x_find(t, sa, sb, marks[m]); p != XNONE; p = x_find(t, p + 3, sb, marks[m])) {
			if (p >= 6 && (x_lit(t, p - 6, "住所") || x_lit(t, p - 3, "住")))
				continue;
			if (!strcmp(marks[m], "坐落") && x_in(t, p + 6, "于在：:"))
				continue;          /* read as 坐落于 / 坐落在 / 坐落： */
			size_t s = p + strlen(marks[m]), e = XNONE;
			size_t a, b;
			x_clause(t, s, 200, &a, &b);
			for (int k = 0; props[k] && e == XNONE; k++)
				e = x_find(t, s, b, props[k]);
			size_t de = e != XNONE ? x_rfind(t, s, e, "的") : XNONE;
			if (de != XNONE && e - de <= 12)
				e = de;            /* 位于…48号的三套房屋 */
			if (e == XNONE && !strncmp(marks[m], "坐落", 6) && (e = x_find(t, s, b, "房地产")) == XNONE)
				e = b;     /* 坐落于…201室房地产: the place, not what stands there */
			if (e != XNONE)
				e = address_end(t, s, e);     /* …泰山路5566号办公楼及所占用土地使用权 */
			if (e == XNONE || e - s < 9 || e - s > 150)
				continue;
			size_t last = x_prev(t, e);
			if (x_in(t, last, "省市区县镇乡") && !(x_lit(t, last, "区") && x_in(t, x_prev(t, last), "小社园校厂景街住")) &&
			    !x_lit(t, x_prev(t, last), "超")) {
				p = e;     /* 位于青岛市市南区的房产: a district names no property (翠苑小区 does) */
				continue;
			}
			char v[160];
			x_copy(t, s, e, v, sizeof v);
			mend_address(v);
			if (!emit && c->nplaces < (int)(sizeof c->places / sizeof *c->places) && !place_known(c, v))
				x_set(c->places[c->nplaces++], sizeof c->places[0], v);
			else if (emit && !place_known(c, v))
				add_item(c, "不动产", v, s, e, 0.8);
			p = e;
		}
	}
}

/* A published ruling hides a plate's or an account's characters behind ×
 * (粤Y×××××, 16×××51): the byte length of such a mask at i, else 0. */
static int mask_len(const struct xtext *t, size_t i)
{
	if (i < t->n && t->s[i] == '*')
		return 1;
	if (x_lit(t, i, "×"))
		return 2;
	return x_lit(t, i, "＊") ? 3 : 0;
}

static void drop_spaces(char *v)
{
	char *w = v;
	for (const char *r = v; *r; r++)
		if (*r != ' ')
			*w++ = *r;
	*w = '\0';
}

/* v's x and X (OCR's reading of ×) as the × the publisher masked with. */
static void masks_as_published(char *v, size_t size)
{
	char out[64];
	size_t k = 0;
	for (const char *p = v; *p && k + 3 < sizeof out; p++) {
		if (*p == 'x' || *p == 'X') {
			memcpy(out + k, "×", 2);
			k += 2;
		} else {
			out[k++] = *p;
		}
	}
	out[k] = '\0';
	x_set(v, size, out);
}

/* The byte length of a plate's character at i (a letter, a digit, a mask), else 0. */
static int plate_char(const struct xtext *t, size_t i)
{
	char ch = i < t->n ? t->s[i] : 0;
	return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == 'x' ? 1 : mask_len(t, i);
}

/* The plate's letter after the province at i: ASCII or full-width (粤Ｙ); its byte length, else 0. */
static int plate_letter(const struct xtext *t, size_t i, char *letter)
{
	unsigned char c = i < t->n ? (unsigned char)t->s[i] : 0;
	if (c >= 'A' && c <= 'Z')
		return *letter = (char)c, 1;
	if (c == 0xEF && i + 2 < t->n && (unsigned char)t->s[i + 1] == 0xBC && (unsigned char)t->s[i + 2] >= 0xA1 &&
	    (unsigned char)t->s[i + 2] <= 0xBA)
		return *letter = (char)('A' + (unsigned char)t->s[i + 2] - 0xA1), 3;
	return 0;
}

/* 「名下登记有了驳A7K352呈小型轿车」: a plate whose province OCR misread,
 * said of a vehicle the debtor owns — most likely the court's province. */
static int province_misread(const struct xctx *c, size_t i)
{
	static const char *const owned[] = { "名下", "车牌", "号牌", "牌照", "登记", NULL };
	const struct xtext *t = &c->t;
	return strlen(c->court_prov) == 3 && !x_in(t, i, "号型款的为是系") &&
	       x_find_any(t, i > 18 ? i - 18 : 0, i, owned);
}

/* Six characters after the province's letter make a 新能源 plate (GA 36-2018):
 * small, a letter for the energy (纯电动 A–E, 其他 F–K) then one more and four
 * digits; large, five digits then D or F. */
static int nev_shaped(const char *b)
{
	if (strspn(b, "0123456789") == 5 && (b[5] == 'D' || b[5] == 'F'))
		return 1;
	return strchr("ABCDEFGHJK", b[0]) && b[1] && strspn(b + 2, "0123456789") == 4;
}

/* 浙D12345, 浙D·A1234, 浙D 12345, 浙DF12345 (new energy); 川A: D2M17 as OCR read the dot;
 * 驳A7K352 with the court's province, less sure; 粤Ｙ××××× as a published ruling masks it. */
static void plates(struct xctx *c, size_t sa, size_t sb)
{
	const struct xtext *t = &c->t;
	static const char provs[] = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
	for (size_t i = sa; i < sb; i += x_clen(t, i)) {
		char letter;
		int ll = x_cjk(t, i) ? plate_letter(t, i + 3, &letter) : 0;
		int a_as_ren = !ll && x_cjk(t, i) && x_lit(t, i + 3, "人") && plate_char(t, i + 6);
		if (a_as_ren)
			letter = 'A', ll = 3;   /* 「晋人8K6D2号」: OCR's 人 for A */
		if (!ll)
			continue;
		int guessed = !x_in(t, i, provs);
		if (guessed && !province_misread(c, i))
			continue;
		size_t p = i + 3 + (size_t)ll;
		static const char dots[] = "·•・.．。:：，,、;";
		if (p + 1 < t->n && t->s[p] >= 'A' && t->s[p] <= 'Z' && x_in(t, p + 1, dots))
			p++;                /* 「湘FE.6M2K8」: a letter read beside the dot */
		for (int d = 0; d < 2 && (x_in(t, p, dots) || t->s[p] == ' '); d++)
			p += x_clen(t, p);  /* the dot after the letter, and what OCR reads it as (川A: D2M17, 冀F. 7M2Q5) */
		size_t q = p;
		int n = 0, masked = 0;
		char body[32];
		size_t k = 0;
		for (int w; q < t->n && (w = plate_char(t, q)) && n < 7; q += (size_t)w, n++) {   /* past sb: 「桂B。2L6K8」 */
			masked |= w > 1 || t->s[q] == '*';
			if (k + 2 < sizeof body) {
				if (w == 1 || w == 3)    /* a letter, a digit, or * (＊) as published */
					body[k++] = w == 1 ? t->s[q] : '*';
				else
					body[k++] = '\xC3', body[k++] = '\x97';   /* × */
			}
		}
		body[k] = 0;
		if (n < 5 || n > 6 || plate_char(t, q))
			continue;
		if (!masked && strspn(body, "Xx") == strlen(body)) {
			masks_as_published(body, sizeof body);
			masked = 1;       /* 粤YXXXXX, 粤Y xxxxx: OCR's X for every × of the mask, no plate's characters */
		} else if (strchr(body, 'x')) {
			continue;         /* x is no plate's character, only a mask's */
		}
		static const char *const vehicle[] = { "号", "轿车", "货车", "汽车", "客车", "摩托", "挂车", "车辆", NULL };
		if (n == 6 && !masked && !nev_shaped(body) && x_find_any(t, q, q + 21 < t->n ? q + 21 : t->n, vehicle)) {
			q--;                /* 「甘A7M3913小型轿车」: six that no 新能源 plate is, the 号 read as 3 */
			body[5] = 0;
		}
		if ((guessed || masked || a_as_ren) && !x_find_any(t, q, q + 21 < t->n ? q + 21 : t->n, vehicle))
			continue;         /* a masked run is a plate only when a vehicle follows it */
		char v[48];
		snprintf(v, sizeof v, "%.3s%c%s", guessed ? c->court_prov : t->s + i, letter, body);
		add_item(c, "车辆", v, i, q, guessed ? 0.6 : 0.9);
		i = q - 1;
	}
}

static int bank_item(struct xctx *c, size_t sa, size_t d);

/* 账号6228480012345678901 (spaces and dashes dropped); else the bank. */
/* An account number of 10–30 digits read at [s, e): a 存款 item, once. */
static int account_item(struct xctx *c, const char *v, size_t s, size_t e, double conf)
{
	size_t k = strlen(v);
	if (k < 10 || k > 30)
		return 0;
	add_item(c, "存款", v, s, e, conf);   /* named before: counts as found, no bank beside it */
	return 1;
}

static void accounts(struct xctx *c, size_t sa, size_t sb)
{
	const struct xtext *t = &c->t;
	static const char *const marks[] = { "账号", "帐号", "账户", "帐户", "卡号", NULL };
	size_t holder = x_find(t, sa, sb, "户名");
	if (holder != XNONE && x_find(t, holder, holder + 60 < sb ? holder + 60 : sb, "法院") != XNONE)
		return;        /* （户名：某某区人民法院，…账号：…）: the court's own account, where money is paid in */
	int found = 0;
	for (int m = 0; marks[m]; m++) {
		for (size_t p = x_find(t, sa, sb, marks[m]); p != XNONE; p = x_find(t, p + 3, sb, marks[m])) {
			size_t s = p + 6;
			while (s < sb && s < p + 18 && !x_digit(t, s))
				s += x_clen(t, s);
			char v[40];
			size_t k = 0, e = s;
			while (e < sb && (x_digit(t, e) || t->s[e] == ' ' || t->s[e] == '-') && k < sizeof v - 1) {
				if (t->s[e] >= '0' && t->s[e] <= '9')
					v[k++] = t->s[e];
				e++;
			}
			v[k] = '\0';
			found |= account_item(c, v, s, e, 0.88);
		}
	}
	/* 「在中国邮政储蓄银行6217997900104459706账户内」: the number right before 账户 */
	static const char *const acct[] = { "账户", "帐户", NULL };
	for (int m = 0; acct[m]; m++)
		for (size_t a = x_find(t, sa, sb, acct[m]); a != XNONE; a = x_find(t, a + 6, sb, acct[m])) {
			size_t p = a > sa && x_lit(t, x_prev(t, a), "的") ? x_prev(t, a) : a;   /* 账号为94×××62的账户 */
			size_t s = p;
			int digits = 0, masks = 0;
			for (;;) {
				size_t b = s > sa ? x_prev(t, s) : s;
				if (b == s || p - b > 40)
					break;
				if (t->s[b] >= '0' && t->s[b] <= '9')
					digits++;
				else if (mask_len(t, b) == (int)(s - b) || ((t->s[b] == 'x' || t->s[b] == 'X') && digits))
					masks++;   /* 16xxx51: OCR's x for the mask × */
				else if (t->s[b] != ' ' || !masks || b == sa || !x_in(t, x_prev(t, b), "xX×*"))
					break;     /* 16X X X51: OCR's spaces between the masks go */
				s = b;
			}
			char v[48];
			x_copy(t, s, p, v, sizeof v);
			drop_spaces(v);
			masks_as_published(v, sizeof v);
			if (masks && digits >= 2 && digits + masks >= 5 && !x_have(c, "item", "存款", v)) {
				add_item(c, "存款", v, s, p, 0.8);   /* 16×××51账户: as a published ruling masks it */
				found = 1;
			} else if (!masks) {
				found |= account_item(c, v, s, p, 0.85);
			}
		}
	/* 「中国邮政储蓄银行6217997900104459706了三户内」: a card's number right after its bank, 账户 misread */
	for (size_t p = x_find(t, sa, sb, "银行"); p != XNONE && !found; p = x_find(t, p + 6, sb, "银行")) {
		size_t e = p + 6;
		while (e < sb && t->s[e] >= '0' && t->s[e] <= '9')
			e++;
		char v[40];
		if (e - (p + 6) >= 16 && e - (p + 6) <= 19 && !(e < sb && x_digit(t, e))) {
			x_copy(t, p + 6, e, v, sizeof v);
			found |= account_item(c, v, p + 6, e, 0.8);
		}
	}
	if (found)
		return;
	static const char *const kept[] = { "存款", "账户", NULL };  /* 「…开立的银行账户」 with no 存款 too */
	for (int m = 0; kept[m]; m++)
		for (size_t d = x_find(t, sa, sb, kept[m]); d != XNONE; d = x_find(t, d + 6, sb, kept[m]))
			if (bank_item(c, sa, d))
				return;    /* 「查询了存款、车辆…，冻结了…名下某银行某支行账户内存款」: the first with a bank */
}

/* The bank named before the deposit or account at d: an item. */
static int bank_item(struct xctx *c, size_t sa, size_t d)
{
	const struct xtext *t = &c->t;
	size_t bank = x_rfind(t, sa, d, "银行");
	while (bank != XNONE && bank > sa && (x_lit(t, x_prev(t, bank), "的") || x_lit(t, bank + 6, "账户") ||
							   x_lit(t, bank + 6, "转账")))
		bank = x_rfind(t, sa, bank, "银行");   /* 「…支行开立的银行账户」: the account's kind, not its bank */
	if (bank == XNONE || x_lit(t, bank + 6, "保险监督") || x_lit(t, bank + 6, "业监督") ||   /* 中国银行保险监督管理委员会: */
	    (bank >= 6 && (x_lit(t, bank - 6, "公司") || x_lit(t, bank - 6, "集团") || x_lit(t, bank - 6, "中心"))) ||
	    (bank >= 9 && (x_lit(t, bank - 9, "委员会") || x_lit(t, bank - 9, "合作社"))))
		return 0;      /* the regulator, no bank; 「某某有限公司银行存款」「某村村民委员会银行存款」 */
			       /* 「恒通租赁中心银行存款」: the holder's deposits, no bank named */
	size_t s = bank, e = bank + 6;
	while (s > sa && x_cjk(t, x_prev(t, s)) && !x_in(t, x_prev(t, s), "在的于对其向将人过有了") && bank - s < 60 &&
	       !(s >= 6 && x_lit(t, s - 6, "名下")))
		s = x_prev(t, s);
	if (bank - s < 6 || (x_lit(t, bank + 6, "存款") && bank - s < 12))
		return 0;      /* 「名下银行存款」「、栾福生银行存款」: no bank named, a holder's deposits */
	static const char *const branch[] = { "支行", "分行", "营业部", "分理处", "储蓄所", NULL };
	if (bank >= 6 && (x_lit(t, bank - 6, "网上") || x_lit(t, bank - 6, "手机")))
		return 0;      /* 通过网上银行将…转出: a channel, no bank */
	while (e < d && x_cjk(t, e) && !x_in(t, e, "的账户将") && !x_lit(t, e, "开立") && !x_lit(t, e, "开设") &&
	       !x_lit(t, e, "开户") && e - bank < 60) {
		int k = 0;
		while (branch[k] && !x_lit(t, e, branch[k]))
			k++;
		e += branch[k] ? strlen(branch[k]) : x_clen(t, e);
		if (branch[k])
			break;       /* 「…北京望京支行调查」: the bank's name ends with its branch */
	}
	char v[200];
	x_copy(t, s, e, v, sizeof v);
	if (e - s < 12)
		return 0;
	add_item(c, "存款", v, s, e, 0.6);
	return 1;
}

/* 持有的某某有限公司30%的股权 → "某某有限公司 30%". */
static void equity(struct xctx *c, size_t sa, size_t sb)
{
	const struct xtext *t = &c->t;
	static const char *const back[] = { "该", "此", "上述", "前述", NULL };
	for (size_t g = x_find(t, sa, sb, "股权"); g != XNONE; g = x_find(t, g + 6, sb, "股权")) {
		if (x_lit(t, g + 6, "转让") || (g > 0 && x_rfind_any(t, g > 6 ? g - 6 : 0, g, back) != XNONE))
			continue;         /* 股权转让纠纷 is a 案由; 该股权 one named before */
		size_t lo = g > sa + 150 ? g - 150 : sa;
		size_t co = x_rfind(t, lo, g, "公司");
		if (co == XNONE)
			continue;
		size_t w = co + 6;
		int held = 0;     /* 在某某公司所持有的10%的股权: the debtor's, in that company */
		while (w < g && (x_digit(t, w) || x_in(t, w, "%％.．的") || x_lit(t, w, "全部") ||
				 ((x_lit(t, w, "所持有") || x_lit(t, w, "持有")) && (held = 1))))
			w += x_lit(t, w, "所持有") ? 9 : x_lit(t, w, "持有") ? 6 : x_clen(t, w);
		if (w < g)
			continue;         /* 锦程公司已被冻结的股权: the holder, not the company the equity is in */
		size_t s = co;
		int speck = 0;    /* 「常州瑞洁.⏎精密部件有限公司」: a speck ending the line the name wrapped from */
		while (s > lo && co - s < 90) {
			size_t b = x_prev(t, s);
			if (!speck && (t->fl[s] & XF_BRK) && x_in(t, b, ".,") && b > lo && x_cjk(t, x_prev(t, b)))
				b = x_prev(t, b), speck = 1;
			else if (!x_cjk(t, b) && !x_in(t, b, "（）"))
				break;
			if (x_in(t, b, "在的于对其") || x_lit(t, x_prev(t, b), "持有") || x_lit(t, x_prev(t, b), "名下"))
				break;
			s = b;
		}
		if (held && (s <= lo || !x_lit(t, x_prev(t, s), "在")))
			continue;         /* 甲公司持有的股权: 甲 is the holder */
		char name[160], v[200];
		x_copy(t, s, co + 6, name, sizeof name);
		for (char *d; speck && (d = strpbrk(name, ".,")) != NULL;)
			memmove(d, d + 1, strlen(d));
		size_t pc = x_find(t, co + 6, g, "%");
		if (pc == XNONE)
			pc = x_find(t, co + 6, g, "％");
		size_t ps = pc;
		while (ps != XNONE && ps > co + 6 && (x_digit(t, x_prev(t, ps)) || t->s[x_prev(t, ps)] == '.'))
			ps = x_prev(t, ps);
		if (pc != XNONE && ps < pc) {
			char pct[24];
			x_copy(t, ps, pc, pct, sizeof pct);
			snprintf(v, sizeof v, "%s %s%%", name, pct);
		} else {
			snprintf(v, sizeof v, "%s", name);
		}
		if (co + 6 - s >= 12)
			add_item(c, "股权", v, s, g + 6, pc != XNONE ? 0.85 : 0.7);
	}
}

/* Where the property named in [s, e) starts: after the last 的 (「…公司所有的一批
 * 太阳能组件」 → 一批太阳能组件, 「…刑事判决没收的H-7字画一幅」 → H-7字画一幅), else s. */
static size_t after_owner(const struct xtext *t, size_t s, size_t e)
{
	size_t de = x_rfind(t, s, e, "的");
	return de != XNONE ? de + 3 : s;
}

/* What an auction announcement sells: 「拍卖标的：X。」 or 「对X进行公开拍卖」
 * — X from after its owner, one clause of three to thirty characters, not
 * a list announced (下列) nor a bare word (财产, 股权). 1 when read. */
static int announced(struct xctx *c, size_t sa, size_t sb)
{
	const struct xtext *t = &c->t;
	static const char *const labels[] = { "拍卖标的：", "拍卖标的:", "标的物：", "标的物:", "变卖标的：", NULL };
	size_t s = XNONE, e = XNONE;
	for (int k = 0; labels[k] && s == XNONE; k++) {
		size_t l = x_find(t, sa, sb, labels[k]);
		if (l == XNONE)
			continue;
		s = l + strlen(labels[k]);
		e = s;
		while (e < sb && !x_in(t, e, "。；;，,（(\n"))
			e += x_clen(t, e);
	}
	if (s == XNONE) {
		static const char *const sold[] = { "进行公开拍卖", "进行网络司法拍卖", "进行拍卖", "进行公开变卖",
			"进行变卖", NULL };
		static const char *const breaks[] = { "，", "。", ",", "后", NULL };
		for (int k = 0; sold[k] && s == XNONE; k++) {
			size_t v = x_find(t, sa, sb, sold[k]);
			size_t o = v != XNONE ? x_rfind(t, v > sa + 240 ? v - 240 : sa, v, "对") : XNONE;
			if (o != XNONE && !x_find_any(t, o, v, breaks))
				s = o + 3, e = v;   /* one clause: not 「…将其除去后进行拍卖」 of a rule */
		}
	}
	if (s == XNONE || (t->fl[s] & XF_BOOK))
		return 0;
	s = after_owner(t, s, e);
	static const char *const list[] = { "下列", "如下", "上述", "以下", NULL };
	if (e - s < 9 || e - s > 90 || x_find_any(t, s, e, list))
		return 0;         /* 对下列财产进行公开拍卖: the list follows, read item by item */
	char v[128];
	x_copy(t, s, e, v, sizeof v);
	add_item(c, "其他", v, s, e, 0.5);
	return 1;
}

/* Other property under a measure: 「扣押被执行人的数控机床三台」 — the words
 * from the last 的 (or the measure) to a property noun. */
static void others(struct xctx *c, size_t sa, size_t sb)
{
	const struct xtext *t = &c->t;
	static const char *const nouns[] = {
		"机器设备", "生产设备", "设备", "机床", "货物", "存货", "库存商品", "原材料", "生产线", "船舶", "林木",
		"苗木", "黄金", "首饰", "字画", "应收账款", "到期债权", "租金收入", "住房公积金", "理财产品", "股票",
		"基金份额", "债券", "挖掘机", "叉车", "轿车", "货车", "汽车", "钢材", NULL,
	};
	/* what a third party owes the debtor, frozen where it is: 「冻结…在异议人处的工程款」;
	 * elsewhere these are the claim (「仍未支付货款」), no property */
	static const char *const owed[] = { "处的工程款", "处的货款", "处的租金", "处的劳务费", NULL };
	static const char *const acts[] = { "查封", "扣押", "冻结", "拍卖", "变卖", "提取", NULL };
	for (int k = 0; owed[k]; k++) {
		size_t n = x_find(t, sa, sb, owed[k]);
		size_t m = n != XNONE ? x_rfind(t, n > sa + 90 ? n - 90 : sa, n, "冻结") : XNONE;
		if (m != XNONE) {
			char v[32];
			x_copy(t, n + 6, n + strlen(owed[k]), v, sizeof v);
			add_item(c, "其他", v, n + 6, n + strlen(owed[k]), 0.55);
			return;
		}
	}
	for (int k = 0; nouns[k]; k++) {
		size_t n = x_find(t, sa, sb, nouns[k]);
		static const char *const back[] = { "该", "此", "上述", "前述", NULL };
		static const char *const org[] = { "有限", "公司", "股份", "厂", "集团", "经营部", "管理中心", "中心", NULL };
		if (n == XNONE || (t->fl[n] & XF_BOOK) || x_rfind_any(t, n > sa + 6 ? n - 6 : sa, n, back) != XNONE ||
		    x_lit_any(t, n + strlen(nouns[k]), org))
			continue;         /* 该挖掘机: one named before; 河北恒拓电子设备有限公司: a name */
		size_t m = XNONE;
		for (int a = 0; acts[a]; a++) {
			size_t p = x_rfind(t, sa, n, acts[a]);
			if (p != XNONE && (m == XNONE || p > m))
				m = p + strlen(acts[a]);
		}
		if (m == XNONE || n - m > 90)
			continue;
		size_t s = after_owner(t, m, n);
		static const char *const marks[] = { "，", "；", "：", ",", ";", NULL };
		size_t cm = x_rfind_any(t, s, n, marks);
		if (cm != XNONE)
			s = cm + x_clen(t, cm);   /* 「…规定，本院指定…保管该挖掘机」: not across a clause */
		size_t e = n + strlen(nouns[k]), q = e;
		while (q < sb && (x_digit(t, q) || x_in(t, q, "一二三四五六七八九十两")) && q - e < 24)
			q += x_clen(t, q);
		if (q > e && q < sb && x_in(t, q, "台辆套件批吨艘份笔幅"))
			e = q + x_clen(t, q);     /* 三台, 12辆 — not the digits of 12,600,000元 */
		char v[128];
		x_copy(t, s, e, v, sizeof v);
		if (strstr(v, "·") || (strstr(v, "号") && strstr("轿车货车汽车", nouns[k])))
			return;           /* 湘M·5C8L7号…小型轿车: a vehicle its plate names */
		if (e - s >= 6 && e - s <= 90)
			add_item(c, "其他", v, s, e, 0.55);
		return;
	}
}

/* The end of the body's sentence from sa (never past the appendix). */
static size_t body_sentence_end(const struct xctx *c, size_t sa)
{
	size_t a, sb;
	x_sentence(&c->t, sa, 2000, &a, &sb);
	if (sb <= sa)
		sb = sa + x_clen(&c->t, sa);
	return sb > c->app_at ? c->app_at : sb;
}

void x_items(struct xctx *c)
{
	const struct xtext *t = &c->t;
	size_t from = x_ls(t, c->par_end);
	if (from < c->body_at)
		from = c->body_at;
	/* first the properties named by certificate, and their places: a place
	 * told earlier (对本院查封的位于X的房屋提出异议) is that property, not another */
	for (size_t sa = from, sb; sa < c->app_at; sa = sb + (sb < t->n ? x_clen(t, sb) : 1))
		if (certificates(c, sa, sb = body_sentence_end(c, sa)))
			locations(c, sa, sb, 0);
	for (size_t sa = from; sa < c->app_at;) {
		size_t sb = body_sentence_end(c, sa);
		int before = c->out->n;
		locations(c, sa, sb, !certificates(c, sa, sb));
		plates(c, sa, sb);
		accounts(c, sa, sb);
		equity(c, sa, sb);
		if (c->out->n == before)
			others(c, sa, sb);
		sa = sb + (sb < t->n ? x_clen(t, sb) : 1);
	}
	/* an announcement that names its lot only in general words: when no
	 * property was read anywhere, the first sentence that says what is sold */
	if (x_have(c, "item", NULL, NULL))
		return;           /* this document's items: not an earlier document's of the dossier */
	for (size_t sa = from, sb; sa < c->app_at && !announced(c, sa, sb = body_sentence_end(c, sa));)
		sa = sb + (sb < t->n ? x_clen(t, sb) : 1);
}

/* ---- auction rounds ---- */

/* Where one of words is said of this auction (XNONE when nowhere): not in
 * a 《》 title, near a 拍 unless need_auction is 0, not as a possibility
 * (「如流拍，将进行第二次拍卖」); *in_title when on the title line. */
static size_t round_at(const struct xctx *c, const char *const *words, int need_auction, size_t *len, int *in_title)
{
	const struct xtext *t = &c->t;
	for (int k = 0; words[k]; k++) {
		const char *w = words[k];
		for (size_t p = x_find(t, 0, c->app_at, w); p != XNONE; p = x_find(t, p + 3, c->app_at, w)) {
			size_t a, b;
			*len = strlen(w);
			x_clause(t, p, 200, &a, &b);
			*in_title = c->title_line >= 0 && x_line_of(t, p) == c->title_line;
			size_t lim = p + *len + 18 < b ? p + *len + 18 : b;
			if ((t->fl[p] & XF_BOOK) || (need_auction && !*in_title && x_find(t, p, lim, "拍") == XNONE) ||
			    platform_aside(t, p, *len))
				continue;      /* 「（一拍）」 is this sale's round; 司法拍卖（变卖）网络平台 none */
			if (!*in_title && modal(t, p))
				continue;
			return p;
		}
	}
	return XNONE;
}

/* The rounds of the auctions a document is about. A ruling confirming a
 * sale tells the rounds that led to it (「经第一次拍卖流拍，第二次拍卖成交」:
 * both); an announcement is of one auction, its own round (the title's,
 * else the furthest the text reaches: 「第一次拍卖流拍，现进行第二次拍卖」
 * is the second); other documents only tell the history of auctions,
 * which is no round of theirs. */
void x_rounds(struct xctx *c)
{
	static const char *const first[] = { "第一次", "首次", "一拍", NULL };
	static const char *const second[] = { "第二次", "再次拍卖", "二拍", NULL };
	static const char *const sale[] = { "变卖", NULL };
	int confirms = !strcmp(c->kind, "成交确认裁定书");
	int announces = !strcmp(c->kind, "拍卖公告") || strstr(c->title, "拍卖") || strstr(c->title, "变卖");
	if (!confirms && !announces)
		return;
	const struct { const char *const *words; const char *value; int need_auction; } rounds[] = {
		{ sale, "变卖", 0 }, { second, "2", 1 }, { first, "1", 1 },
	};
	size_t best = XNONE, best_len = 0;
	const char *value = NULL;
	int best_title = 0;
	for (size_t i = 0; i < sizeof rounds / sizeof *rounds; i++) {
		size_t len;
		int in_title;
		size_t p = round_at(c, rounds[i].words, rounds[i].need_auction, &len, &in_title);
		if (p == XNONE)
			continue;
		if (confirms) {          /* every round it tells */
			x_add(c, "auction_round", "", rounds[i].value, p, p + len, in_title ? 0.9 : 0.8);
			continue;
		}
		if (value && (best_title || !in_title))
			continue;        /* the furthest round first; a round in the title over any */
		best = p, best_len = len, value = rounds[i].value, best_title = in_title;
	}
	if (value)
		x_add(c, "auction_round", "", value, best, best + best_len, best_title ? 0.9 : 0.8);
}
