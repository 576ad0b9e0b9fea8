/* events.c — case events and measures as an import kind: a row is parsed
 * into a struct ev_rec (kind normalised, dates and amounts checked),
 * staged after its 案号 is found among the cases, and merged: an event
 * already recorded (case, kind, date, item, counterparty and its ID) is a
 * duplicate. The counterparty is part of the key: one day's payouts to
 * three creditors are three events, not one kept and two lost. */
#include "import/events.h"
#include "import/links.h"
#include "import/registry.h"
#include "legal/normalize.h"
#include "util/strbuf.h"
#include "util/strmap.h"
#include "util/u64map.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kinds[] = {
	"执行通知", "报告财产令", "网络查控", "现场调查", "财产线索", "限制消费", "解除限制消费", "失信",
	"删除失信", "查封", "轮候查封", "扣押", "冻结", "续封", "解封", "评估", "拍卖公告", "拍卖", "流拍",
	"变卖", "以物抵债", "案款到账", "案款发放", "分配方案", "延缓发放批准", "终本前告知申请人", "终本",
	"终本后查询", "恢复执行", "延长期限批准", "中止", "暂缓", "和解", "罚款", "拘留", "拘传", "移送破产",
	"破产释明", "执行依据", "财产报告", "线索核查", "审计申请", "审计决定", "悬赏申请", "悬赏决定", "搜查",
	"下落不明", "查找下落", "合议庭评议", "院长批准", "申请执行人确认终本", "拍卖通知", "分配方案送达",
	"分配方案异议", "异议通知", "提存", "参与分配", "案外人异议", "应诉通知", NULL,
};

static const struct { const char *in, *out; } aliases[] = {
	{ "执行通知书", "执行通知" }, { "发出执行通知", "执行通知" }, { "报告财产令送达", "报告财产令" },
	{ "财产报告令", "报告财产令" }, { "总对总查询", "网络查控" }, { "网络执行查控", "网络查控" },
	{ "点对点查询", "网络查控" }, { "申请执行人提供财产线索", "财产线索" }, { "提供财产线索", "财产线索" },
	{ "限制消费令", "限制消费" }, { "限制高消费令", "限制消费" }, { "限高", "限制消费" },
	{ "限制高消费", "限制消费" }, { "解除限高", "解除限制消费" }, { "解除限制消费令", "解除限制消费" },
	{ "纳入失信", "失信" }, { "纳入失信名单", "失信" }, { "纳入失信被执行人名单", "失信" },
	{ "屏蔽失信", "删除失信" }, { "查封财产", "查封" }, { "扣押财产", "扣押" }, { "冻结存款", "冻结" },
	{ "冻结股权", "冻结" }, { "续行查封", "续封" }, { "续冻", "续封" }, { "续行冻结", "续封" },
	{ "解除查封", "解封" }, { "解冻", "解封" }, { "解除冻结", "解封" }, { "解除扣押", "解封" },
	{ "司法拍卖", "拍卖" }, { "网络司法拍卖", "拍卖" }, { "成交", "拍卖" }, { "网络司法拍卖公告", "拍卖公告" },
	{ "执行款到账", "案款到账" }, { "到账", "案款到账" }, { "执行款发放", "案款发放" },
	{ "发放", "案款发放" }, { "终本约谈", "终本前告知申请人" }, { "约谈申请执行人", "终本前告知申请人" },
	{ "终结本次执行程序", "终本" }, { "终本复查", "终本后查询" }, { "延长执行期限", "延长期限批准" },
	{ "延期审批", "延长期限批准" }, { "中止执行", "中止" }, { "暂缓执行", "暂缓" },
	{ "执行和解", "和解" }, { "达成和解", "和解" }, { "执转破", "移送破产" },
	{ "移送破产审查", "移送破产" }, { "报告财产", "财产报告" }, { "被执行人报告财产", "财产报告" },
	{ "申报财产", "财产报告" }, { "财产申报", "财产报告" }, { "财产线索核查", "线索核查" },
	{ "核查线索", "线索核查" }, { "准许审计", "审计决定" }, { "发布悬赏公告", "悬赏决定" },
	{ "下落不明查找", "查找下落" }, { "终本合议", "合议庭评议" }, { "合议庭审查", "合议庭评议" },
	{ "院长审批", "院长批准" }, { "申请执行人签字确认", "申请执行人确认终本" },
	{ "申请执行人同意终本", "申请执行人确认终本" }, { "通知当事人", "拍卖通知" }, { "拍卖事项通知", "拍卖通知" },
	{ "分配异议", "分配方案异议" }, { "申请参与分配", "参与分配" }, { "应诉通知书送达", "应诉通知" },
	};

