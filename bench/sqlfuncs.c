/* sqlfuncs.c — jianzhi's SQL functions as a loadable extension for the
 * sqlite3 shell, so bench/screen.sh can run the rules' SQL bare as its
 * reference: `.load ./jzfuncs` gives legal_add_days, legal_add_months, …
 * (the legal calendar, legal/calendar_sql.c), yuan (legal/money_sql.c) and
 * binom_tail (store/stats_sql.c), note_date (legal/date_sql.c),
 * the same code the binary registers on every connection (store/db.c).
 * Built by bench/screen.sh with -fPIC from the sources; not installed. */
#include "legal/calendar.h"
#include "legal/money_sql.h"
#include "store/stats_sql.h"
#include "legal/date_sql.h"

#include <sqlite3.h>

int sqlite3_jzfuncs_init(sqlite3 *db, char **err, const void *api);
int sqlite3_jzfuncs_init(sqlite3 *db, char **err, const void *api)
{
	(void)err;
	(void)api;   /* the shell links libsqlite3 dynamically: direct calls resolve to it */
	int rc = calendar_sql_register(db, calendar_default());
	if (rc == SQLITE_OK)
		rc = money_sql_register(db);
	if (rc == SQLITE_OK)
		rc = stats_sql_register(db);
	return rc == SQLITE_OK ? date_sql_register(db) : rc;
}
