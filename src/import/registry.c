/* registry.c — registry data as an import kind: a row is parsed into a
 * struct reg_rec (no database), staged into stg.reg, and merged: new
 * records inserted, changed ones updated with their old version kept in
 * registry_history, then the records are (re)linked to parties. */
#include "import/registry.h"
#include "import/bank.h"
#include "import/links.h"
#include "import/parties.h"
#include "import/party_lookup.h"
#include "import/party_sql.h"
#include "legal/normalize.h"
#include "util/strmap.h"
#include "util/u64map.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { RF_HOLDER, RF_ID, RF_ITEM, RF_REGNO, RF_VALUE, RF_START, RF_END, RF_ROLE, RF_MODE, RF_SEAT, RF_TO,
       RF_TO_ID, RF_PRICE, RF_SHARE, RF_FROM_PLACE, RF_TO_PLACE, RF_PHONE, RF_ADDRESS, RF_CO_OWNER, RF_CO_OWNER_ID,
       RF_COUNT };

static const struct column_spec registry_columns[RF_COUNT] = {
	[RF_HOLDER] = { "holder", "权利人/姓名", { "权利人", "姓名", "名称", "被执行人", "所有人", "持有人",
		"当事人", "账户名", "旅客姓名", "股东", "人员姓名", "户名" }, 1 },
	[RF_ID] = { "holder_id", "证件号码", { "证件号码", "身份证号", "身份证号码", "证件号",
		"统一社会信用代码", "权利人证件号", "所有人证件号", "旅客证件号", "公民身份号码" }, 0 },
	[RF_ITEM] = { "item", "坐落/车牌/企业/航班", { "坐落", "房屋坐落", "不动产坐落", "号牌号码", "车牌号",
		"车牌号码", "企业名称", "公司名称", "开户行", "航班号", "车次", "单位名称" }, 0 },
	[RF_REGNO] = { "reg_no", "证号/识别代号/账号", { "不动产权证号", "产权证号", "不动产单元号",
		"车辆识别代号", "VIN", "账号", "银行账号", "公积金账号", "企业信用代码", "注册号", "票号" }, 0 },
	[RF_VALUE] = { "value", "价值/余额/出资额", { "价值", "评估价值", "评估价", "余额", "账户余额",
		"出资额", "认缴出资额", "金额", "市值" }, 0 },
	[RF_START] = { "start", "登记/出行日期", { "登记日期", "登簿日期", "取得日期", "初次登记日期", "开户日期",
		"出行日期", "乘机日期", "乘车日期", "任职日期", "成立日期", "变更日期" }, 0 },
	[RF_END] = { "end", "注销/转出日期", { "注销日期", "转移日期", "过户日期", "转出日期", "销户日期",
		"退出日期", "离任日期", "死亡日期", "注销户籍日期" }, 0 },
	[RF_ROLE] = { "role", "职务/身份", { "职务", "身份", "任职", "人员类型" }, 0 },
	[RF_MODE] = { "mode", "交通方式", { "交通方式", "出行方式" }, 0 },
	[RF_SEAT] = { "seat", "舱位/席别", { "舱位", "舱位等级", "座位等级", "席别", "座席" }, 0 },
	[RF_TO] = { "to", "受让人", { "受让人", "买受人", "转入方" }, 0 },
	[RF_TO_ID] = { "to_id", "受让人证件号", { "受让人证件号", "受让人证件号码", "买受人证件号" }, 0 },
	[RF_PRICE] = { "price", "转让价格", { "转让价格", "成交价", "交易价格", "转让价款" }, 0 },
	[RF_SHARE] = { "share", "持股比例", { "持股比例", "出资比例", "股权比例" }, 0 },
	[RF_FROM_PLACE] = { "from", "出发地", { "出发地", "始发站", "起飞机场" }, 0 },
	[RF_TO_PLACE] = { "dest", "到达地", { "到达地", "到达站", "降落机场", "目的地" }, 0 },
	[RF_PHONE] = { "phone", "联系电话", { "联系电话", "手机号", "手机号码", "电话" }, 0 },
	[RF_ADDRESS] = { "address", "住址", { "住址", "地址", "户籍地址", "联系地址" }, 0 },
	/* 不动产: other owners of the same property (several joined by 、) */
	[RF_CO_OWNER] = { "co_owner", "共有人", { "共有人", "共有权人", "共同共有人", "按份共有人", "其他共有人" }, 0 },
	[RF_CO_OWNER_ID] = { "co_owner_id", "共有人证件号码", { "共有人证件号码", "共有人证件号", "共有人身份证号",
		"共有权人证件号码" }, 0 },
};

