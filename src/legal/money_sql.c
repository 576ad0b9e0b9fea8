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

int money_sql_register(struct sqlite3 *db)
{
	return sqlite3_create_function_v2(db, "yuan", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, yuan_fn, NULL,
					  NULL, NULL);
}