const char *const *event_kinds(void)
{
	return kinds;
}

const char *event_kind(const char *t)
{
	for (int i = 0; kinds[i]; i++)
		if (strcmp(t, kinds[i]) == 0)
			return kinds[i];
	for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
		if (strcmp(t, aliases[i].in) == 0)
			return aliases[i].out;
	return NULL;
}

enum { EF_CASE, EF_KIND, EF_DATE, EF_END, EF_ITEM, EF_AMOUNT, EF_VALUE, EF_PRICE, EF_DEAL, EF_PARTY,
       EF_PARTY_ID, EF_ROUND, EF_PLATFORM, EF_PRIORITY, EF_INDIVISIBLE, EF_OBSTACLE, EF_RESULT, EF_NOTE,
       EF_COUNT };

static const struct column_spec event_columns[EF_COUNT] = {
	[EF_CASE] = { "case_no", "案号", { "案号", "执行案号" }, 1 },
	[EF_KIND] = { "kind", "事件类型", { "事件", "事件类型", "措施", "措施类型", "类型", "执行行为" }, 1 },
	[EF_DATE] = { "date", "日期", { "日期", "发生日期", "措施日期", "执行日期", "时间" }, 1 },
	[EF_END] = { "end", "到期日", { "到期日", "截止日期", "期限届满日", "到期日期", "期限至", "履行期限" }, 0 },
	[EF_ITEM] = { "item", "标的物", { "标的物", "财产", "财产名称", "项目", "内容", "查封财产" }, 0 },
	[EF_AMOUNT] = { "amount", "金额", { "金额", "冻结金额", "到账金额", "发放金额", "罚款金额" }, 0 },
	[EF_VALUE] = { "value", "评估价", { "评估价", "评估价值", "价值", "财产价值", "市场价" }, 0 },
	[EF_PRICE] = { "price", "起拍价", { "起拍价", "保留价", "变卖价" }, 0 },
	[EF_DEAL] = { "deal", "成交价", { "成交价", "成交金额" }, 0 },
	[EF_PARTY] = { "counterparty", "买受人/相对人", { "买受人", "相对人", "协助单位", "对象", "受让人" }, 0 },
	[EF_PARTY_ID] = { "counterparty_id", "买受人证件号", { "买受人证件号", "相对人证件号", "受让人证件号" }, 0 },
	[EF_ROUND] = { "round", "拍卖轮次", { "轮次", "拍卖轮次", "拍卖次数" }, 0 },
	[EF_PLATFORM] = { "platform", "拍卖平台", { "拍卖平台", "平台" }, 0 },
	[EF_PRIORITY] = { "priority", "优先债权", { "优先债权", "抵押债权", "优先受偿债权" }, 0 },
	[EF_INDIVISIBLE] = { "indivisible", "不可分物", { "不可分物", "是否可分" }, 0 },
	[EF_OBSTACLE] = { "obstacle", "处置障碍", { "处置障碍", "不能处置原因" }, 0 },
	[EF_RESULT] = { "result", "结果", { "结果", "状态", "处理结果" }, 0 },
	[EF_NOTE] = { "note", "备注", { "备注", "说明" }, 0 },
};

/* ---- the kind map of a --map file: "kind.某某 = 查封" ---- */
struct case_ids {
	struct u64map ids;       /* the hash of a 案号 → its case */
	int built, ok;           /* ok: it answers (no two 案号 share a hash, every id fits) */
};

struct ev_cfg {
	char **from, **to;
	int n;
	struct u64map *staged;   /* staging: each event key's hash → its row */
	struct case_ids *cases;
};

