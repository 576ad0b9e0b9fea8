/* open.c — opening the right database, or none.
 *
 * A database is created only by `jianzhi init` and `jianzhi demo`
 * (JZ_OPEN_CREATE); any other command on a missing file says to run init.
 * Every jianzhi database is stamped with PRAGMA application_id; another
 * program's SQLite file is refused untouched. A database the user cannot
 * write is opened read-only for browsing, and says so. Where the folder is
 * shared (setgid or group-writable), a new database and its -wal/-shm are
 * group-writable, and the -wal/-shm stay when the last connection closes
 * (emptied), so nobody needs the right to delete them. Writers that find
 * the database busy wait — with an indicator after a moment — instead of
 * failing.
 *
 * On a setgid install (store/privilege.h) the files are opened inside one
 * privilege bracket: from the first look at the path, through
 * sqlite3_open_v2, to the first read — which is when SQLite opens (or
 * creates) the -wal and -shm; it keeps them open for the connection's
 * life, so nothing after the bracket needs the group. */
#include "store/db.h"
#include "store/audit.h"
#include "store/migrate.h"
#include "store/privilege.h"
#include "util/paths.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* JZ_APP_ID ("JZHI") is in store/db.h */
#define BUSY_GIVE_UP_MS 120000     /* a writer holding the lock two minutes is stuck */
#define BUSY_SHOW_MS 200

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

/* SQLite calls this while another connection holds the write lock. */
static int busy_wait(void *arg, int count)
{
	jz_db *db = arg;
	if (count == 0)
		db->busy_since = now_ms();
	long long waited = now_ms() - db->busy_since;
	if (waited > BUSY_GIVE_UP_MS)
		return 0;
	if (waited >= BUSY_SHOW_MS && db->on_wait && !db->wait_shown) {
		db->on_wait(db->on_wait_arg, 1);
		db->wait_shown = 1;
	}
	struct timespec ts = { 0, (count < 10 ? 2 : count < 40 ? 10 : 25) * 1000000L };
	nanosleep(&ts, NULL);
	return 1;
}

static void busy_done(jz_db *db)
{
	if (db->wait_shown && db->on_wait)
		db->on_wait(db->on_wait_arg, 0);
	db->wait_shown = 0;
}

void db_set_wait_indicator(jz_db *db, void (*fn)(void *arg, int waiting), void *arg)
{
	db->on_wait = fn;
	db->on_wait_arg = arg;
}

void db_wait_over(jz_db *db)
{
	busy_done(db);
}

