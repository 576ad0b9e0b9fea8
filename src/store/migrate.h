/* migrate.h — applying the schema migrations (db/schema/NNN_name.sql). */
#ifndef JZ_STORE_MIGRATE_H
#define JZ_STORE_MIGRATE_H

#include <sqlite3.h>
#include "util/err.h"

/* Apply every migration above the database's user_version, each in its
 * own transaction; a database newer than this binary is refused with both
 * versions named. */
int migrate_apply(sqlite3 *db, const char *path, struct jz_err *e);
/* PRAGMA user_version. */
int migrate_user_version(sqlite3 *db);

#endif
