#include "import/registry.h"
#include "store/db.h"
#include "legal/normalize.h"
#include "import/parties.h"
#include "import/engine.h"

#include <stdio.h>
#include <string.h>

enum { RF_HOLDER, RF_ID, RF_ITEM, RF_REGNO, RF_VALUE, RF_START, RF_END, RF_ROLE, RF_MODE, RF_TO,
       RF_FROM_PLACE, RF_TO_PLACE, RF_COUNT };

static const struct column_spec registry_columns[RF_COUNT] = {
	[RF_HOLDER] = { "holder", "权利人/姓名", { "权利人", "姓名", "名称", "被执行人", "所有人", "持有人",
		"当事人", "账户名", "旅客姓名", "股东", "人员姓名", "户名" }, 1 },
	[RF_ID] = { "holder_id", "证件号码", { "证件号码", "身份证号", "身份证号码", "证件号",
		"统一社会信用代码", "权利人证件号", "所有人证件号", "旅客证件号" }, 0 },
	[RF_ITEM] = { "item", "坐落/车牌/企业/航班", { "坐落", "房屋坐落", "不动产坐落", "号牌号码", "车牌号",
		"车牌号码", "企业名称", "公司名称", "开户行", "航班号", "车次", "单位名称" }, 0 },
	[RF_REGNO] = { "reg_no", "证号/识别代号/账号", { "不动产权证号", "产权证号", "不动产单元号",
		"车辆识别代号", "VIN", "账号", "银行账号", "公积金账号", "企业信用代码", "注册号", "票号" }, 0 },
	[RF_VALUE] = { "value", "价值/余额/出资额", { "价值", "评估价值", "评估价", "余额", "账户余额",
		"出资额", "认缴出资额", "金额", "市值" }, 0 },
	[RF_START] = { "start", "登记/出行日期", { "登记日期", "登簿日期", "取得日期", "初次登记日期", "开户日期",
		"出行日期", "乘机日期", "乘车日期", "任职日期", "成立日期", "变更日期" }, 0 },
	[RF_END] = { "end", "注销/转出日期", { "注销日期", "转移日期", "过户日期", "转出日期", "销户日期",
		"退出日期", "离任日期" }, 0 },
	[RF_ROLE] = { "role", "职务/身份", { "职务", "身份", "任职", "人员类型" }, 0 },
	[RF_MODE] = { "mode", "交通方式", { "交通方式", "出行方式" }, 0 },
	[RF_TO] = { "to", "受让人", { "受让人", "买受人", "转入方" }, 0 },
	[RF_FROM_PLACE] = { "from", "出发地", { "出发地", "始发站", "起飞机场" }, 0 },
	[RF_TO_PLACE] = { "dest", "到达地", { "到达地", "到达站", "降落机场", "目的地" }, 0 },
};

const char *registry_kind(const char *k, const char **mode)
{
	static const struct { const char *in, *out, *mode; } map[] = {
		{ "不动产", "不动产", NULL }, { "房产", "不动产", NULL }, { "房屋", "不动产", NULL },
		{ "车辆", "车辆", NULL }, { "机动车", "车辆", NULL }, { "公积金", "公积金", NULL },
		{ "住房公积金", "公积金", NULL }, { "股权", "股权", NULL }, { "存款", "存款", NULL },
		{ "银行账户", "存款", NULL }, { "银行存款", "存款", NULL }, { "出行", "出行", NULL },
		{ "出行记录", "出行", NULL }, { "航空", "出行", "航空" }, { "铁路", "出行", "铁路" },
		{ "企业登记", "企业登记", NULL }, { "工商登记", "企业登记", NULL },
	};
	*mode = NULL;
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if (strcmp(k, map[i].in) == 0) {
			*mode = map[i].mode;
			return map[i].out;
		}
	return NULL;
}

struct reg_ctx {
	const char *kind, *mode;
	struct registry_stats *st;
	sqlite3_stmt *ins, *dup;
};

static int prepare(jz_db *db, void *user, struct jz_err *e)
{
	struct reg_ctx *c = user;
	return db_prepare(db, "INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item,"
			  " reg_no, value_fen, start_date, end_date, detail, src_file_id, src_row)"
			  " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)", &c->ins, e) ||
	       db_prepare(db, "SELECT 1 FROM registry_records WHERE kind=?1 AND holder_name=?2"
			  " AND item IS ?3 AND reg_no IS ?4 AND start_date IS ?5", &c->dup, e);
}

static void finish(void *user)
{
	struct reg_ctx *c = user;
	sqlite3_finalize(c->ins);
	sqlite3_finalize(c->dup);
	c->ins = c->dup = NULL;
}

/* Parse a date field; 0 ok or absent (out ""), -1 rejected with why set. */
static int get_date(struct row_ctx *rc, int f, const char *label, char out[11])
{
	out[0] = '\0';
	int r = norm_date(row_get(rc, f), out, 1);
	if (r == NORM_OK || r == NORM_EMPTY)
		return 0;
	sb_printf(rc->why, "%s无效: %s", label, row_get(rc, f));
	return -1;
}

