/* extract_money.c — amounts and dates, each with its role.
 *
 * An amount is a run of digits or numerals before 元 (万元, 大写 with 角/分,
 * 元整); its role is the nearest keyword before it in its clause (执行标的,
 * 本金, 利息, 到位, 尚欠, 发放, 评估价, 起拍价, 成交价, 保证金, 罚款; fees such
 * as 案件受理费/执行费/评估费 are 费用 and never 标的; a principal the clause
 * says is still owed is 未履行), else a keyword right after it (「以…元成交」,
 * 「…元已予扣划」), else the nearest in its sentence, else 本金 when a judgment
 * ordered it paid (判令…支付…元). An amount with none of these (a price two
 * others agreed, a frozen item's worth, which the item carries) is no fact
 * of the case and is not given. A date is
 * 2024年1月10日 or 二〇二四年四月九日 (〇 misread as O, o or 0 repaired); its
 * role comes from the verb after it (于…立案, 于…发生法律效力; 于…申请执行，本院
 * 于同日立案 too) or the words
 * before it (查封期限自…); the standalone date of the signature is 落款.
 * Birth dates (…出生) are not facts. */
#include "ocr/extract_int.h"
#include "util/utf8.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- amounts ---- */

static const struct { const char *kw, *role; } AMOUNT_BEFORE[] = {
	{ "案件受理费", "费用" }, { "受理费", "费用" }, { "申请执行费", "费用" }, { "执行费", "费用" },
	{ "评估费", "费用" }, { "诉讼费", "费用" }, { "保全费", "费用" }, { "公告费", "费用" }, { "鉴定费", "费用" },
	{ "辅助费", "费用" }, { "仲裁费", "费用" }, { "律师费", "费用" }, { "合理开支", "费用" }, { "代理费", "费用" }, { "申请费", "费用" }, { "公证费", "费用" },
	{ "保管费", "费用" }, { "审计费", "费用" }, { "费用", "费用" },
	{ "执行标的", "标的" }, { "标的额", "标的" }, { "标的", "标的" }, { "申请执行金额", "标的" },
	{ "执行总额", "标的" }, { "执行款总额", "标的" }, { "罚金", "标的" },   /* a criminal fine sent to be enforced */
	{ "本金", "本金" }, { "案件款", "本金" }, { "借款", "本金" }, { "货款", "本金" }, { "欠款", "本金" }, { "工程款", "本金" },
	{ "租金", "本金" }, { "劳务费", "本金" }, { "服务费", "本金" }, { "物业费", "本金" }, { "价款", "本金" },
	{ "转让款", "本金" }, { "购房款", "本金" }, { "代偿款", "本金" }, { "补偿款", "本金" }, { "垫付款", "本金" },
	{ "劳动报酬", "本金" }, { "劳务报酬", "本金" }, { "报酬", "本金" }, { "工资", "本金" }, { "赔偿款", "本金" },
	{ "赔偿金", "本金" }, { "经济损失", "本金" },
	{ "利息", "利息" }, { "违约金", "利息" }, { "滞纳金", "利息" }, { "迟延履行金", "利息" },
	{ "执行到位", "到位" }, { "到位", "到位" }, { "已履行", "到位" }, { "已支付", "到位" }, { "已给付", "到位" },
	{ "扣划", "到位" }, { "划拨", "到位" }, { "划扣", "到位" }, { "已执行", "到位" }, { "已归还", "到位" },
	{ "交纳执行款", "到位" }, { "缴纳执行款", "到位" }, { "交付执行款", "到位" }, { "向本院支付", "到位" },
	{ "向本院交纳", "到位" }, { "向本院缴纳", "到位" }, { "汇入本院", "到位" }, { "转入本院", "到位" },
	{ "提取", "到位" },
	{ "未履行", "未履行" }, { "尚未履行", "未履行" }, { "未执行到位", "未履行" }, { "未到位", "未履行" },
	{ "尚欠", "未履行" }, { "尚有", "未履行" }, { "剩余", "未履行" }, { "余款", "未履行" }, { "尚余", "未履行" },
	{ "发放", "发放" }, { "分配：", "发放" }, { "分配:", "发放" }, { "分配给", "发放" }, { "领取", "发放" },
	{ "划付", "发放" }, { "转付", "发放" }, { "支付给申请执行人", "发放" }, { "优先受偿", "发放" }, { "受偿", "发放" },
	{ "评估价", "评估价" }, { "评估价值", "评估价" }, { "评估值", "评估价" }, { "评估为", "评估价" },
	{ "评估总价", "评估价" }, { "估价", "评估价" }, { "市场价值", "评估价" }, { "询价结果", "评估价" },
	{ "询价", "评估价" },   /* 网络询价 (确定财产处置参考价规定, 法释〔2018〕15号): the reference value */
	{ "起拍价", "起拍价" }, { "起拍", "起拍价" }, { "保留价", "起拍价" }, { "变卖价", "起拍价" },
	{ "成交价", "成交价" }, { "成交", "成交价" }, { "竞得", "成交价" }, { "拍得", "成交价" },
	{ "最高应价", "成交价" }, { "最高价", "成交价" }, { "成交价款", "成交价" }, { "拍卖价款", "成交价" }, { "作价", "成交价" },
	{ "保证金", "保证金" }, { "担保金额", "保证金" }, { "罚款", "罚款" },
};

static const struct { const char *kw, *role; } AMOUNT_AFTER[] = {
	{ "的价格变卖", "成交价" }, { "价格变卖", "成交价" }, { "变卖给", "成交价" }, { "成交", "成交价" },
	{ "竞得", "成交价" }, { "拍得", "成交价" }, { "保证金", "保证金" }, { "的罚款", "罚款" },
	{ "罚款", "罚款" },
	{ "未履行", "未履行" }, { "尚未履行", "未履行" }, { "未执行到位", "未履行" }, { "已执行到位", "到位" },
	{ "执行到位", "到位" }, { "已到位", "到位" }, { "已发放", "发放" }, { "发放", "发放" }, { "受理费", "费用" },
	{ "执行费", "费用" }, { "扣划", "到位" }, { "划拨", "到位" }, { "到账", "到位" },
};

/* A seizure in the clause: its sum is what was seized. */
static const char *const SEIZED[] = { "冻结", "查封", "扣押", NULL };

/* Words that make a principal or interest in their clause what is still
 * owed: 尚有本金…元及利息未执行到位. */
static const char *const STILL_OWED[] = { "尚有", "尚欠", "尚余", "剩余", "未执行到位", "未履行", "未到位", NULL };

/* 判令…支付/偿还/返还/给付…元 with no word for what it is: the sum the
 * judgment orders, its principal. */
static int ordered_sum(const struct xtext *t, size_t s)
{
	static const char *const judged[] = { "判令", "判决", "调解", "裁决", NULL };
	static const char *const pay[] = { "支付", "偿还", "返还", "给付", "赔偿", NULL };
	size_t sa, sb;
	x_sentence(t, s, 150, &sa, &sb);
	size_t pa = x_rfind_any(t, sa, s, pay);
	if (pa == XNONE || s - pa > 90)
		return 0;
	if (x_find_any(t, sa, pa, judged))
		return 1;
	/* 「该判决确定：一、…；二、…连带赔偿…元」: an item of the judgment's list,
	 * the judgment named where the list opens */
	size_t open = x_rfind(t, sa > 600 ? sa - 600 : 0, sa, "确定");
	return open != XNONE && x_find(t, open, sa, "。") == XNONE && x_rfind_any(t, open > 30 ? open - 30 : 0, open, judged) != XNONE;
}

