#include "config.h"
#include "util/xalloc.h"
#include "cli/cli.h"
#include "store/db.h"
#include "util/strbuf.h"
#include "util/utf8.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static const struct cli_command commands[] = {
	{ "init", cmd_init, "init", "创建数据库 (create the database)" },
	{ "demo", cmd_demo, "demo [--cases N] [--seed S]", "生成演示数据库 (build a demo database)" },
	{ "import", cmd_import, "import cases FILE | registry KIND FILE | events FILE",
	  "导入台账、登记数据、案件事件 (import ledgers, registries, events)" },
	{ "cases", cmd_cases, "cases [--format table|csv|json] [--where EXPR] [--limit N]",
	  "列出案件 (list cases)" },
	{ "ocr", cmd_ocr, "ocr FILE|FOLDER... [--case CASE_NO] [--jobs N]", "识别扫描卷宗 (OCR scans)" },
	{ "dossier", cmd_dossier, "dossier CASE_NO [--format table|csv|json]", "案件卷宗的文书 (a case's documents)" },
	{ "extract", cmd_extract, "extract FILE [--format json]", "提取文书要素 (extract facts)" },
	{ "screen", cmd_screen, "screen [--rule CODE]", "运行规则筛查线索 (screen for leads)" },
	{ "rules", cmd_rules, "rules [list|show CODE|stats]", "规则库 (the rule library)" },
	{ "leads", cmd_leads, "leads [--status S] [--rule CODE] [--format table|csv|json]",
	  "列出线索 (list leads)" },
	{ "label", cmd_label, "label LEAD_ID confirm|dismiss [--reason TEXT]",
	  "标注线索 成案/排除 (label a lead)" },
	{ "samples", cmd_samples, "samples [--pending] | review ID clean|missed [--rule CODE]",
	  "漏报抽样复核 (review sampled cases without leads)" },
	{ "draft", cmd_draft, "draft new|show|render|... ", "文书起草与审批 (drafts and review)" },
	{ "stats", cmd_stats, "stats [--by rule|court|judge|month|replies|agenda] [--format table|csv|json]",
	  "监督成效与终本后议程 (outcomes and agenda)" },
	{ "money", cmd_money, "money PARTY [--section S] [--format table|csv|json] [--xlsx FILE]",
	  "资金分析：流水、对手方、可疑交易、关联主体 (a party's money and links)" },
	{ "similar", cmd_similar, "similar CASE_NO [--limit N] [--format table|csv|json]",
	  "类案推送 (the closest past cases and how they ended)" },
	{ "export", cmd_export, "export xlsx FILE [--what cases|leads|ledger|stats] [--full-ids]",
	  "导出 Excel (export to Excel)" },
	{ "sync", cmd_sync, "sync export FILE | import FILE... | offices",
	  "全省汇总：本院导出、汇总库导入 (combine offices' databases)" },
	{ "backup", cmd_backup, "backup FILE", "备份数据库 (back up the database)" },
	{ "restore", cmd_restore, "restore FILE", "从备份恢复 (restore a backup)" },
	{ "audit", cmd_audit, "audit [verify | --user LOGIN --since DATE --object TABLE:ID]",
	  "审计记录 (the audit trail)" },
	{ "doctor", cmd_doctor, "doctor [--fix] [--full]",
	  "检查数据库、文件权限与安装 (check the database and the install)" },
	{ "users", cmd_users, "users [list | set LOGIN ROLE [NAME]]", "用户与角色 (users and roles)" },
	{ "settings", cmd_settings, "settings [list | get KEY | set KEY VALUE | unset KEY]", "设置 (settings)" },
	{ NULL, NULL, NULL, NULL },
};

const struct cli_command *cli_commands(void)
{
	return commands;
}

