/* jzdb.h — an open jianzhi database, as the faces (CLI, TUI) see it.
 *
 * A jz_db is the SQLite connection together with who is using it (the
 * login from the kernel's real uid and that login's role). Every core
 * function takes one; the faces never see SQLite itself. This header is
 * free of sqlite3.h so ui/ can include it. */
#ifndef JZ_STORE_JZDB_H
#define JZ_STORE_JZDB_H

#include "util/err.h"

typedef struct jz_db jz_db;

/* How to open: JZ_OPEN_CREATE creates a missing file (init, demo only);
 * without it a missing database is an error that says to run init. */
enum { JZ_OPEN_CREATE = 1, JZ_OPEN_READONLY = 2 };

/* Open and migrate the database at path. NULL with e filled on failure. */
jz_db *jz_open(const char *path, int flags, struct jz_err *e);
void jz_close(jz_db **db);

const char *jz_path(const jz_db *db);
/* The login acting, and its role ("" when the login has none). */
const char *jz_login(const jz_db *db);
const char *jz_role(const jz_db *db);
/* 1 when the database was opened read-only. */
int jz_readonly(const jz_db *db);
/* Changes whenever any connection commits a change (PRAGMA data_version
 * plus this connection's own changes, but not its saved list settings):
 * a view compares it to refresh. */
long long jz_data_version(jz_db *db);
/* Keep up to mb megabytes of database pages in this connection's cache
 * (SQLite's default is 2). */
void jz_set_cache_mb(jz_db *db, int mb);
/* Show fn(arg, 1) when a write has waited a moment for another writer,
 * fn(arg, 0) when it got through (the workstation draws an indicator, the
 * CLI a line on stderr). */
void db_set_wait_indicator(jz_db *db, void (*fn)(void *arg, int waiting), void *arg);

#endif