static void cfg_load(struct ev_cfg *c, const char *map_file)
{
	memset(c, 0, sizeof *c);
	char *text = map_file ? sb_read_file(map_file) : NULL;
	int cap = 0;
	for (char *line = text, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		char *eq = strchr(line, '=');
		if (strncmp(line, "kind.", 5) != 0 || !eq)
			continue;
		char *a = line + 5, *b = eq + 1, *ae = eq;
		while (ae > a && (ae[-1] == ' ' || ae[-1] == '\t'))
			ae--;
		*ae = 0;
		while (*b == ' ' || *b == '\t')
			b++;
		b[strcspn(b, " \t\r#")] = 0;
		const char *canon = event_kind(b);
		if (!*a || !canon)
			continue;
		c->from = xgrow(c->from, sizeof *c->from, &cap, c->n + 1);
		c->to = xrealloc(c->to, sizeof *c->to * (size_t)cap);
		c->from[c->n] = xstrdup(a);
		c->to[c->n++] = xstrdup(canon);
	}
	free(text);
}

static void cfg_free(struct ev_cfg *c)
{
	for (int i = 0; i < c->n; i++) {
		free(c->from[i]);
		free(c->to[i]);
	}
	free(c->from);
	free(c->to);
}

static const char *mapped_kind(const struct ev_cfg *c, const char *typed)
{
	const char *k = event_kind(typed);
	for (int i = 0; !k && i < c->n; i++)
		if (strcmp(c->from[i], typed) == 0)
			k = event_kind(c->to[i]);
	return k;
}

/* ---- one row ---- */
struct ev_rec {
	char case_no[160], date[11], end[11];
	const char *kind;
	long long amount, value, price, deal, priority;
	int has_amount, has_value, has_price, has_deal, has_priority, indivisible;
	struct strbuf text;           /* item, counterparty, ids, round, platform, obstacle, result, note */
	size_t off[EF_COUNT];
};

static void rec_init(void *rec) { memset(rec, 0, sizeof(struct ev_rec)); }
static void rec_free(void *rec) { sb_free(&((struct ev_rec *)rec)->text); }

static const char *text(const struct ev_rec *r, int f) { return r->text.buf + r->off[f]; }

/* Amount field: 0 ok (*has says whether given), -1 rejected. */
static int amount(const char *v, const char *label, long long *fen, int *has, struct strbuf *why)
{
	int r = norm_amount_fen(v, fen);
	*has = r == NORM_OK;
	if (r == NORM_OK || r == NORM_EMPTY)
		return 0;
	sb_printf(why, r == NORM_NEGATIVE ? "%s为负数: %s" : "%s无效: %s", label, v);
	return -1;
}

static int parse_dates(struct ev_rec *r, const char *date, const char *end, struct strbuf *why)
{
	int d = norm_date(date, r->date, 1);
	if (d != NORM_OK) {
		sb_printf(why, d == NORM_EMPTY ? "缺少日期%s" : "日期无效: %s", date);
		return -1;
	}
	int x = norm_date(end, r->end, 1);
	if (x == NORM_EMPTY)
		r->end[0] = 0;
	else if (x != NORM_OK) {
		sb_printf(why, "到期日无效: %s", end);
		return -1;
	}
	return 0;
}

static int parse_amounts(struct ev_rec *r, const struct column_map *m, char **cells, int n, struct strbuf *why)
{
#define F(f) columns_get(m, f, cells, n)
	return amount(F(EF_AMOUNT), "金额", &r->amount, &r->has_amount, why) ||
	       amount(F(EF_VALUE), "评估价", &r->value, &r->has_value, why) ||
	       amount(F(EF_PRICE), "起拍价", &r->price, &r->has_price, why) ||
	       amount(F(EF_DEAL), "成交价", &r->deal, &r->has_deal, why) ||
	       amount(F(EF_PRIORITY), "优先债权", &r->priority, &r->has_priority, why) ? -1 : 0;
#undef F
}

static void copy_text(struct ev_rec *r, const struct column_map *m, char **cells, int n)
{
	sb_reset(&r->text);
	for (int f = 0; f < EF_COUNT; f++) {
		r->off[f] = r->text.len;
		sb_adds(&r->text, columns_get(m, f, cells, n));
		sb_addc(&r->text, 0);
	}
}

