/* init, backup, users: small commands over the database as a whole. */
#include "cli/cli.h"
#include "store/db.h"
#include "store/users.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cmd_init(struct cli_ctx *ctx, int argc, char **argv)
{
	if (cli_wants_help(argc, argv))
		return cli_print_help("用法: jianzhi init\n"
				      "Create the database (or migrate an older one) and print its path.\n");
	if (argc > 1)
		return cli_usage("init", "unexpected argument '%s'", argv[1]);
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	printf("%s (schema %lld)\n", ctx->db_path, db_int(db, "PRAGMA user_version", 0));
	jz_close(&db);
	return EXIT_OK;
}

/* A consistent copy even while others write: SQLite's online backup API. */
int cmd_backup(struct cli_ctx *ctx, int argc, char **argv)
{
	if (cli_wants_help(argc, argv))
		return cli_print_help("用法: jianzhi backup FILE\n"
				      "Write a consistent copy of the database to FILE (safe while in use).\n");
	if (argc != 2)
		return cli_usage("backup", "expected one FILE");
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	sqlite3 *dst = NULL;
	int rc = EXIT_FAIL;
	if (sqlite3_open(argv[1], &dst) == SQLITE_OK) {
		sqlite3_backup *b = sqlite3_backup_init(dst, "main", db->sql, "main");
		if (b) {
			sqlite3_backup_step(b, -1);
			sqlite3_backup_finish(b);
		}
		if (sqlite3_errcode(dst) == SQLITE_OK) {
			fprintf(stderr, "backup written to %s\n", argv[1]);
			rc = EXIT_OK;
		}
	}
	if (rc != EXIT_OK)
		cli_fail("backup", "%s: %s", argv[1], dst ? sqlite3_errmsg(dst) : "cannot open");
	sqlite3_close(dst);
	jz_close(&db);
	return rc;
}

int cmd_users(struct cli_ctx *ctx, int argc, char **argv)
{
	if (cli_wants_help(argc, argv))
		return cli_print_help("用法: jianzhi users [list]\n"
				      "       jianzhi users set LOGIN ROLE [NAME]\n"
				      "       jianzhi users whoami\n"
				      "Roles: 承办检察官 部门负责人 检察长 书记员 管理员. The OS login is the user.\n");
	const char *sub = argc > 1 ? argv[1] : "list";
	jz_db *db = NULL;
	int rc = EXIT_OK;
	if (strcmp(sub, "whoami") == 0) {
		if (!(db = cli_open_db(ctx)))
			return EXIT_FAIL;
		printf("%s\t%s\n", jz_login(db), *jz_role(db) ? jz_role(db) : "(no role)");
	} else if (strcmp(sub, "list") == 0) {
		if (!(db = cli_open_db(ctx)))
			return EXIT_FAIL;
		sqlite3_stmt *st;
		if (db_prepare(db, "SELECT login, role, name, active FROM users ORDER BY login", &st, NULL) == 0) {
			cli_print_stmt(st, FMT_TABLE, stdout);
			sqlite3_finalize(st);
		}
	} else if (strcmp(sub, "set") == 0) {
		if (argc < 4)
			return cli_usage("users", "set needs LOGIN and ROLE");
		if (!users_role_valid(argv[3]))
			return cli_usage("users", "unknown role '%s'", argv[3]);
		if (!(db = cli_open_db(ctx)))
			return EXIT_FAIL;
		struct jz_err e;
		if (users_set(db, argv[2], argc > 4 ? argv[4] : "", argv[3], &e))
			rc = cli_fail("users", "%s", e.msg);
	} else {
		return cli_usage("users", "unknown subcommand '%s'", sub);
	}
	jz_close(&db);
	return rc;
}
