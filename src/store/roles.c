/* roles.c — role names and their stored codes (roles.h). The order is
 * db/schema/052's. */
#include "store/roles.h"

#include <sqlite3.h>
#include <string.h>

static const char *const names[NROLES] = { "申请执行人", "被执行人", "案外人", "担保人", "协助执行人", "买受人" };

int party_role_code(const char *name)
{
	for (int i = 0; name && i < NROLES; i++)
		if (strcmp(name, names[i]) == 0)
			return i;
	return -1;
}

const char *party_role_name(int code)
{
	return code >= 0 && code < NROLES ? names[code] : NULL;
}

static void role_code_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	int code = party_role_code((const char *)sqlite3_value_text(argv[0]));
	if (code < 0)
		sqlite3_result_null(ctx);
	else
		sqlite3_result_int(ctx, code);
}

int roles_sql_register(struct sqlite3 *db)
{
	return sqlite3_create_function(db, "role_code", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
				       NULL, role_code_fn, NULL, NULL);
}
