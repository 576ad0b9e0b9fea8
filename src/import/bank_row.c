/* bank_row.c — see bank_row.h. Pure functions of a row's cells: the
 * reader thread runs them, the fuzzer feeds them arbitrary rows. */
#include "import/bank_row.h"
#include "legal/normalize.h"
#include "util/xalloc.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const struct column_spec bank_columns[BF_COUNT] = {
	[BF_HOLDER] = { "holder", "户名", { "户名", "账户名称", "账户名", "客户名称", "户主名称", "账户户名", "持卡人",
		"持卡人姓名", "客户姓名", "本方户名", "本方账户名称", "账户持有人" }, 0 },
	[BF_HOLDER_ID] = { "holder_id", "证件号码", { "证件号码", "身份证号", "身份证号码", "证件号", "客户证件号码",
		"开户证件号码", "本方证件号码", "统一社会信用代码", "持卡人证件号码" }, 0 },
	[BF_ACCOUNT] = { "account", "账号/卡号", { "账号", "卡号", "账号/卡号", "卡号/账号", "账户", "账户号码",
		"本方账号", "客户账号", "查询账号", "交易卡号", "银行账号", "主账号" }, 0 },
	[BF_BANK] = { "bank", "开户行", { "开户行", "开户银行", "开户网点", "开户机构", "本方开户行", "银行名称",
		"查询银行" }, 0 },
	/* a lone 交易时间 column often holds the date and time together */
	[BF_DATE] = { "date", "交易日期", { "交易日期", "记账日期", "入账日期", "交易日", "发生日期", "日期", "会计日期",
		"交易时间", "记账时间", "交易日期时间" }, 1 },
	[BF_TIME] = { "time", "交易时间", { "交易时间", "时间", "记账时间", "交易时刻" }, 0 },
	[BF_AMOUNT] = { "amount", "交易金额", { "交易金额", "金额", "发生额", "交易额", "收支金额", "交易发生额" }, 0 },
	[BF_DIR] = { "direction", "借贷标志", { "借贷标志", "借贷方向", "收付标志", "收支标志", "收付方向", "收支方向",
		"交易方向", "资金方向", "借贷", "收/支", "借/贷", "出入账标志" }, 0 },
	[BF_DEBIT] = { "debit", "借方发生额/支出", { "借方发生额", "借方金额", "借方", "支出金额", "支出", "付款金额",
		"转出金额", "出账金额", "取款金额", "借方发生额(支出)" }, 0 },
	[BF_CREDIT] = { "credit", "贷方发生额/收入", { "贷方发生额", "贷方金额", "贷方", "收入金额", "收入", "收款金额",
		"转入金额", "入账金额", "存款金额", "贷方发生额(收入)" }, 0 },
	[BF_BALANCE] = { "balance", "余额", { "余额", "账户余额", "交易后余额", "联机余额", "本次余额", "当前余额" }, 0 },
	[BF_CP_NAME] = { "cp_name", "对方户名", { "对方户名", "对方账户名称", "对方名称", "对方账户名", "交易对方名称",
		"对手户名", "对手名称", "收/付方名称", "对方户名/名称", "交易对手名称", "对方姓名" }, 0 },
	[BF_CP_ACCOUNT] = { "cp_account", "对方账号", { "对方账号", "对方卡号", "对方账户", "交易对方账号", "对手账号",
		"收/付方账号", "对方账号/卡号", "交易对手账号", "对方账户号码" }, 0 },
	[BF_CP_BANK] = { "cp_bank", "对方开户行", { "对方开户行", "对方行名", "对方银行", "交易对方开户行", "对手开户行",
		"对方开户银行", "对方开户网点", "对方机构", "收/付方开户行" }, 0 },
	[BF_SUMMARY] = { "summary", "摘要", { "摘要", "交易摘要", "摘要说明" }, 0 },
	[BF_NOTE] = { "note", "用途/附言", { "用途", "附言", "交易附言", "交易用途", "备注", "交易备注", "附加信息",
		"说明" }, 0 },
	[BF_CHANNEL] = { "channel", "交易渠道", { "交易渠道", "渠道", "交易方式", "交易类型", "业务类型", "交易网点" }, 0 },
};

/* ---- direction words ---- */

