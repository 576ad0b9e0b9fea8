#include "store/audit.h"
#include "util/strbuf.h"
#include "util/sha256.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The chain: each row's hash covers the hash before it and the row's
 * fields, each followed by a unit separator (NULL written as \x1e). */
static void hash_field(struct sha256 *h, const char *v)
{
	if (v)
		sha256_add(h, v, strlen(v));
	else
		sha256_add(h, "\x1e", 1);
	sha256_add(h, "\x1f", 1);
}

static void row_hash(const char *const f[9], char out[65])
{
	struct sha256 h;
	sha256_init(&h);
	for (int i = 0; i < 9; i++)
		hash_field(&h, f[i]);
	sha256_hex(&h, out);
}

static void last_hash(jz_db *db, char out[65])
{
	char *h = db_text(db, "SELECT hash FROM audit ORDER BY id DESC LIMIT 1");
	snprintf(out, 65, "%s", h ? h : "");
	free(h);
}

static int insert_row(jz_db *db, const char *const f[9], const char *hash, long long row_id, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->sql, "INSERT INTO audit(prev_hash, at, login, action, tbl, row_id, before, after,"
			       " note, hash) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)", -1, &st, NULL) != SQLITE_OK)
		return jz_err_set(e, "audit: %s", db_errmsg(db));
	for (int i = 0; i < 9; i++)
		if (i != 5)
			sqlite3_bind_text(st, i + 1, f[i], -1, SQLITE_STATIC);
	if (row_id)
		sqlite3_bind_int64(st, 6, row_id);
	sqlite3_bind_text(st, 10, hash, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "audit: %s", db_errmsg(db));
	sqlite3_finalize(st);
	return rc;
}

int audit_log(jz_db *db, const char *action, const char *tbl, long long row_id,
	      const char *before_json, const char *after_json, const char *note,
	      struct jz_err *e)
{
	/* Reading the last hash and appending must be one transaction, or two
	 * writers could both chain onto the same row. */
	int own;
	if (db_begin_own(db, &own, e))
		return -1;
	char prev[65], at[32], rid[24], hash[65];
	last_hash(db, prev);
	time_t t = time(NULL);
	struct tm tm;
	localtime_r(&t, &tm);
	strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(rid, sizeof rid, "%lld", row_id);
	const char *f[9] = { prev, at, jz_login(db), action, tbl ? tbl : "", row_id ? rid : NULL,
			     before_json, after_json, note };
	row_hash(f, hash);
	return db_end(db, own, insert_row(db, f, hash, row_id, e), e);
}

/* The fields of an audit row as hashed (columns 1..9 of the SELECT below). */
static const char chain_sql[] = "SELECT id, prev_hash, at, login, action, tbl, CAST(row_id AS TEXT), before,"
				 " after, note, hash FROM audit ORDER BY id";

static void fields_of(sqlite3_stmt *st, const char *f[9])
{
	for (int i = 0; i < 9; i++)
		f[i] = (const char *)sqlite3_column_text(st, i + 1);
	if (!f[0])
		f[0] = "";
}

int audit_verify(jz_db *db, long long *bad_id, long long *rows, char head[65], struct jz_err *e)
{
	sqlite3_stmt *st;
	*bad_id = 0;
	*rows = 0;
	head[0] = 0;
	if (db_prepare(db, chain_sql, &st, e))
		return -1;
	char prev[65] = "", want[65];
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *f[9], *stored = (const char *)sqlite3_column_text(st, 10);
		fields_of(st, f);
		row_hash(f, want);
		(*rows)++;
		if (strcmp(f[0], prev) != 0 || !stored || strcmp(stored, want) != 0) {
			*bad_id = sqlite3_column_int64(st, 0);
			break;
		}
		snprintf(prev, sizeof prev, "%s", stored);
	}
	sqlite3_finalize(st);
	snprintf(head, 65, "%s", prev);
	return 0;
}

int audit_chain_backfill(jz_db *db, struct jz_err *e)
{
	if (db_int(db, "SELECT count(*) FROM audit WHERE hash IS NULL", 0) == 0)
		return 0;
	sqlite3_stmt *st, *up;
	if (db_begin(db, e))
		return -1;
	/* the audit table refuses UPDATE; the chain columns are filled once */
	if (db_exec(db, "DROP TRIGGER audit_no_update", e) || db_prepare(db, chain_sql, &st, e) ||
	    db_prepare(db, "UPDATE audit SET prev_hash = ?2, hash = ?3 WHERE id = ?1", &up, e)) {
		db_rollback(db);
		return -1;
	}
	char prev[65] = "", hash[65];
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *f[9];
		fields_of(st, f);
		f[0] = prev;
		row_hash(f, hash);
		sqlite3_bind_int64(up, 1, sqlite3_column_int64(st, 0));
		sqlite3_bind_text(up, 2, prev, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(up, 3, hash, -1, SQLITE_TRANSIENT);
		sqlite3_step(up);
		sqlite3_reset(up);
		snprintf(prev, sizeof prev, "%s", hash);
	}
	sqlite3_finalize(st);
	sqlite3_finalize(up);
	int rc = db_exec(db, "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
			 " BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END", e);
	return rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
}

char *audit_row_json(jz_db *db, const char *tbl, long long row_id)
{
	struct strbuf sql = STRBUF_INIT;
	/* Table names come from the program, never from the user. */
	sb_printf(&sql, "SELECT * FROM \"%s\" WHERE rowid=?", tbl);
	sqlite3_stmt *st;
	int ok = sqlite3_prepare_v2(db->sql, sb_str(&sql), -1, &st, NULL) == SQLITE_OK;
	sb_free(&sql);
	if (!ok)
		return NULL;
	sqlite3_bind_int64(st, 1, row_id);
	char *out = NULL;
	if (sqlite3_step(st) == SQLITE_ROW) {
		struct strbuf j = STRBUF_INIT;
		sb_addc(&j, '{');
		for (int i = 0; i < sqlite3_column_count(st); i++) {
			if (i)
				sb_addc(&j, ',');
			sb_add_json_str(&j, sqlite3_column_name(st, i));
			sb_addc(&j, ':');
			switch (sqlite3_column_type(st, i)) {
			case SQLITE_NULL: sb_adds(&j, "null"); break;
			case SQLITE_INTEGER: sb_printf(&j, "%lld", (long long)sqlite3_column_int64(st, i)); break;
			case SQLITE_FLOAT: sb_printf(&j, "%.17g", sqlite3_column_double(st, i)); break;
			default: sb_add_json_str(&j, (const char *)sqlite3_column_text(st, i));
			}
		}
		sb_addc(&j, '}');
		out = sb_detach(&j);
	}
	sqlite3_finalize(st);
	return out;
}