/* 第二轮 / 2 / 二 → "2"; 变卖 stays. */
static void round_text(const char *in, char out[24])
{
	if (!*in) {
		out[0] = '\0';
		return;
	}
	long k = strtol(in, NULL, 10);
	if (k <= 0)
		k = (long)norm_cn_integer(in + (strncmp(in, "第", 3) == 0 ? 3 : 0), strcspn(in, "轮次"));
	if (strstr(in, "变卖"))
		snprintf(out, 24, "变卖");
	else if (k > 0)
		snprintf(out, 24, "%ld", k);
	else
		snprintf(out, 24, "%.15s", in);
}

static int parse(void *rec, const struct column_map *m, char **cells, int n, struct strbuf *why,
		 struct strbuf *warn, const void *cfg)
{
	struct ev_rec *r = rec;
	const char *cno = columns_get(m, EF_CASE, cells, n), *typed = columns_get(m, EF_KIND, cells, n);
	(void)warn;
	if (norm_case_no(cno, r->case_no, sizeof r->case_no, NULL) != NORM_OK)
		return sb_printf(why, *cno ? "案号格式错误: %s" : "缺少案号%s", cno), -1;
	if (!(r->kind = mapped_kind(cfg, typed)))
		return sb_printf(why, "未知的事件类型: %s（可在 --map 文件中写 kind.%s = 标准类型）", typed, typed), -1;
	if (parse_dates(r, columns_get(m, EF_DATE, cells, n), columns_get(m, EF_END, cells, n), why) ||
	    parse_amounts(r, m, cells, n, why))
		return -1;
	copy_text(r, m, cells, n);
	const char *ind = text(r, EF_INDIVISIBLE);
	r->indivisible = !strcmp(ind, "是") || !strcmp(ind, "不可分") || !strcmp(ind, "不可分物") || !strcmp(ind, "1");
	return 0;
}

/* ---- staging ---- */
static const char stage_ddl[] =
	"CREATE TABLE stg.ev(rowno INTEGER PRIMARY KEY, case_id INTEGER, kind TEXT, date TEXT, end TEXT,"
	" item TEXT, amount INTEGER, value INTEGER, price INTEGER, deal INTEGER, counterparty TEXT,"
	" counterparty_id TEXT, round TEXT, platform TEXT, priority INTEGER, indivisible INTEGER,"
	" obstacle TEXT, result TEXT, note TEXT);"
	/* one row per event key, the file's first: a repeat is dropped as it
	 * is staged, outside the write lock, found by a hash of the key kept
	 * in memory with the row staged under it (struct ev_cfg) and then the
	 * key itself on that row — a unique index of the keys in the staging
	 * file cost more. An absent item or counterparty is NULL, never ''
	 * (db_bind_text_or_null). */
	"";

#define EV_KEY "case_id = ?1 AND kind = ?2 AND date = ?3 AND item IS ?4 AND counterparty IS ?5" \
	" AND counterparty_id IS ?6"

static const char *const stage_sql[] = {
	"INSERT INTO stg.ev VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19)",
	"SELECT id FROM main.cases WHERE case_no = ?1",
	/* the row first staged under the key's hash, when it has this key */
	"SELECT 1 FROM stg.ev WHERE rowno = ?7 AND " EV_KEY,
	/* else (two keys of one hash: never seen) the key's row, wherever it is */
	"SELECT 1 FROM stg.ev WHERE " EV_KEY,
	NULL,
};

static void bind_fen(sqlite3_stmt *s, int i, int has, long long fen)
{
	if (has) sqlite3_bind_int64(s, i, fen); else sqlite3_bind_null(s, i);
}

/* The cases by 案号, read once when the first row is staged: a look-up in
 * memory instead of an index probe per row (0.19 s of a 1.2 s import of
 * 360,000 events). A 案号 no case holds sharing a held one's hash is a
 * chance of about n / 2^64 a row; two held ones sharing one are seen here,
 * and then every row asks the index. */