static const struct { const char *word; char dir; } default_dirs[] = {
	{ "借", 'o' }, { "支", 'o' }, { "支出", 'o' }, { "出", 'o' }, { "转出", 'o' }, { "付", 'o' }, { "付出", 'o' },
	{ "付款", 'o' }, { "取", 'o' }, { "取出", 'o' }, { "支取", 'o' }, { "取款", 'o' }, { "往账", 'o' },
	{ "出账", 'o' }, { "减", 'o' }, { "-", 'o' }, { "−", 'o' }, { "out", 'o' },
	{ "贷", 'i' }, { "收", 'i' }, { "收入", 'i' }, { "进", 'i' }, { "入", 'i' }, { "转入", 'i' }, { "存", 'i' },
	{ "存入", 'i' }, { "收款", 'i' }, { "来账", 'i' }, { "入账", 'i' }, { "进账", 'i' }, { "加", 'i' },
	{ "+", 'i' }, { "in", 'i' },
};

/* Spellings of the same word: 借方/D/DR are 借, 贷方/C/CR are 贷. */
static const char *canonical_word(const char *w)
{
	static const struct { const char *in, *out; } alias[] = {
		{ "借方", "借" }, { "D", "借" }, { "DR", "借" }, { "d", "借" }, { "贷方", "贷" }, { "C", "贷" },
		{ "CR", "贷" }, { "c", "贷" }, { "OUT", "out" }, { "IN", "in" },
	};
	for (size_t i = 0; i < sizeof alias / sizeof *alias; i++)
		if (strcmp(w, alias[i].in) == 0)
			return alias[i].out;
	return w;
}

static char default_direction(const char *w)
{
	for (size_t i = 0; i < sizeof default_dirs / sizeof *default_dirs; i++)
		if (strcmp(w, default_dirs[i].word) == 0)
			return default_dirs[i].dir;
	return 0;
}

static char exact_direction(const struct bank_dirmap *d, const char *w)
{
	w = canonical_word(w);
	for (int i = 0; d && i < d->n; i++)
		if (strcmp(d->word[i], w) == 0)
			return d->dir[i];
	return default_direction(w);
}

/* "转账支出", "收入-工资": a two-character word inside decides, when only
 * one direction is named; else the first character. */
char bank_direction(const struct bank_dirmap *d, const char *word)
{
	char dir = exact_direction(d, word);
	if (dir)
		return dir;
	char w[128];
	norm_ascii_fold(word, w, sizeof w, 1);
	if (!*w)
		return 0;
	dir = exact_direction(d, w);
	if (dir)
		return dir;
	static const char *const two[] = { "支出", "收入", "转出", "转入", "存入", "取出", "来账", "往账", "借方",
					   "贷方", "入账", "出账" };
	char found = 0;
	for (size_t i = 0; i < sizeof two / sizeof *two; i++)
		if (strstr(w, two[i])) {
			char x = exact_direction(d, two[i]);
			if (found && x != found)
				return 0;
			found = x;
		}
	if (found)
		return found;
	size_t len = 1;
	while (w[len] && ((unsigned char)w[len] & 0xC0) == 0x80)
		len++;
	char first[8];
	if (len >= sizeof first)
		return 0;
	memcpy(first, w, len);
	first[len] = 0;
	return w[len] ? exact_direction(d, first) : 0;
}

static void dirmap_add(struct bank_dirmap *d, const char *word, char dir)
{
	d->word = xgrow(d->word, sizeof *d->word, &d->cap, d->n + 1);
	d->dir = xrealloc(d->dir, (size_t)d->cap);
	d->word[d->n] = xstrdup(canonical_word(word));
	d->dir[d->n++] = dir;
}

/* 借 mapped alone flips 贷 too (and the other way round). */
static void dirmap_complete(struct bank_dirmap *d)
{
	char jie = 0, dai = 0;
	for (int i = 0; i < d->n; i++) {
		if (strcmp(d->word[i], "借") == 0) jie = d->dir[i];
		if (strcmp(d->word[i], "贷") == 0) dai = d->dir[i];
	}
	if (jie && !dai)
		dirmap_add(d, "贷", jie == 'i' ? 'o' : 'i');
	if (dai && !jie)
		dirmap_add(d, "借", dai == 'i' ? 'o' : 'i');
}