static const char *const kinds[] = { "不动产", "车辆", "公积金", "股权", "存款", "出行", "企业登记", "户籍", NULL };

const char *registry_kind_list(void)
{
	return "不动产 车辆 公积金 股权 存款 出行 企业登记 户籍";
}

const char *registry_kind(const char *k, const char **mode)
{
	static const struct { const char *in, *out, *mode; } alias[] = {
		{ "房产", "不动产", NULL }, { "房屋", "不动产", NULL }, { "机动车", "车辆", NULL },
		{ "住房公积金", "公积金", NULL }, { "银行账户", "存款", NULL }, { "银行存款", "存款", NULL },
		{ "出行记录", "出行", NULL }, { "航空", "出行", "航空" }, { "铁路", "出行", "铁路" },
		{ "工商登记", "企业登记", NULL }, { "户籍信息", "户籍", NULL }, { "人口信息", "户籍", NULL },
	};
	*mode = NULL;
	for (int i = 0; kinds[i]; i++)
		if (strcmp(k, kinds[i]) == 0)
			return kinds[i];
	for (size_t i = 0; i < sizeof alias / sizeof *alias; i++)
		if (strcmp(k, alias[i].in) == 0) {
			*mode = alias[i].mode;
			return alias[i].out;
		}
	return NULL;
}

struct reg_staged {                     /* what stg.reg holds */
	long rows;
	int phone, address, co_owner;    /* some row has one */
};

struct reg_cfg {
	const char *kind, *mode;
	/* staging: each record key's hash → the row staged last under it */
	struct u64map *staged;
	struct party_lookup *parties;    /* each row's party, found as it is staged */
	struct reg_staged *held;
};

/* One parsed row: the text fields point into buf. */
struct reg_rec {
	struct strbuf buf;
	size_t off[RF_COUNT];        /* each text field's offset in buf */
	char holder_id[32], start[11], end[11];
	long long value, price;
	int has_value, has_price;
	unsigned long long content;  /* content_hash, key_hash: made by parse, on the reader thread */
	long long key;
};

static void rec_init(void *rec) { memset(rec, 0, sizeof(struct reg_rec)); }
static void rec_free(void *rec) { sb_free(&((struct reg_rec *)rec)->buf); }

static const char *field(const struct reg_rec *r, int f)
{
	return r->buf.buf + r->off[f];
}

static int parse_date(const char *v, const char *label, char out[11], struct strbuf *why)
{
	int r = norm_date(v, out, 1);
	if (r == NORM_OK || r == NORM_EMPTY) {
		if (r == NORM_EMPTY)
			out[0] = 0;
		return 0;
	}
	sb_printf(why, "%s无效: %s", label, v);
	return -1;
}

static int parse_money(const char *v, const char *label, long long *fen, int *has, struct strbuf *why)
{
	int r = norm_amount_fen(v, fen);
	*has = r == NORM_OK;
	if (r == NORM_OK || r == NORM_EMPTY)
		return 0;
	sb_printf(why, r == NORM_NEGATIVE ? "%s为负数: %s" : "%s无效: %s", label, v);
	return -1;
}

static void parse_id(struct reg_rec *r, const char *text, struct strbuf *warn)
{
	struct id_info id;
	r->holder_id[0] = 0;
	if (*text && norm_id(text, &id) == NORM_OK && id.kind != ID_MASKED) {
		snprintf(r->holder_id, sizeof r->holder_id, "%s", id.norm);
		if (!id.valid)
			sb_printf(warn, "警告: 证件号码校验位错误: %s", text);
	}
}

/* "李四，王五; 赵六" → "李四、王五、赵六" (names and IDs of co-owners). */
static void add_list(struct strbuf *sb, const char *v)
{
	static const char *const seps[] = { "、", "，", ",", "；", ";", "/", " ", NULL };
	int items = 0;
	while (*v) {
		size_t cut = strlen(v), len = 0;
		for (int i = 0; seps[i]; i++) {
			const char *p = strstr(v, seps[i]);
			if (p && (size_t)(p - v) < cut) {
				cut = (size_t)(p - v);
				len = strlen(seps[i]);
			}
		}
		if (cut) {
			if (items++)
				sb_adds(sb, "、");
			sb_add(sb, v, cut);
		}
		v += cut + len;
	}
}

