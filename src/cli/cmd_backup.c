/* backup and restore: a consistent copy while others work (SQLite's online
 * backup), checked before and after, written whole or not at all; the copy
 * records the audit chain's head, and restore verifies it before replacing
 * the database. */
#include "cli/cli.h"
#include "store/audit.h"
#include "store/db.h"
#include "store/dbcopy.h"
#include "store/policy.h"
#include "store/settings.h"
#include "util/atomicfile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* PRAGMA quick_check (or integrity_check) says "ok"? */
static int check_ok(sqlite3 *sql, const char *pragma, char *why, size_t len)
{
	sqlite3_stmt *st;
	int ok = 0;
	if (sqlite3_prepare_v2(sql, pragma, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
		const char *r = (const char *)sqlite3_column_text(st, 0);
		ok = r && strcmp(r, "ok") == 0;
		snprintf(why, len, "%s", r ? r : "");
	} else {
		snprintf(why, len, "%s", sqlite3_errmsg(sql));
	}
	sqlite3_finalize(st);
	return ok;
}

/* In the copy: the audit chain's head at the time of the backup. */
static int stamp_copy(const char *path, long long rows, const char *head, struct jz_err *e)
{
	struct jz_err e2;
	jz_db *c = jz_open(path, 0, &e2);
	if (!c)
		return jz_err_set(e, "%s", e2.msg);
	char n[32];
	snprintf(n, sizeof n, "%lld", rows);
	int rc = settings_put(c, "backup.audit_rows", n, e) || settings_put(c, "backup.audit_head", head, e) ? -1 : 0;
	db_exec(c, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE", NULL);
	jz_close(&c);
	db_remove_side_files(path);   /* kept (empty) when the folder is shared */
	return rc;
}

int cmd_backup(struct cli_ctx *ctx, int argc, char **argv)
{
	if (cli_wants_help(argc, argv))
		return cli_print_help("用法: jianzhi backup FILE\n"
				      "Write a consistent copy of the database to FILE, safe while others work. The\n"
				      "database is checked first (PRAGMA quick_check) and a damaged one is not copied;\n"
				      "FILE appears whole or not at all and records the audit chain's head.\n");
	if (argc != 2)
		return cli_usage("backup", "expected one FILE");
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	struct jz_err e;
	char why[256], head[65];
	long long bad, rows;
	struct atomic_file af;
	int rc = EXIT_FAIL;
	if (policy_check(db, PA_BACKUP, NULL, &e))
		cli_fail("backup", "%s", e.msg);
	else if (!check_ok(db->sql, "PRAGMA quick_check", why, sizeof why))
		cli_fail("backup", "数据库已损坏，未备份（quick_check: %s）；请运行 jianzhi doctor", why);
	else if (audit_verify(db, &bad, &rows, head, &e) || bad)
		cli_fail("backup", "审计链在第 %lld 行断开，未备份；请运行 jianzhi audit verify", bad);
	else if (atomic_begin(&af, argv[1], &e))
		cli_fail("backup", "%s", e.msg);
	else if (dbcopy_to(db, af.tmp, &e) || stamp_copy(af.tmp, rows, head, &e) || atomic_commit(&af, &e)) {
		atomic_abort(&af);
		cli_fail("backup", "%s: %s（原有文件未改动）", argv[1], e.msg);
	} else {
		atomic_abort(&af);
		audit_log(db, "backup", "", 0, NULL, NULL, argv[1], NULL);
		fprintf(stderr, "backup written to %s (audit chain: %lld rows, head %.16s…)\n", argv[1], rows, head);
		rc = EXIT_OK;
	}
	jz_close(&db);
	return rc;
}

/* A backup file worth restoring: ours, whole, its chain verifying to the
 * head it recorded. */
static int verify_backup(const char *path, struct jz_err *e)
{
	jz_db *b = jz_open(path, JZ_OPEN_READONLY, e);
	if (!b)
		return -1;
	char why[256], head[65];
	long long bad, rows;
	char *want = settings_get(b, "backup.audit_head");
	int rc = 0;
	if (!check_ok(b->sql, "PRAGMA integrity_check", why, sizeof why))
		rc = jz_err_set(e, "%s 已损坏（integrity_check: %s）", path, why);
	else if (audit_verify(b, &bad, &rows, head, e) || bad)
		rc = jz_err_set(e, "%s 的审计链在第 %lld 行断开", path, bad);
	else if (!want || strcmp(want, head) != 0)
		rc = jz_err_set(e, "%s 的审计链末行与备份时记录的不符（可能被改动过）", path);
	free(want);
	jz_close(&b);
	return rc;
}

int cmd_restore(struct cli_ctx *ctx, int argc, char **argv)
{
	if (cli_wants_help(argc, argv))
		return cli_print_help("用法: jianzhi restore FILE\n"
				      "Replace the database with a backup made by jianzhi backup, after checking the\n"
				      "backup (integrity, audit chain against the head it recorded). 管理员 only; refused\n"
				      "while anyone else has the database open.\n");
	if (argc != 2)
		return cli_usage("restore", "expected one FILE");
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	struct jz_err e;
	int ok = policy_check(db, PA_RESTORE, NULL, &e) == 0 && verify_backup(argv[1], &e) == 0;
	jz_close(&db);
	if (!ok || dbcopy_replace(ctx->db_path, argv[1], &e))
		return cli_fail("restore", "%s（数据库未改动）", e.msg);
	if ((db = jz_open(ctx->db_path, 0, &e))) {
		audit_log(db, "restore", "", 0, NULL, NULL, argv[1], NULL);
		jz_close(&db);
	}
	fprintf(stderr, "restored %s from %s\n", ctx->db_path, argv[1]);
	return EXIT_OK;
}