static void case_ids_build(struct case_ids *ci, jz_db *db)
{
	ci->built = ci->ok = 1;
	sqlite3_stmt *q;
	long long cache;                          /* one pass in order, beside the staging */
	u64map_reserve(&ci->ids, (size_t)db_int(db, "SELECT n FROM main.case_count", 0));
	if (db_cache_swap(db, 1024, &cache, NULL) || db_prepare(db, "SELECT id, case_no FROM main.cases", &q, NULL)) {
		ci->ok = 0;
	} else {
		int added, rc = SQLITE_DONE;
		while (ci->ok && (rc = sqlite3_step(q)) == SQLITE_ROW) {
			sqlite3_int64 id = sqlite3_column_int64(q, 0);
			const char *no = (const char *)sqlite3_column_text(q, 1);
			uint32_t *v = no && id > 0 && id < UINT32_MAX ? u64map_slot(&ci->ids, strmap_hash(no, strlen(no)), &added)
								       : NULL;
			ci->ok = v && added;
			if (v)
				*v = (uint32_t)id;
		}
		ci->ok = ci->ok && rc == SQLITE_DONE;
		sqlite3_finalize(q);
	}
	db_cache_restore(db, cache, NULL);
	if (!ci->ok)
		u64map_free(&ci->ids);
}

static long long find_case(struct stage_ctx *sc, const char *case_no)
{
	const struct ev_cfg *c = sc->cfg;
	if (!c->cases->built)
		case_ids_build(c->cases, sc->db);
	uint32_t held;
	if (c->cases->ok)
		return u64map_get(&c->cases->ids, strmap_hash(case_no, strlen(case_no)), &held) ? held : 0;
	sqlite3_stmt *f = sc->st[1];
	sqlite3_bind_text(f, 1, case_no, -1, SQLITE_STATIC);
	long long id = sqlite3_step(f) == SQLITE_ROW ? sqlite3_column_int64(f, 0) : 0;
	sqlite3_reset(f);
	return id;
}

/* 1 when an earlier row of the file has this row's key (rowno's row is
 * then a repeat and is not staged); else the key's hash remembers rowno
 * when it is new. */
static int staged_before(struct stage_ctx *sc, long long cid, const struct ev_rec *r, long rowno)
{
	const struct ev_cfg *c = sc->cfg;
	uint64_t h = strmap_hash((const char *)&cid, sizeof cid);   /* the id's bytes: formatting it cost 3 % */
	h = strmap_hash_field(h, r->kind);
	h = strmap_hash_field(h, r->date);
	h = strmap_hash_field(h, text(r, EF_ITEM));
	h = strmap_hash_field(h, text(r, EF_PARTY));
	h = strmap_hash_field(h, text(r, EF_PARTY_ID));
	int added, found = 0;
	uint32_t *first = u64map_slot(c->staged, h, &added);
	if (added) {
		*first = (uint32_t)rowno;
		return 0;
	}
	for (int i = 2; !found && i <= 3; i++) {
		sqlite3_stmt *q = sc->st[i];
		sqlite3_bind_int64(q, 1, cid);
		sqlite3_bind_text(q, 2, r->kind, -1, SQLITE_STATIC);
		sqlite3_bind_text(q, 3, r->date, -1, SQLITE_STATIC);
		db_bind_text_or_null(q, 4, text(r, EF_ITEM));
		db_bind_text_or_null(q, 5, text(r, EF_PARTY));
		db_bind_text_or_null(q, 6, text(r, EF_PARTY_ID));
		if (i == 2)
			sqlite3_bind_int64(q, 7, *first);
		found = sqlite3_step(q) == SQLITE_ROW;
		sqlite3_reset(q);
	}
	return found;
}

