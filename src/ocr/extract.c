#include "ocr/extract.h"
#include "legal/normalize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct fact *add(struct facts *f, const char *field, const char *value, const char *raw, size_t rawlen,
			int page, int line, int start)
{
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 32;
		f->v = realloc(f->v, sizeof *f->v * (size_t)f->cap);
		if (!f->v)
			abort();
	}
	struct fact *x = &f->v[f->n++];
	memset(x, 0, sizeof *x);
	snprintf(x->field, sizeof x->field, "%s", field);
	snprintf(x->value, sizeof x->value, "%s", value);
	snprintf(x->raw, sizeof x->raw, "%.*s", (int)(rawlen < 255 ? rawlen : 255), raw);
	x->fen = -1;
	x->page = page;
	x->line = line;
	x->span_start = start;
	x->span_end = start + (int)rawlen;
	return x;
}

void facts_free(struct facts *f)
{
	free(f->v);
	memset(f, 0, sizeof *f);
}

const struct fact *facts_first(const struct facts *f, const char *field)
{
	for (int i = 0; i < f->n; i++)
		if (strcmp(f->v[i].field, field) == 0)
			return &f->v[i];
	return NULL;
}

static int has_field_value(const struct facts *f, const char *field, const char *value)
{
	for (int i = 0; i < f->n; i++)
		if (strcmp(f->v[i].field, field) == 0 && strcmp(f->v[i].value, value) == 0)
			return 1;
	return 0;
}