/* The nearest keyword ending at or before end in [a, end): its role. */
static const char *nearest_before(const struct xtext *t, size_t a, size_t end)
{
	const char *role = NULL;
	size_t best_end = 0, best_len = 0;
	for (size_t k = 0; k < sizeof AMOUNT_BEFORE / sizeof *AMOUNT_BEFORE; k++) {
		size_t p = x_rfind(t, a, end, AMOUNT_BEFORE[k].kw);
		if (p == XNONE || (!strcmp(AMOUNT_BEFORE[k].kw, "罚款") && p >= a + 3 && x_lit(t, p - 3, "被")))
			continue;     /* 被罚款人: who is fined, not a fine's sum */
		size_t len = strlen(AMOUNT_BEFORE[k].kw), e = p + len;
		if (e > best_end || (e == best_end && len > best_len)) {
			best_end = e;
			best_len = len;
			role = AMOUNT_BEFORE[k].role;
		}
	}
	size_t join = role && !strcmp(role, "利息") && best_end - best_len > a ? x_prev(t, best_end - best_len) : XNONE;
	if (join != XNONE && x_in(t, join, "及和、"))
		for (size_t k = 0; k < sizeof AMOUNT_BEFORE / sizeof *AMOUNT_BEFORE; k++) {
			size_t len = strlen(AMOUNT_BEFORE[k].kw);
			if (!strcmp(AMOUNT_BEFORE[k].role, "本金") && join >= a + len && x_lit(t, join - len, AMOUNT_BEFORE[k].kw))
				return "本金";    /* 「支付租金及违约金…元」: one sum of both, led by the principal */
		}
	return role;
}

/* The first keyword in [a, b): 「执行标的：本金…、利息…，合计…元」 is the 标的. */
static const char *first_in(const struct xtext *t, size_t a, size_t b)
{
	const char *role = NULL;
	size_t best = XNONE, best_len = 0;
	for (size_t k = 0; k < sizeof AMOUNT_BEFORE / sizeof *AMOUNT_BEFORE; k++) {
		size_t p = x_find(t, a, b, AMOUNT_BEFORE[k].kw), len = strlen(AMOUNT_BEFORE[k].kw);
		if (p != XNONE && (best == XNONE || p < best || (p == best && len > best_len))) {
			best = p;
			best_len = len;
			role = AMOUNT_BEFORE[k].role;
		}
	}
	return role;
}

/* 「约定以86万元的价格购买…」「其已支付购房款30万元」: a sale between the
 * parties told in an objection — no sum the judgment orders or the court
 * recovers, unless the sentence is the judgment's. */
static int sale_told(const struct xtext *t, size_t s)
{
	static const char *const sale[] = { "购买", "价格", "总价款", "购房", NULL };
	static const char *const judged[] = { "判令", "判决", "调解", "裁决", NULL };
	size_t sa, sb;
	x_sentence(t, s, 300, &sa, &sb);
	return x_find_any(t, sa, sb, sale) && !x_find_any(t, sa, sb, judged);
}

/* 「装修款800,000元、」: an amount named by a word for what was owed (…款)
 * right before it, opening a list. */
static int principal_named(const struct xtext *t, size_t s, size_t e)
{
	if (s < 6 || !x_lit(t, x_prev(t, s), "款") || !(x_lit(t, e, "、") || x_lit(t, e, "及")))
		return 0;
	size_t w = x_prev(t, x_prev(t, s));
	return x_cjk(t, w) && !x_in(t, w, "执案价罚存额");
}

/* Where the sum at s is first written: 「合计人民币捌拾柒万…元整（871,030.00元）」
 * — the 大写 before the bracket that the digits restate; else s. */
static size_t words_start(const struct xtext *t, size_t a, size_t s)
{
	if (s < a + 6 || !x_in(t, x_prev(t, s), "（("))
		return s;
	size_t p = x_prev(t, s);
	if (!x_lit(t, x_prev(t, p), "整") && !x_lit(t, x_prev(t, p), "元"))
		return s;
	while (p > a && x_in(t, x_prev(t, p), "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元整角分"))
		p = x_prev(t, p);
	return p;
}

/* operative: s is in the operative clause (after 裁定如下). */
static const char *amount_role(const struct xtext *t, size_t s, size_t e, int operative, double *conf)
{
	size_t ca, cb, sa, sb, pa, pb;
	size_t as = x_in(t, e, "）)") ? e + x_clen(t, e) : e;
	if (x_lit(t, as, "作为保证金") || x_lit(t, as, "作为担保")) {
		*conf = 0.88;         /* 向本院交纳的现金…（642,000.00元）作为保证金: what it became, not money received */
		return "保证金";
	}
	x_clause(t, s, 200, &ca, &cb);
	if (cb < e)
		x_clause(t, x_prev(t, e), 200, &pa, &cb);   /* 「38，⏎600,000元」: OCR's mark inside the amount ends no clause */
	static const char *const total[] = { "合计", "共计", "总计", NULL };
	if (x_lit_any(t, ca, total)) {
		x_sentence(t, s, 300, &sa, &sb);
		const char *role = first_in(t, sa, ca);
		if (role && !strcmp(role, "本金") && (x_find(t, sa, ca, "元、") != XNONE || x_find(t, sa, ca, "元，") != XNONE) &&
		    !x_find_any(t, sa, ca, STILL_OWED))
			role = "标的";        /* 确定：…本金35万元、利息6.8万元，合计41.8万元: what the judgment makes due */
		if (role) {
			*conf = 0.8;
			return role;
		}
	}
	size_t tot = x_rfind_any(t, ca, s, total);
	if (tot != XNONE && tot > ca && words_start(t, ca, s) - tot <= 15 && x_find(t, ca, tot, "元") == XNONE) {
		const char *role = first_in(t, ca, tot);
		if (role) {           /* 赔偿经济损失及合理开支共计2,085,000元: the sum is of the first thing named */
			*conf = 0.8;
			return role;
		}
		static const char *const listed[] = { "以上", "上述", NULL };
		if (x_lit_any(t, ca, listed) && x_rfind(t, ca > 600 ? ca - 600 : 0, ca, "执行标的") != XNONE) {
			*conf = 0.8;      /* 「申请执行标的为：1.…；2.…。以上金额合计…元」: the items' total is the 标的 */
			return "标的";
		}
	}
	if (ca > 0 && x_in(t, x_prev(t, ca), "：:")) {       /* 起拍价：人民币…元 */
		x_clause(t, x_prev(t, x_prev(t, ca)), 200, &pa, &pb);
		ca = pa;
	}
	/* 本金…元、利息…元、律师代理费…元: an item of a list has its own word */
	size_t item = x_rfind(t, ca, s, "、");
	const char *role = item != XNONE ? nearest_before(t, item + 3, s) : NULL;
	if (item != XNONE && x_find_any(t, item, s, total)) {
		size_t from = x_rfind(t, ca, item, "元");   /* the list starts after the clause's last sum */
		role = first_in(t, from != XNONE ? from + 3 : ca, s);   /* 尚欠本金、利息及诉讼费用合计…元: */
	}                                                             /* the list's total, its first word */
	if (!role && s >= 12 && x_lit(t, s - 12, "申请执行"))
		role = "标的";        /* 申请执行人申请执行17211.68元: the sum asked, right after the words */
	if (!role)
		role = nearest_before(t, ca, s);
	if (!role && x_find(t, ca, s, "汇入") != XNONE && x_find(t, ca, s, "本院") != XNONE)
		role = "到位";        /* 向本院执行款专户汇入800,000元、500,000元 */
	*conf = 0.88;
	if (role && !strcmp(role, "标的") && principal_named(t, s, e))
		return "本金";        /* 执行标的为装修款800,000元、利息…: the list's first item, by its own word */
	if (role && (!strcmp(role, "本金") || !strcmp(role, "未履行") || !strcmp(role, "到位")) && sale_told(t, s))
		return "其他";
	static const char *const balance[] = { "剩余价款", "剩余房款", "剩余购房款", "尾款", NULL };
	static const char *const order[] = { "冻结、划拨", "冻结、扣划", "冻结或划拨", "冻结或扣划", NULL };
	if (role && !strcmp(role, "到位") && x_find_any(t, ca, s, order)) {
		x_sentence(t, s, 300, &sa, &sb);
		if (operative || x_find(t, sa, ca, "裁定") != XNONE)
			return "其他";    /* 裁定：一、冻结、划拨…存款…元: what the ruling orders, not money received */
	}
	if (role && !strcmp(role, "本金")) {
		x_sentence(t, s, 300, &sa, &sb);
		size_t asked = x_find(t, sa, s, "申请强制执行");
		if (asked != XNONE && x_find(t, asked, s, "要求") != XNONE)
			return "标的";    /* 于…向本院申请强制执行，要求…支付案件款…元: what is to be enforced */
	}
	if (role && (!strcmp(role, "本金") || !strcmp(role, "未履行")) && x_find_any(t, ca, s, balance))
		return "其他";        /* 剩余价款: what a buyer still owes a seller or the court, not the debt */
	if (role && (!strcmp(role, "本金") || !strcmp(role, "利息")) && x_find_any(t, ca, cb, STILL_OWED) &&
	    x_find(t, ca, s, "确定的") == XNONE)
		return "未履行";      /* (「未履行…判决确定的偿还借款本金480,000元…的义务」: the judgment's 本金) */
	if (role && !strcmp(role, "未履行") && (x_find(t, ca, s, "余款") != XNONE || x_find(t, ca, s, "剩余") != XNONE)) {
		static const char *const paid[] = { "发放", "发还", "分配给", "支付给申请执行人", NULL };
		static const char *const in[] = { "汇入", "转入", "交付本院", "缴入", "交纳", "支付至本院", "执行款专户", NULL };
		size_t lim = e + 45 < cb ? e + 45 : cb;
		if (x_find_any(t, e, lim, paid))
			return "发放";    /* 余款195,731.87元已…发放给申请执行人: the rest after the fees, paid out */
		if (x_find_any(t, e, lim, in))
			return "到位";    /* 余款695,360元已…汇入本院指定账户: the rest of a price, received */
	}
	if (role)
		return role;
	size_t lim = e + 60 < cb ? e + 60 : cb;
	if (cb <= e + 3 && x_in(t, e, "，,") && x_lit(t, e + x_clen(t, e), "已"))
		lim = e + 24;         /* 「…有存款3，022.46元，已划拨…」: the next clause says what became of it */
	else if (cb <= e + 3 && x_in(t, e, "，,") && x_lit(t, e + x_clen(t, e), "本院已"))
		lim = e + 36;         /* 「…存款3,151.92元，本院已予冻结并扣划…」 */
	const char *after = NULL;           /* the first word after it: …元，已划拨全部发放… was received, then paid */
	size_t first = XNONE;
	for (size_t k = 0; k < sizeof AMOUNT_AFTER / sizeof *AMOUNT_AFTER; k++) {
		size_t p = x_find(t, e, lim, AMOUNT_AFTER[k].kw);
		if (p != XNONE && (p <= e + 15 || x_find(t, e, p, "元") == XNONE) && p < first)
			first = p, after = AMOUNT_AFTER[k].role;     /* …元已于2022年9月5日发放给… */
	}
	if (after)
		return after;
	if (x_find_any(t, ca, cb, SEIZED))
		return "其他";        /* 冻结…存款2000000元: the clause's own, not the sentence's 标的 */
	x_sentence(t, s, 150, &sa, &sb);
	role = nearest_before(t, sa, s);
	if (!role && ordered_sum(t, s))
		role = "本金";
	*conf = role ? 0.72 : 0.5;
	return role ? role : "其他";
}

