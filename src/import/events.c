#include "import/events.h"
#include "store/db.h"
#include "legal/normalize.h"
#include "import/engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kinds[] = {
	"执行通知", "报告财产令", "网络查控", "现场调查", "财产线索", "限制消费", "解除限制消费", "失信",
	"删除失信", "查封", "扣押", "冻结", "续封", "解封", "评估", "拍卖", "流拍", "变卖", "以物抵债",
	"案款到账", "案款发放", "延缓发放批准", "终本前告知申请人", "终本", "终本后查询", "恢复执行",
	"延长期限批准", "罚款", "拘留", "执行依据", NULL,
};

const char *const *event_kinds(void)
{
	return kinds;
}

const char *event_kind(const char *t)
{
	static const struct { const char *in, *out; } alias[] = {
		{ "执行通知书", "执行通知" }, { "发出执行通知", "执行通知" }, { "报告财产令送达", "报告财产令" },
		{ "总对总查询", "网络查控" }, { "网络执行查控", "网络查控" }, { "点对点查询", "网络查控" },
		{ "限制消费令", "限制消费" }, { "限高", "限制消费" }, { "限制高消费", "限制消费" },
		{ "解除限高", "解除限制消费" }, { "解除限制消费令", "解除限制消费" },
		{ "纳入失信", "失信" }, { "纳入失信被执行人名单", "失信" }, { "屏蔽失信", "删除失信" },
		{ "查封财产", "查封" }, { "轮候查封", "查封" }, { "扣押财产", "扣押" }, { "冻结存款", "冻结" },
		{ "续行查封", "续封" }, { "续冻", "续封" }, { "续行冻结", "续封" }, { "解除查封", "解封" },
		{ "解冻", "解封" }, { "解除冻结", "解封" }, { "解除扣押", "解封" }, { "司法拍卖", "拍卖" },
		{ "网络司法拍卖", "拍卖" }, { "执行款到账", "案款到账" }, { "到账", "案款到账" },
		{ "执行款发放", "案款发放" }, { "发放", "案款发放" }, { "终本约谈", "终本前告知申请人" },
		{ "约谈申请执行人", "终本前告知申请人" }, { "终结本次执行程序", "终本" },
		{ "终本复查", "终本后查询" }, { "延长执行期限", "延长期限批准" }, { "延期审批", "延长期限批准" },
	};
	for (int i = 0; kinds[i]; i++)
		if (strcmp(t, kinds[i]) == 0)
			return kinds[i];
	for (size_t i = 0; i < sizeof alias / sizeof alias[0]; i++)
		if (strcmp(t, alias[i].in) == 0)
			return alias[i].out;
	return NULL;
}

enum { EF_CASE, EF_KIND, EF_DATE, EF_END, EF_ITEM, EF_AMOUNT, EF_VALUE, EF_PRICE, EF_DEAL,
       EF_PARTY, EF_PARTY_ID, EF_ROUND, EF_NOTE, EF_COUNT };

static const struct column_spec event_columns[EF_COUNT] = {
	[EF_CASE] = { "case_no", "案号", { "案号", "执行案号" }, 1 },
	[EF_KIND] = { "kind", "事件类型", { "事件", "事件类型", "措施", "措施类型", "类型", "执行行为" }, 1 },
	[EF_DATE] = { "date", "日期", { "日期", "发生日期", "措施日期", "执行日期", "时间" }, 1 },
	[EF_END] = { "end", "到期日", { "到期日", "截止日期", "期限届满日", "到期日期", "期限至" }, 0 },
	[EF_ITEM] = { "item", "标的物", { "标的物", "财产", "财产名称", "项目", "内容", "查封财产" }, 0 },
	[EF_AMOUNT] = { "amount", "金额", { "金额", "冻结金额", "到账金额", "发放金额", "罚款金额" }, 0 },
	[EF_VALUE] = { "value", "评估价", { "评估价", "评估价值", "价值", "财产价值" }, 0 },
	[EF_PRICE] = { "price", "起拍价", { "起拍价", "保留价" }, 0 },
	[EF_DEAL] = { "deal", "成交价", { "成交价", "成交金额" }, 0 },
	[EF_PARTY] = { "counterparty", "买受人/相对人", { "买受人", "相对人", "协助单位", "对象", "受让人" }, 0 },
	[EF_PARTY_ID] = { "counterparty_id", "买受人证件号", { "买受人证件号", "相对人证件号" }, 0 },
	[EF_ROUND] = { "round", "拍卖轮次", { "轮次", "拍卖轮次", "拍卖次数" }, 0 },
	[EF_NOTE] = { "note", "备注", { "备注", "说明" }, 0 },
};

struct ev_ctx {
	sqlite3_stmt *find_case, *ins, *dup;
};

static int prepare(jz_db *db, void *user, struct jz_err *e)
{
	struct ev_ctx *c = user;
	return db_prepare(db, "SELECT id FROM cases WHERE case_no = ?", &c->find_case, e) ||
	       db_prepare(db, "INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen, value_fen,"
			  " price_fen, counterparty, counterparty_id, detail, src_file_id, src_row)"
			  " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)", &c->ins, e) ||
	       db_prepare(db, "SELECT 1 FROM events WHERE case_id=?1 AND kind=?2 AND event_date=?3 AND item IS ?4",
			  &c->dup, e);
}

static void finish(void *user)
{
	struct ev_ctx *c = user;
	sqlite3_finalize(c->find_case);
	sqlite3_finalize(c->ins);
	sqlite3_finalize(c->dup);
	c->find_case = c->ins = c->dup = NULL;
}