/* Plate numbers and reg numbers are compared without spaces and dots. */
static void copy_fields(struct reg_rec *r, const struct column_map *m, char **cells, int n, const struct reg_cfg *c)
{
	sb_reset(&r->buf);
	for (int f = 0; f < RF_COUNT; f++) {
		const char *v = columns_get(m, f, cells, n);
		if (f == RF_MODE && !*v && c->mode)
			v = c->mode;
		r->off[f] = r->buf.len;
		if (f == RF_CO_OWNER || f == RF_CO_OWNER_ID)
			add_list(&r->buf, v);
		else
			sb_adds(&r->buf, v);
		sb_addc(&r->buf, 0);
	}
}

/* Fields added later (共有人) count only when given, so a re-export of an
 * older file still hashes as it did. */
static unsigned long long content_hash(const struct reg_rec *r)
{
	unsigned long long h = 1469598103934665603ULL;
	for (size_t i = 0; i < r->off[RF_CO_OWNER]; i++) {
		h ^= (unsigned char)r->buf.buf[i];
		h *= 1099511628211ULL;
	}
	for (int f = RF_CO_OWNER; f < RF_COUNT; f++) {
		const char *v = field(r, f);
		if (!*v)
			continue;
		h ^= (unsigned)f;
		h *= 1099511628211ULL;
		for (; *v; v++) {
			h ^= (unsigned char)*v;
			h *= 1099511628211ULL;
		}
	}
	return h;
}

/* The record key's hash: what stage_sql[1] finds an earlier repeat by. The
 * key: kind, holder, 证号, item, start and the role — one person is often
 * both 法定代表人 and 股东 of a company from the same day, two records. */
static long long key_hash(const struct reg_rec *r, const char *kind)
{
	uint64_t h = strmap_hash_field(STRMAP_HASH_START, kind);
	h = strmap_hash_field(h, field(r, RF_HOLDER));
	h = strmap_hash_field(h, field(r, RF_REGNO));
	h = strmap_hash_field(h, field(r, RF_ITEM));
	h = strmap_hash_field(h, field(r, RF_ROLE));
	return (long long)strmap_hash_field(h, r->start);
}

static int parse(void *rec, const struct column_map *m, char **cells, int n, struct strbuf *why,
		 struct strbuf *warn, const void *cfg)
{
	struct reg_rec *r = rec;
	const struct reg_cfg *c = cfg;
	copy_fields(r, m, cells, n, c);
	if (!*field(r, RF_HOLDER))
		return sb_adds(why, "缺少权利人/姓名"), -1;
	if (strcmp(c->kind, "户籍") != 0 && !*field(r, RF_ITEM) && !*field(r, RF_REGNO))
		return sb_adds(why, "缺少财产（坐落、车牌、企业名称、航班或账号）"), -1;
	if (parse_date(field(r, RF_START), "登记/出行日期", r->start, why) ||
	    parse_date(field(r, RF_END), "注销/转出日期", r->end, why) ||
	    parse_money(field(r, RF_VALUE), "价值", &r->value, &r->has_value, why) ||
	    parse_money(field(r, RF_PRICE), "转让价格", &r->price, &r->has_price, why))
		return -1;
	parse_id(r, field(r, RF_ID), warn);
	r->content = content_hash(r);
	r->key = key_hash(r, c->kind);
	return 0;
}

static const char stage_ddl[] =
	"CREATE TABLE stg.reg(rowno INTEGER PRIMARY KEY, kind TEXT, holder TEXT, holder_id TEXT, item TEXT,"
	" reg_no TEXT, value INTEGER, start TEXT, end TEXT, role TEXT, mode TEXT, seat TEXT, to_name TEXT,"
	" to_id TEXT, price INTEGER, share TEXT, from_place TEXT, dest_place TEXT, phone TEXT, address TEXT,"
	" hash TEXT, co_owner TEXT, co_owner_id TEXT, khash INTEGER, bid INTEGER, aid INTEGER, rec_id INTEGER);"
	"CREATE INDEX stg.reg_held ON reg(rec_id) WHERE rec_id IS NOT NULL;"
	/* one row per record key, the file's last: an earlier repeat is
	 * deleted as the next is staged, outside the write lock. Found by a
	 * hash of the key (key_hash) kept in memory with the row staged last
	 * under it (struct reg_cfg), then the key itself on that row: an index
	 * of the hashes in the staging file cost a tenth of the import, one of
	 * the keys (a 坐落 and a 不动产权证号, a hundred bytes) spilled to disk
	 * at a million rows and cost more than the parsing. An absent field is
	 * NULL, never '' (db_bind_static_or_null). Each row comes with its party
	 * by ID (bid) or by name (aid) as the parties were when staging began
	 * (party_lookup.h; plan() finds them again in SQL when someone wrote
	 * since) and, from plan(), the record held under its key (rec_id: the
	 * rows that have one are found through reg_held, the others never
	 * entered it). */
	"";