int db_try_begin(jz_db *db)
{
	if (db->readonly)
		return 1;
	sqlite3_busy_handler(db->sql, NULL, NULL);
	int rc = sqlite3_exec(db->sql, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	sqlite3_busy_handler(db->sql, busy_wait, db);
	return rc == SQLITE_OK ? 0 : 1;
}

static int pragma_int(sqlite3 *sql, const char *pragma)
{
	sqlite3_stmt *st;
	int v = 0;
	if (sqlite3_prepare_v2(sql, pragma, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Ours, new, or an older jianzhi file (tables but no stamp yet). */
static int check_identity(sqlite3 *sql, const char *path, int writable, struct jz_err *e)
{
	/* the first read: a file we cannot read (its -shm not ours to open,
	 * not a database at all) is said so here, not taken for an empty one */
	if (sqlite3_exec(sql, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL) != SQLITE_OK)
		return jz_err_set(e, "%s: 无法读取数据库: %s", path, sqlite3_errmsg(sql));
	int app = pragma_int(sql, "PRAGMA application_id");
	int tables = pragma_int(sql, "SELECT count(*) FROM sqlite_master");
	int looks_ours = pragma_int(sql, "SELECT count(*) FROM sqlite_master WHERE name IN ('cases','settings','audit')") == 3;
	if (app == JZ_APP_ID)
		return 0;
	if (app != 0 || (tables > 0 && !looks_ours))
		return jz_err_set(e, "%s 不是 jianzhi 的数据库（是另一个程序的 SQLite 文件），未作任何改动", path);
	if (writable) {
		char stamp[64];
		snprintf(stamp, sizeof stamp, "PRAGMA application_id = %d", JZ_APP_ID);
		sqlite3_exec(sql, stamp, NULL, NULL, NULL);
	}
	return 0;
}

int db_folder_shared(const char *path)
{
	char dir[4096];
	snprintf(dir, sizeof dir, "%s", path);
	char *slash = strrchr(dir, '/');
	if (slash)
		*slash = 0;
	struct stat st;
	return stat(slash ? (dir[0] ? dir : "/") : ".", &st) == 0 && (st.st_mode & (S_ISGID | S_IWGRP));
}

/* A new database in a shared folder: group read/write, so SQLite gives the
 * -wal and -shm it creates the same mode. */
static void share_new_file(const char *path)
{
	if (db_folder_shared(path))
		chmod(path, 0660);
}

/* In a shared folder the -wal and -shm outlive each connection (emptied on
 * the last close): made once with the database's mode, never unlinked. */
static void keep_side_files(sqlite3 *sql)
{
	int on = 1;
	sqlite3_file_control(sql, "main", SQLITE_FCNTL_PERSIST_WAL, &on);
	sqlite3_exec(sql, "PRAGMA journal_size_limit = 67108864", NULL, NULL, NULL);
}

static int configure(sqlite3 *sql, int readonly, struct jz_err *e)
{
	char *msg = NULL;
	const char *pragmas = readonly ? "PRAGMA foreign_keys=ON; PRAGMA query_only=1;"
				       : "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";
	if (sqlite3_exec(sql, pragmas, NULL, NULL, &msg) != SQLITE_OK) {
		jz_err_set(e, "SQL error: %s", msg ? msg : sqlite3_errmsg(sql));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

/* NOMUTEX: a connection is only ever used by one thread at a time (the
 * import's reader thread and the OCR workers never touch SQLite), so the
 * per-call connection mutex is pure cost (~5% of a bulk import). */
static sqlite3 *open_file(const char *path, int oflags, struct jz_err *e)
{
	sqlite3 *sql = NULL;
	if (sqlite3_open_v2(path, &sql, oflags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		jz_err_set(e, "%s: cannot open database: %s", path, sql ? sqlite3_errmsg(sql) : "out of memory");
		sqlite3_close(sql);
		return NULL;
	}
	/* Until jz_open installs busy_wait: the very first read can find the
	 * file locked (another process's last close checkpoints under an
	 * exclusive lock) and must wait, not fail or take the file for empty. */
	sqlite3_busy_timeout(sql, BUSY_GIVE_UP_MS);
	return sql;
}

/* Migrate, chain old audit rows, stamp. */
static int prepare_schema(jz_db *db, struct jz_err *e)
{
	if (db->readonly)
		return 0;
	if (migrate_apply(db->sql, db->path, e) || audit_chain_backfill(db, e))
		return -1;
	db_reload_identity(db);
	return 0;
}

/* A database's companions are never a database themselves. */
static int side_file_name(const char *path)
{
	static const char *const ext[] = { "-wal", "-shm", "-journal" };
	size_t n = strlen(path);
	for (size_t i = 0; i < sizeof ext / sizeof *ext; i++)
		if (n > strlen(ext[i]) && strcmp(path + n - strlen(ext[i]), ext[i]) == 0)
			return 1;
	return 0;
}

/* The part that needs the shared group on a setgid install: find the
 * file, open or create it, and read it once (SQLite opens -wal and -shm). */
static sqlite3 *open_files(const char *path, int flags, int *readonly, struct jz_err *e)
{
	struct stat sb;
	int exists = stat(path, &sb) == 0, create = flags & JZ_OPEN_CREATE;
	if (!exists && !create) {
		jz_err_set(e, "数据库 %s 不存在：请先运行 jianzhi init（或 jianzhi demo 生成演示库），"
			   "或用 --db 指定已有的数据库", path);
		return NULL;
	}
	if (create && paths_mkdir_parent(path)) {
		jz_err_set(e, "%s: 无法创建所在目录: %s", path, strerror(errno));
		return NULL;
	}
	/* effective ids: on a setgid install the group is what grants access */
	*readonly = (flags & JZ_OPEN_READONLY) || (exists && faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) != 0);
	int oflags = *readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
	sqlite3 *sql = open_file(path, oflags, e);
	if (!sql)
		return NULL;
	if (!exists)
		share_new_file(path);
	/* A new database gets 16 KiB pages (SQLite's default is 4 KiB): a
	 * million-row first import 6.2 → 5.8 s, 1 % smaller (bench/RESULTS.md);
	 * set before the first write, which fixes it for the file's life. */
	if (!exists && !*readonly)
		sqlite3_exec(sql, "PRAGMA page_size=16384", NULL, NULL, NULL);
	if (!*readonly && db_folder_shared(path))
		keep_side_files(sql);
	/* identity first: another program's file is left as it is (no WAL switch) */
	if (check_identity(sql, path, !*readonly, e) || configure(sql, *readonly, e)) {
		sqlite3_close(sql);
		return NULL;
	}
	return sql;
}

jz_db *jz_open(const char *path, int flags, struct jz_err *e)
{
	if (side_file_name(path)) {
		jz_err_set(e, "%s 是数据库的附属文件（-wal、-shm、-journal），不是数据库；请指定数据库文件本身", path);
		return NULL;
	}
	int readonly = 0, up = privilege_raise_for(path);
	sqlite3 *sql = open_files(path, flags, &readonly, e);
	if (up)
		privilege_lower();
	if (!sql)
		return NULL;
	jz_db *db = db_wrap(sql, path);
	db->readonly = readonly;
	sqlite3_busy_handler(sql, busy_wait, db);
	if (prepare_schema(db, e)) {
		jz_close(&db);
		return NULL;
	}
	return db;
}

jz_db *db_open_existing(const char *path, struct jz_err *e)
{
	return jz_open(path, 0, e);
}

/* SQLite's unix VFS keeps a shared lock on byte 128 of the -shm file (its
 * "DMS" slot) for as long as a connection has a WAL database open. */
#define SHM_DMS_BYTE 128

int db_open_elsewhere(const char *path, struct jz_err *e)
{
	char shm[4096];
	snprintf(shm, sizeof shm, "%s-shm", path);
	int up = privilege_raise_for(path);
	int fd = open(shm, O_RDWR | O_CLOEXEC);
	if (up)
		privilege_lower();
	if (fd < 0)
		return 0;          /* no -shm: nobody has it open in WAL mode */
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = SHM_DMS_BYTE, .l_len = 1 };
	int busy = fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK;
	close(fd);
	if (busy)
		return jz_err_set(e, "%s 正被其他程序打开（进程 %ld），请先关闭工作台和其他 jianzhi 命令", path,
				  (long)fl.l_pid);
	return 0;
}

void db_remove_side_files(const char *path)
{
	static const char *const ext[] = { "-wal", "-shm", "-journal" };
	char p[4096];
	int up = privilege_raise_for(path);
	for (size_t i = 0; i < sizeof ext / sizeof *ext; i++) {
		snprintf(p, sizeof p, "%s%s", path, ext[i]);
		unlink(p);
	}
	if (up)
		privilege_lower();
}
