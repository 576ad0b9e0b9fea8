/* sync_tables.c — how each table of an office snapshot lands in the
 * province database (sync_int.h). The snapshot is attached as `src`; ?1 is
 * the office's offset K = office_no << 32; temp.pmap and temp.amap map the
 * office's party and bank-account ids to the province's. */
#include "sync/sync_int.h"
#include "store/db.h"
#include "util/strbuf.h"

#include <stdio.h>
#include <string.h>

/* A column whose value is computed, not copied. */
struct remap { const char *col, *expr; };

#define OFF(c) "s." c " + ?1"
#define OFFN(c) "CASE WHEN s." c " IS NOT NULL THEN s." c " + ?1 END"
#define PARTY(c) "(SELECT dst FROM temp.pmap WHERE src = s." c ")"

/* The office's copy of each table, in the order the foreign keys need.
 * upsert: rows keep their id and are updated in place (others refer to
 * them: leads and drafts to cases); else the office's rows were deleted
 * first and are inserted again. */
static const struct spec {
	const char *tbl;
	struct remap map[6];
	const char *where;       /* which source rows */
	int upsert, ignore;      /* ON CONFLICT(id) DO UPDATE / INSERT OR IGNORE */
} specs[] = {
	{ "import_files", { { "id", OFF("id") } }, NULL, 1, 0 },
	{ "cases", { { "id", OFF("id") }, { "src_file_id", OFFN("src_file_id") },
		     { "court_id", "(SELECT m.id FROM main.courts m JOIN src.courts c ON c.code = m.code WHERE c.id = s.court_id)" },
		     /* sort keys (023): the links copied next set first_debtor; the leads are the province's */
		     { "first_debtor", "NULL" },
		     { "active_leads", "(SELECT count(*) FROM main.leads l WHERE l.case_id = s.id + ?1 AND l.status = 'active')" } },
	  "NOT EXISTS (SELECT 1 FROM main.cases m WHERE m.case_no = s.case_no AND NOT m." SYNC_IN_OFFICE("id") ")", 1, 0 },
	{ "case_links", { { "case_id", OFF("case_id") }, { "party_id", PARTY("party_id") },
			    { "src_file_id", OFFN("src_file_id") } }, "s.case_id + ?1 IN (SELECT id FROM main.cases)", 0, 1 },
	{ "events", { { "id", OFF("id") }, { "case_id", OFF("case_id") }, { "src_file_id", OFFN("src_file_id") } },
	  "s.case_id + ?1 IN (SELECT id FROM main.cases)", 0, 0 },
	{ "registry_records", { { "id", OFF("id") }, { "party_id", PARTY("party_id") }, { "src_file_id", OFFN("src_file_id") } },
	  NULL, 0, 0 },
	{ "registry_history", { { "id", OFF("id") }, { "record_id", OFF("record_id") }, { "by_file_id", OFFN("by_file_id") } },
	  NULL, 0, 0 },
	{ "documents", { { "id", OFF("id") }, { "case_id", "CASE WHEN s.case_id + ?1 IN (SELECT id FROM main.cases) THEN s.case_id + ?1 END" } },
	  NULL, 0, 1 },
	{ "pages", { { "id", OFF("id") }, { "doc_id", OFF("doc_id") } }, "s.doc_id + ?1 IN (SELECT id FROM main.documents)", 0, 0 },
	{ "facts", { { "id", OFF("id") }, { "doc_id", OFF("doc_id") }, { "page_id", OFFN("page_id") },
		     { "case_id", "CASE WHEN s.case_id + ?1 IN (SELECT id FROM main.cases) THEN s.case_id + ?1 END" } },
	  "s.doc_id + ?1 IN (SELECT id FROM main.documents)", 0, 0 },
	{ "bank_txns", { { "id", OFF("id") }, { "account_id", "(SELECT dst FROM temp.amap WHERE src = s.account_id)" },
			 { "src_file_id", OFFN("src_file_id") } }, NULL, 0, 1 },
	{ "bank_counterparties", { { "account_id", "(SELECT dst FROM temp.amap WHERE src = s.account_id)" },
				   { "src_file_id", OFFN("src_file_id") } }, NULL, 0, 1 },
	{ "party_links", { { "id", OFF("id") }, { "a", PARTY("a") }, { "b", PARTY("b") }, { "src_file_id", OFFN("src_file_id") } },
	  NULL, 0, 1 },
};

