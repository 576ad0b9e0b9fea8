/* db.h — the jianzhi database: open, migrate, transactions, small helpers.
 *
 * One SQLite file (WAL, foreign keys on, busy timeout 5 s). Opening applies
 * every migration in <datadir>/db/schema/NNN_*.sql whose number is above
 * PRAGMA user_version, each in its own transaction; a database whose
 * user_version is newer than the newest migration is refused with a message
 * that names both versions. */
#ifndef JZ_DB_H
#define JZ_DB_H

#include <sqlite3.h>
#include "util/err.h"

/* Open (creating if needed) and migrate. *out owned by the caller: db_close. */
int db_open(const char *path, sqlite3 **out, struct jz_err *e);
/* Open without migrating and without creating (for read-only checks). */
int db_open_existing(const char *path, sqlite3 **out, struct jz_err *e);
void db_close(sqlite3 **db);

/* Default database path: $JIANZHI_DB, else $XDG_DATA_HOME/jianzhi/jianzhi.db,
 * else ~/.local/share/jianzhi/jianzhi.db. Creates the parent directory.
 * Returns a malloc'd string. */
char *db_default_path(void);

/* Schema version this binary knows (the newest migration number). */
int db_schema_version(struct jz_err *e);

/* Run SQL with no result rows; fills e with SQLite's message on failure. */
int db_exec(sqlite3 *db, const char *sql, struct jz_err *e);
int db_begin(sqlite3 *db, struct jz_err *e);   /* BEGIN IMMEDIATE */
int db_commit(sqlite3 *db, struct jz_err *e);
void db_rollback(sqlite3 *db);

/* Prepare or fill e with "SQL error: <sqlite message>". */
int db_prepare(sqlite3 *db, const char *sql, sqlite3_stmt **st, struct jz_err *e);

/* First column of the first row as int64 / malloc'd text; dflt when no row. */
long long db_int(sqlite3 *db, const char *sql, long long dflt);
char *db_text(sqlite3 *db, const char *sql);

/* Bind text, or NULL when s is NULL or empty. */
int db_bind_text_or_null(sqlite3_stmt *st, int idx, const char *s);

/* Settings (key/value table). db_setting returns malloc'd text or NULL. */
char *db_setting(sqlite3 *db, const char *key);
int db_set_setting(sqlite3 *db, const char *key, const char *value, struct jz_err *e);

#endif
