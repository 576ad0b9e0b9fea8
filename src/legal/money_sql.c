/* money_sql.c — amounts in SQL the way a prosecutor reads them (contract
 * in money_sql.h). */
#include "legal/money_sql.h"
#include "legal/cnfmt.h"

#include <sqlite3.h>
#include <string.h>

/* yuan(fen) → "127,300.00元"; NULL for NULL or text that is no number. */
static void yuan_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	int t = sqlite3_value_numeric_type(argv[0]);
	if (t != SQLITE_INTEGER && t != SQLITE_FLOAT) {
		sqlite3_result_null(ctx);
		return;
	}
	char buf[64];
	cn_yuan(sqlite3_value_int64(argv[0]), buf, sizeof buf - 4);
	strcat(buf, "元");
	sqlite3_result_text(ctx, buf, -1, SQLITE_TRANSIENT);
}

/* Each band's part of the amount at its rate (per mille), rounded to the
 * fen once at the end; the first 1万元 is a flat 50元. */
long long exec_fee_fen(long long claim_fen)
{
	static const struct { long long upto_fen; int per_mille_x10; } band[] = {
		{ 50000000LL, 150 }, { 500000000LL, 100 }, { 1000000000LL, 50 }, { -1, 10 },
	};
	if (claim_fen < 0)
		return -1;
	long long fee_x10000 = 5000LL * 10000;   /* 50元 in fen, scaled */
	long long from = 1000000;                /* 1万元 in fen */
	for (size_t i = 0; i < sizeof band / sizeof band[0] && claim_fen > from; i++) {
		long long to = band[i].upto_fen < 0 || claim_fen < band[i].upto_fen ? claim_fen : band[i].upto_fen;
		fee_x10000 += (to - from) * band[i].per_mille_x10;
		from = to;
	}
	return (fee_x10000 + 5000) / 10000;
}

static void exec_fee_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	int t = sqlite3_value_numeric_type(argv[0]);
	long long fee = t == SQLITE_INTEGER || t == SQLITE_FLOAT ? exec_fee_fen(sqlite3_value_int64(argv[0])) : -1;
	if (fee >= 0)
		sqlite3_result_int64(ctx, fee);
}

int money_sql_register(struct sqlite3 *db)
{
	int rc = sqlite3_create_function_v2(db, "yuan", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, yuan_fn, NULL,
					    NULL, NULL);
	return rc == SQLITE_OK ? sqlite3_create_function_v2(db, "exec_fee", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
							    exec_fee_fn, NULL, NULL, NULL) : rc;
}