/* What deleting an office's previous rows takes, children first; its
 * cases and files are upserted and only the vanished ones deleted. */
static const char delete_sql[] =
	"DELETE FROM party_links WHERE " SYNC_IN_OFFICE("id") ";"
	"DELETE FROM bank_counterparties WHERE " SYNC_IN_OFFICE("src_file_id") ";"
	"DELETE FROM bank_txns WHERE " SYNC_IN_OFFICE("id") ";"
	"DELETE FROM facts WHERE " SYNC_IN_OFFICE("id") ";"
	"DELETE FROM pages WHERE " SYNC_IN_OFFICE("id") ";"
	"DELETE FROM documents WHERE " SYNC_IN_OFFICE("id") ";"
	"DELETE FROM registry_history WHERE " SYNC_IN_OFFICE("id") ";"
	"DELETE FROM registry_records WHERE " SYNC_IN_OFFICE("id") ";"
	"DELETE FROM events WHERE " SYNC_IN_OFFICE("id") ";"
	"DELETE FROM case_links WHERE " SYNC_IN_OFFICE("case_id") ";";

static const char vanished_sql[] =
	"DELETE FROM cases WHERE " SYNC_IN_OFFICE("id") " AND id - ?1 NOT IN (SELECT id FROM src.cases);"
	"DELETE FROM import_files WHERE " SYNC_IN_OFFICE("id") " AND id - ?1 NOT IN (SELECT id FROM src.import_files)"
	" AND id NOT IN (SELECT src_file_id FROM cases WHERE src_file_id IS NOT NULL);";

/* Shared rows: courts by code, parties by ID number (else by exact name
 * for parties without one), bank accounts by number; the maps say where
 * each of the office's rows went. */
static const char shared_sql[] =
	"INSERT OR IGNORE INTO main.courts(code, name, level) SELECT code, name, level FROM src.courts;"
	"CREATE TEMP TABLE pmap(src INTEGER PRIMARY KEY, dst INTEGER NOT NULL);"
	"INSERT INTO temp.pmap SELECT s.id, m.id FROM src.parties s JOIN main.parties m ON m.id_no = s.id_no"
	" WHERE s.id_no IS NOT NULL;"
	"INSERT INTO temp.pmap SELECT s.id, m.id FROM src.parties s JOIN main.parties m ON m.name = s.name"
	" AND m.id_no IS NULL WHERE s.id_no IS NULL;"
	"INSERT INTO main.parties(id, name, kind, id_no, id_valid, birth_date, phone, address)"
	" SELECT s.id + ?1, s.name, s.kind, s.id_no, s.id_valid, s.birth_date, s.phone, s.address"
	" FROM src.parties s WHERE s.id NOT IN (SELECT src FROM temp.pmap) AND true"
	" ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, id_no = excluded.id_no,"
	" id_valid = excluded.id_valid, birth_date = excluded.birth_date, phone = excluded.phone,"
	" address = excluded.address;"
	"INSERT INTO temp.pmap SELECT id, id + ?1 FROM src.parties WHERE id NOT IN (SELECT src FROM temp.pmap);"
	"CREATE TEMP TABLE amap(src INTEGER PRIMARY KEY, dst INTEGER NOT NULL);"
	"INSERT INTO temp.amap SELECT s.id, m.id FROM src.bank_accounts s JOIN main.bank_accounts m"
	" ON m.account_no = s.account_no;"
	"INSERT INTO main.bank_accounts(id, account_no, holder_name, holder_id, bank, party_id, match, src_file_id)"
	" SELECT s.id + ?1, s.account_no, s.holder_name, s.holder_id, s.bank,"
	" (SELECT dst FROM temp.pmap WHERE src = s.party_id), s.match,"
	" CASE WHEN s.src_file_id IS NOT NULL THEN s.src_file_id + ?1 END"
	" FROM src.bank_accounts s WHERE s.id NOT IN (SELECT src FROM temp.amap) AND true"
	" ON CONFLICT(id) DO UPDATE SET holder_name = excluded.holder_name, holder_id = excluded.holder_id,"
	" bank = excluded.bank, party_id = excluded.party_id, match = excluded.match;"
	"INSERT INTO temp.amap SELECT id, id + ?1 FROM src.bank_accounts WHERE id NOT IN (SELECT src FROM temp.amap);";