static int utf8_len(unsigned char c)
{
	return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

/* Is the UTF-8 character at p one of the characters in set? */
static int in_set(const char *p, const char *set)
{
	int n = utf8_len((unsigned char)*p);
	for (const char *s = set; *s; s += utf8_len((unsigned char)*s))
		if (utf8_len((unsigned char)*s) == n && memcmp(s, p, (size_t)n) == 0)
			return 1;
	return 0;
}

/* Step back one UTF-8 character from p (not before start). */
static const char *back(const char *start, const char *p)
{
	if (p <= start)
		return start;
	p--;
	while (p > start && ((unsigned char)*p & 0xC0) == 0x80)
		p--;
	return p;
}

static const char DIGITS[] = "0123456789０１２３４５６７８９,，.．";
static const char CN_UPPER[] = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿〇一二三四五六七八九十百千两";

/* ---- 案号 ---- */
static void case_numbers(const char *l, int page, int line, struct facts *f)
{
	for (const char *p = l; *p; p += utf8_len((unsigned char)*p)) {
		if (!in_set(p, "（(〔[【〈<"))
			continue;
		const char *hao = strstr(p, "号");
		if (!hao || hao - p > 90)
			continue;
		size_t n = (size_t)(hao - p) + strlen("号");
		char cand[128], norm[160];
		snprintf(cand, sizeof cand, "%.*s", (int)n, p);
		struct case_no cn;
		if (norm_case_no(cand, norm, sizeof norm, &cn) != NORM_OK)
			continue;
		int exec = strncmp(cn.type, "执", strlen("执")) == 0;
		const char *field = exec ? "case_no" : "basis_no";
		if (!has_field_value(f, field, norm))
			add(f, field, norm, p, n, page, line, (int)(p - l));
		p += n - 1;
	}
}

/* ---- amounts ---- */
static void amounts(const char *l, int page, int line, struct facts *f)
{
	for (const char *y = strstr(l, "元"); y; y = strstr(y + 1, "元")) {
		const char *s = y;
		while (s > l) {
			const char *b = back(l, s);
			if (!in_set(b, DIGITS) && !in_set(b, CN_UPPER) && strncmp(b, "万", 3) != 0)
				break;
			s = b;
		}
		if (s == y)
			continue;
		const char *e = y + strlen("元");
		if (strncmp(e, "整", 3) == 0)
			e += 3;
		for (int k = 0; k < 2; k++)    /* 角 and 分 */
			if (in_set(e, CN_UPPER) && (strncmp(e + 3, "角", 3) == 0 || strncmp(e + 3, "分", 3) == 0))
				e += 6;
		char raw[160];
		size_t n = (size_t)(e - s);
		snprintf(raw, sizeof raw, "%.*s", (int)(n < 159 ? n : 159), s);
		long long fen;
		if (norm_amount_fen(raw, &fen) != NORM_OK)
			continue;
		char v[32];
		snprintf(v, sizeof v, "%lld", fen);
		add(f, "amount", v, s, n, page, line, (int)(s - l))->fen = fen;
	}
}

/* ---- dates ---- */
static void dates(const char *l, int page, int line, struct facts *f)
{
	for (const char *y = strstr(l, "年"); y; y = strstr(y + 1, "年")) {
		const char *s = y;
		for (int k = 0; k < 4 && s > l; k++) {
			const char *b = back(l, s);
			if (!in_set(b, "0123456789０１２３４５６７８９〇一二三四五六七八九零Oo"))
				break;
			s = b;
		}
		const char *d = strstr(y, "日");
		if (s == y || !d || d - y > 24)
			continue;
		size_t n = (size_t)(d - s) + strlen("日");
		char raw[96], iso[11];
		snprintf(raw, sizeof raw, "%.*s", (int)n, s);
		if (norm_date(raw, iso, 0) != NORM_OK)
			continue;
		add(f, "date", iso, s, n, page, line, (int)(s - l));
	}
}

/* Text after a label up to a stop character: "申请执行人：张三，男" → 张三. */
static size_t value_after(const char *p, char *out, size_t len)
{
	while (*p == ' ' || *p == ':' || *p == '"' || *p == '\'' || in_set(p, "：”“　’‘"))
		p += utf8_len((unsigned char)*p);
	const char *s = p;
	while (*p && !in_set(p, "，,。；;（( \t") )
		p += utf8_len((unsigned char)*p);
	snprintf(out, len, "%.*s", (int)(p - s), s);
	return (size_t)(p - s);
}

/* An 18-character ID (身份证号 or 统一社会信用代码) anywhere in the line. */
static int find_id(const char *l, char *out, size_t len)
{
	for (const char *p = l; *p; p++) {
		size_t n = strspn(p, "0123456789ABCDEFGHJKLMNPQRTUWXYabcdefghjklmnpqrtuwxy");
		if (n == 18) {
			struct id_info id;
			char cand[19];
			snprintf(cand, sizeof cand, "%.18s", p);
			if (norm_id(cand, &id) == NORM_OK && (id.kind == ID_PERSON || id.kind == ID_ORG)) {
				snprintf(out, len, "%s", id.norm);
				return 1;
			}
		}
		if (n)
			p += n - 1;
	}
	return 0;
}

static void parties(const char *l, int page, int line, struct facts *f)
{
	static const struct { const char *label, *field; } roles[] = {
		{ "申请执行人", "applicant" }, { "被执行人", "debtor" }, { "买受人", "buyer" },
	};
	for (size_t r = 0; r < sizeof roles / sizeof roles[0]; r++) {
		const char *p = strstr(l, roles[r].label);
		/* a party line starts with its role (after indentation), followed by ： */
		if (!p || (size_t)(p - l) > 6)
			continue;
		const char *v = p + strlen(roles[r].label);
		if (strncmp(v, "：", 3) != 0 && *v != ':')
			continue;
		char name[128];
		size_t n = value_after(v, name, sizeof name);
		if (!n || strlen(name) < 4)
			continue;
		const char *start = strstr(v, name);
		struct fact *x = add(f, roles[r].field, name, start, strlen(name), page, line, (int)(start - l));
		snprintf(x->kind, sizeof x->kind, "%s", norm_name_is_org(name) ? "org" : "person");
		find_id(l, x->id_no, sizeof x->id_no);
	}
}

static void labelled(const char *l, int page, int line, struct facts *f)
{
	static const char *const judges[] = { "审判长", "审判员", "执行员", "执行法官", "承办人" };
	for (size_t i = 0; i < sizeof judges / sizeof judges[0]; i++) {
		const char *p = strstr(l, judges[i]);
		if (!p || (size_t)(p - l) > 40)
			continue;
		const char *v = p + strlen(judges[i]);
		while (*v == ' ' || strncmp(v, "　", 3) == 0)
			v += *v == ' ' ? 1 : 3;
		char name[64];
		size_t n = value_after(v, name, sizeof name);
		if (n >= 6 && n <= 12 && !has_field_value(f, "judge", name))
			add(f, "judge", name, v, n, page, line, (int)(v - l));
	}
	const char *court = strstr(l, "人民法院");
	if (court && !facts_first(f, "court")) {
		const char *s = court;
		for (int k = 0; k < 14 && s > l; k++) {
			const char *b = back(l, s);
			if (in_set(b, "，。：:、；（( 　"))
				break;
			s = b;
		}
		size_t n = (size_t)(court - s) + strlen("人民法院");
		char name[128];
		snprintf(name, sizeof name, "%.*s", (int)n, s);
		if (n > strlen("人民法院"))
			add(f, "court", name, s, n, page, line, (int)(s - l));
	}
	const char *jf = strstr(l, "纠纷");
	if (jf && !facts_first(f, "cause")) {
		/* the longest known 案由 ending here, else up to six characters back */
		static const char *const known[] = {
			"机动车交通事故责任纠纷", "建设工程施工合同纠纷", "金融借款合同纠纷", "房屋租赁合同纠纷",
			"民间借贷纠纷", "买卖合同纠纷", "借款合同纠纷", "劳务合同纠纷", "租赁合同纠纷", "服务合同纠纷",
			"承揽合同纠纷", "保证合同纠纷", "股权转让纠纷", "合伙协议纠纷", "追偿权纠纷", "信用卡纠纷",
			"抚养费纠纷", "离婚纠纷", "劳动争议纠纷",
		};
		const char *s = NULL;
		for (size_t i = 0; i < sizeof known / sizeof known[0] && !s; i++) {
			size_t kl = strlen(known[i]) - strlen("纠纷");
			if ((size_t)(jf - l) >= kl && strncmp(jf - kl, known[i], kl) == 0)
				s = jf - kl;
		}
		if (!s) {
			s = jf;
			for (int k = 0; k < 6 && s > l; k++) {
				const char *b = back(l, s);
				if (in_set(b, "，。：:、；（( 　人司与诉") || in_set(b, "0123456789"))
					break;
				s = b;
			}
		}
		size_t n = (size_t)(jf - s) + strlen("纠纷");
		char v[96];
		snprintf(v, sizeof v, "%.*s", (int)n, s);
		if (jf > s)
			add(f, "cause", v, s, n, page, line, (int)(s - l));
	}
}

static void measures(const char *l, int page, int line, struct facts *f)
{
	static const struct { const char *word, *measure; } m[] = {
		{ "续行查封", "续行查封" }, { "查封", "查封" }, { "扣押", "扣押" }, { "冻结", "冻结" },
		{ "拍卖", "拍卖" }, { "限制消费", "限制消费" }, { "限制高消费", "限制消费" },
		{ "失信被执行人名单", "失信" }, { "网络执行查控", "网络查控" }, { "网络查控", "网络查控" },
		{ "罚款", "罚款" }, { "拘留", "拘留" }, { "终结本次执行程序", "终结本次执行程序" },
		{ "恢复执行", "恢复执行" }, { "评估", "评估" },
	};
	for (size_t i = 0; i < sizeof m / sizeof m[0]; i++) {
		const char *p = strstr(l, m[i].word);
		if (!p || has_field_value(f, "measure", m[i].measure))
			continue;
		if (strcmp(m[i].word, "查封") == 0 && p >= l + 6 && strncmp(p - 6, "续行", 6) == 0)
			continue;
		add(f, "measure", m[i].measure, p, strlen(m[i].word), page, line, (int)(p - l));
		/* the object: "查封被执行人张三名下位于X的房产" / "冻结……银行账户" */
		if (strcmp(m[i].measure, "查封") && strcmp(m[i].measure, "冻结") && strcmp(m[i].measure, "扣押") &&
		    strcmp(m[i].measure, "拍卖"))
			continue;
		const char *o = p + strlen(m[i].word);
		const char *at = strstr(o, "位于");
		const char *ming = strstr(o, "名下");
		if (at && at - o < 60)
			o = at + strlen("位于");
		else if (ming && ming - o < 60)
			o = ming + strlen("名下");
		char item[200];
		size_t n = value_after(o, item, sizeof item);
		if (n < 6)
			continue;
		struct fact *x = add(f, "item", item, o, n, page, line, (int)(o - l));
		const char *val = strstr(o + n, "评估价");
		if (!val)
			val = strstr(o + n, "价值");
		if (val) {
			struct facts tmp = { 0 };
			amounts(val, page, line, &tmp);
			if (tmp.n)
				x->fen = tmp.v[0].fen;
			facts_free(&tmp);
		}
	}
}

static void doc_kind(const char *text, int page, struct facts *f)
{
	static const struct { const char *a, *b, *kind; } k[] = {
		{ "终结本次执行程序", "裁定", "终本裁定书" }, { "恢复执行", "裁定", "恢复执行裁定" },
		{ "成交确认", "裁定", "成交确认裁定" }, { "拍卖公告", "", "拍卖公告" },
		{ "执行通知书", "", "执行通知书" }, { "报告财产令", "", "报告财产令" },
		{ "限制消费令", "", "限制消费令" }, { "失信", "决定书", "失信决定书" },
		{ "案款", "发放", "案款发放通知" }, { "执行款", "领取", "案款发放通知" },
		{ "查封", "裁定", "查封裁定" }, { "冻结", "裁定", "冻结裁定" }, { "扣押", "裁定", "扣押裁定" },
	};
	if (facts_first(f, "kind"))
		return;
	/* the title is in the first lines */
	char head[1200];
	snprintf(head, sizeof head, "%s", text);
	for (size_t i = 0; i < sizeof k / sizeof k[0]; i++) {
		const char *p = strstr(head, k[i].a);
		if (p && (!*k[i].b || strstr(head, k[i].b))) {
			int line = 1;
			for (const char *q = text; q < text + (p - head); q++)
				line += *q == '\n';
			add(f, "kind", k[i].kind, p, strlen(k[i].a), page, line, 0);
			return;
		}
	}
}

/* OCR slips that break the patterns: angle brackets for （）, Latin O/o for 0
 * inside digit runs is left to the normalisers. */
static void clean_line(const char *in, size_t n, char *out, size_t len)
{
	size_t k = 0;
	for (size_t i = 0; i < n && k + 4 < len; i++) {
		/* 参拾 → 叁拾, 陆什 → 陆仟 (look-alikes in 大写 amounts); 年]月 → 年1月 */
		if (strncmp(in + i, "参", 3) == 0 && i + 6 <= n && in_set(in + i + 3, "拾佰仟万元")) {
			memcpy(out + k, "叁", 3), k += 3, i += 2;
		} else if (strncmp(in + i, "什", 3) == 0 && i >= 3 && in_set(in + i - 3, "壹贰叁肆伍陆柒捌玖")) {
			memcpy(out + k, "仟", 3), k += 3, i += 2;
		} else if ((in[i] == ']' || in[i] == '|' || in[i] == 'l') && i >= 3 && strncmp(in + i - 3, "年", 3) == 0) {
			out[k++] = '1';
		} else if (strncmp(in + i, "〈", 3) == 0 || strncmp(in + i, "﹙", 3) == 0) {
			memcpy(out + k, "（", 3), k += 3, i += 2;
		} else if (strncmp(in + i, "〉", 3) == 0 || strncmp(in + i, "﹚", 3) == 0) {
			memcpy(out + k, "）", 3), k += 3, i += 2;
		} else {
			out[k++] = in[i];
		}
	}
	out[k] = '\0';
}

/* Facts that a line break cut in two (an OCRed paragraph wraps anywhere):
 * look at the line joined with the next and keep what crosses the break. */
static void across(const char *l, const char *next, size_t nn, int page, int line, struct facts *f)
{
	char joined[8192];
	size_t ll = strlen(l);
	if (!nn || ll + nn + 1 > sizeof joined)
		return;
	memcpy(joined, l, ll);
	clean_line(next, nn, joined + ll, sizeof joined - ll);
	struct facts tmp = { 0 };
	case_numbers(joined, page, line, &tmp);
	amounts(joined, page, line, &tmp);
	dates(joined, page, line, &tmp);
	for (int i = 0; i < tmp.n; i++) {
		struct fact *x = &tmp.v[i];
		if (x->span_start < (int)ll && x->span_end > (int)ll && !has_field_value(f, x->field, x->value))
			*add(f, x->field, x->value, x->raw, strlen(x->raw), page, line, x->span_start) = *x;
	}
	facts_free(&tmp);
}

void extract_page(const char *text, int page, struct facts *f)
{
	doc_kind(text, page, f);
	int line = 0;
	for (const char *p = text; *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		char l[4096];
		clean_line(p, n, l, sizeof l);
		line++;
		case_numbers(l, page, line, f);
		parties(l, page, line, f);
		labelled(l, page, line, f);
		amounts(l, page, line, f);
		dates(l, page, line, f);
		measures(l, page, line, f);
		if (nl) {
			const char *nx = nl + 1, *nl2 = strchr(nx, '\n');
			across(l, nx, nl2 ? (size_t)(nl2 - nx) : strlen(nx), page, line, f);
		}
		p += n + (nl != NULL);
	}
}

void facts_json(const struct facts *f, struct strbuf *o)
{
	static const char *const singles[] = { "kind", "case_no", "basis_no", "court", "cause" };
	sb_addc(o, '{');
	for (size_t i = 0; i < sizeof singles / sizeof singles[0]; i++) {
		const struct fact *x = facts_first(f, singles[i]);
		sb_printf(o, "%s\"%s\":", i ? "," : "", singles[i]);
		if (x) sb_add_json_str(o, x->value); else sb_adds(o, "null");
	}
	sb_adds(o, ",\"facts\":[");
	for (int i = 0; i < f->n; i++) {
		const struct fact *x = &f->v[i];
		sb_adds(o, i ? ",{\"field\":" : "{\"field\":");
		sb_add_json_str(o, x->field);
		sb_adds(o, ",\"value\":");
		sb_add_json_str(o, x->value);
		sb_adds(o, ",\"raw\":");
		sb_add_json_str(o, x->raw);
		if (x->kind[0]) { sb_adds(o, ",\"party_kind\":"); sb_add_json_str(o, x->kind); }
		if (x->id_no[0]) { sb_adds(o, ",\"id_no\":"); sb_add_json_str(o, x->id_no); }
		if (x->fen >= 0) sb_printf(o, ",\"fen\":%lld", x->fen);
		sb_printf(o, ",\"page\":%d,\"line\":%d,\"span\":[%d,%d]}", x->page, x->line, x->span_start, x->span_end);
	}
	sb_adds(o, "]}");
}