static void add_detail(struct strbuf *d, const char *key, const char *v)
{
	if (!v || !*v)
		return;
	sb_addc(d, d->len ? ',' : '{');
	sb_add_json_str(d, key);
	sb_addc(d, ':');
	sb_add_json_str(d, v);
}

static int is_dup(struct reg_ctx *c, const char *holder, const char *item, const char *reg, const char *start)
{
	sqlite3_bind_text(c->dup, 1, c->kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(c->dup, 2, holder, -1, SQLITE_TRANSIENT);
	db_bind_text_or_null(c->dup, 3, item);
	db_bind_text_or_null(c->dup, 4, reg);
	db_bind_text_or_null(c->dup, 5, start);
	int dup = sqlite3_step(c->dup) == SQLITE_ROW;
	sqlite3_reset(c->dup);
	return dup;
}

static enum row_result reg_row(struct row_ctx *rc, struct jz_err *e)
{
	struct reg_ctx *c = rc->user;
	const char *holder = row_get(rc, RF_HOLDER), *item = row_get(rc, RF_ITEM), *reg = row_get(rc, RF_REGNO);
	char start[11], end[11];
	if (!*holder) {
		sb_adds(rc->why, "缺少权利人/姓名");
		return ROW_REJECT;
	}
	if (!*item && !*reg) {
		sb_adds(rc->why, "缺少财产（坐落、车牌、企业名称、航班或账号）");
		return ROW_REJECT;
	}
	if (get_date(rc, RF_START, "登记/出行日期", start) || get_date(rc, RF_END, "注销/转出日期", end))
		return ROW_REJECT;
	long long fen = 0;
	int has_value = 0, r = norm_amount_fen(row_get(rc, RF_VALUE), &fen);
	if (r == NORM_OK)
		has_value = 1;
	else if (r != NORM_EMPTY) {
		sb_printf(rc->why, "价值无效: %s", row_get(rc, RF_VALUE));
		return ROW_REJECT;
	}
	struct id_info id;
	const char *idtext = row_get(rc, RF_ID), *id_no = NULL;
	if (*idtext && norm_id(idtext, &id) == NORM_OK) {
		id_no = id.norm;
		if (!id.valid && id.kind != ID_MASKED)
			sb_printf(rc->warn, "警告: 证件号码校验位错误: %s", idtext);
	}
	if (is_dup(c, holder, *item ? item : NULL, *reg ? reg : NULL, *start ? start : NULL))
		return ROW_DUP;
	const char *match = NULL;
	long long pid = party_match(rc->db, holder, id_no, &match);
	if (!pid)
		c->st->unmatched++;
	else if (strcmp(match, "id") == 0)
		c->st->by_id++;
	else
		c->st->by_name++;
	struct strbuf d = STRBUF_INIT;
	const char *mode = *row_get(rc, RF_MODE) ? row_get(rc, RF_MODE) : c->mode;
	if (!mode && strcmp(c->kind, "出行") == 0)
		mode = (*item == 'G' || *item == 'D' || *item == 'C' || *item == 'K' || *item == 'T' || *item == 'Z')
		       && item[1] >= '0' && item[1] <= '9' ? "铁路" : "航空";
	add_detail(&d, "role", row_get(rc, RF_ROLE));
	add_detail(&d, "mode", mode);
	add_detail(&d, "to", row_get(rc, RF_TO));
	add_detail(&d, "from", row_get(rc, RF_FROM_PLACE));
	add_detail(&d, "dest", row_get(rc, RF_TO_PLACE));
	if (d.len)
		sb_addc(&d, '}');
	sqlite3_stmt *s = c->ins;
	sqlite3_bind_text(s, 1, c->kind, -1, SQLITE_STATIC);
	if (pid) sqlite3_bind_int64(s, 2, pid); else sqlite3_bind_null(s, 2);
	db_bind_text_or_null(s, 3, match);
	sqlite3_bind_text(s, 4, holder, -1, SQLITE_TRANSIENT);
	db_bind_text_or_null(s, 5, id_no);
	db_bind_text_or_null(s, 6, item);
	db_bind_text_or_null(s, 7, reg);
	if (has_value) sqlite3_bind_int64(s, 8, fen); else sqlite3_bind_null(s, 8);
	db_bind_text_or_null(s, 9, start);
	db_bind_text_or_null(s, 10, end);
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

int registry_import_file(jz_db *db, const char *kind_typed, const char *path,
			 const struct import_opts *o, struct registry_stats *st, struct jz_err *e)
{
	memset(st, 0, sizeof *st);
	struct reg_ctx c = { .st = st };
	c.kind = registry_kind(kind_typed, &c.mode);
	if (!c.kind)
		return jz_err_set(e, "unknown registry kind '%s' (不动产 车辆 公积金 股权 存款 出行 企业登记)",
				  kind_typed);
	char kind[64];
	snprintf(kind, sizeof kind, "registry:%s", c.kind);
	struct row_importer ri = { kind, registry_columns, RF_COUNT, prepare, reg_row, finish, &c };
	return row_import_file(db, path, &ri, o, &st->base, e);
}