static int amount_char(const struct xtext *t, size_t i)
{
	return x_digit(t, i) || x_in(t, i, ",.．零壹贰叁肆伍陆柒捌玖拾佰仟万亿〇一二三四五六七八九十百千两");
}

/* A separator OCR put between the digits of one amount, which no writer
 * puts there: 「5;000元」, or a mark at a line's end where the amount wraps
 * (「（1，⏎234,500.00元）」, 「1,38 .:⏎6,000元」, 「2 ”⏎386000元」, 「85，⏎，144.60元」). b is the mark, s the digits
 * after it. */
static int odd_separator(const struct xtext *t, size_t b, size_t s)
{
	if ((t->fl[b] & XF_BRK) && x_in(t, b, "-—_，,") && x_digit(t, s) && b > 0) {
		size_t m = x_prev(t, b);     /* 「84，⏎-  600元」: the speck opening the line, after the mark; */
		return m > 0 && x_in(t, m, "，,;；") && x_digit(t, x_prev(t, m));   /* 「85，⏎，144.60元」: the mark read twice */
	}
	size_t d = s;
	if ((t->fl[s] & XF_BRK) && x_in(t, s, ".．,，-—_"))
		d += x_clen(t, s);       /* 「38，⏎. 600,000元」: a speck opening the next line too */
	if (!x_in(t, b, ";；，:：'`”’\"") || b == 0 || !x_digit(t, d) ||
	    !(x_digit(t, x_prev(t, b)) || x_in(t, x_prev(t, b), ",.．")))
		return 0;
	if (t->fl[s] & XF_BRK)
		return 1;
	size_t k = s;
	for (int n = 0; n < 3; n++, k += x_clen(t, k))
		if (!x_digit(t, k))
			return 0;
	/* 「58，833元」: a full-width comma groups the thousands as writers'
	 * own style too, when exactly three digits follow it */
	return (x_lit(t, b, ";") || (x_lit(t, b, "，") && x_digit(t, x_prev(t, b)))) && !x_digit(t, k);
}

/* The start of the amount ending at 元 (position y), or XNONE. */
static size_t amount_start(const struct xtext *t, size_t lo, size_t y)
{
	size_t s = y;
	for (int k = 0; k < 40 && s > lo; k++) {
		size_t b = x_prev(t, s);
		if (!amount_char(t, b) && !odd_separator(t, b, s))
			break;
		s = b;
	}
	while (s < y && x_in(t, s, ",.．"))
		s += x_clen(t, s);
	if (s == y || x_in(t, x_prev(t, y), ",.．"))
		return XNONE;
	/* a lone 一/十/万 (「统一元」, 「万元」 alone) is not an amount */
	if (y - s == 3 && !x_digit(t, s) && !x_in(t, s, "壹贰叁肆伍陆柒捌玖二三四五六七八九两"))
		return XNONE;
	return s;
}

static size_t amount_end(const struct xtext *t, size_t y)
{
	size_t e = y + 3;
	if (x_lit(t, e, "整"))
		return e + 3;
	for (int k = 0; k < 2; k++)    /* 伍角, 陆分 */
		if (x_in(t, e, "零壹贰叁肆伍陆柒捌玖") && x_in(t, e + 3, "角分"))
			e += 6;
	if (x_lit(t, e, "整"))
		e += 3;
	return e;
}

/* The digits of an amount with OCR's separators mended: a yuan amount has
 * at most two decimals, so only a last period followed by one or two
 * digits is the decimal point (of an amount in 元: 27.605万元 stays); every
 * other mark between the digits (a period for a comma, 「.,」, 「;」, a mark
 * where the amount wrapped) only groups them and goes: 「52.000.000」, 「180.000」, 「35.816.20」,
 * 「6.,079,644.25」, 「1，234,500.00」. A last group of two digits after
 * groups of three is the fen whatever mark stands before it (「372,916,40」:
 * no thousands are two digits). Rewrites raw in place. */