static char *trim_ws(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
		s[--n] = 0;
	return s;
}

int bank_dirmap_load(struct bank_dirmap *d, const char *map_file, struct jz_err *e)
{
	memset(d, 0, sizeof *d);
	char *text = map_file ? sb_read_file(map_file) : NULL;
	int lineno = 0, rc = 0;
	for (char *line = text, *next; rc == 0 && line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		lineno++;
		char *hash = strchr(line, '#');
		if (hash)
			*hash = 0;
		char *eq = strchr(line, '=');
		line = trim_ws(line);
		if (strncmp(line, "direction.", 10) != 0 || !eq)
			continue;
		*eq = 0;
		char *word = trim_ws(line + 10), *to = trim_ws(eq + 1);
		char dir = default_direction(canonical_word(to));
		if (!*word || !dir) {
			rc = jz_err_set(e, "%s:%d: 'direction.%s = %s': the target must be 收入 or 支出", map_file, lineno,
					word, to);
			break;
		}
		dirmap_add(d, word, dir);
	}
	free(text);
	if (rc == 0)
		dirmap_complete(d);
	return rc;
}

void bank_dirmap_free(struct bank_dirmap *d)
{
	for (int i = 0; i < d->n; i++)
		free(d->word[i]);
	free(d->word);
	free(d->dir);
	memset(d, 0, sizeof *d);
}

/* ---- small value parsers ---- */

void bank_norm_account(const char *in, char *out, size_t len)
{
	size_t n = strspn(in, "0123456789");
	if (!in[n] && n < len) {                  /* digits only: the common case */
		memcpy(out, in, n + 1);
		return;
	}
	char buf[256];
	norm_ascii_fold(in, buf, sizeof buf, 1);
	size_t o = 0;
	for (const char *p = buf; *p && o + 1 < len; p++)
		if (*p != '-' && *p != '\'' && *p != '_')
			out[o++] = (char)toupper((unsigned char)*p);
	out[o] = 0;
}

/* "6.22202E+18": a spreadsheet turned the number into a float. */
static int scientific(const char *s)
{
	const char *e = strpbrk(s, "Ee");
	if (!e || e == s || (e[1] != '+' && !isdigit((unsigned char)e[1])))
		return 0;
	for (const char *p = s; p < e; p++)
		if (!isdigit((unsigned char)*p) && *p != '.')
			return 0;
	return 1;
}

/* The common case: plain ASCII "1234.50", "-1,234.5", "+80" (at most two
 * decimals). 1 parsed into *fen, 0 not plain (the caller folds and retries). */
static int plain_money(const char *s, long long *fen)
{
	int neg = *s == '-';
	if (*s == '-' || *s == '+')
		s++;
	long long v = 0;
	int nd = 0, nf = 0;
	for (; *s; s++) {
		if (*s >= '0' && *s <= '9') {
			if (++nd > 15)
				return 0;
			v = v * 10 + (*s - '0');
		} else if (*s != ',' || !nd) {
			break;
		}
	}
	if (*s == '.')
		for (s++; *s >= '0' && *s <= '9' && nf < 3; s++, nf++)
			v = v * 10 + (*s - '0');
	if (*s || nf > 2 || (!nd && !nf))
		return 0;
	for (; nf < 2; nf++)
		v *= 10;
	*fen = neg ? -v : v;
	return 1;
}

int bank_parse_signed(const char *in, long long *fen)
{
	if (in && *in && plain_money(in, fen))
		return NORM_OK;
	char buf[256];
	norm_ascii_fold(in ? in : "", buf, sizeof buf, 1);
	const char *s = buf;
	int plus = *s == '+';
	if (plus)
		s++;
	int r = norm_amount_fen(s, fen);
	if (r == NORM_NEGATIVE && !plus) {
		*fen = -*fen;
		return NORM_OK;
	}
	if (r == NORM_EMPTY && plus)
		return NORM_BAD;
	return r;
}

static int two_digits(const char *p, int max, int *v)
{
	if (!isdigit((unsigned char)p[0]) || !isdigit((unsigned char)p[1]))
		return -1;
	*v = (p[0] - '0') * 10 + (p[1] - '0');
	return *v <= max ? 0 : -1;
}

