/* sqlfuncs.c — jianzhi's SQL functions as a loadable extension for the
 * sqlite3 shell, so bench/screen.sh can run the rules' SQL bare as its
 * reference: `.load ./jzfuncs` gives legal_add_days, legal_add_months, …
 * (store/sql_functions.h lists them), the same code the binary registers
 * on every connection (store/db.c).
 * Built by bench/screen.sh with -fPIC from the sources; not installed. */
#include "store/sql_functions.h"

#include <sqlite3.h>

int sqlite3_jzfuncs_init(sqlite3 *db, char **err, const void *api);
int sqlite3_jzfuncs_init(sqlite3 *db, char **err, const void *api)
{
	(void)err;
	(void)api;   /* the shell links libsqlite3 dynamically: direct calls resolve to it */
	return sql_functions_register(db);
}