static void mend_separators(char *raw, size_t size)
{
	static const char *const marks[] = { ",", ".", "．", ";", "；", "，", ":", "：", "'", "`", "”", "’", "\"",
					     "-", "—", "_", NULL };   /* (a dash only where amount_start took it: a wrap) */
	size_t n = 0, last = 0, last_len = 0, digits_after = 0;
	int seps = 0, grouped = 1;          /* every group after the first three digits */
	for (;;) {
		size_t l = 0;
		if (raw[n] >= '0' && raw[n] <= '9') {
			n++;
			digits_after++;
			continue;
		}
		for (int k = 0; marks[k]; k++)
			if (!strncmp(raw + n, marks[k], strlen(marks[k])))
				l = strlen(marks[k]);
		if (!l)
			break;
		grouped = grouped && (seps ? digits_after == 3 : digits_after >= 1 && digits_after <= 3);
		seps++;
		last = n, last_len = l, digits_after = 0;
		n += l;
	}
	if (!seps || strncmp(raw + n, "元", 3))
		return;           /* 27.605万元: a decimal of 万, three places and all */
	int decimal = (last_len == 1 && raw[last] == '.') || !strncmp(raw + last, "．", 3);
	decimal = (decimal && digits_after >= 1 && digits_after <= 2) || (grouped && seps >= 2 && digits_after == 2);
	char out[160];
	size_t o = 0;
	for (size_t i = 0; i < n && o + 2 < sizeof out; i++) {
		if (raw[i] >= '0' && raw[i] <= '9')
			out[o++] = raw[i];
		else if (decimal && i == last)
			out[o++] = '.';
	}
	snprintf(out + o, sizeof out - o, "%s", raw + n);
	snprintf(raw, size, "%s", out);
}

/* 「贰拾叁万肆仟伍佰元整（234,500.00元）」: OCR garbles the 大写 far more than
 * the digits in brackets after it, which say the same; only those count. */
static int digits_follow(const struct xtext *t, size_t s, size_t e)
{
	if (x_digit(t, s) || !(x_lit(t, e, "（") || x_lit(t, e, "(")))
		return 0;
	size_t p = e + x_clen(t, e);
	return x_digit(t, p) && x_find(t, p, p + 40 < t->n ? p + 40 : t->n, "元") != XNONE;
}

/* 「执行到位款项3,151.92元，已全部发放给申请执行人」: the sum recovered is
 * the sum paid out, when the next clause says so and names no sum of its own
 * — and its own clause no other sum (「存款A元、B元，上述款项已…发放」 paid
 * out A+B, neither alone). */
static int paid_out_next(const struct xtext *t, size_t s, size_t e)
{
	size_t ca, cb, na, nb;
	x_clause(t, s, 200, &ca, &cb);
	if (x_find(t, ca, s, "元") != XNONE || (ca > 0 && x_in(t, x_prev(t, ca), "、")))
		return 0;
	x_clause(t, e, 200, &ca, &cb);
	if (cb >= t->n || !x_in(t, cb, "，,") || x_find(t, e, cb, "元") != XNONE)
		return 0;
	x_clause(t, cb + x_clen(t, cb), 200, &na, &nb);
	size_t p = x_find(t, na, nb, "发放");
	if (p == XNONE)
		p = x_find(t, na, nb, "发还");
	return p != XNONE && x_find(t, na, nb, "元") == XNONE && x_find(t, na, p, "未") == XNONE &&
	       x_find(t, na, p, "不") == XNONE;
}

/* 「支付迟延履行利息3927403元」「迟延履行期间的债务利息32805480.37元」: the
 * interest for late performance the court counted (民诉法 第二百六十四条),
 * what an objection to it is about — money of the case, not a story. */
static int delay_interest(const struct xtext *t, size_t lo, size_t s, const char *role)
{
	if (strcmp(role, "利息"))
		return 0;
	size_t from = s > lo + 36 ? s - 36 : lo;
	size_t d = x_rfind(t, from, s, "迟延履行");
	return d != XNONE && x_find(t, d, s, "利息") != XNONE && !x_find_any(t, d, s, (const char *const[]){ "，", ",", "。", NULL });
}

/* In a ruling on an objection or a review (x_review_ruling), the sums of
 * the story are facts only where a judgment sets them. */
static int judged_sentence(const struct xtext *t, size_t s)
{
	static const char *const judged[] = { "判令", "判决", "调解", "裁决", "支付令", "仲裁", "公证", NULL };
	size_t sa, sb;
	x_sentence(t, s, 300, &sa, &sb);
	return x_find_any(t, sa, sb, judged);
}

/* A price per unit of land, area or weight: 「处以每平方米20元的罚款」,
 * 「按照土地每平方米25元标准」, 「处以20元/㎡的罚款」. The sum it gives is
 * told next (计…元), and is the amount. */
static int unit_price(const struct xtext *t, size_t lo, size_t s, size_t e)
{
	static const char *const per[] = { "每平方米", "每平米", "每亩", "每立方米", "每吨", "每公斤", NULL };
	static const char *const unit[] = { "/㎡", "/平方米", "/平米", "/亩", "/m²", "/m2", "/立方米", "/吨", "/公斤",
					    "／㎡", "／平方米", "／亩", "/mi", "/m'", NULL };   /* ㎡ as OCR reads it: mi */
	if (x_lit_any(t, e, unit))
		return 1;
	size_t from = s >= lo + 15 ? s - 15 : lo;
	size_t p = x_rfind_any(t, from, s, per);
	return p != XNONE && x_find(t, p, s, "，") == XNONE && x_find(t, p, s, ",") == XNONE;
}

static int ascii_digit_at(const struct xtext *t, size_t i)
{
	return i < t->n && t->s[i] >= '0' && t->s[i] <= '9';
}

/* 「执行标的为933,080⏎-   ”元」「（586000⏎了元」: OCR's specks and
 * the line's end between an amount's digits and its 元 — where the digits
 * end, or XNONE. */
static size_t digits_before_specks(const struct xtext *t, size_t lo, size_t y)
{
	size_t q = y;
	int crossed = (t->fl[y] & XF_BRK) != 0;
	for (int n = 0; n < 8 && q > lo; n++) {
		size_t p = x_prev(t, q);
		unsigned char ch = (unsigned char)t->s[p];
		if (!((ch < 0x80 && !isalnum(ch) && ch != '.' && ch != ',') || x_in(t, p, "”“’了|")))
			break;         /* a mark that may be the amount's own (18,394，⏎元: its decimals lost?) ends it */
		q = p;
		crossed |= (t->fl[q] & XF_BRK) != 0;
	}
	return crossed && q < y && q > lo && x_digit(t, x_prev(t, q)) ? q : XNONE;
}

/* Whether the ASCII digits and marks just before y are a sum as courts
 * write one in 元: grouped by thousands, two decimals (463,328.08, or
 * 3.151.92 with OCR's periods). */
static int money_shaped_before(const struct xtext *t, size_t lo, size_t y)
{
	size_t p = y;
	int groups = 0, n = 0;
	if (p < lo + 4 || !ascii_digit_at(t, p - 1) || !ascii_digit_at(t, p - 2) || t->s[p - 3] != '.')
		return 0;
	p -= 3;
	for (;;) {
		for (n = 0; n < 3 && p > lo && ascii_digit_at(t, p - 1); n++)
			p--;
		if (n == 3 && p > lo + 1 && (t->s[p - 1] == ',' || t->s[p - 1] == '.') && ascii_digit_at(t, p - 2)) {
			p--, groups++;
			continue;
		}
		break;
	}
	return groups >= 1 && n >= 1 && !(p > lo && ascii_digit_at(t, p - 1));
}

/* Where the next 元 of [from, to) is: the character itself, or one OCR
 * misread after a sum shaped as courts write them and before a mark
 * (「尚有463,328.08雹及…」「执行到位款项3.151.92苞，」「执行标的为93,218.40无。」).
 * *misread tells which. */