#define STAGED_KEY "kind = ?2 AND holder = ?3 AND ifnull(reg_no, '') = ifnull(?4, '')" \
	" AND ifnull(item, '') = ifnull(?5, '') AND ifnull(start, '') = ifnull(?6, '') AND ifnull(role, '') = ifnull(?7, '')"

static const char *const stage_sql[] = {
	"INSERT INTO stg.reg VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,"
	" ?21,?22,?23,?24,?25,?26,NULL)",
	/* the row staged last under the key's hash, when it has this key */
	"DELETE FROM stg.reg WHERE rowno = ?8 AND khash = ?1 AND " STAGED_KEY,
	/* else (two keys of one hash: never seen) the key's row, wherever it is */
	"DELETE FROM stg.reg WHERE khash = ?1 AND " STAGED_KEY,
	NULL,
};

/* 出行 without a mode: a train number (G/D/C/K/T/Z + digits) or a flight. */
static const char *travel_mode(const struct reg_rec *r, const struct reg_cfg *c)
{
	const char *m = field(r, RF_MODE), *item = field(r, RF_ITEM);
	if (*m || strcmp(c->kind, "出行") != 0)
		return m;
	return strchr("GDCKTZ", item[0]) && item[0] && item[1] >= '0' && item[1] <= '9' ? "铁路" : "航空";
}