/* Amount field: 1 with *fen, 0 absent, -1 rejected (why set). */
static int amount(struct row_ctx *rc, int f, const char *label, long long *fen)
{
	int r = norm_amount_fen(row_get(rc, f), fen);
	if (r == NORM_OK)
		return 1;
	if (r == NORM_EMPTY)
		return 0;
	sb_printf(rc->why, r == NORM_NEGATIVE ? "%s为负数: %s" : "%s无效: %s", label, row_get(rc, f));
	return -1;
}

static void bind_fen(sqlite3_stmt *s, int i, int has, long long fen)
{
	if (has > 0) sqlite3_bind_int64(s, i, fen); else sqlite3_bind_null(s, i);
}

static long long case_id(struct ev_ctx *c, struct row_ctx *rc, char *case_no, size_t len)
{
	if (norm_case_no(row_get(rc, EF_CASE), case_no, len, NULL) != NORM_OK) {
		sb_printf(rc->why, *row_get(rc, EF_CASE) ? "案号格式错误: %s" : "缺少案号%s", row_get(rc, EF_CASE));
		return -1;
	}
	sqlite3_bind_text(c->find_case, 1, case_no, -1, SQLITE_TRANSIENT);
	long long id = sqlite3_step(c->find_case) == SQLITE_ROW ? sqlite3_column_int64(c->find_case, 0) : 0;
	sqlite3_reset(c->find_case);
	if (!id)
		sb_printf(rc->why, "案号%s不在数据库中（请先导入台账）", case_no);
	return id ? id : -1;
}

static enum row_result ev_row(struct row_ctx *rc, struct jz_err *e)
{
	struct ev_ctx *c = rc->user;
	char case_no[160], date[11], end[11] = "";
	long long cid = case_id(c, rc, case_no, sizeof case_no);
	if (cid < 0)
		return ROW_REJECT;
	const char *kind = event_kind(row_get(rc, EF_KIND));
	if (!kind) {
		sb_printf(rc->why, "未知的事件类型: %s", row_get(rc, EF_KIND));
		return ROW_REJECT;
	}
	int r = norm_date(row_get(rc, EF_DATE), date, 1);
	if (r != NORM_OK) {
		sb_printf(rc->why, r == NORM_EMPTY ? "缺少日期%s" : "日期无效: %s", row_get(rc, EF_DATE));
		return ROW_REJECT;
	}
	r = norm_date(row_get(rc, EF_END), end, 1);
	if (r != NORM_OK && r != NORM_EMPTY) {
		sb_printf(rc->why, "到期日无效: %s", row_get(rc, EF_END));
		return ROW_REJECT;
	}
	long long amt = 0, val = 0, price = 0, deal = 0;
	int ha = amount(rc, EF_AMOUNT, "金额", &amt), hv = amount(rc, EF_VALUE, "评估价", &val);
	int hp = amount(rc, EF_PRICE, "起拍价", &price), hd = amount(rc, EF_DEAL, "成交价", &deal);
	if (ha < 0 || hv < 0 || hp < 0 || hd < 0)
		return ROW_REJECT;
	if (hd > 0) {        /* for an auction the amount is the price it sold for */
		amt = deal;
		ha = 1;
	}
	const char *item = row_get(rc, EF_ITEM);
	sqlite3_bind_int64(c->dup, 1, cid);
	sqlite3_bind_text(c->dup, 2, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(c->dup, 3, date, -1, SQLITE_STATIC);
	db_bind_text_or_null(c->dup, 4, item);
	int dup = sqlite3_step(c->dup) == SQLITE_ROW;
	sqlite3_reset(c->dup);
	if (dup)
		return ROW_DUP;
	struct strbuf d = STRBUF_INIT;
	const char *round = row_get(rc, EF_ROUND), *note = row_get(rc, EF_NOTE);
	if (*round || *note) {
		sb_addc(&d, '{');
		if (*round)
			sb_printf(&d, "\"round\":%ld%s", strtol(round, NULL, 10) > 0 ? strtol(round, NULL, 10)
				  : norm_cn_integer(round, strlen(round)) > 0 ? (long)norm_cn_integer(round, strlen(round)) : 1L,
				  *note ? "," : "");
		if (*note) {
			sb_adds(&d, "\"note\":");
			sb_add_json_str(&d, note);
		}
		sb_addc(&d, '}');
	}
	sqlite3_stmt *s = c->ins;
	sqlite3_bind_int64(s, 1, cid);
	sqlite3_bind_text(s, 2, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, date, -1, SQLITE_STATIC);
	db_bind_text_or_null(s, 4, end);
	db_bind_text_or_null(s, 5, item);
	bind_fen(s, 6, ha, amt);
	bind_fen(s, 7, hv, val);
	bind_fen(s, 8, hp, price);
	db_bind_text_or_null(s, 9, row_get(rc, EF_PARTY));
	db_bind_text_or_null(s, 10, row_get(rc, EF_PARTY_ID));
	db_bind_text_or_null(s, 11, d.len ? d.buf : NULL);
	sqlite3_bind_int64(s, 12, rc->file_id);
	sqlite3_bind_int64(s, 13, rc->rowno);
	int ok = sqlite3_step(s) == SQLITE_DONE;
	sqlite3_reset(s);
	sb_free(&d);
	if (!ok)
		return jz_err_set(e, "row %ld: %s", rc->rowno, db_errmsg(rc->db)), ROW_FATAL;
	return ROW_NEW;
}

int event_import_file(jz_db *db, const char *path, const struct import_opts *o,
		      struct import_stats *st, struct jz_err *e)
{
	struct ev_ctx c = { NULL, NULL, NULL };
	struct row_importer ri = { "events", event_columns, EF_COUNT, prepare, ev_row, finish, &c };
	return row_import_file(db, path, &ri, o, st, e);
}