static size_t next_yuan(const struct xtext *t, size_t lo, size_t from, size_t to, int *misread)
{
	size_t y = x_find(t, from, to, "元");
	for (size_t p = from; p < (y == XNONE ? to : y); p++) {
		if (!ascii_digit_at(t, p) || ascii_digit_at(t, p + 1) || p + 1 >= to || !x_cjk(t, p + 1))
			continue;
		size_t q = p + 1;
		if (x_in(t, q, "万亿元美港欧日角分平亩米吨股余多") || !x_in(t, q + x_clen(t, q), "，,、；;。及和）)整"))
			continue;
		if (money_shaped_before(t, lo, q)) {
			*misread = 1;
			return q;
		}
	}
	*misread = 0;
	return y;
}

void x_amounts(struct xctx *c)
{
	const struct xtext *t = &c->t;
	int misread;
	for (size_t y = next_yuan(t, c->body_at, c->body_at, c->app_at, &misread); y != XNONE;
	     y = next_yuan(t, c->body_at, y + x_clen(t, y), c->app_at, &misread)) {
		if (y == 0 || x_in(t, x_prev(t, y), "美港欧") || (t->fl[y] & XF_BOOK))
			continue;
		size_t s = amount_start(t, c->body_at, y), digits_end = y;
		if (s == XNONE && (digits_end = digits_before_specks(t, c->body_at, y)) != XNONE)
			s = amount_start(t, c->body_at, digits_end);
		if (s == XNONE)
			continue;
		size_t e = misread ? y + x_clen(t, y) : amount_end(t, y);
		if (digits_follow(t, s, e))
			continue;
		char raw[160];
		x_copy(t, s, digits_end, raw, sizeof raw);
		size_t have = strlen(raw);
		if (misread)
			snprintf(raw + have, sizeof raw - have, "元");
		else
			x_copy(t, y, e, raw + have, sizeof raw - have);   /* the specks between left out */
		mend_separators(raw, sizeof raw);
		long long fen;
		if (norm_amount_fen(raw, &fen) != NORM_OK)
			continue;
		if (raw[0] == '0' && raw[1] >= '0' && raw[1] <= '9')
			continue;      /* 「86:000元」 read from 「000元」: the tail of a number OCR broke, no sum */
		double conf;
		if (x_lit(t, e, "为基数") || x_lit(t, e, "为计算基数") || x_lit(t, e, "为基础"))
			continue;      /* 以2800000元为基数…计算: the principal again, as the base of interest */
		if (x_find(t, s > c->body_at + 30 ? s - 30 : c->body_at, s, "幅度") != XNONE)
			continue;      /* 增价幅度：5,000元 — how bids rise, not money of the case */
		if (s > c->body_at && x_in(t, x_prev(t, s), "数几"))
			continue;      /* 垫付数十万元: a guess at a sum, no amount */
		if (unit_price(t, c->body_at, s, e))
			continue;      /* 每平方米20元, 20元/㎡: a rate the sum is counted by */
		if (x_in(t, e, "+＋×*＊") || (s > c->body_at && x_in(t, x_prev(t, s), "+＋×")))
			continue;      /* 【350,000元+1,024,608元×年利率…】: a term of a reckoning, no sum of its own */
				       /* (杨**9,059.54元: a * before it is a mask) */
		if (x_traffic_record(t, s))
			continue;      /* 累计罚款金额100元 on a car for sale: its traffic record, no money of the case */
		const char *role = amount_role(t, s, e, s >= c->op_at, &conf);
		if ((!strcmp(role, "本金") || !strcmp(role, "利息")) && x_review_ruling(c) && !judged_sentence(t, s) &&
		    !(s >= c->body_at + 6 && x_lit(t, s - 6, "本金")) && !delay_interest(t, c->body_at, s, role))
			continue;      /* an objector's story (「业主单位仅支付一笔工程款711330元」): the debt is the */
				       /* judgment's, or one called 本金 (「冻结…存款…元（其中本金…元」), or the */
				       /* interest the review is about */
		if (!strcmp(role, "成交价") && x_review_ruling(c) && s >= c->body_at + 6 && x_lit(t, s - 6, "作价"))
			continue;      /* the 抵债 an objection or petition tells of: the ruling under review's */
		if (!strcmp(role, "其他"))
			continue;      /* a price between others, a frozen item's worth: no money of the case */
		char v[32];
		snprintf(v, sizeof v, "%lld", fen);
		if (!x_have(c, "amount", role, v))      /* else 「356000元（大写：叁拾伍万陆仟元整）」; the 标的 told again */
			x_add(c, "amount", role, v, s, e, conf);
		if (!strcmp(role, "到位") && paid_out_next(t, s, e) && !x_have(c, "amount", "发放", v))
			x_add(c, "amount", "发放", v, s, e, conf * 0.9);   /* (told again: 「执行到位款项…元，已全部发放…」) */
	}
}

/* ---- dates ---- */

static int year_char(const struct xtext *t, size_t i)
{
	return x_digit(t, i) || x_in(t, i, "〇○Ｏ零一二三四五六七八九Oo");
}

static int zero_like(const struct xtext *t, size_t i)
{
	return x_in(t, i, "〇○零Oo0Ｏ");
}

/* The 落款 under the seal: its year is 二〇 and two numerals, whatever OCR
 * made of the first two (忌〇二四, 二9二四, 工O二三). Rewrites buf's year. */
static int seal_year(char *buf, size_t size, char iso[11])
{
	char *yr = strstr(buf, "年");
	if (!yr)
		return 0;
	const char *c[5];
	int n = 0, len;
	for (const char *p = buf; p < yr && n < 5; p += len)
		c[n++] = p, utf8_decode(p, (size_t)(yr - p), &len);
	if (n != 4 || !x_cn_numeral(c[2]) || !x_cn_numeral(c[3]))
		return 0;
	char out[96];
	int w = snprintf(out, sizeof out, "二〇%.*s%s", (int)(yr - c[2]), c[2], yr);
	if (w < 0 || (size_t)w >= size)
		return 0;
	memcpy(buf, out, (size_t)w + 1);
	return norm_date(buf, iso, 0) == NORM_OK ? atoi(iso) : 0;
}

/* The date written in [s, e) as ISO; *slip when an OCR slip was mended: O,
 * o, 0 for 〇, and a zero read twice (二O〇二四年); seal: a 落款, whose year
 * may be mended further (seal_year). */
static int parse_date(const struct xtext *t, size_t s, size_t e, char iso[11], int *slip, int seal, int year)
{
	char buf[96];
	size_t k = year > 0 ? (size_t)snprintf(buf, sizeof buf, "%d", year) : 0;   /* 同年5月26日: the year told before */
	int cn = 0, ychars = 0;
	for (size_t i = s; i < e && !cn; i += x_clen(t, i))
		cn = x_in(t, i, "〇○零一二三四五六七八九十");
	for (size_t i = s; i < e && !x_lit(t, i, "年"); i += x_clen(t, i))
		ychars++;
	*slip = 0;
	/* 「2024年3月18上日」: a speck read as a character between the day and 日 */
	size_t ri = e > s + 3 ? x_prev(t, e) : XNONE, speck = ri != XNONE && ri > s ? x_prev(t, ri) : XNONE;
	if (speck == XNONE || !x_lit(t, ri, "日") || cn || !x_cjk(t, speck) || speck <= s || !x_digit(t, x_prev(t, speck)))
		speck = XNONE;
	/* 「2019年4月8月向本院…」「2019年7月16昌10时」: the day's 日 read as a second 月 or as
	 * another character; 「2018年6月4向本院」: lost, the next character in its place */
	size_t day_month = ri != XNONE && !cn && x_cjk(t, ri) && !x_lit(t, ri, "日") && x_digit(t, x_prev(t, ri)) &&
			   x_find(t, s, ri, "月") != XNONE ? ri : XNONE;
	for (size_t i = s; i < e && k + 4 < sizeof buf; i += x_clen(t, i)) {
		if (i == speck) {
			*slip = 1;
			continue;
		}
		if (i == day_month) {
			memcpy(buf + k, "日", 3);
			k += 3;
			*slip = 1;
			continue;
		}
		if (ychars > 4 && cn && zero_like(t, i) && zero_like(t, i + x_clen(t, i))) {
			ychars--;
			*slip = 1;
			continue;
		}
		if (x_in(t, i, "Oo") || (cn && x_in(t, i, "0Ｏ○"))) {
			memcpy(buf + k, cn ? "〇" : "0", cn ? 3 : 1);
			k += cn ? 3 : 1;
			*slip |= !x_in(t, i, "○");      /* ○ for 〇 is common usage, not a slip */
		} else {
			size_t l = x_clen(t, i);
			memcpy(buf + k, t->s + i, l);
			k += l;
		}
	}
	buf[k] = '\0';
	int y = norm_date(buf, iso, 0) == NORM_OK ? atoi(iso) : 0;
	if (seal && cn && (!y || y > x_this_year() + 1) && (y = seal_year(buf, sizeof buf, iso)) != 0)
		*slip = 1;
	/* 三〇三一年 under a seal: 二 read as 三 makes a year to come; the 三s
	 * of the year turned back to 二 from the left until it is a past one */
	char *yr = strstr(buf, "年");
	for (char *p = buf; cn && (!y || y > x_this_year() + 1) && yr && p < yr; p++)
		if (!strncmp(p, "三", 3)) {
			memcpy(p, "二", 3);
			y = norm_date(buf, iso, 0) == NORM_OK ? atoi(iso) : 0;
			*slip = 1;
		}
	/* a date to come is OCR's misread; in a text as written it is a term
	 * (出资期限为2040年12月31日) */
	int written = s < t->n && t->lines[t->li[s]].ocr < 0 && !cn;
	return y >= 1980 && y <= x_this_year() + (written ? 60 : 1);
}

