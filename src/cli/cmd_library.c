/* jianzhi rules — the rule library: list, show, stats, enable/disable,
 * install/uninstall shared rules, try a personal rule (rules/library.h). */
#include "cli/cli.h"
#include "query/sql.h"
#include "rules/library.h"
#include "rules/screen.h"
#include "store/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char RULES_HELP[] =
	"用法: jianzhi rules [list] [--format table|csv|json]\n"
	"       jianzhi rules show CODE\n"
	"       jianzhi rules stats [--format table|csv|json]\n"
	"       jianzhi rules enable|disable CODE              (管理员)\n"
	"       jianzhi rules install FILE | uninstall CODE    (管理员: a shared rule for everyone)\n"
	"       jianzhi rules try FILE|CODE [--case CASE_NO] [--format table|csv|json]\n"
	"list: the rules screening runs: built-in, and shared rules installed into the database\n"
	"      (a shared rule overrides the built-in of its code; jianzhi-rules(5)).\n"
	"show: a rule's metadata, legal basis, parameters and SQL.\n"
	"stats: per rule hits, active, labelled, confirmed (成案), dismissed and precision (成案率);\n"
	"       with reviewed samples (screen --sample, jianzhi samples): sampled, missed, the\n"
	"       estimated misses among all cases without a lead, recall and its 95% lower bound.\n"
	"try: run a rule file, or a personal rule ($JIANZHI_RULES_DIR or ~/.config/jianzhi/rules)\n"
	"     by code, and print what it would raise — nothing shared is written. Personal rules\n"
	"     never enter the shared screening; an administrator installs a rule for everyone.\n";

static void print_problems(const struct rule_lib *lib)
{
	for (int i = 0; i < lib->nproblems; i++)
		fprintf(stderr, "jianzhi rules: %s: %s\n", lib->problems[i].path, lib->problems[i].msg);
}

static int rules_list(jz_db *db, int fmt)
{
	struct rule_lib lib;
	struct jz_err e;
	if (rules_load(db, &lib, &e))
		return cli_fail("rules", "%s", e.msg);
	print_problems(&lib);
	int rc = EXIT_OK;
	sqlite3_stmt *st = NULL;
	if (db_begin(db, &e) || rules_sync(db, &lib, NULL, &e) || db_commit(db, &e) ||
	    db_prepare(db, "SELECT code, stage, severity, title, version, verification,"
		       " iif(enabled, '启用', '停用') AS enabled, iif(path LIKE 'db:shared/%', '共享', '内置') AS source,"
		       " path FROM rules WHERE path <> '' ORDER BY code", &st, &e)) {
		db_rollback(db);
		rc = cli_fail("rules", "%s", e.msg);
	} else {
		cli_print_stmt(st, (enum cli_format)fmt, stdout);
		sqlite3_finalize(st);
	}
	rules_free(&lib);
	return rc;
}

static int rules_show(jz_db *db, const char *code)
{
	struct rule_lib lib;
	struct jz_err e;
	if (rules_load(db, &lib, &e))
		return cli_fail("rules", "%s", e.msg);
	rules_load_personal(&lib);
	const struct rule *r = rules_find(&lib, code);
	if (!r) {
		rules_free(&lib);
		return cli_fail("rules", "没有规则“%s”", code);
	}
	printf("%s  %s%s\n阶段: %s   严重程度: %s   版本: %s   核验: %s\n文件: %s\n\n法律依据:\n%s\n\n建议措施: %s\n",
	       r->code, r->title, r->user == 1 ? "（个人规则：只供试运行）" : r->user == 2 ? "（共享规则）" : "",
	       r->stage, r->severity, r->version, r->verification, r->path, r->basis, r->remedy);
	if (*r->needs)
		printf("所需数据: %s\n", r->needs);
	if (r->nparams)
		printf("\n参数 (setting rule.%s.NAME overrides):\n", r->code);
	for (int i = 0; i < r->nparams; i++)
		printf("  %-16s = %-8s %s\n", r->params[i].name, r->params[i].dflt, r->params[i].note);
	printf("\nSQL:\n%s", r->sql);
	rules_free(&lib);
	return EXIT_OK;
}

static int rules_stats(jz_db *db, int fmt)
{
	sqlite3_stmt *st;
	struct jz_err e;
	if (leads_stats_query(db, &st, &e))
		return cli_fail("rules", "%s", e.msg);
	cli_print_stmt(st, (enum cli_format)fmt, stdout);
	sqlite3_finalize(st);
	return EXIT_OK;
}

