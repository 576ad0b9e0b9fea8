/* demo.c — build the demo database: courts, settings, ordinary cases, the
 * planted violations, a screening run, sample documents and drafts. */
#include "demo/demo.h"
#include "util/xalloc.h"
#include "store/bulk_index.h"
#include "store/db.h"
#include "store/settings.h"
#include "legal/normalize.h"
#include "util/progress.h"
#include "rules/screen.h"
#include "store/users.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Real court codes (法院代字) and names of one 中院 district; the judges are invented. */
const struct demo_court demo_courts[] = {
	{ "浙0683", "嵊州市人民法院", "基层", { "俞晓峰", "竺丽娟", "钱国平", "商文斌", "裘海燕", "楼建新" } },
	{ "浙0602", "绍兴市越城区人民法院", "基层", { "陈立群", "王敏华", "沈志刚", "何晓雯", "孙建军", "金佳慧" } },
	{ "浙0603", "绍兴市柯桥区人民法院", "基层", { "周建明", "徐丽萍", "杜海波", "吕春燕", "任志伟", "姚晨曦" } },
	{ "浙0604", "绍兴市上虞区人民法院", "基层", { "丁国强", "潘秀英", "董志华", "袁丽君", "魏明亮", "蒋雪芬" } },
	{ "浙0624", "新昌县人民法院", "基层", { "梁文涛", "唐晓燕", "石国栋", "吴春霞", "蔡立新", "俞佳琪" } },
	{ "浙0681", "诸暨市人民法院", "基层", { "骆建平", "宣丽芳", "赵伟东", "郭海英", "冯志明", "边晓婷" } },
	{ "浙06", "浙江省绍兴市中级人民法院", "中级", { "黄志坚", "叶慧敏", "马建华", "林晓东", "程丽琴", "邢国良" } },
};
const int demo_ncourts = (int)(sizeof demo_courts / sizeof demo_courts[0]);

struct demo_seq { const char *court; int year; long seq; };

void demo_date_add(const char *iso, long days, char out[11])
{
	norm_days_date(norm_date_days(iso) + days, out);
}

static int step(jz_db *db, sqlite3_stmt *st, struct jz_err *e)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return jz_err_set(e, "demo: %s", db_errmsg(db));
	return 0;
}

static void bind_fen(sqlite3_stmt *st, int i, long long fen)
{
	if (fen > 0)
		sqlite3_bind_int64(st, i, fen);
	else
		sqlite3_bind_null(st, i);
}

long long demo_add_case(struct demo_ctx *c, const char *case_no, const char *court_code,
			const char *filing, const char *closing, const char *method,
			const char *cause, long long claim_fen, long long paid_fen,
			const char *basis_no, const char *judge, const char *zb_reason,
			struct jz_err *e)
{
	struct case_no p;
	char norm[96];
	if (norm_case_no(case_no, norm, sizeof norm, &p) != NORM_OK)
		return jz_err_set(e, "demo: bad case number %s", case_no);
	sqlite3_stmt *st = c->ins_case;
	sqlite3_bind_text(st, 1, norm, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 2, p.year);
	sqlite3_bind_text(st, 3, court_code ? court_code : p.court, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 4, p.type, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 5, p.seq);
	db_bind_text_or_null(st, 6, filing);
	db_bind_text_or_null(st, 7, closing);
	db_bind_text_or_null(st, 8, method);
	db_bind_text_or_null(st, 9, cause);
	bind_fen(st, 10, claim_fen);
	sqlite3_bind_int64(st, 11, paid_fen > 0 ? paid_fen : 0);
	db_bind_text_or_null(st, 12, basis_no);
	db_bind_text_or_null(st, 13, judge);
	db_bind_text_or_null(st, 14, zb_reason);
	sqlite3_bind_int64(st, 15, c->import_file_id);
	sqlite3_bind_int64(st, 16, ++c->src_row);
	if (step(c->db, st, e))
		return -1;
	return db_last_id(c->db);
}