static int set_time(int h, int m, int s, char out[9])
{
	if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59)
		return -1;
	out[0] = (char)('0' + h / 10);
	out[1] = (char)('0' + h % 10);
	out[2] = ':';
	out[3] = (char)('0' + m / 10);
	out[4] = (char)('0' + m % 10);
	out[5] = ':';
	out[6] = (char)('0' + s / 10);
	out[7] = (char)('0' + s % 10);
	out[8] = 0;
	return 0;
}

/* An Excel day fraction (0.4305…) or the fraction of a date-time serial. */
static int fraction_time(const char *s, char out[9])
{
	char *end;
	double v = strtod(s, &end);
	if (*end || end == s || v < 0 || v > 3000000)
		return -1;
	long secs = (long)((v - (double)(long)v) * 86400.0 + 0.5);
	if (secs >= 86400)
		secs = 86399;
	return set_time((int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60), out);
}

/* "10:20:30", "10:20", "9:05:00.123", "10时20分30秒" */
static int clock_time(const char *s, char out[9])
{
	int h = 0, m = 0, sec = 0;
	const char *p = s;
	if (!isdigit((unsigned char)*p))
		return -1;
	h = *p++ - '0';
	if (isdigit((unsigned char)*p))
		h = h * 10 + (*p++ - '0');
	if (*p == ':') p++; else if (strncmp(p, "时", 3) == 0) p += 3; else return -1;
	if (two_digits(p, 59, &m))
		return -1;
	p += 2;
	if (strncmp(p, "分", 3) == 0)
		p += 3;
	if (*p == ':')
		p++;
	if (isdigit((unsigned char)*p)) {
		if (two_digits(p, 59, &sec))
			return -1;
		p += 2;
		if (*p == '.')
			for (p++; isdigit((unsigned char)*p); p++)
				;
		if (strncmp(p, "秒", 3) == 0)
			p += 3;
	}
	return *p ? -1 : set_time(h, m, sec, out);
}

int bank_parse_time(const char *in, char out[9])
{
	char buf[64];
	norm_ascii_fold(in ? in : "", buf, sizeof buf, 0);
	char *s = trim_ws(buf);
	out[0] = 0;
	if (!*s)
		return 0;
	char *sp = strpbrk(s, " T");          /* a date-time: its time part */
	if (sp && sp > s && isdigit((unsigned char)sp[-1]) && sp[1])
		s = trim_ws(sp + 1);
	size_t nd = strspn(s, "0123456789");
	if (nd == strlen(s) && (nd == 6 || nd == 5 || nd == 4)) {   /* 102030, 93000, 1020 */
		long v = atol(s);
		if (nd == 4)
			v *= 100;
		return set_time((int)(v / 10000), (int)(v / 100 % 100), (int)(v % 100), out);
	}
	if (nd == 14 && !s[14])                                   /* 20240105102030 */
		return bank_parse_time(s + 8, out);
	if (strchr(s, '.') && !strchr(s, ':'))
		return fraction_time(s, out);
	return clock_time(s, out);
}

/* ---- the key:value lines of an account ---- */

static const struct { const char *key; int field; } extra_keys[] = {
	{ "姓名", BF_HOLDER }, { "名称", BF_HOLDER }, { "客户", BF_HOLDER }, { "户主", BF_HOLDER },
	{ "客户名", BF_HOLDER }, { "账户姓名", BF_HOLDER }, { "查询卡号", BF_ACCOUNT }, { "账户号", BF_ACCOUNT },
	{ "身份证", BF_HOLDER_ID }, { "银行", BF_BANK }, { "开户网点名称", BF_BANK },
};

/* Keys of a statement's heading that name nothing jianzhi keeps: the line
 * holding them is no transaction, wherever it stands (a file of several
 * accounts repeats it before each one's rows). */
static const char *const heading_keys[] = {
	"查询日期", "查询时间", "打印日期", "打印时间", "起止日期", "起始日期", "终止日期", "截止日期",
	"查询期间", "币种", "货币", "钞汇标志", "账户类型", "账户状态", "页码", NULL,
};

