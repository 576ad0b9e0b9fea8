/* init and users: creating the database (its creator becomes 管理员) and
 * giving people their roles. */
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
				      "Create the database (or migrate an older one) and print its path. On a new\n"
				      "database whoever runs init becomes 管理员 and 承办检察官 (jianzhi users).\n");
	if (argc > 1)
		return cli_usage("init", "unexpected argument '%s'", argv[1]);
	struct jz_err e;
	jz_db *db = jz_open(ctx->db_path, JZ_OPEN_CREATE, &e);
	if (!db)
		return cli_fail("init", "%s", e.msg);
	int rc = EXIT_OK;
	if (!jz_readonly(db) && users_bootstrap(db, "", &e))
		rc = cli_fail("init", "%s", e.msg);
	else
		printf("%s (schema %lld)\n", ctx->db_path, db_int(db, "PRAGMA user_version", 0));
	jz_close(&db);
	return rc;
}

static const char users_help[] =
	"用法: jianzhi users [list]\n"
	"       jianzhi users set LOGIN ROLE[,ROLE…] [NAME]\n"
	"       jianzhi users disable LOGIN\n"
	"       jianzhi users whoami\n"
	"Roles: 承办检察官 部门负责人 检察长 书记员 管理员 (a login may hold several).\n"
	"The login is the OS account running jianzhi; only a 管理员 changes users.\n";

static int list(jz_db *db)
{
	sqlite3_stmt *st;
	if (db_prepare(db, "SELECT u.login, (SELECT group_concat(role, '、') FROM user_roles r WHERE r.login = u.login)"
		       " AS roles, u.name, u.active FROM users u ORDER BY u.login", &st, NULL))
		return EXIT_FAIL;
	cli_print_stmt(st, FMT_TABLE, stdout);
	sqlite3_finalize(st);
	return EXIT_OK;
}

int cmd_users(struct cli_ctx *ctx, int argc, char **argv)
{
	if (cli_wants_help(argc, argv))
		return cli_print_help(users_help);
	const char *sub = argc > 1 ? argv[1] : "list";
	if (!strcmp(sub, "set") && argc < 4)
		return cli_usage("users", "set needs LOGIN and ROLE");
	if (!strcmp(sub, "set") && !users_role_valid(argv[3]))
		return cli_usage("users", "unknown role '%s' (承办检察官 部门负责人 检察长 书记员 管理员)", argv[3]);
	if (!strcmp(sub, "disable") && argc != 3)
		return cli_usage("users", "disable needs LOGIN");
	if (strcmp(sub, "set") && strcmp(sub, "disable") && strcmp(sub, "list") && strcmp(sub, "whoami"))
		return cli_usage("users", "unknown subcommand '%s'", sub);
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	int rc = EXIT_OK;
	struct jz_err e;
	if (!strcmp(sub, "whoami"))
		printf("%s\t%s\n", jz_login(db), *jz_role(db) ? jz_role(db) : "（无角色：只能浏览）");
	else if (!strcmp(sub, "list"))
		rc = list(db);
	else if (!strcmp(sub, "set") && users_set(db, argv[2], argc > 4 ? argv[4] : "", argv[3], &e))
		rc = cli_fail("users", "%s", e.msg);
	else if (!strcmp(sub, "disable") && users_disable(db, argv[2], &e))
		rc = cli_fail("users", "%s", e.msg);
	jz_close(&db);
	return rc;
}
