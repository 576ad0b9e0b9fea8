/* db.h — the jianzhi database inside the core: the jz_db handle, opening
 * and migrating, transactions and small statement helpers.
 *
 * One SQLite file (WAL, foreign keys on, a busy timeout). Opening applies
 * every migration in <datadir>/db/schema/NNN_*.sql whose number is above
 * PRAGMA user_version, each in its own transaction; a database whose
 * user_version is newer than the newest migration is refused with a message
 * that names both versions. Only core modules include this header (it
 * brings sqlite3.h); the faces use store/jzdb.h. */
#ifndef JZ_STORE_DB_H
#define JZ_STORE_DB_H

#include <pthread.h>
#include <sqlite3.h>
#include <stdatomic.h>
#include "store/jzdb.h"
#include "util/err.h"

/* Every jianzhi database carries PRAGMA application_id = JZ_APP_ID ("JZHI"). */
#define JZ_APP_ID 0x4A5A4849

struct jz_db {
	sqlite3 *sql;            /* the connection */
	char *path;
	char login[64];          /* who acts: store/identity.c */
	char role[96];           /* their roles, "承办检察官、管理员"; "" when none */
	unsigned roles;          /* the same as role bits (store/policy.h) */
	int readonly;
	long long quiet_changes;  /* this connection's changes that are not data
				   * (a user's list settings): jz_data_version
				   * leaves them out */
	/* waiting for another writer (store/open.c) */
	void (*on_wait)(void *arg, int waiting);
	void *on_wait_arg;
	long long busy_since;
	int wait_shown;
};

/* Process-wide SQLite settings; call first thing in main(), before any
 * other SQLite call: no allocation statistics (they take a global mutex
 * on every allocation — this library build has no lookaside allocator, so
 * that is every small allocation: ~3 % of a bulk import). */
void db_library_init(void);
/* Wrap an already open connection (tests, the demo's scratch file); the
 * handle owns it from then on. Identity as jz_open. */
jz_db *db_wrap(sqlite3 *sql, const char *path);
/* Called after a write that may have waited: clears the indicator. */
void db_wait_over(jz_db *db);
/* Stop a thread's work on its own connection db: interrupt it until *done
 * is set (an interrupt before its first statement began would be lost,
 * so it is repeated until it lands), then join the thread. */
void db_stop_thread(jz_db *db, atomic_int *done, pthread_t th);
/* -1 with e naming the process when another process has the database
 * at path open (to replace or delete it safely); 0 when nobody has. */
int db_open_elsewhere(const char *path, struct jz_err *e);
/* 1 when path's folder is shared (setgid or group-writable): new database
 * files there are made group-writable and their -wal/-shm are kept. */
int db_folder_shared(const char *path);
/* Remove path's -wal, -shm and -journal files (after replacing it). */
void db_remove_side_files(const char *path);
/* Re-read the acting login's roles (after they changed). */
void db_reload_identity(jz_db *db);
/* Open without migrating and without creating (for read-only checks). */
jz_db *db_open_existing(const char *path, struct jz_err *e);

/* Default database path: $JIANZHI_DB; else on a setgid install the shared
 * database ($(localstatedir)/lib/jianzhi/jianzhi.db); else
 * $XDG_DATA_HOME/jianzhi/jianzhi.db, else ~/.local/share/jianzhi/jianzhi.db.
 * Returns a malloc'd string. */
char *db_default_path(void);

/* Schema version this binary knows (the newest migration number). */
int db_schema_version(struct jz_err *e);

/* Run SQL with no result rows; fills e with SQLite's message on failure. */
int db_exec(jz_db *db, const char *sql, struct jz_err *e);
int db_begin(jz_db *db, struct jz_err *e);   /* BEGIN IMMEDIATE */
/* BEGIN IMMEDIATE only if no one else is writing: 0 begun, 1 busy (or
 * read-only), never waits (for work that can wait for a quiet moment). */
int db_try_begin(jz_db *db);
/* Begin unless a transaction is open already (*own says which); end it
 * with db_end: commit when rc is 0 and it was ours, roll back on error. */
int db_begin_own(jz_db *db, int *own, struct jz_err *e);
int db_end(jz_db *db, int own, int rc, struct jz_err *e);
int db_commit(jz_db *db, struct jz_err *e);
void db_rollback(jz_db *db);

/* Prepare SQL that a person wrote (a rule file, a --where): SQLite's
 * authorizer allows only reading — no INSERT/UPDATE/DELETE, CREATE/DROP,
 * ATTACH/DETACH, PRAGMA, transactions, or functions that reach outside
 * (load_extension, readfile, …) — so even a statement that
 * sqlite3_stmt_readonly would pass cannot change the shared database.
 * Returns SQLite's code (SQLITE_AUTH when refused; db_errmsg says why). */
int db_prepare_untrusted(jz_db *db, const char *sql, sqlite3_stmt **st, const char **tail);
/* Prepare or fill e with "数据库错误: <sqlite message>". */
int db_prepare(jz_db *db, const char *sql, sqlite3_stmt **st, struct jz_err *e);
const char *db_errmsg(jz_db *db);
long long db_last_id(jz_db *db);
int db_changes(jz_db *db);

/* First column of the first row as int64 / malloc'd text; dflt when no row. */
long long db_int(jz_db *db, const char *sql, long long dflt);
char *db_text(jz_db *db, const char *sql);
/* The same with one bound int64 / text parameter (?1). */
long long db_int_i(jz_db *db, const char *sql, long long arg, long long dflt);
long long db_int_s(jz_db *db, const char *sql, const char *arg, long long dflt);
/* A mark of what bulk jobs read and write (cases, parties, imports, what
 * screening reads: 027_screen_epoch.sql), not of what people write (labels,
 * drafts, reviews): a long job that read outside the write lock checks,
 * once it holds the lock, that the mark has not moved; if it has, someone
 * changed its input and it must read again. Malloc'd; NULL on error. */
char *db_write_mark(jz_db *db);
/* 1 when mark (from db_write_mark) is still the database's mark. */
int db_same_write_mark(jz_db *db, const char *mark);
char *db_text_i(jz_db *db, const char *sql, long long arg);
/* Run one statement with one bound int64 (?1). */
int db_exec_i(jz_db *db, const char *sql, long long arg, struct jz_err *e);
/* Every statement of a script, ?1 bound to arg where a statement has
 * parameters; an error is "<what>: <sqlite message>". */
int db_exec_script_i(jz_db *db, const char *sql, long long arg, const char *what, struct jz_err *e);

/* The main database's page cache set to kib KiB for a while: its setting
 * before in *was, for db_cache_restore. 0, or -1 (e set when not NULL). */
int db_cache_swap(jz_db *db, int kib, long long *was, struct jz_err *e);
int db_cache_restore(jz_db *db, long long was, struct jz_err *e);
/* Bind text, or NULL when s is NULL or empty. */
int db_bind_text_or_null(sqlite3_stmt *st, int idx, const char *s);
/* The same without a copy: s must stay as it is until the statement is
 * stepped and reset (a staging insert binding fields of the row in hand). */
int db_bind_static_or_null(sqlite3_stmt *st, int idx, const char *s);
/* Column text or "" (never NULL). */
const char *db_col(sqlite3_stmt *st, int i);
/* Column text copied (malloc'd; "" for NULL). */
char *db_col_dup(sqlite3_stmt *st, int i);

/* The id of a case by its normalised 案号; 0 when none. */
long long db_case_id(jz_db *db, const char *case_no);

#endif