static int heading_key(const char *text, size_t len)
{
	for (int i = 0; heading_keys[i]; i++)
		if (strlen(heading_keys[i]) == len && !memcmp(text, heading_keys[i], len))
			return 1;
	return 0;
}

/* The field a key names: a column header or one of the extra keys; -1. */
static int key_field(const struct column_map *m, const char *text, size_t len)
{
	char key[160], sq[160];
	if (len >= sizeof key)
		return -1;
	memcpy(key, text, len);
	key[len] = 0;
	int f = m ? columns_lookup(m, key) : -1;
	if (f >= 0)
		return f;
	norm_ascii_fold(key, sq, sizeof sq, 1);
	for (size_t i = 0; i < sizeof extra_keys / sizeof *extra_keys; i++)
		if (strcmp(sq, extra_keys[i].key) == 0)
			return extra_keys[i].field;
	return -1;
}

static int is_space_at(const char *s)
{
	return *s == ' ' || *s == '\t' || strncmp(s, "\xC2\xA0", 2) == 0;
}

/* Where the key before the colon at c starts (not before lo): the longest
 * known key ending there, else the last word. *field gets its field or -1. */
static size_t key_start(const struct column_map *m, const char *s, size_t lo, size_t c, int *field)
{
	for (size_t p = c > lo + 48 ? c - 48 : lo; p < c; p++) {
		if (((unsigned char)s[p] & 0xC0) == 0x80)
			continue;
		if (heading_key(s + p, c - p)) {       /* 打印日期, not the column 日期 */
			*field = -1;
			return p;
		}
		if ((*field = key_field(m, s + p, c - p)) >= 0)
			return p;
	}
	*field = -1;
	size_t q = c;
	while (q > lo && (s[q - 1] == ' ' || s[q - 1] == '\t'))
		q--;
	while (q > lo && s[q - 1] != ' ' && s[q - 1] != '\t')
		q--;
	return q;
}

static void block_set(struct bank_block *b, int field, const char *v, size_t len)
{
	char val[256];
	if (len >= sizeof val)
		len = sizeof val - 1;
	memcpy(val, v, len);
	val[len] = 0;
	char *t = trim_ws(val);
	if (!*t)
		return;
	switch (field) {
	case BF_HOLDER: snprintf(b->holder, sizeof b->holder, "%s", t); break;
	case BF_HOLDER_ID: snprintf(b->holder_id, sizeof b->holder_id, "%s", t); break;
	case BF_BANK: snprintf(b->bank, sizeof b->bank, "%s", t); break;
	case BF_ACCOUNT:
		bank_norm_account(t, b->account, sizeof b->account);
		break;
	}
}

/* One cell's pairs; returns how many following cells were used as a value. */
static int cell_pairs(struct bank_block *b, const struct column_map *m, const char *cell, const char *next)
{
	char s[512];
	norm_ascii_fold(cell, s, sizeof s, 0);
	size_t len = strlen(s), colons[16];
	int nc = 0;
	for (size_t i = 0; i < len && nc < 16; i++)
		if (s[i] == ':')
			colons[nc++] = i;
	if (nc == 0) {             /* "户名" | "张三" in two cells */
		int f = key_field(m, s, len);
		if (f < 0 && heading_key(s, len) && next && *next) {
			b->notes++;
			return 1;
		}
		if (f < 0 || !next || strpbrk(next, ":：") || key_field(m, next, strlen(next)) >= 0)
			return 0;
		block_set(b, f, next, strlen(next));
		return 1;
	}
	int fields[16];
	size_t starts[16];
	for (int k = 0; k < nc; k++)
		starts[k] = key_start(m, s, k ? colons[k - 1] + 1 : 0, colons[k], &fields[k]);
	for (int k = 0; k < nc; k++) {
		size_t v0 = colons[k] + 1, v1 = k + 1 < nc ? starts[k + 1] : len;
		int empty = 1;
		for (size_t i = v0; i < v1 && empty; i++)
			empty = is_space_at(s + i) || s[i] == '\xC2' || s[i] == '\xA0';
		if (empty && k + 1 == nc && next && *next && !strpbrk(next, ":：") && fields[k] >= 0) {
			block_set(b, fields[k], next, strlen(next));
			return 1;
		}
		if (fields[k] >= 0)
			block_set(b, fields[k], s + v0, v1 - v0);
		else if (heading_key(s + starts[k], colons[k] - starts[k]))
			b->notes++;
	}
	return 0;
}

