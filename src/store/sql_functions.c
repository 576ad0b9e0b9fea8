/* sql_functions.c — the rules' SQL functions in one list (sql_functions.h). */
#include "store/sql_functions.h"
#include "legal/calendar.h"
#include "legal/date_sql.h"
#include "legal/id_sql.h"
#include "legal/item_sql.h"
#include "legal/money_sql.h"
#include "store/roles.h"
#include "store/stats_sql.h"

#include <sqlite3.h>

int sql_functions_register(struct sqlite3 *db)
{
	int rc = calendar_sql_register(db, calendar_default());
	if (rc == SQLITE_OK)
		rc = money_sql_register(db);
	if (rc == SQLITE_OK)
		rc = stats_sql_register(db);
	if (rc == SQLITE_OK)
		rc = id_sql_register(db);
	if (rc == SQLITE_OK)
		rc = item_sql_register(db);
	if (rc == SQLITE_OK)
		rc = roles_sql_register(db);
	return rc == SQLITE_OK ? date_sql_register(db) : rc;
}