static int vreport(const char *cmd, const char *fmt, va_list ap)
{
	fprintf(stderr, "jianzhi%s%s: ", cmd ? " " : "", cmd ? cmd : "");
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	return 0;
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(cmd, fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try 'jianzhi %s%s--help'.\n", cmd ? cmd : "", cmd ? " " : "");
	return EXIT_USAGE;
}

int cli_fail(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vreport(cmd, fmt, ap);
	va_end(ap);
	return EXIT_FAIL;
}

int cli_wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			return 0;
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)
			return 1;
	}
	return 0;
}

int cli_print_help(const char *text)
{
	fputs(text, stdout);
	return EXIT_OK;
}

/* A write waiting for another user's: say so once on stderr. */
static void cli_waiting(void *arg, int waiting)
{
	(void)arg;
	if (waiting)
		fputs("jianzhi: 另一项操作正在写入数据库，等待中…\n", stderr);
}

jz_db *cli_open_db(struct cli_ctx *ctx)
{
	struct jz_err e;
	jz_db *db = jz_open(ctx->db_path, 0, &e);
	if (!db)
		fprintf(stderr, "jianzhi: %s\n", e.msg);
	else
		db_set_wait_indicator(db, cli_waiting, NULL);
	return db;
}

void cli_print_padded(FILE *f, const char *s, int cols)
{
	fputs(s, f);
	for (int w = utf8_width(s); w < cols; w++)
		fputc(' ', f);
}

int cli_parse_format(const char *s)
{
	if (strcmp(s, "table") == 0) return FMT_TABLE;
	if (strcmp(s, "csv") == 0) return FMT_CSV;
	if (strcmp(s, "json") == 0) return FMT_JSON;
	return -1;
}


static void print_main_help(void)
{
	printf("用法 Usage: jianzhi [--db FILE] [COMMAND [ARGS]]\n\n"
	       "检执工作台 — 民事执行活动法律监督 case workstation.\n"
	       "Without a command, opens the workstation (TUI) on the database.\n\n"
	       "Commands:\n");
	for (const struct cli_command *c = commands; c->name; c++)
		printf("  %-10s %s\n", c->name, c->summary);
	printf("\nGlobal options:\n"
	       "  --db FILE   database file (default $JIANZHI_DB or $XDG_DATA_HOME/jianzhi/jianzhi.db)\n"
	       "  --help      this help; 'jianzhi COMMAND --help' for a command\n"
	       "  --version   print the version\n"
	       "\nExit status: 0 ok, 1 failure, 2 usage error.\n");
}

/* The TUI lives in ui/; main.c passes it in so the core never links curses. */
static int (*tui_entry)(const char *db_path);

void cli_set_tui(int (*fn)(const char *db_path))
{
	tui_entry = fn;
}

int cli_main(int argc, char **argv)
{
	static char *default_db;
	struct cli_ctx ctx = { NULL, "jianzhi" };
	int i = 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			print_main_help();
			return EXIT_OK;
		} else if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
			printf("jianzhi %s\n", PACKAGE_VERSION);
			return EXIT_OK;
		} else if (strcmp(a, "--db") == 0 && i + 1 < argc) {
			ctx.db_path = argv[++i];
		} else if (strncmp(a, "--db=", 5) == 0) {
			ctx.db_path = a + 5;
		} else {
			return cli_usage(NULL, "unknown option '%s'", a);
		}
	}
	if (!ctx.db_path)
		ctx.db_path = default_db = db_default_path();
	int rc;
	if (i == argc) {
		rc = tui_entry ? tui_entry(ctx.db_path) : cli_fail(NULL, "no TUI in this build");
	} else {
		const struct cli_command *c = commands;
		while (c->name && strcmp(c->name, argv[i]) != 0)
			c++;
		if (!c->name)
			rc = cli_usage(NULL, "unknown command '%s'", argv[i]);
		else {
			optind = 0;   /* each subcommand runs getopt_long afresh */
			rc = c->fn(&ctx, argc - i, argv + i);
		}
	}
	free(default_db);
	return rc;
}