/* The party with this ID (or, without one, this exact name), created when new. */
static long long party_id_for(struct demo_ctx *c, const char *name, const char *id_no,
			      struct jz_err *e)
{
	int has_id = id_no && *id_no;
	if (!c->bulk) {
		sqlite3_stmt *f = has_id ? c->find_party_id : c->find_party_name;
		sqlite3_bind_text(f, 1, has_id ? id_no : name, -1, SQLITE_TRANSIENT);
		long long id = sqlite3_step(f) == SQLITE_ROW ? sqlite3_column_int64(f, 0) : 0;
		sqlite3_reset(f);
		if (id)
			return id;
	}
	struct id_info info;
	const char *kind = norm_name_is_org(name) ? "org" : "person";
	sqlite3_stmt *st = c->ins_party;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	if (has_id && norm_id(id_no, &info) == NORM_OK) {
		sqlite3_bind_text(st, 3, info.norm, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(st, 4, info.valid);
		db_bind_text_or_null(st, 5, info.birth);
	} else {
		sqlite3_bind_null(st, 3);
		sqlite3_bind_null(st, 4);
		sqlite3_bind_null(st, 5);
	}
	if (step(c->db, st, e))
		return -1;
	return db_last_id(c->db);
}

long long demo_add_party(struct demo_ctx *c, long long case_id, const char *role,
			 const char *name, const char *id_no, struct jz_err *e)
{
	long long pid = party_id_for(c, name, id_no, e);
	return pid < 0 ? -1 : demo_link_party(c, case_id, role, pid, e);
}

long long demo_link_party(struct demo_ctx *c, long long case_id, const char *role,
			  long long pid, struct jz_err *e)
{
	sqlite3_stmt *st = c->ins_party_link;
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_int64(st, 2, pid);
	sqlite3_bind_text(st, 3, role, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, c->import_file_id);
	sqlite3_bind_int64(st, 5, c->src_row);
	if (step(c->db, st, e))
		return -1;
	return pid;
}

long long demo_add_event(struct demo_ctx *c, long long case_id, const char *kind,
			 const char *date, const char *end_date, const char *item,
			 long long amount_fen, long long value_fen, long long price_fen,
			 const char *counterparty, const char *counterparty_id,
			 const char *detail_json, struct jz_err *e)
{
	sqlite3_stmt *st = c->ins_event;
	sqlite3_bind_int64(st, 1, case_id);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	db_bind_text_or_null(st, 3, date);
	db_bind_text_or_null(st, 4, end_date);
	db_bind_text_or_null(st, 5, item);
	bind_fen(st, 6, amount_fen);
	bind_fen(st, 7, value_fen);
	bind_fen(st, 8, price_fen);
	db_bind_text_or_null(st, 9, counterparty);
	db_bind_text_or_null(st, 10, counterparty_id);
	db_bind_text_or_null(st, 11, detail_json);
	sqlite3_bind_int64(st, 12, c->import_file_id);
	sqlite3_bind_int64(st, 13, c->src_row);
	if (step(c->db, st, e))
		return -1;
	return db_last_id(c->db);
}

long long demo_add_registry(struct demo_ctx *c, const char *kind, long long party_id,
			    const char *holder_name, const char *holder_id, const char *item,
			    const char *reg_no, long long value_fen, const char *start,
			    const char *end, const char *detail_json, struct jz_err *e)
{
	sqlite3_stmt *st = c->ins_registry;
	sqlite3_bind_text(st, 1, kind, -1, SQLITE_STATIC);
	if (party_id > 0)
		sqlite3_bind_int64(st, 2, party_id);
	else
		sqlite3_bind_null(st, 2);
	if (party_id > 0)
		sqlite3_bind_text(st, 3, holder_id && *holder_id ? "id" : "name", -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, 3);
	sqlite3_bind_text(st, 4, holder_name, -1, SQLITE_TRANSIENT);
	db_bind_text_or_null(st, 5, holder_id);
	db_bind_text_or_null(st, 6, item);
	db_bind_text_or_null(st, 7, reg_no);
	bind_fen(st, 8, value_fen);
	db_bind_text_or_null(st, 9, start);
	db_bind_text_or_null(st, 10, end);
	db_bind_text_or_null(st, 11, detail_json);
	sqlite3_bind_int64(st, 12, c->import_file_id);
	sqlite3_bind_int64(st, 13, ++c->src_row);
	if (step(c->db, st, e))
		return -1;
	return db_last_id(c->db);
}

void demo_case_no(struct demo_ctx *c, const char *court_code, int year, const char *type,
		  char *out, size_t len)
{
	struct demo_seq *s = NULL;
	for (int i = 0; i < c->nseqs; i++)
		if (c->seqs[i].year == year && strcmp(c->seqs[i].court, court_code) == 0)
			s = &c->seqs[i];
	if (!s) {
		c->seqs = xrealloc(c->seqs, sizeof *c->seqs * (size_t)(c->nseqs + 1));
		s = &c->seqs[c->nseqs++];
		s->court = court_code;   /* callers pass demo_courts[] codes or literals */
		s->year = year;
		s->seq = 0;
	}
	/* 执 and 执恢 share the court's yearly sequence here; good enough for a demo */
	s->seq += 1 + (demo_rng_next(&c->rng) % 3 == 0);
	snprintf(out, len, "（%d）%s%s%ld号", year, court_code, type, s->seq);
}

static const char *const statements[][2] = {
	{ "case", "INSERT INTO cases(case_no, year, court_code, type_code, seq, filing_date, "
		  "closing_date, closing_method, cause, claim_fen, paid_fen, basis_no, judge, "
		  "zb_reason, src_file_id, src_row, court_id) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,"
		  "?11,?12,?13,?14,?15,?16,(SELECT id FROM courts WHERE code = ?3))" },
	{ "link", "INSERT OR IGNORE INTO case_links(case_id, party_id, role, src_file_id, src_row) "
		  "VALUES(?1,?2,role_code(?3),?4,?5)" },
	/* the detail JSON's fields also go to their own columns (008_import) */
	{ "event", "INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen, "
		   "value_fen, price_fen, counterparty, counterparty_id, detail, src_file_id, src_row, "
		   "created_by, round, note) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,'demo',"
		   "CAST(json_extract(?11, '$.round') AS TEXT), json_extract(?11, '$.note'))" },
	{ "registry", "INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, "
		      "item, reg_no, value_fen, start_date, end_date, detail, src_file_id, src_row, "
		      "mode, role, to_name, from_place, dest_place) "
		      "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13, json_extract(?11, '$.mode'),"
		      " json_extract(?11, '$.role'), json_extract(?11, '$.to'), json_extract(?11, '$.from'),"
		      " json_extract(?11, '$.dest'))" },
	{ "party", "INSERT INTO parties(name, kind, id_no, id_valid, birth_date) VALUES(?1,?2,?3,?4,?5)" },
	{ "find_id", "SELECT id FROM parties WHERE id_no = ?1" },
	{ "find_name", "SELECT id FROM parties WHERE name = ?1 AND id_no IS NULL" },
};

static int prepare_all(struct demo_ctx *c, struct jz_err *e)
{
	sqlite3_stmt **slots[] = { &c->ins_case, &c->ins_party_link, &c->ins_event,
				   &c->ins_registry, &c->ins_party, &c->find_party_id,
				   &c->find_party_name };
	for (size_t i = 0; i < sizeof slots / sizeof slots[0]; i++)
		if (db_prepare(c->db, statements[i][1], slots[i], e))
			return -1;
	return 0;
}

static void finalize_all(struct demo_ctx *c)
{
	sqlite3_finalize(c->ins_case);
	sqlite3_finalize(c->ins_party_link);
	sqlite3_finalize(c->ins_event);
	sqlite3_finalize(c->ins_registry);
	sqlite3_finalize(c->ins_party);
	sqlite3_finalize(c->find_party_id);
	sqlite3_finalize(c->find_party_name);
	free(c->seqs);
}

static int add_courts_and_settings(struct demo_ctx *c, const struct demo_opts *o,
				   struct jz_err *e)
{
	sqlite3_stmt *st;
	if (db_prepare(c->db, "INSERT INTO courts(code, name, level) VALUES(?1,?2,?3)", &st, e))
		return -1;
	for (int i = 0; i < demo_ncourts; i++) {
		sqlite3_bind_text(st, 1, demo_courts[i].code, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, demo_courts[i].name, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, demo_courts[i].level, -1, SQLITE_STATIC);
		if (step(c->db, st, e)) {
			sqlite3_finalize(st);
			return -1;
		}
	}
	sqlite3_finalize(st);
	char seed[32];
	snprintf(seed, sizeof seed, "%llu", (unsigned long long)o->seed);
	const char *kv[][2] = {
		{ "screen.today", DEMO_TODAY }, { "demo.seed", seed },
		{ "org.name", "嵊州市人民检察院" }, { "org.short", "嵊检" },
		{ "org.doc_prefix", "嵊检民执建" }, { "org.region", "浙江省绍兴市" },
		{ "org.upper", "绍兴市人民检察院" },
	};
	for (size_t i = 0; i < sizeof kv / sizeof kv[0]; i++)
		if (settings_put(c->db, kv[i][0], kv[i][1], e))
			return -1;
	/* whoever builds the demo is its 管理员 and 承办检察官 */
	return users_bootstrap(c->db, "演示用户", e);
}

static long long add_demo_file(jz_db *db, const struct demo_opts *o, struct jz_err *e)
{
	char sql[256];
	snprintf(sql, sizeof sql, "INSERT INTO import_files(kind, path, format, encoding, imported_by, "
		 "rows_read, rows_new) VALUES('demo', 'demo:seed=%llu,cases=%ld', 'demo', 'UTF-8', "
		 "'demo', %ld, %ld)", (unsigned long long)o->seed, o->cases, o->cases, o->cases);
	if (db_exec(db, sql, e))
		return -1;
	return db_last_id(db);
}


/* Cases, parties, events and registry rows, then the planted violations. */
static int add_data(struct demo_ctx *c, const struct demo_opts *o, struct jz_err *e)
{
	static const char *const bulk_tables[] = {
		"cases", "parties", "case_links", "events", "registry_records", NULL
	};
	struct bulk_index bi = { .sql = STRBUF_INIT };
	int rc = -1;
	if (add_courts_and_settings(c, o, e) || (c->import_file_id = add_demo_file(c->db, o, e)) < 0)
		goto out;
	if (o->cases >= 20000 && bulk_index_drop(c->db, bulk_tables, NULL, &bi, e))
		goto out;
	c->bulk = 1;
	if (demo_add_ordinary_cases(c, o->cases, o->quiet, e))
		goto out;
	c->bulk = 0;
	if (bi.dropped && bulk_index_restore(c->db, &bi, e))
		goto out;
	rc = demo_plant_violations(c, e);
	if (rc == 0)
		rc = demo_add_bank(c, o->seed, e);
out:
	bulk_index_free(&bi);
	return rc;
}

static int in_transaction(struct demo_ctx *c, const struct demo_opts *o,
			  int (*fn)(struct demo_ctx *, const struct demo_opts *, struct jz_err *),
			  struct jz_err *e)
{
	if (db_begin(c->db, e))
		return -1;
	if (fn(c, o, e)) {
		db_rollback(c->db);
		return -1;
	}
	return db_commit(c->db, e);
}

/* The caller builds into a scratch file and renames it into place, so a
 * failure half-way leaves nothing behind; each step commits on its own
 * because screening runs its own transaction. */
int demo_build(jz_db *db, const struct demo_opts *o, struct jz_err *e)
{
	if (db_int(db, "SELECT count(*) FROM cases", 0) > 0)
		return jz_err_set(e, "the database already holds cases; the demo needs an empty one");
	struct demo_ctx c;
	memset(&c, 0, sizeof c);
	c.db = db;
	demo_rng_seed(&c.rng, o->seed);
	c.today_days = (int)norm_date_days(DEMO_TODAY);
	db_exec(db, "PRAGMA cache_size = -262144", NULL);
	int rc = prepare_all(&c, e);
	if (rc == 0)
		rc = in_transaction(&c, o, add_data, e);
	if (rc == 0)
		rc = screen_all(db, o->quiet, e);
	if (rc == 0)              /* documents and drafts commit step by step */
		rc = demo_add_documents(&c, e);
	if (rc == 0)
		rc = demo_add_drafts(&c, e);
	finalize_all(&c);
	return rc;
}