static int is_birth(const struct xtext *t, size_t s, size_t e)
{
	static const char *const after[] = { "出生", "生，", "生,", "生）", "生)", "生。", "生；", "生人", NULL };
	if (x_lit_any(t, e, after))
		return 1;
	if (x_lit(t, e, "出") && x_in(t, e + 3, "后牛午士") && x_in(t, e + 6, "，,.。、；;"))
		return 1;             /* 「男.1987年3月8日出后.汉族」: 出生 with its 生 misread */
	size_t b = s >= 15 ? s - 15 : 0;
	return x_find(t, b, s, "出生") != XNONE || x_find(t, b, s, "生于") != XNONE;
}

static const struct { const char *kw, *role; } DATE_AFTER[] = {
	{ "立案执行", "立案" }, { "立案受理", "立案" }, { "立案", "立案" }, { "受理", "立案" }, { "发出执行通知", "通知" }, { "执行通知", "通知" },
	{ "送达", "通知" }, { "扣划", "到账" }, { "划拨", "到账" }, { "收到执行款", "到账" }, { "收到案款", "到账" },
	{ "收到", "通知" }, { "到账", "到账" }, { "划入", "到账" }, { "汇入", "到账" }, { "转入", "到账" },
	{ "到位", "到账" }, { "交付本院", "到账" }, { "向本院支付", "到账" }, { "向本院交纳", "到账" },
	{ "支付至本院", "到账" }, { "缴清", "到账" }, { "交清", "到账" }, { "提取", "到账" }, { "缴纳", "到账" }, { "交纳", "到账" }, { "付清", "到账" },
	{ "缴入", "到账" }, { "交至本院", "到账" },
	{ "拍卖", "拍卖" }, { "变卖", "拍卖" }, { "开拍", "拍卖" }, { "竞价", "拍卖" }, { "成交", "拍卖" }, { "查封", "查封" },
	{ "冻结", "查封" }, { "扣押", "查封" }, { "发生法律效力", "生效" }, { "生效", "生效" },
	/* 于…作出（…）民事判决书: the day a decision was made, whatever it decided;
	 * 解除…冻结: the day a measure ended; 提出异议, 申请财产保全: what a party
	 * asked that day, not what was done */
	{ "作出", "其他" }, { "解除", "其他" }, { "提出财产保全", "其他" }, { "提出保全", "其他" },
	{ "申请财产保全", "其他" }, { "提出异议", "其他" }, { "提出书面异议", "其他" }, { "申请复议", "其他" },
};

static const struct { const char *kw, *role; } DATE_BEFORE[] = {
	{ "立案日期", "立案" }, { "立案时间", "立案" }, { "立案", "立案" }, { "拍卖时间", "拍卖" },
	{ "拍卖日期", "拍卖" }, { "查封期限", "查封" }, { "冻结期限", "查封" }, { "查封日期", "查封" },
	{ "查封期间", "查封" }, { "冻结期间", "查封" }, { "扣押期间", "查封" },   /* 冻结期间为…至…: it began then */
	{ "查封之日", "查封" }, { "到账时间", "到账" }, { "到账日期", "到账" }, { "生效日期", "生效" },
	{ "通知日期", "通知" }, { "送达日期", "通知" },
};

/* 于…申请执行，本院（于同日）立案: the application's date is the filing's
 * when the next clause files it with no date of its own. */
static int filed_next(const struct xtext *t, size_t e, size_t cb)
{
	size_t sa, sb, na, nb;
	if (x_find(t, e, cb, "申请") == XNONE)
		return 0;
	x_sentence(t, e, 300, &sa, &sb);
	if (cb >= sb)
		return 0;
	x_clause(t, cb + x_clen(t, cb), 200, &na, &nb);
	size_t p = x_find(t, na, nb, "立案");
	if (p == XNONE && (p = x_find(t, na, nb, "同日立")) != XNONE)
		p += 6;                   /* 「本院同日立委」: 案 misread, the filing still said */
	if (p == XNONE && (p = x_find(t, na, nb, "同日")) != XNONE && x_chars_off(t, p + 6, "立案执行") != 1)
		p = XNONE;                /* 「本院于同日衬案执行」: 立 misread */
	return p != XNONE && x_find(t, na, p, "年") == XNONE && x_find(t, na, p, "月") == XNONE;
}

/* Where the next date (digits before 年) starts in [e, lim), else lim: a verb
 * after it is that date's (「2023年3月6日，…申请恢复执行，本院于2023年3月8日立案」). */
static size_t next_date(const struct xtext *t, size_t e, size_t lim)
{
	for (size_t y = x_find(t, e, lim, "年"); y != XNONE; y = x_find(t, y + 3, lim, "年")) {
		size_t d = y;
		while (d > e && x_digit(t, x_prev(t, d)))
			d = x_prev(t, d);
		if (y - d >= 4 && !(d > e && x_in(t, x_prev(t, d), "至到、和及或")))
			return d;   /* not the end of a range or the next of a list: …10时至2025年7月16日 */
	}
	return lim;
}

/* A verb still known with one character misread: 1 for the long ones
 * (「向本院文付」), where one character off is no other verb (not 收到执行款:
 * 收到执行裁定书); 2 for the filing (「于…日衬案执行」「立索执行」), only right
 * after its date — elsewhere 本案执行 is one character off it too. */
static int misread_verb(const char *kw)
{
	if (!strcmp(kw, "立案执行") || !strcmp(kw, "立案受理"))
		return 2;
	return strlen(kw) >= 15 && strncmp(kw, "收到", 6);
}