static int stage(struct stage_ctx *sc, const void *rec, long rowno, struct strbuf *why, struct jz_err *e)
{
	const struct reg_rec *r = rec;
	const struct reg_cfg *c = sc->cfg;
	sqlite3_stmt *s = sc->st[0];
	static const int text_cols[][2] = {   /* field → parameter */
		{ RF_HOLDER, 3 }, { RF_ITEM, 5 }, { RF_REGNO, 6 }, { RF_ROLE, 10 }, { RF_SEAT, 12 }, { RF_TO, 13 },
		{ RF_TO_ID, 14 }, { RF_SHARE, 16 }, { RF_FROM_PLACE, 17 }, { RF_TO_PLACE, 18 }, { RF_PHONE, 19 },
		{ RF_ADDRESS, 20 }, { RF_CO_OWNER, 22 }, { RF_CO_OWNER_ID, 23 },
	};
	char hash[17];
	(void)why;
	/* the fields are bound where they lie, in r, which outlives the step */
	snprintf(hash, sizeof hash, "%016llx", r->content);
	sqlite3_bind_int64(s, 1, rowno);
	sqlite3_bind_text(s, 2, c->kind, -1, SQLITE_STATIC);
	for (size_t i = 0; i < sizeof text_cols / sizeof *text_cols; i++)
		db_bind_static_or_null(s, text_cols[i][1], field(r, text_cols[i][0]));
	db_bind_static_or_null(s, 4, r->holder_id);
	if (r->has_value) sqlite3_bind_int64(s, 7, r->value); else sqlite3_bind_null(s, 7);
	db_bind_static_or_null(s, 8, r->start);
	db_bind_static_or_null(s, 9, r->end);
	db_bind_static_or_null(s, 11, travel_mode(r, c));
	if (r->has_price) sqlite3_bind_int64(s, 15, r->price); else sqlite3_bind_null(s, 15);
	sqlite3_bind_text(s, 21, hash, -1, SQLITE_STATIC);
	long long kh = r->key;
	sqlite3_bind_int64(s, 24, kh);
	if (party_lookup_build(c->parties, sc->db, e))
		return -2;
	long long bid = c->parties->ok ? party_lookup_by_id(c->parties, r->holder_id) : 0;
	long long aid = c->parties->ok && !bid ? party_lookup_named(c->parties, field(r, RF_HOLDER), r->holder_id) : 0;
	if (bid) sqlite3_bind_int64(s, 25, bid); else sqlite3_bind_null(s, 25);
	if (aid) sqlite3_bind_int64(s, 26, aid); else sqlite3_bind_null(s, 26);
	int added, rc = SQLITE_DONE;
	uint32_t *last = u64map_slot(c->staged, (uint64_t)kh, &added);
	for (int i = 1; !added && i <= 2; i++) {   /* the file's earlier row of this key, if any, goes */
		sqlite3_stmt *d = sc->st[i];
		sqlite3_bind_int64(d, 1, kh);
		sqlite3_bind_text(d, 2, c->kind, -1, SQLITE_STATIC);
		db_bind_static_or_null(d, 3, field(r, RF_HOLDER));
		db_bind_static_or_null(d, 4, field(r, RF_REGNO));
		db_bind_static_or_null(d, 5, field(r, RF_ITEM));
		db_bind_static_or_null(d, 6, r->start);
		db_bind_static_or_null(d, 7, field(r, RF_ROLE));
		if (i == 1)
			sqlite3_bind_int64(d, 8, *last);
		rc = sqlite3_step(d);
		sqlite3_reset(d);
		if (rc != SQLITE_DONE)
			break;
		if (sqlite3_changes(sc->db->sql) > 0) {
			c->held->rows--;
			break;
		}
	}
	*last = (uint32_t)rowno;
	if (rc == SQLITE_DONE && (rc = sqlite3_step(s)) == SQLITE_DONE) {
		c->held->rows++;
		c->held->phone |= *field(r, RF_PHONE) != 0;
		c->held->address |= *field(r, RF_ADDRESS) != 0;
		c->held->co_owner |= *field(r, RF_CO_OWNER) != 0;
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? 0 : (jz_err_set(e, "staging row %ld: %s", rowno, db_errmsg(sc->db)), -2);
}

/* ---- merge ---- */

/* A record by its key: found through registry_holder (holder_name,
 * start_date; db/schema/048), the rest checked on those few rows. */
#define REG_KEY(a, b) a ".kind = " b ".kind AND " a ".holder_name = " b ".holder AND " a ".reg_no IS " b ".reg_no" \
	" AND " a ".item IS " b ".item AND " a ".start_date IS " b ".start AND " a ".role IS " b ".role"

/* A record's party: by ID (bid), else by its name when exactly one party
 * bears it and the two IDs do not disagree (aid, a weaker link). */
#define PARTY_BY_ID(id) "(SELECT p.id FROM main.parties p WHERE " id " IS NOT NULL AND p.id_no = " id ")"
#define LINK_PARTY "coalesce(bid, aid)"
#define LINK_MATCH "CASE WHEN bid IS NOT NULL THEN 'id' WHEN aid IS NOT NULL THEN 'name' END"

/* The merge's reading part, before the write lock (import_kind.plan; made
 * again under the lock when someone wrote in between): each staged record
 * with the one the database holds under its key (rec_id), and the held
 * records that change. The rows came staged with their parties; when
 * someone wrote since they were found (or the lookup could not answer),
 * they are found again here. The rows stay where they were staged: a copy
 * of them with these columns cost a quarter of a million-row import. */
static const char relink_staged_sql[] =
	"UPDATE stg.reg SET bid = " PARTY_BY_ID("reg.holder_id") ", aid = NULL;"
	"UPDATE stg.reg SET aid = " ONE_PARTY_NAMED("reg.holder", "reg.holder_id") " WHERE bid IS NULL;";

#define HELD_UNDER_KEY "(SELECT r.id FROM main.registry_records r WHERE " REG_KEY("r", "reg") ")"

static const char held_sql[] =
	"UPDATE stg.reg SET rec_id = " HELD_UNDER_KEY " WHERE rec_id IS NOT " HELD_UNDER_KEY ";";
static const char none_held_sql[] =      /* the database holds no record of this kind */
	"UPDATE stg.reg SET rec_id = NULL WHERE rec_id IS NOT NULL;";

static const char changed_sql[] =
	"DROP TABLE IF EXISTS stg.changed;"
	"CREATE TABLE stg.changed AS SELECT l.rec_id FROM stg.reg l JOIN main.registry_records r ON r.id = l.rec_id"
	" WHERE l.rec_id IS NOT NULL AND r.row_hash IS NOT l.hash;";

static int plan(jz_db *db, const void *cfg, struct jz_err *e)
{
	const struct reg_cfg *c = cfg;
	u64map_free(c->staged);                /* staging is over: the maps' memory goes back */
	party_lookup_release(c->parties);
	if (!party_lookup_current(c->parties, db) && db_exec(db, relink_staged_sql, e))
		return -1;
	int any = db_int_s(db, "SELECT EXISTS(SELECT 1 FROM main.registry_records WHERE kind = ?1)", c->kind, 1) != 0;
	return db_exec(db, any ? held_sql : none_held_sql, e) || db_exec(db, changed_sql, e) ? -1 : 0;
}

static const char merge_sql[] =
	"INSERT INTO registry_history(record_id, by_file_id, before)"
	" SELECT r.id, ?1, json_object('holder_id', r.holder_id, 'value_fen', r.value_fen, 'end_date', r.end_date,"
	" 'role', r.role, 'mode', r.mode, 'seat', r.seat, 'to_name', r.to_name, 'to_id', r.to_id,"
	" 'price_fen', r.price_fen, 'share', r.share, 'from_place', r.from_place, 'dest_place', r.dest_place,"
	" 'phone', r.phone, 'address', r.address, 'co_owner', r.co_owner, 'co_owner_id', r.co_owner_id,"
	" 'src_file_id', r.src_file_id, 'src_row', r.src_row)"
	" FROM main.registry_records r WHERE r.id IN (SELECT rec_id FROM stg.changed);"
	"UPDATE registry_records SET holder_id = l.holder_id, value_fen = l.value, end_date = l.end, role = l.role,"
	" mode = l.mode, seat = l.seat, to_name = l.to_name, to_id = l.to_id, price_fen = l.price, share = l.share,"
	" from_place = l.from_place, dest_place = l.dest_place, phone = l.phone, address = l.address,"
	" co_owner = l.co_owner, co_owner_id = l.co_owner_id, row_hash = l.hash, src_file_id = ?1, src_row = l.rowno"
	" FROM stg.reg l WHERE l.rec_id IS NOT NULL AND registry_records.id = l.rec_id"
	" AND l.rec_id IN (SELECT rec_id FROM stg.changed);"
	/* what registry_relink links again: the holders of changed records (a
	 * new ID may change the party); new records come linked, the others are
	 * as they were (officers_sql adds the parties it creates) */
	"CREATE TABLE stg.relink AS SELECT DISTINCT holder_id AS id_no, holder AS name FROM stg.reg"
	" WHERE rec_id IS NOT NULL AND rec_id IN (SELECT rec_id FROM stg.changed);";

/* New records come linked, so the insert triggers mark their cases and no
 * update of every row follows (an update rewrites the row and its indexes
 * and runs the update triggers). In the file's order: rowno is stg.reg's
 * rowid. */
static const char insert_sql[] =
	"INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, reg_no, value_fen,"
	" start_date, end_date, role, mode, seat, to_name, to_id, price_fen, share, from_place, dest_place, phone,"
	" address, co_owner, co_owner_id, row_hash, src_file_id, src_row)"
	" SELECT kind, " LINK_PARTY ", " LINK_MATCH ", holder, holder_id, item, reg_no, value, start, end, role,"
	" mode, seat, to_name, to_id, price, share, from_place, dest_place, phone, address, co_owner, co_owner_id,"
	" hash, ?1, rowno FROM stg.reg WHERE rec_id IS NULL ORDER BY rowid;";

/* The cases the insert triggers dirty_registry_ins and
 * dirty_rep_registry_ins (db/schema) mark row by row for a linked record:
 * its party's and, through a 法定代表人 link, its companies' (the second
 * trigger's debtor cases are among those). tests/import_identity.sh
 * compares bulk_index_mark's marks of them with the triggers'. */
static const char marks_sql[] =
	"DROP VIEW IF EXISTS temp.import_marks;"
	"CREATE TEMP VIEW import_marks AS WITH n AS (SELECT DISTINCT " LINK_PARTY " AS pid FROM stg.reg"
	"  WHERE rec_id IS NULL AND " LINK_PARTY " IS NOT NULL)"
	" SELECT cp.case_id FROM n JOIN main.case_parties cp ON cp.party_id = n.pid"
	" UNION ALL SELECT cp.case_id FROM n JOIN main.party_links l ON l.a = n.pid AND l.kind = '法定代表人'"
	" JOIN main.case_parties cp ON cp.party_id = l.b;";

/* A register row about someone who is no party (party_id NULL) marks no
 * case through the triggers, yet a rule reads it by ID: the buyer at an
 * auction of the debtor's property (CZ-RELATED-BUYER). Those sales' cases
 * are re-screened, so an incremental screen finds what a full one does. */
static const char buyers_dirty_sql[] =
	"INSERT OR IGNORE INTO main.screen_dirty SELECT e.case_id FROM main.events e"
	" WHERE e.kind IN ('拍卖', '变卖') AND e.counterparty_id IS NOT NULL"
	" AND upper(replace(e.counterparty_id, ' ', '')) IN (SELECT holder_id FROM stg.reg WHERE holder_id IS NOT NULL"
	"  AND (rec_id IS NULL OR rec_id IN (SELECT rec_id FROM stg.changed)));";

/* How the file's records are linked now: the new ones are those above the
 * largest id held before them, the others are found by rec_id. */
static int match_counts(jz_db *db, long long held_max, struct import_stats *st, struct jz_err *e)
{
	sqlite3_stmt *q;
	if (db_prepare(db, "SELECT total(match = 'id'), total(match = 'name'), total(party_id IS NULL) FROM"
		       " (SELECT match, party_id FROM main.registry_records WHERE id > ?1 UNION ALL"
		       "  SELECT r.match, r.party_id FROM stg.reg l JOIN main.registry_records r ON r.id = l.rec_id"
		       "  WHERE l.rec_id IS NOT NULL)",
		       &q, e))
		return -1;
	sqlite3_bind_int64(q, 1, held_max);
	if (sqlite3_step(q) == SQLITE_ROW) {
		st->by_id = sqlite3_column_int64(q, 0);
		st->by_name = sqlite3_column_int64(q, 1);
		st->unlinked = sqlite3_column_int64(q, 2);
	}
	sqlite3_finalize(q);
	return 0;
}

static int merge(jz_db *db, long long file_id, struct import_stats *st, const void *cfg, struct jz_err *e)
{
	if (import_exec_file(db, merge_sql, file_id, e))
		return -1;
	/* the new records: above the largest id held before them (match_counts) */
	long long held_max = db_int(db, "SELECT coalesce(max(id), 0) FROM main.registry_records", 0);
	const struct reg_cfg *c = cfg;
	st->added = c->held->rows - import_count(db, "SELECT count(*) FROM stg.reg WHERE rec_id IS NOT NULL");
	/* the partial indexes no new record enters stay as they are */
	char leave[128];
	snprintf(leave, sizeof leave, "%s,%s,%s,%s,%s", c->held->phone ? "" : "registry_phone",
		 c->held->address ? "" : "registry_address", c->held->co_owner ? "" : "registry_co_owner",
		 strcmp(c->kind, "企业登记") == 0 || strcmp(c->kind, "股权") == 0 ? "" : "registry_company_code",
		 strcmp(c->kind, "存款") == 0 ? "" : "registry_deposit");
	if (import_insert_new(db, "registry_records", st->added, "dirty_registry_ins,dirty_rep_registry_ins", leave,
			      insert_sql, marks_sql, file_id, e) ||
	    registry_relink(db, e) || db_exec(db, buyers_dirty_sql, e) || match_counts(db, held_max, st, e))
		return -1;
	st->updated = import_count(db, "SELECT count(*) FROM stg.changed");
	st->dup = st->read - st->skipped - st->rejected - st->added - st->updated;   /* staged, less the news */
	return 0;
}

/* ---- linking records to parties ---- */

static const char relink_sql[] =
	"CREATE TEMP TABLE IF NOT EXISTS relink_scope(id INTEGER PRIMARY KEY);"
	"DELETE FROM temp.relink_scope;"
	"INSERT OR IGNORE INTO temp.relink_scope SELECT r.id FROM stg.relink k JOIN main.registry_records r"
	" ON r.holder_id = k.id_no;"
	"INSERT OR IGNORE INTO temp.relink_scope SELECT r.id FROM stg.relink k JOIN main.registry_records r"
	" ON r.holder_name = k.name;"
	"UPDATE registry_records SET party_id = n.pid, match = n.m FROM (SELECT id, " LINK_PARTY " AS pid,"
	" " LINK_MATCH " AS m FROM (SELECT id, bid, CASE WHEN bid IS NULL THEN " ONE_PARTY_NAMED("holder_name", "holder_id")
	" END AS aid FROM (SELECT r.id, r.holder_name, r.holder_id, " PARTY_BY_ID("r.holder_id") " AS bid"
	"  FROM temp.relink_scope s CROSS JOIN main.registry_records r ON r.id = s.id))) n"   /* the scope first: it may be empty */
	" WHERE registry_records.id = n.id AND (registry_records.party_id IS NOT n.pid OR registry_records.match IS NOT n.m);";

/* A company's 法定代表人 known only from the 企业登记 register becomes a
 * party (by ID only: a name alone could be anyone), so the register's other
 * rows about that person (出行, 不动产 …) link to them and party_links ties
 * them to the company: the 限制消费令 on a company binds its 法定代表人
 * (限消规定 第三条第二款), and two companies sharing one are related. The new
 * parties join the relink scope. */
static const char officers_sql[] =
	"CREATE TEMP TABLE IF NOT EXISTS reg_officers(id_no TEXT PRIMARY KEY, name TEXT);"
	"DELETE FROM temp.reg_officers;"
	"INSERT OR IGNORE INTO temp.reg_officers SELECT r.holder_id, r.holder_name FROM main.registry_records r"
	" WHERE r.kind IN ('企业登记', '股权') AND r.kind = '企业登记'"       /* by registry_company_code */
	" AND r.holder_id IS NOT NULL AND id_kind(r.holder_id) = 'person'"
	" AND (r.role LIKE '%法定代表人%' OR r.role IN ('法人代表', '法人', '负责人', '执行事务合伙人', '经营者'))"
	" AND NOT EXISTS (SELECT 1 FROM main.parties p WHERE p.id_no = r.holder_id)"
	" AND EXISTS (SELECT 1 FROM main.parties co WHERE co.kind = 'org'"
	"  AND (co.id_no = upper(r.reg_no) OR co.name = r.item));"
	"INSERT INTO main.parties(name, kind, id_no, id_valid, birth_date)"
	" SELECT name, 'person', id_no, id_valid(id_no), id_birth(id_no) FROM temp.reg_officers ORDER BY id_no;"
	"INSERT INTO stg.relink SELECT id_no, name FROM temp.reg_officers;";

static const char relink_all_sql[] =
	"CREATE TABLE IF NOT EXISTS stg.relink AS SELECT DISTINCT holder_id AS id_no, holder_name AS name"
	" FROM main.registry_records;";

int registry_relink(jz_db *db, struct jz_err *e)
{
	/* the scope: stg.relink as the import made it (a registry file's
	 * changed records' holders, a ledger's parties: ledger.c plans it, an
	 * events file's claimants), else every record */
	if (db_exec(db, relink_all_sql, e) || db_exec(db, officers_sql, e) || db_exec(db, relink_sql, e) ||
	    bank_relink(db, e) || party_links_refresh(db, LINKS_ALL, NULL, e))
		return -1;
	return 0;
}

int registry_columns_init(struct column_map *m, struct jz_err *e)
{
	return columns_init(m, registry_columns, RF_COUNT, NULL, e);
}

int registry_row_parse(const char *kind_typed, const struct column_map *m, char **cells, int n,
		       struct strbuf *why, struct strbuf *warn)
{
	struct reg_cfg c = { 0 };
	if (!(c.kind = registry_kind(kind_typed, &c.mode)))
		return sb_printf(why, "未知的登记类型: %s", kind_typed), -1;
	struct reg_rec r;
	rec_init(&r);
	int rc = parse(&r, m, cells, n, why, warn, &c);
	rec_free(&r);
	return rc;
}

int registry_import_file(jz_db *db, const char *kind_typed, const char *path, const struct import_opts *o,
			 struct import_stats *st, struct jz_err *e)
{
	struct u64map staged = { 0 };
	struct party_lookup parties = { 0 };
	struct reg_staged held = { 0 };
	struct reg_cfg c = { .staged = &staged, .parties = &parties, .held = &held };
	c.kind = registry_kind(kind_typed, &c.mode);
	if (!c.kind)
		return jz_err_set(e, "unknown registry kind '%s' (%s)", kind_typed, registry_kind_list());
	char name[64];
	snprintf(name, sizeof name, "registry:%s", c.kind);
	struct import_kind k = {
		name, registry_columns, RF_COUNT, sizeof(struct reg_rec), rec_init, rec_free, parse,
		stage_ddl, stage_sql, stage, merge, &c, NULL, NULL, NULL, 1, NULL, plan,
	};
	int rc = import_file(db, path, &k, o, st, e);
	u64map_free(&staged);
	party_lookup_free(&parties);
	return rc;
}
