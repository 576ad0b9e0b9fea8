/* test_id_sql.c — id_kind, id_valid, id_birth, id_norm (legal/id_sql.h):
 * an ID read in SQL as the ledger import reads it, for the parties SQL
 * creates (a 法定代表人 from the register, a 案外人 who claims). */
#include "legal/id_sql.h"
#include "tap.h"

#include <sqlite3.h>
#include <string.h>

static sqlite3 *db;

static void sql_is(const char *expr, const char *want)
{
	char sql[256];
	snprintf(sql, sizeof sql, "SELECT coalesce(%s, 'NULL')", expr);
	sqlite3_stmt *st;
	const char *got = "(error)";
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		got = (const char *)sqlite3_column_text(st, 0);
	is_str(got, want, "%s = %s", expr, want);
	sqlite3_finalize(st);
}

int main(void)
{
	sqlite3_open(":memory:", &db);
	ok(id_sql_register(db) == SQLITE_OK, "the functions register");
	sql_is("id_kind('330681198304133376')", "person");
	sql_is("id_valid('330681198304133376')", "1");
	sql_is("id_birth('330681198304133376')", "1983-04-13");
	sql_is("id_valid('330681198304133377')", "0");                   /* wrong check character */
	sql_is("id_norm(' 33068119830413337x ')", "33068119830413337X");   /* trimmed, upper case */
	sql_is("id_norm('330683199011230026')", "330683199011230026");
	sql_is("id_kind('91330683MA2BCD1232')", "org");
	sql_is("id_birth('91330683MA2BCD1232')", "NULL");              /* an org has no birth date */
	sql_is("id_kind('3306**********3376')", "NULL");                /* masked */
	sql_is("id_kind('某某')", "NULL");
	sql_is("id_kind('')", "NULL");
	sql_is("id_kind(NULL)", "NULL");
	sqlite3_close(db);
	return tap_done();
}