static int stage(struct stage_ctx *sc, const void *rec, long rowno, struct strbuf *why, struct jz_err *e)
{
	const struct ev_rec *r = rec;
	long long cid = find_case(sc, r->case_no);
	if (!cid)
		return sb_printf(why, "案号%s不在数据库中（请先导入台账）", r->case_no), -1;
	if (staged_before(sc, cid, r, rowno))
		return 0;
	sqlite3_stmt *s = sc->st[0];
	char round[24];
	round_text(text(r, EF_ROUND), round);
	sqlite3_bind_int64(s, 1, rowno);
	sqlite3_bind_int64(s, 2, cid);
	sqlite3_bind_text(s, 3, r->kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, r->date, -1, SQLITE_STATIC);
	db_bind_text_or_null(s, 5, r->end);
	db_bind_text_or_null(s, 6, text(r, EF_ITEM));
	/* for an auction the amount is the price it sold for */
	bind_fen(s, 7, r->has_amount || r->has_deal, r->has_deal ? r->deal : r->amount);
	bind_fen(s, 8, r->has_value, r->value);
	bind_fen(s, 9, r->has_price, r->price);
	bind_fen(s, 10, r->has_deal, r->deal);
	db_bind_text_or_null(s, 11, text(r, EF_PARTY));
	db_bind_text_or_null(s, 12, text(r, EF_PARTY_ID));
	db_bind_text_or_null(s, 13, round);
	db_bind_text_or_null(s, 14, text(r, EF_PLATFORM));
	bind_fen(s, 15, r->has_priority, r->priority);
	if (*text(r, EF_INDIVISIBLE)) sqlite3_bind_int(s, 16, r->indivisible); else sqlite3_bind_null(s, 16);
	db_bind_text_or_null(s, 17, text(r, EF_OBSTACLE));
	db_bind_text_or_null(s, 18, text(r, EF_RESULT));
	db_bind_text_or_null(s, 19, text(r, EF_NOTE));
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : (jz_err_set(e, "staging row %ld: %s", rowno, db_errmsg(sc->db)), -2);
}

/* ---- merge ---- */
/* What the database already holds is no news: what stays in stg.ev is new. */
static const char merge_sql[] =
	"DELETE FROM stg.ev WHERE EXISTS (SELECT 1 FROM main.events e WHERE e.case_id = ev.case_id AND e.kind = ev.kind"
	" AND e.event_date = ev.date AND e.item IS ev.item AND e.counterparty IS ev.counterparty"
	" AND e.counterparty_id IS ev.counterparty_id);";
static const char insert_sql[] =
	"INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen, value_fen, price_fen, deal_fen,"
	" counterparty, counterparty_id, round, platform, priority_fen, indivisible, obstacle, result, note, detail,"
	" src_file_id, src_row)"
	" SELECT case_id, kind, date, end, item, amount, value, price, deal, counterparty, counterparty_id, round,"
	" platform, priority, indivisible, obstacle, result, note,"
	" CASE WHEN round IS NOT NULL OR note IS NOT NULL THEN json_object('round', CAST(round AS INTEGER), 'note', note) END,"
	" ?1, rowno FROM stg.ev ORDER BY rowno;";

/* A 案外人 who claims in a case (参与分配, 案外人异议) with an ID becomes a
 * party of it (role 案外人), so the links the data can make reach them: a
 * shared 法定代表人 from the 企业登记 register, the same phone or address on
 * the 户籍 register (XS-COLLUSION asks how the claimant and the debtor are
 * tied). By ID only: a name alone could be anyone. */
static const char claimants_sql[] =
	"CREATE TABLE stg.claimants AS SELECT case_id, rowno, counterparty AS name, id_norm(counterparty_id) AS id_no"
	" FROM stg.ev WHERE kind IN ('参与分配', '案外人异议') AND counterparty IS NOT NULL"
	" AND id_norm(counterparty_id) IS NOT NULL;"
	"INSERT INTO main.parties(name, kind, id_no, id_valid, birth_date)"
	" SELECT name, id_kind(id_no), id_no, id_valid(id_no), id_birth(id_no)"
	" FROM (SELECT id_no, min(name) AS name FROM stg.claimants GROUP BY id_no) c"
	" WHERE NOT EXISTS (SELECT 1 FROM main.parties p WHERE p.id_no = c.id_no) ORDER BY id_no;"
	"INSERT OR IGNORE INTO main.case_links(case_id, party_id, role, src_file_id, src_row)"
	" SELECT c.case_id, p.id, role_code('案外人'), ?1, min(c.rowno) FROM stg.claimants c JOIN main.parties p ON p.id_no = c.id_no"
	" WHERE NOT EXISTS (SELECT 1 FROM main.case_links x WHERE x.case_id = c.case_id AND x.party_id = p.id)"
	" GROUP BY c.case_id, p.id;"
	"CREATE TABLE IF NOT EXISTS stg.relink AS SELECT DISTINCT id_no, name FROM stg.claimants;";

