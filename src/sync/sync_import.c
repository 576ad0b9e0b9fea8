/* sync_import.c — an office's snapshot into the province database (sync.h). */
#include "sync/sync.h"
#include "sync/sync_int.h"
#include "query/caselist.h"
#include "store/audit.h"
#include "store/db.h"
#include "store/policy.h"

#include <stdio.h>
#include <string.h>

/* Read the snapshot's stamp before attaching it: a jianzhi database of
 * this schema version, exported by an office. */
static int inspect(const char *path, char office[128], struct jz_err *e)
{
	sqlite3 *s = NULL;
	int rc = -1;
	if (sqlite3_open_v2(path, &s, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		jz_err_set(e, "%s：无法打开：%s", path, s ? sqlite3_errmsg(s) : "out of memory");
		sqlite3_close(s);
		return -1;
	}
	sqlite3_stmt *st = NULL;
	int app = 0, ver = 0;
	if (sqlite3_prepare_v2(s, "SELECT (SELECT application_id FROM pragma_application_id),"
			       " (SELECT user_version FROM pragma_user_version),"
			       " (SELECT value FROM settings WHERE key = 'sync.office')", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW) {
		app = sqlite3_column_int(st, 0);
		ver = sqlite3_column_int(st, 1);
		snprintf(office, 128, "%s", db_col(st, 2));
		rc = 0;
	}
	sqlite3_finalize(st);
	sqlite3_close(s);
	struct jz_err ve;
	int want = db_schema_version(&ve);
	if (rc || app != JZ_APP_ID)
		return jz_err_set(e, "%s：不是检执工作台的导出文件", path);
	if (ver != want)
		return jz_err_set(e, "%s：数据库版本 %d 与本程序（%d）不同：请两院用同一版本的 jianzhi", path, ver, want);
	if (!*office)
		return jz_err_set(e, "%s：没有导出标记（须由 jianzhi sync export 生成）", path);
	return 0;
}

/* The office's number: the one it had, or the next free one. */
static int office_no(jz_db *db, const char *office, int *no, int *known, struct jz_err *e)
{
	*no = (int)db_int_s(db, "SELECT office_no FROM sync_offices WHERE code = ?1", office, 0);
	*known = *no != 0;
	if (*known)
		return 0;
	*no = (int)db_int(db, "SELECT coalesce(max(office_no), 0) + 1 FROM sync_offices", 1);
	sqlite3_stmt *st;
	if (db_prepare(db, "INSERT INTO sync_offices(office_no, code) VALUES(?1, ?2)", &st, e))
		return -1;
	sqlite3_bind_int(st, 1, *no);
	sqlite3_bind_text(st, 2, office, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "汇总失败：%s", db_errmsg(db));
	sqlite3_finalize(st);
	return rc;
}

static long long count_k(jz_db *db, const char *tbl, long long k)
{
	char sql[160];
	snprintf(sql, sizeof sql, "SELECT count(*) FROM %s WHERE id BETWEEN %lld AND %lld", tbl, k, k + SYNC_SPAN);
	return db_int(db, sql, 0);
}

static int record(jz_db *db, struct sync_stats *st, long long k, struct jz_err *e)
{
	st->cases = count_k(db, "cases", k);
	st->events = count_k(db, "events", k);
	st->records = count_k(db, "registry_records", k);
	st->documents = count_k(db, "documents", k);
	st->txns = count_k(db, "bank_txns", k);
	st->parties_new = count_k(db, "parties", k);
	st->skipped = db_int(db, "SELECT count(*) FROM src.cases s WHERE s.id + (SELECT office_no FROM sync_offices"
			     " WHERE code = (SELECT value FROM src.settings WHERE key = 'sync.office')) * 4294967296"
			     " NOT IN (SELECT id FROM main.cases)", 0);
	sqlite3_stmt *s;
	if (db_prepare(db, "UPDATE sync_offices SET exported_at = (SELECT value FROM src.settings WHERE key ="
		       " 'sync.exported_at'), imported_at = strftime('%Y-%m-%dT%H:%M:%S','now','localtime'),"
		       " imported_by = ?1, cases = ?2, skipped = ?3 WHERE office_no = ?4", &s, e))
		return -1;
	sqlite3_bind_text(s, 1, jz_login(db), -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, st->cases);
	sqlite3_bind_int64(s, 3, st->skipped);
	sqlite3_bind_int(s, 4, st->office_no);
	int rc = sqlite3_step(s) == SQLITE_DONE ? 0 : jz_err_set(e, "汇总失败：%s", db_errmsg(db));
	sqlite3_finalize(s);
	char note[256];
	snprintf(note, sizeof note, "office %s (#%d): %lld cases, %lld skipped", st->office, st->office_no, st->cases,
		 st->skipped);
	return rc ? -1 : audit_log(db, "sync.import", "sync_offices", st->office_no, NULL, NULL, note, e);
}

/* The office's rows the search index has not seen (added below its mark). */
static int note_new_rows(jz_db *db, long long k, struct jz_err *e)
{
	char sql[512];
	snprintf(sql, sizeof sql,
		 "CREATE TEMP TABLE sync_old_cases(id INTEGER PRIMARY KEY);"
		 "INSERT INTO sync_old_cases SELECT id FROM cases WHERE id BETWEEN %lld AND %lld;"
		 "CREATE TEMP TABLE sync_old_parties(id INTEGER PRIMARY KEY);"
		 "INSERT INTO sync_old_parties SELECT id FROM parties WHERE id BETWEEN %lld AND %lld;",
		 k, k + SYNC_SPAN, k, k + SYNC_SPAN);
	return db_exec(db, sql, e);
}

static int index_new_rows(jz_db *db, long long k, struct jz_err *e)
{
	char sql[512];
	snprintf(sql, sizeof sql,
		 "CREATE TEMP TABLE sync_new_cases AS SELECT id FROM cases WHERE id BETWEEN %lld AND %lld"
		 " AND id NOT IN (SELECT id FROM sync_old_cases);"
		 "CREATE TEMP TABLE sync_new_parties AS SELECT id FROM parties WHERE id BETWEEN %lld AND %lld"
		 " AND id NOT IN (SELECT id FROM sync_old_parties);", k, k + SYNC_SPAN, k, k + SYNC_SPAN);
	int rc = db_exec(db, sql, e);
	if (rc == 0)
		rc = caselist_search_index_added(db, "temp.sync_new_cases", "temp.sync_new_parties", e);
	db_exec(db, "DROP TABLE IF EXISTS temp.sync_old_cases; DROP TABLE IF EXISTS temp.sync_old_parties;"
		"DROP TABLE IF EXISTS temp.sync_new_cases; DROP TABLE IF EXISTS temp.sync_new_parties;", NULL);
	return rc;
}

static int land(jz_db *db, struct sync_stats *st, struct jz_err *e)
{
	int known;
	if (office_no(db, st->office, &st->office_no, &known, e))
		return -1;
	st->replaced = known;
	long long k = (long long)st->office_no << 32;
	if (note_new_rows(db, k, e) || sync_copy_office(db, k, known, e) || index_new_rows(db, k, e))
		return -1;
	return record(db, st, k, e);
}

int sync_import(jz_db *db, const char *path, struct sync_stats *st, struct jz_err *e)
{
	memset(st, 0, sizeof *st);
	if (policy_check(db, PA_IMPORT, NULL, e) || inspect(path, st->office, e))
		return -1;
	/* The lazy search index first, so the office's rows can be indexed exactly. */
	if (caselist_search_sync(db, e))
		return -1;
	sqlite3_stmt *at;
	if (db_prepare(db, "ATTACH ?1 AS src", &at, e))
		return -1;
	sqlite3_bind_text(at, 1, path, -1, SQLITE_STATIC);
	int rc = sqlite3_step(at) == SQLITE_DONE ? 0 : jz_err_set(e, "%s：%s", path, db_errmsg(db));
	sqlite3_finalize(at);
	if (rc)
		return -1;
	/* One transaction: a kill -9 anywhere leaves the province as it was. */
	if ((rc = db_begin(db, e)) == 0) {
		rc = land(db, st, e);
		rc = rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
	}
	db_exec(db, "DETACH src", NULL);
	return rc;
}

int sync_is_province(jz_db *db)
{
	return db_int(db, "SELECT EXISTS(SELECT 1 FROM sync_offices)", 0) != 0;
}