static int exec_k(jz_db *db, const char *sql, long long k, struct jz_err *e)
{
	return db_exec_script_i(db, sql, k, "汇总失败", e);
}

static const char *mapped(const struct spec *sp, const char *col)
{
	for (int i = 0; i < 6 && sp->map[i].col; i++)
		if (strcmp(sp->map[i].col, col) == 0)
			return sp->map[i].expr;
	return NULL;
}

/* INSERT [OR IGNORE] INTO main.T(cols) SELECT exprs FROM src.T s WHERE
 * ... — the columns from the province's own table (the snapshot has the
 * same schema version). An upsert table first updates the rows it already
 * has (a plain UPDATE: an ON CONFLICT upsert would override the OR IGNORE
 * of the screen_dirty triggers), then inserts the others. */
static int copy_table(jz_db *db, const struct spec *sp, long long k, struct jz_err *e)
{
	struct strbuf cols = STRBUF_INIT, exprs = STRBUF_INIT, set = STRBUF_INIT, sql = STRBUF_INIT;
	sqlite3_stmt *st;
	if (db_prepare(db, "SELECT name FROM pragma_table_info(?1) ORDER BY cid", &st, e))
		return -1;
	sqlite3_bind_text(st, 1, sp->tbl, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *c = db_col(st, 0), *m = mapped(sp, c);
		char ex[512];
		if (m)
			snprintf(ex, sizeof ex, "%s", m);
		else
			snprintf(ex, sizeof ex, "s.\"%s\"", c);
		sb_printf(&cols, "%s\"%s\"", cols.len ? ", " : "", c);
		sb_printf(&exprs, "%s%s", exprs.len ? ", " : "", ex);
		if (strcmp(c, "id") != 0)
			sb_printf(&set, "%s\"%s\" = %s", set.len ? ", " : "", c, ex);
	}
	sqlite3_finalize(st);
	const char *where = sp->where ? sp->where : "1";
	if (sp->upsert)
		sb_printf(&sql, "UPDATE main.\"%s\" SET %s FROM src.\"%s\" s WHERE main.\"%s\".id = s.id + ?1 AND %s;",
			  sp->tbl, sb_str(&set), sp->tbl, sp->tbl, where);
	sb_printf(&sql, "INSERT %sINTO main.\"%s\"(%s) SELECT %s FROM src.\"%s\" s WHERE %s%s", sp->ignore ? "OR IGNORE " : "",
		  sp->tbl, sb_str(&cols), sb_str(&exprs), sp->tbl, where,
		  sp->upsert ? " AND s.id + ?1 NOT IN (SELECT id FROM main.\"" : "");
	if (sp->upsert)
		sb_printf(&sql, "%s\")", sp->tbl);
	int rc = exec_k(db, sb_str(&sql), k, e);
	sb_free(&cols);
	sb_free(&exprs);
	sb_free(&set);
	sb_free(&sql);
	return rc;
}

int sync_copy_office(jz_db *db, long long k, int replacing, struct jz_err *e)
{
	if (replacing && exec_k(db, delete_sql, k, e))
		return -1;
	for (size_t i = 0; i < sizeof specs / sizeof *specs; i++) {
		if (copy_table(db, &specs[i], k, e)) {
			char why[sizeof e->msg];
			snprintf(why, sizeof why, "%s", e->msg);
			return jz_err_set(e, "%s（表 %s）", why, specs[i].tbl);
		}
		if (i == 0 && exec_k(db, shared_sql, k, e))       /* the files first: accounts name theirs */
			return -1;
		if (i == 1 && replacing && exec_k(db, vanished_sql, k, e))   /* after cases */
			return -1;
	}
	return db_exec(db, "DROP TABLE temp.pmap; DROP TABLE temp.amap;", e);
}