/* Merge what one row said into b; after data rows a new block starts afresh
 * (a second account's ID must not inherit the first one's). */
int bank_block_read(struct bank_block *b, const struct column_map *m, char **cells, int n)
{
	struct bank_block t;
	memset(&t, 0, sizeof t);
	for (int i = 0; i < n; i++)
		if (cells[i][0])
			i += cell_pairs(&t, m, cells[i], i + 1 < n ? cells[i + 1] : NULL);
	if (!t.account[0] && !t.holder[0] && !t.holder_id[0] && !t.bank[0])
		return t.notes ? 3 : 0;
	if (b->data_seen)
		memset(b, 0, sizeof *b);
	if (t.account[0]) memcpy(b->account, t.account, sizeof b->account);
	if (t.holder[0]) memcpy(b->holder, t.holder, sizeof b->holder);
	if (t.holder_id[0]) memcpy(b->holder_id, t.holder_id, sizeof b->holder_id);
	if (t.bank[0]) memcpy(b->bank, t.bank, sizeof b->bank);
	return t.account[0] ? 2 : 1;
}

/* ---- one transaction row ---- */

void bank_rec_init(struct bank_rec *r) { memset(r, 0, sizeof *r); }
void bank_rec_free(struct bank_rec *r) { sb_free(&r->text); }
const char *bank_rec_text(const struct bank_rec *r, int f) { return r->text.buf + r->off[f]; }

#define F(f) columns_get(m, f, cells, n)

/* "-", "/", "无", "null": the export's way of saying nothing. */
static const char *unblank(const char *v)
{
	static const char *const nothing[] = { "-", "--", "/", "无", "null", "NULL", "——", NULL };
	if (!*v || (v[0] != '-' && v[0] != '/' && v[0] != 'n' && v[0] != 'N' && (unsigned char)v[0] < 0x80))
		return v;
	for (int i = 0; nothing[i]; i++)
		if (strcmp(v, nothing[i]) == 0)
			return "";
	return v;
}

static int row_is_blank(char **cells, int n)
{
	for (int i = 0; i < n; i++)
		if (cells[i][0])
			return 0;
	return 1;
}

static int row_is_total(char **cells, int n)
{
	static const char *const words[] = { "合计", "小计", "总计", "累计", "本页", "汇总", "笔数", NULL };
	for (int i = 0; i < n; i++)
		for (int k = 0; words[k]; k++)
			if (strstr(cells[i], words[k]))
				return 1;
	return 0;
}

/* A row without a usable date: skipped when it is not a transaction. */
static int not_a_transaction(const struct column_map *m, char **cells, int n, struct bank_block *blk)
{
	return row_is_blank(cells, n) || columns_lookup(m, F(BF_DATE)) == BF_DATE || row_is_total(cells, n) ||
	       bank_block_read(blk, m, cells, n) > 0;
}