/* The role of the nearest keyword in [e, lim); *at is where it stands. */
static const char *role_after(const struct xtext *t, size_t e, size_t lim, size_t *at)
{
	const char *role = NULL;
	*at = XNONE;
	static const char *const acts[] = { "查封", "冻结", "扣押", "拍卖", "变卖", NULL };
	static const char *const made[] = { "法律文书", "判决", "裁定", "调解书", "的", NULL };
	for (size_t k = 0; k < sizeof DATE_AFTER / sizeof *DATE_AFTER; k++) {
		size_t p = x_find(t, e, lim, DATE_AFTER[k].kw);
		while (p != XNONE && ((x_lit_any(t, p, acts) && x_lit(t, p + strlen(DATE_AFTER[k].kw), "的")) ||
				      (x_lit(t, p, "生效") && x_lit_any(t, p + 6, made)) ||
				      (x_lit(t, p, "成交") && x_in(t, p + 6, "价款"))))
			p = x_find(t, p + 3, lim, DATE_AFTER[k].kw);   /* 对本院查封的房屋提出异议, 原生效法律文书, */
									 /* 将成交价款缴入: no act of that word */
		int misread = misread_verb(DATE_AFTER[k].kw);
		if (misread)
			for (size_t q = e; q < (misread == 2 ? e + 1 : lim) && (*at == XNONE || q < *at) && (p == XNONE || q < p);
			     q += x_clen(t, q))
				if (x_chars_off(t, q, DATE_AFTER[k].kw) == 1) {
					p = q;
					break;
				}
		if (p != XNONE && (*at == XNONE || p < *at))
			*at = p, role = DATE_AFTER[k].role;
	}
	if (role && x_lit(t, *at, "作出")) {
		size_t doc = x_find(t, *at, lim, "执行通知");   /* 作出的（…）执行通知书: the notice's day */
		static const char *const other[] = { "判决", "裁定", "决定", "调解", NULL };
		if (doc != XNONE && !x_find_any(t, *at, doc, other))
			role = "通知";
	}
	if (role && x_lit(t, *at, "收到") && *at >= 6 && x_lit(t, *at - 6, "本院") &&
	    x_find(t, *at, lim, "申请") != XNONE)
		role = "其他";                /* 本院收到…的强制执行申请书: what was asked, not served */
	if (role && (x_lit(t, *at, "受理") || x_lit(t, *at, "立案受理"))) {
		size_t sa, sb, pa, pb;        /* 异议…本院于…受理: the objection's day, not the case's filing; */
		static const char *const review[] = { "异议", "复议", "申诉", "监督", NULL };
		x_sentence(t, *at, 300, &sa, &sb);   /* 「…提出书面异议。本院于…立案受理后」 too */
		if (sa > 0)
			x_sentence(t, x_prev(t, sa), 300, &pa, &pb);
		if (x_find_any(t, sa, sb, review) || (sa > 0 && x_find_any(t, pa, pb, review)))
			role = "其他";
	}
	return role;
}

/* The date in [s, e) ends a period or sets a deadline (至2027年6月30日止,
 * 于2023年10月8日16时前): a day to come as often as one past. */
static int period_end(const struct xtext *t, size_t s, size_t e)
{
	size_t to = s >= 3 ? x_prev(t, s) : s, h = e;
	while (h < t->n && (x_digit(t, h) || x_in(t, h, "时点分")))
		h += x_clen(t, h);            /* the hour, then the deadline */
	return x_lit(t, to, "至") || x_lit(t, to, "到") || x_lit(t, h, "前") || x_lit(t, h, "之前");
}

static const char *date_role(const struct xtext *t, size_t s, size_t e)
{
	size_t ca, cb, best;
	x_clause(t, s, 200, &ca, &cb);
	size_t to = s >= 3 ? x_prev(t, s) : s;
	if (period_end(t, s, e))
		return "其他";                    /* the end of a period, a deadline */
	if ((x_lit(t, to, "自") || x_lit(t, to, "从")) && x_lit(t, e, "起") &&
	    (x_find(t, e, cb, "至") != XNONE || x_find(t, e, cb, "计") != XNONE))
		return "其他";                    /* 自…起计算至…: the start of a period of interest */
	if (x_lit(t, e, "立") && x_in(t, e + 3, "（("))
		return "立案";                    /* 于…立（2021）…号案件执行 */
	int opens = s <= ca + 12 || s == x_ls(t, x_line_of(t, s));   /* 「2022年3月9日，…」 or 「本院于…，」 */
	if (cb <= e + 1 && opens && cb < t->n && !(t->fl[cb] & XF_SENT)) {
		size_t sa;                        /* 「2022年3月9日，本院冻结…」: the date opens its sentence's */
		x_sentence(t, s, 300, &sa, &cb);  /* clauses, and tells when the sentence's act was done */
	}
	size_t lim = e + 240 < cb ? e + 240 : cb;
	size_t next = next_date(t, e, lim);
	const char *role = role_after(t, e, next, &best);
	size_t w = e;
	while (w < cb && (x_digit(t, w) || x_in(t, w, "年月日时分至止起上下午 ")))
		w += x_clen(t, w);
	if (!role && s <= ca + 12 && w >= cb) {
		size_t sa, sb;                    /* 「2021年11月22日10时至…止，…进行第一次公开拍卖」: a clause of time alone */
		x_sentence(t, s, 300, &sa, &sb);
		role = role_after(t, e, next_date(t, e, e + 240 < sb ? e + 240 : sb), &best);
	}
	static const char *const price[] = { "价款", "房款", "转让款", "租金", NULL };
	if (role && !strcmp(role, "到账") && x_find_any(t, best, lim, price) && x_find(t, best, lim, "成交") == XNONE &&
	    x_find(t, s > ca + 30 ? s - 30 : ca, s, "买受人") == XNONE)
		return "其他";                    /* 付清全部价款: a buyer paying a seller (成交价款, or an auction's */
						  /* 买受人 paying 价款, is paid to the court) */
	if (role)
		return role;
	if (filed_next(t, e, cb))
		return "立案";
	size_t from = s > ca + 30 ? s - 30 : ca;
	for (size_t k = 0; k < sizeof DATE_BEFORE / sizeof *DATE_BEFORE; k++)
		if (x_find(t, from, s, DATE_BEFORE[k].kw) != XNONE)
			return DATE_BEFORE[k].role;
	return "其他";
}

/* A line holding only a date (with the court's name or 盖章 around it). */
static int date_alone(const struct xctx *c, size_t s, size_t e)
{
	const struct xtext *t = &c->t;
	int k = x_line_of(t, s);
	size_t a = x_ls(t, k), b = x_le(t, k);
	if (x_line_of(t, e - 1) != k)
		b = x_le(t, x_line_of(t, e - 1));
	size_t w = a;                 /* 「 .  “…，，二〇二三年五月十日」: OCR's specks before it — a */
	while (w < s && !x_cjk(t, w) && (!x_digit(t, w) || x_cjk(t, s)))   /* digit too before numerals */
		w += x_clen(t, w);
	static const char *const stops[] = { "。", "，", NULL };
	size_t stop = x_rfind_any(t, w, s, stops);
	if (stop != XNONE && x_cjk(t, s) && s - stop <= 6)
		w = stop + 3;         /* 「.站国。二〇二四年九月二十日」: the seal's text read before a mark */
	size_t cs, ce = x_court_name_at(t, a, s, &cs);
	size_t lead = ce != XNONE ? s - ce : s - w;
	return lead <= 6 && b - e <= 12;
}

/* 「于…立案执行，同日向被执行人发出执行通知书」「…并于同日冻结…」: one date,
 * two acts — the role of the second, or NULL. */
static const char *same_day_role(const struct xtext *t, size_t e)
{
	size_t sa, sb, at;
	x_sentence(t, e, 300, &sa, &sb);
	size_t d = x_find(t, e, sb, "同日");
	if (d == XNONE) {        /* 「…立案执行，向被执行人发出执行通知书」: the notice went out that day */
		size_t n = x_find(t, e, e + 60 < sb ? e + 60 : sb, "发出执行通知");
		return n != XNONE && x_find(t, e, n, "年") == XNONE && x_find(t, e, n, "日") == XNONE ? "通知" : NULL;
	}
	if (x_find(t, e, d, "年") != XNONE)
		return NULL;
	size_t lim = d + 90 < sb ? d + 90 : sb;
	if (x_find(t, d, lim, "执行通知") != XNONE)
		return "通知";
	const char *role = role_after(t, d + 6, lim, &at);
	return role && at <= d + 30 && !strcmp(role, "查封") ? role : NULL;   /* 并于同日冻结… */
}

