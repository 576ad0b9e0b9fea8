/* settings: list, read and change the typed settings (store/settings.h). */
#include "cli/cli.h"
#include "store/db.h"
#include "store/settings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char help[] =
	"用法: jianzhi settings [list]\n"
	"       jianzhi settings get KEY\n"
	"       jianzhi settings set KEY VALUE\n"
	"       jianzhi settings unset KEY\n"
	"List, read or change a setting. Settings are typed (text, integer, date\n"
	"YYYY-MM-DD) and checked before they are stored; every change is audited.\n"
	"Rule parameters are settings named rule.CODE.PARAM (defaults in the rule\n"
	"files: jianzhi rules show CODE).\n";

static const char *type_name(enum setting_type t)
{
	return t == SET_INT ? "整数" : t == SET_DATE ? "日期" : "文本";
}

static void row(const char *key, const char *type, const char *value, const char *help_text)
{
	cli_print_padded(stdout, key, 25);
	cli_print_padded(stdout, type, 5);
	cli_print_padded(stdout, value, 21);
	printf("%s\n", help_text);
}

static void list(jz_db *db)
{
	for (const struct setting_def *d = settings_defs(); d->key; d++) {
		char *v = settings_get(db, d->key);
		row(d->key, type_name(d->type), v ? v : "（未设置）", d->help);
		free(v);
	}
	sqlite3_stmt *st;
	if (db_prepare(db, "SELECT key, value FROM settings WHERE key LIKE 'rule.%' ORDER BY key", &st, NULL) == 0) {
		while (sqlite3_step(st) == SQLITE_ROW)
			row(db_col(st, 0), "规则", db_col(st, 1), "规则参数");
		sqlite3_finalize(st);
	}
}

int cmd_settings(struct cli_ctx *ctx, int argc, char **argv)
{
	if (cli_wants_help(argc, argv))
		return cli_print_help(help);
	const char *sub = argc > 1 ? argv[1] : "list";
	int want = !strcmp(sub, "list") ? 2 : !strcmp(sub, "get") || !strcmp(sub, "unset") ? 3 : !strcmp(sub, "set") ? 4 : -1;
	if (want < 0)
		return cli_usage("settings", "unknown subcommand '%s' (list, get, set, unset)", sub);
	if (argc != want && !(want == 2 && argc == 1))
		return cli_usage("settings", "%s takes %d argument%s", sub, want - 2, want == 3 ? "" : "s");
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	int rc = EXIT_OK;
	struct jz_err e;
	if (!strcmp(sub, "list")) {
		list(db);
	} else if (!strcmp(sub, "get")) {
		char *v = settings_get(db, argv[2]);
		if (v)
			printf("%s\n", v);
		else if (!settings_def(argv[2]) && strncmp(argv[2], "rule.", 5) != 0)
			rc = cli_fail("settings", "没有名为 %s 的设置", argv[2]);
		free(v);
	} else if (settings_set(db, argv[2], !strcmp(sub, "set") ? argv[3] : "", &e)) {
		rc = cli_fail("settings", "%s", e.msg);
	}
	jz_close(&db);
	return rc;
}