/* "2024-01-05" exactly: 1 and out filled, else 0. */
static int iso_date(const char *s, char out[11])
{
	for (int i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
			return 0;
	if (s[10] || !norm_date_valid(atoi(s), atoi(s + 5), atoi(s + 8)))
		return 0;
	memcpy(out, s, 11);
	return 1;
}

/* "10:20:30" exactly (or blank): 1 and out filled, else 0. */
static int plain_time(const char *s, char out[9])
{
	if (!*s) {
		out[0] = 0;
		return 1;
	}
	for (int i = 0; i < 8; i++)
		if (i == 2 || i == 5 ? s[i] != ':' : (s[i] < '0' || s[i] > '9'))
			return 0;
	if (s[8] || s[0] > '2' || (s[0] == '2' && s[1] > '3') || s[3] > '5' || s[6] > '5')
		return 0;
	memcpy(out, s, 9);
	return 1;
}

/* Date, and the time when the date cell carries it: "2024-01-05 10:20:30",
 * "20240105102030", an Excel date-time serial. */
static int parse_when(struct bank_rec *r, const struct column_map *m, char **cells, int n, struct strbuf *why)
{
	const char *d = F(BF_DATE);
	if (iso_date(d, r->date)) {               /* the common case, without folding */
		const char *t = m->col[BF_TIME] >= 0 && m->col[BF_TIME] != m->col[BF_DATE] ? F(BF_TIME) : "";
		if (plain_time(t, r->time) || bank_parse_time(t, r->time) == 0)
			return 0;
		return sb_printf(why, "交易时间无效: %s", t), -1;
	}
	char buf[64];
	norm_ascii_fold(d, buf, sizeof buf, 1);
	size_t nd = strspn(buf, "0123456789");
	int rc;
	if (nd == 14 && !buf[14]) {
		char day[9];
		memcpy(day, buf, 8);
		day[8] = 0;
		rc = norm_date(day, r->date, 0);
	} else {
		rc = norm_date(d, r->date, 1);
	}
	if (rc != NORM_OK)
		return sb_printf(why, "交易日期无效: %s", d), -1;
	const char *t = m->col[BF_TIME] >= 0 && m->col[BF_TIME] != m->col[BF_DATE] ? F(BF_TIME) : "";
	if (!*t && (strpbrk(buf, "T:") || (nd == 14 && !buf[14]) || (buf[nd] == '.' && nd == 5)))
		t = nd == 14 ? buf : d;              /* the date cell's own time */
	if (bank_parse_time(t, r->time))
		return sb_printf(why, "交易时间无效: %s", t), -1;
	return 0;
}

static int money(const char *v, const char *label, long long *fen, struct strbuf *why)
{
	*fen = 0;
	int rc = bank_parse_signed(v, fen);
	if (rc == NORM_OK || rc == NORM_EMPTY)
		return 0;
	return sb_printf(why, "%s无效: %s", label, v), -1;
}

static char flip(char d) { return d == 'i' ? 'o' : 'i'; }

/* 借方/贷方 columns: exactly one has an amount; a negative one is a reversal. */
static int debit_credit(struct bank_rec *r, const struct column_map *m, char **cells, int n,
			const struct bank_dirmap *d, struct strbuf *why)
{
	long long dv, cv;
	if (money(F(BF_DEBIT), "借方发生额", &dv, why) || money(F(BF_CREDIT), "贷方发生额", &cv, why))
		return -1;
	if (dv && cv)
		return sb_printf(why, "借方和贷方都有金额: %s / %s", F(BF_DEBIT), F(BF_CREDIT)), -1;
	if (!dv && !cv)
		return 1;
	char base = bank_direction(d, dv ? "借" : "贷");
	long long v = dv ? dv : cv;
	r->dir = v > 0 ? base : flip(base);
	r->amount = v > 0 ? v : -v;
	return 0;
}

static int amount_and_flag(struct bank_rec *r, const struct column_map *m, char **cells, int n,
			   const struct bank_dirmap *d, struct strbuf *why)
{
	const char *a = F(BF_AMOUNT), *flag = F(BF_DIR);
	long long v;
	if (!*a)
		return sb_adds(why, m->col[BF_AMOUNT] >= 0 ? "缺少交易金额" : "借方和贷方都没有金额"), -1;
	if (money(a, "交易金额", &v, why))
		return -1;
	if (v == 0)
		return sb_printf(why, "交易金额为零: %s", a), -1;
	r->amount = v > 0 ? v : -v;
	if (*flag) {
		if (!(r->dir = bank_direction(d, flag)))
			return sb_printf(why, "借贷标志无法识别: %s（可在 --map 文件中写 direction.%s = 收入 或 支出）",
					 flag, flag), -1;
		return 0;
	}
	char folded[8];
	norm_ascii_fold(a, folded, sizeof folded, 1);
	if (m->col[BF_DIR] >= 0 && v > 0 && folded[0] != '+')
		return sb_adds(why, "缺少借贷标志"), -1;
	r->dir = v > 0 ? 'i' : 'o';         /* a signed amount: negative is money out */
	return 0;
}

static int parse_money(struct bank_rec *r, const struct column_map *m, char **cells, int n,
		       const struct bank_dirmap *d, struct strbuf *why)
{
	int rc = m->col[BF_DEBIT] >= 0 || m->col[BF_CREDIT] >= 0 ? debit_credit(r, m, cells, n, d, why) : 1;
	if (rc == 1)
		rc = amount_and_flag(r, m, cells, n, d, why);
	if (rc)
		return -1;
	r->has_balance = *F(BF_BALANCE) != 0;
	return money(F(BF_BALANCE), "余额", &r->balance, why);
}

static void add_text(struct bank_rec *r, int f, const char *v)
{
	r->off[f] = r->text.len;
	sb_adds(&r->text, v);
	sb_addc(&r->text, 0);
}

/* The account: its column, else the block above; with its holder. */
static int parse_account(struct bank_rec *r, const struct column_map *m, char **cells, int n,
			 struct bank_block *blk, struct strbuf *why, struct strbuf *warn)
{
	char acct[64];
	const char *raw = unblank(F(BF_ACCOUNT));
	if (scientific(raw))
		return sb_printf(why, "账号被表格软件改成了科学计数法: %s（请把账号列设为文本后重新导出）", raw), -1;
	bank_norm_account(*raw ? raw : blk->account, acct, sizeof acct);
	if (!acct[0])
		return sb_adds(why, "缺少账号（表头上方没有「账号：」行，也没有账号列）"), -1;
	add_text(r, BT_ACCOUNT, acct);
	const char *holder = F(BF_HOLDER), *bank = F(BF_BANK), *id = F(BF_HOLDER_ID);
	add_text(r, BT_HOLDER, *holder ? holder : blk->holder);
	add_text(r, BT_BANK, *bank ? bank : blk->bank);
	struct id_info info;
	r->holder_id[0] = 0;
	int from_block = !*id;
	id = *id ? id : blk->holder_id;
	if (*id && norm_id(id, &info) == NORM_OK && info.kind != ID_MASKED && info.kind != ID_NONE) {
		snprintf(r->holder_id, sizeof r->holder_id, "%s", info.norm);
		if (!info.valid && !(from_block && blk->id_warned))     /* the block's ID: once */
			sb_printf(warn, "警告: 证件号码校验位错误: %s", id);
		blk->id_warned |= from_block;
	}
	return 0;
}

static void parse_texts(struct bank_rec *r, const struct column_map *m, char **cells, int n, struct strbuf *warn)
{
	char acct[64];
	const char *cpa = unblank(F(BF_CP_ACCOUNT));
	if (scientific(cpa)) {
		sb_printf(warn, "%s警告: 对方账号被改成了科学计数法，未导入: %s", warn->len ? "；" : "", cpa);
		cpa = "";
	}
	bank_norm_account(cpa, acct, sizeof acct);
	add_text(r, BT_CP_NAME, unblank(F(BF_CP_NAME)));
	add_text(r, BT_CP_ACCOUNT, acct);
	add_text(r, BT_CP_BANK, unblank(F(BF_CP_BANK)));
	const char *sum = unblank(F(BF_SUMMARY)), *note = unblank(F(BF_NOTE));
	r->off[BT_SUMMARY] = r->text.len;
	sb_adds(&r->text, sum);
	if (*sum && *note && strcmp(sum, note) != 0)
		sb_adds(&r->text, "；");
	if (strcmp(sum, note) != 0)
		sb_adds(&r->text, note);
	sb_addc(&r->text, 0);
	add_text(r, BT_CHANNEL, unblank(F(BF_CHANNEL)));
}

int bank_row_parse(struct bank_rec *r, const struct column_map *m, char **cells, int n,
		   const struct bank_dirmap *d, struct bank_block *blk, struct strbuf *why, struct strbuf *warn)
{
	sb_reset(&r->text);
	if (!*F(BF_DATE)) {
		if (not_a_transaction(m, cells, n, blk))
			return BANK_ROW_SKIP;
		return sb_adds(why, "缺少交易日期"), BANK_ROW_BAD;
	}
	if (parse_when(r, m, cells, n, why)) {
		if (not_a_transaction(m, cells, n, blk)) {
			sb_reset(why);
			return BANK_ROW_SKIP;
		}
		return BANK_ROW_BAD;
	}
	if (parse_money(r, m, cells, n, d, why) || parse_account(r, m, cells, n, blk, why, warn))
		return BANK_ROW_BAD;
	parse_texts(r, m, cells, n, warn);
	blk->data_seen = 1;
	return BANK_ROW_OK;
}
