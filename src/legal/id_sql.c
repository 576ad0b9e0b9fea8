/* id_sql.c — ID numbers in SQL (contract in id_sql.h). */
#include "legal/id_sql.h"
#include "legal/normalize.h"

#include <sqlite3.h>
#include <string.h>

enum { F_KIND, F_VALID, F_BIRTH, F_NORM };

static void id_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	const char *in = (const char *)sqlite3_value_text(argv[0]);
	struct id_info id;
	if (!in || norm_id(in, &id) != NORM_OK || (id.kind != ID_PERSON && id.kind != ID_ORG))
		return;   /* NULL */
	switch (*(const int *)sqlite3_user_data(ctx)) {
	case F_KIND:
		sqlite3_result_text(ctx, id.kind == ID_PERSON ? "person" : "org", -1, SQLITE_STATIC);
		break;
	case F_VALID:
		sqlite3_result_int(ctx, id.valid);
		break;
	case F_NORM:
		sqlite3_result_text(ctx, id.norm, (int)strlen(id.norm), SQLITE_TRANSIENT);
		break;
	default:
		if (id.kind == ID_PERSON && id.birth[0])
			sqlite3_result_text(ctx, id.birth, (int)strlen(id.birth), SQLITE_TRANSIENT);
	}
}

int id_sql_register(struct sqlite3 *db)
{
	static const int which[] = { F_KIND, F_VALID, F_BIRTH, F_NORM };
	static const char *const names[] = { "id_kind", "id_valid", "id_birth", "id_norm" };
	for (int i = 0; i < 4; i++) {
		int rc = sqlite3_create_function_v2(db, names[i], 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
						    (void *)&which[i], id_fn, NULL, NULL, NULL);
		if (rc != SQLITE_OK)
			return rc;
	}
	return SQLITE_OK;
}
