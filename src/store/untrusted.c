/* untrusted.c — preparing SQL a person wrote (db_prepare_untrusted, db.h).
 *
 * Rule files and --where conditions are checked with sqlite3_stmt_readonly
 * by their callers; that alone still lets through ATTACH, transaction
 * control and functions with side effects. On a shared host the
 * connection can write a database the person could not otherwise touch,
 * so while such SQL is compiled SQLite's authorizer allows reading and
 * nothing else. The authorizer acts at compile time; it is removed again
 * before the statement runs, so our own statements are unaffected. */
#include "store/db.h"

#include <string.h>

/* Functions that reach outside the database or change how it is read. */
static const char *const denied_functions[] = {
	"load_extension", "fts3_tokenizer", "readfile", "writefile", "edit", NULL,
};

static int allow_reading(void *arg, int action, const char *a3, const char *a4, const char *dbname,
			 const char *trigger)
{
	(void)arg, (void)a3, (void)dbname, (void)trigger;
	switch (action) {
	case SQLITE_SELECT:
	case SQLITE_READ:
	case SQLITE_RECURSIVE:
		return SQLITE_OK;
	case SQLITE_FUNCTION:
		for (int i = 0; denied_functions[i]; i++)
			if (a4 && strcasecmp(a4, denied_functions[i]) == 0)
				return SQLITE_DENY;
		return SQLITE_OK;
	default:
		return SQLITE_DENY;     /* writes, schema, ATTACH, PRAGMA, BEGIN … */
	}
}

int db_prepare_untrusted(jz_db *db, const char *sql, sqlite3_stmt **st, const char **tail)
{
	/* A first compile, never run: SQLite builds the eponymous virtual
	 * tables it names (json_each, pragma_table_info …) on first use, and
	 * building one reports an UPDATE of sqlite_master to the authorizer. */
	int rc = sqlite3_prepare_v2(db->sql, sql, -1, st, tail);
	sqlite3_finalize(*st);
	*st = NULL;
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_set_authorizer(db->sql, allow_reading, NULL);
	rc = sqlite3_prepare_v2(db->sql, sql, -1, st, tail);
	sqlite3_set_authorizer(db->sql, NULL, NULL);
	return rc;
}