/* The cases the triggers dirty_event_ins and dirty_lender_basis
 * (db/schema/019) mark row by row: those the events name and, for a
 * 执行依据, the same lender's other 民间借贷 cases. tests/import_data.sh
 * compares bulk_index_mark's marks of them with the triggers'. */
static const char marks_sql[] =
	"DROP VIEW IF EXISTS temp.import_marks;"
	"CREATE TEMP VIEW import_marks AS SELECT case_id FROM stg.ev UNION ALL SELECT o.case_id"
	" FROM (SELECT DISTINCT case_id FROM stg.ev WHERE kind = '执行依据') n"
	" JOIN main.case_parties a ON a.case_id = n.case_id AND a.role = '申请执行人'"
	" JOIN main.case_parties o ON o.party_id = a.party_id AND o.role = '申请执行人'"
	" JOIN main.cases c ON c.id = o.case_id AND c.cause LIKE '%民间借贷%';";

static int merge(jz_db *db, long long file_id, struct import_stats *st, const void *cfg, struct jz_err *e)
{
	const struct ev_cfg *c = cfg;
	u64map_free(c->staged);                /* staging is over: the maps' memory goes back */
	u64map_free(&c->cases->ids);
	/* into an empty table every staged event is new: no probe of it per row */
	if (db_int(db, "SELECT EXISTS (SELECT 1 FROM main.events)", 1) && import_exec_file(db, merge_sql, file_id, e))
		return -1;
	/* many new rows: indexes built after them (a million rows into the empty
	 * table: 10.8 → 5.7 s, bench/RESULTS.md), the insert triggers' marks once */
	st->added = import_count(db, "SELECT count(*) FROM stg.ev");
	/* events_fact (WHERE src_fact_id IS NOT NULL) holds a document's facts, never a file's events */
	if (import_insert_new(db, "events", st->added, "dirty_event_ins,dirty_lender_basis", "events_fact", insert_sql,
			      marks_sql, file_id, e) ||
	    import_exec_file(db, claimants_sql, file_id, e))
		return -1;
	/* new claimants: link their register rows and every kind of link;
	 * else only the buyers at auctions */
	if (import_count(db, "SELECT count(*) FROM stg.claimants") > 0 ? registry_relink(db, e)
	    : party_links_refresh(db, LINKS_EVENTS, NULL, e))
		return -1;
	st->dup = st->read - st->skipped - st->rejected - st->added;   /* staged, less the new */
	return 0;
}

int event_columns_init(struct column_map *m, struct jz_err *e)
{
	return columns_init(m, event_columns, EF_COUNT, NULL, e);
}

int event_row_parse(const struct column_map *m, char **cells, int n, struct strbuf *why)
{
	struct ev_cfg c;
	struct ev_rec r;
	struct strbuf warn = STRBUF_INIT;
	cfg_load(&c, NULL);
	rec_init(&r);
	int rc = parse(&r, m, cells, n, why, &warn, &c);
	rec_free(&r);
	cfg_free(&c);
	sb_free(&warn);
	return rc;
}

int event_import_file(jz_db *db, const char *path, const struct import_opts *o, struct import_stats *st,
		      struct jz_err *e)
{
	struct ev_cfg c;
	struct u64map staged = { 0 };
	struct case_ids cases = { 0 };
	cfg_load(&c, o->map_file);
	c.staged = &staged;
	c.cases = &cases;
	struct import_kind k = {
		"events", event_columns, EF_COUNT, sizeof(struct ev_rec), rec_init, rec_free, parse,
		stage_ddl, stage_sql, stage, merge, &c, NULL, NULL, NULL, 0, NULL, NULL,
	};
	int rc = import_file(db, path, &k, o, st, e);
	u64map_free(&staged);
	u64map_free(&cases.ids);
	cfg_free(&c);
	return rc;
}
