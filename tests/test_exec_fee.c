/* test_exec_fee.c — the 申请执行费 (legal/money_sql.h, exec_fee_fen) at the
 * edges of each band of 诉讼费用交纳办法 第十四条第（一）项, worked by hand,
 * and the SQL function CZ-FUTILE calls. */
#include "legal/money_sql.h"
#include "tap.h"

#include <sqlite3.h>

int main(void)
{
	is_int(exec_fee_fen(0), 5000, "nothing to enforce: the flat 50元");
	is_int(exec_fee_fen(1000000), 5000, "1万元: 50元");
	is_int(exec_fee_fen(1000100), 5002, "1万元 and 1元: 50元 + 1.5 %% of 1元, rounded to 50.02元");
	is_int(exec_fee_fen(30000000), 440000, "30万元: 50 + 290,000 × 1.5 %% = 4,400元");
	is_int(exec_fee_fen(50000000), 740000, "50万元: 50 + 7,350 = 7,400元");
	is_int(exec_fee_fen(500000000), 5240000, "500万元: 7,400 + 45,000 = 52,400元");
	is_int(exec_fee_fen(1000000000), 7740000, "1000万元: 52,400 + 25,000 = 77,400元");
	is_int(exec_fee_fen(2000000000), 8740000, "2000万元: 77,400 + 10,000 = 87,400元");
	is_int(exec_fee_fen(-1), -1, "a negative amount has no fee");

	sqlite3 *db;
	sqlite3_open(":memory:", &db);
	ok(money_sql_register(db) == SQLITE_OK, "yuan and exec_fee register");
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db, "SELECT exec_fee(30000000), exec_fee(NULL) IS NULL, exec_fee(-5) IS NULL, exec_fee('x') IS NULL",
			   -1, &st, NULL);
	ok(sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int64(st, 0) == 440000 && sqlite3_column_int(st, 1) &&
	   sqlite3_column_int(st, 2) && sqlite3_column_int(st, 3), "in SQL: 4,400元 for 30万元; NULL for NULL, negative, text");
	sqlite3_finalize(st);
	sqlite3_close(db);
	return tap_done();
}