/* try: a file path, or the code of a personal (or any loaded) rule. */
static int rules_try(jz_db *db, const char *what, const char *case_no, int fmt)
{
	struct jz_err e;
	struct rule one;
	struct rule_lib lib;
	memset(&lib, 0, sizeof lib);
	const struct rule *r = NULL;
	int from_file = strchr(what, '/') || strstr(what, ".sql");
	if (from_file) {
		if (rules_read_file(what, &one, &e))
			return cli_fail("rules", "%s", e.msg);
		r = &one;
	} else {
		if (rules_load(db, &lib, &e))
			return cli_fail("rules", "%s", e.msg);
		rules_load_personal(&lib);
		if (!(r = rules_find(&lib, what))) {
			rules_free(&lib);
			return cli_fail("rules", "没有规则“%s”（个人规则放在 $JIANZHI_RULES_DIR 或 ~/.config/jianzhi/rules）", what);
		}
	}
	long long case_id = 0;
	int rc = EXIT_OK;
	if (case_no && (case_id = db_case_id(db, case_no)) <= 0)
		rc = cli_fail("rules", "没有案件 %s", case_no);
	sqlite3_stmt *st;
	if (rc == EXIT_OK && screen_try(db, r, case_id, &st, &e))
		rc = cli_fail("rules", "%s", e.msg);
	else if (rc == EXIT_OK) {
		cli_print_stmt(st, (enum cli_format)fmt, stdout);
		sqlite3_finalize(st);
	}
	if (from_file)
		rule_free(&one);
	rules_free(&lib);
	return rc;
}

static int rules_admin(jz_db *db, const char *sub, const char *arg)
{
	struct jz_err e;
	int rc;
	if (strcmp(sub, "install") == 0)
		rc = rules_install(db, arg, &e);
	else if (strcmp(sub, "uninstall") == 0)
		rc = rules_uninstall(db, arg, &e);
	else
		rc = rules_set_enabled(db, arg, strcmp(sub, "enable") == 0, &e);
	if (rc)
		return cli_fail("rules", "%s", e.msg);
	printf("规则 %s：%s\n", arg, strcmp(sub, "install") == 0 ? "已安装为共享规则（下次筛查对全部案件运行）"
	       : strcmp(sub, "uninstall") == 0 ? "已卸载" : strcmp(sub, "enable") == 0 ? "已启用" : "已停用");
	return EXIT_OK;
}

int cmd_rules(struct cli_ctx *ctx, int argc, char **argv)
{
	if (cli_wants_help(argc, argv))
		return cli_print_help(RULES_HELP);
	int fmt = FMT_TABLE, nargs = 0;
	const char *args[3] = { NULL, NULL, NULL }, *case_no = NULL;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
			if ((fmt = cli_parse_format(argv[++i])) < 0)
				return cli_usage("rules", "unknown format '%s'", argv[i]);
		} else if (strcmp(argv[i], "--case") == 0 && i + 1 < argc) {
			case_no = argv[++i];
		} else if (nargs < 3) {
			args[nargs++] = argv[i];
		} else {
			return cli_usage("rules", "unexpected argument '%s'", argv[i]);
		}
	}
	const char *sub = args[0] ? args[0] : "list";
	int admin = !strcmp(sub, "enable") || !strcmp(sub, "disable") || !strcmp(sub, "install") || !strcmp(sub, "uninstall");
	if ((admin || !strcmp(sub, "show") || !strcmp(sub, "try")) && !args[1])
		return cli_usage("rules", "%s needs %s", sub, strcmp(sub, "install") == 0 ? "a FILE" : "a rule CODE");
	if (!admin && strcmp(sub, "show") && strcmp(sub, "try") && strcmp(sub, "list") && strcmp(sub, "stats"))
		return cli_usage("rules", "unknown subcommand '%s'", sub);
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	int rc = !strcmp(sub, "list") ? rules_list(db, fmt) : !strcmp(sub, "stats") ? rules_stats(db, fmt)
		 : !strcmp(sub, "show") ? rules_show(db, args[1]) : !strcmp(sub, "try") ? rules_try(db, args[1], case_no, fmt)
		 : rules_admin(db, sub, args[1]);
	jz_close(&db);
	return rc;
}