/* 「将于2024年2月4日到期」「定于…拍卖」: a day still to come when the
 * document was written, no event it tells of. */
static int yet_to_come(const struct xtext *t, size_t s)
{
	if (s < 6)
		return 0;
	size_t yu = x_prev(t, s), will = x_prev(t, yu);
	return (x_lit(t, yu, "于") || x_lit(t, yu, "在")) &&
	       (x_lit(t, will, "将") || x_lit(t, will, "定") || x_lit(t, will, "拟"));
}

/* The date in [s, e) as a fact with its role; year: the year of a date
 * told as 同年 (else 0). Its year, or 0 when it is no date of the case. */
/* 「2033年4月28日将和解款汇入」 read from a scan: a year to come one digit
 * off the 案号's is the 案号's (iso mended, 1); else 0. */
static int case_year_for(const struct xctx *c, char iso[11])
{
	if (strlen(iso) != 10 || atoi(iso) <= x_this_year() + 1 || !c->has_cn || c->cn.year <= 1990)
		return 0;
	char cy[16];
	snprintf(cy, sizeof cy, "%04d", c->cn.year);
	int diff = 0;
	for (int k = 0; k < 4; k++)
		diff += iso[k] != cy[k];
	if (diff != 1)
		return 0;
	memcpy(iso, cy, 4);
	return 1;
}

static int one_date(struct xctx *c, size_t s, size_t e, int *last, int year)
{
	const struct xtext *t = &c->t;
	char iso[11];
	int slip;
	int alone = !year && s >= c->body_at && date_alone(c, s, e) &&
		    (s >= c->sig_at || x_line_of(t, s) * 3 >= t->nl * 2);
	iso[0] = '\0';
	int ok = parse_date(t, s, e, iso, &slip, alone, year);
	if (!ok && t->lines[t->li[s]].ocr >= 0 && case_year_for(c, iso))
		ok = slip = 1;
	if (!ok || is_birth(t, s, e))
		return 0;
	const char *role = alone ? "落款" : date_role(t, s, e);
	if (!alone && !period_end(t, s, e) && !yet_to_come(t, s) && strcmp(iso, c->told) > 0)
		x_set(c->told, sizeof c->told, iso);
	if (!alone && x_have(c, "date", role, iso))
		return atoi(iso);
	x_add(c, "date", role, iso, s, e, (strcmp(role, "其他") ? 0.9 : 0.7) * (slip || year ? 0.9 : 1));
	const char *also = strcmp(role, "立案") ? NULL : same_day_role(t, e);
	if (also && !x_have(c, "date", also, iso))
		x_add(c, "date", also, iso, s, e, 0.85 * (slip ? 0.9 : 1));
	if (alone) {
		if (*last >= 0) {        /* only the last standalone date is 落款 */
			struct fact *x = &c->out->v[*last];
			x_set(x->role, sizeof x->role, "其他");
			x->confidence = 0.7;
		}
		*last = c->out->n - 1;
		c->sign_scanned = t->lines[t->li[s]].ocr >= 0;
	}
	return atoi(iso);
}

/* 「二〇二一年四月二十九日」 under the seal of a ruling that tells of 2022's
 * events: a ruling's 落款 read from a scan before two or more of the events the
 * document tells of takes the one year a digit away that puts it on or
 * after the latest of them, within four months (less sure). */
static void mend_signing_year(struct xctx *c, int last)
{
	if (last < 0 || !c->sign_scanned || !c->told[0] || !(strstr(c->kind, "裁定") || strstr(c->kind, "决定")))
		return;                  /* a ruling tells what was done; a notice or a sale's 公告 what is to come */
	struct fact *x = &c->out->v[last];
	if (strlen(x->value) != 10 || strcmp(x->value, c->told) >= 0)
		return;
	int after = 0;
	for (int i = c->first; i < c->out->n; i++) {
		const struct fact *y = &c->out->v[i];
		after += i != last && !strcmp(y->field, "date") && strcmp(y->value, x->value) > 0 &&
			 strcmp(y->value, c->told) <= 0;
	}
	if (after < 2)
		return;                  /* one later date may be the misread one */
	char best[11] = "", cand[11];
	int n = 0;
	for (int k = 0; k < 4; k++)
		for (char d = '0'; d <= '9'; d++) {
			if (d == x->value[k])
				continue;
			memcpy(cand, x->value, 11);
			cand[k] = d;
			if (norm_date_valid(atoi(cand), atoi(cand + 5), atoi(cand + 8)) && strcmp(cand, c->told) >= 0 &&
			    norm_date_days(cand) - norm_date_days(c->told) <= 120)
				memcpy(best, cand, 11), n++;
		}
	if (n == 1) {
		x_set(x->value, sizeof x->value, best);
		x->confidence *= 0.8;
	}
}

void x_dates(struct xctx *c)
{
	const struct xtext *t = &c->t;
	int last = -1, year = 0;     /* year: the last date's, for 同年 */
	for (size_t y = x_find(t, 0, c->app_at, "年"); y != XNONE; y = x_find(t, y + 3, c->app_at, "年")) {
		size_t s = y, four = y;
		int n = 0;
		for (; n < 5 && s > 0 && year_char(t, x_prev(t, s)); n++) {
			s = x_prev(t, s);
			if (n == 3)
				four = s;
		}
		if (s == y && year && y >= 3 && x_lit(t, y - 3, "同") && !(t->fl[y] & XF_BOOK)) {
			size_t m = x_find(t, y, y + 12 < t->n ? y + 12 : t->n, "月");
			size_t d = m != XNONE ? x_find(t, m, m + 15 < t->n ? m + 15 : t->n, "日") : XNONE;
			if (d != XNONE && x_digit(t, y + 3))   /* 「于同年5月26日将该车辆扣押」 */
				one_date(c, y, d + 3, &last, year);
			continue;
		}
		if (s == y || (t->fl[y] & XF_BOOK))
			continue;
		if (n == 5 && !(zero_like(t, x_prev(t, four)) && zero_like(t, four)) &&
		    !(zero_like(t, four) && zero_like(t, four + x_clen(t, four))))
			s = four;          /* five numerals without a doubled zero: the year is the last four */
		if (n == 3 && s > 0 && x_cjk(t, x_prev(t, s)) && x_prev(t, s) <= x_ls(t, x_line_of(t, s)) + 3)
			s = x_prev(t, s);  /* 忌〇二四年 opening a line: the 二 under the seal, misread */
		size_t m = x_find(t, y, y + 12 < t->n ? y + 12 : t->n, "月");
		if (m == XNONE)
			continue;
		size_t d = x_find(t, m, m + 15 < t->n ? m + 15 : t->n, "日");
		size_t m2 = x_find(t, m + 3, m + 12 < t->n ? m + 12 : t->n, "月");
		if (m2 != XNONE && (d == XNONE || m2 < d) && m2 > m + 3 && m2 <= m + 5 && x_digit(t, m + 3) &&
		    x_digit(t, x_prev(t, m2)))
			d = m2;           /* 「2019年4月8月向本院…」: 日 read as 月 (parse_date) */
		size_t q = m + 3;
		while (q < m + 5 && x_digit(t, q))
			q++;
		/* 「2018年6月4向本院」「…7月16昌10时」: the day's 日 lost or misread (「9上日」: a speck before it) */
		if (q > m + 3 && (d == XNONE || d > q + 3) && x_cjk(t, q) && !x_in(t, q, "号出〇一二三四五六七八九十"))
			d = q;
		if (d == XNONE)
			continue;
		int got = one_date(c, s, d + 3, &last, 0);
		if (got)
			year = got;
		y = d;
	}
	mend_signing_year(c, last);
}
