/* jianzhi sync export|import|offices — one database per office, a province
 * combining them (sync/sync.h, docs/scale.md). */
#include "cli/cli.h"
#include "sync/sync.h"

#include <stdio.h>
#include <string.h>

static const char HELP[] =
	"用法: jianzhi sync export FILE          (in an office: a snapshot for the province)\n"
	"       jianzhi sync import FILE...       (in the province database: take offices' snapshots)\n"
	"       jianzhi sync offices [--format table|csv|json]\n"
	"An office names itself first: jianzhi settings set office.code NAME. Its snapshot is\n"
	"a consistent copy written whole or not at all. The province keeps each office's rows\n"
	"at ids office_no * 2^32 + the office's own id; importing an office again replaces what\n"
	"it brought before, in one transaction (an interrupted import changes nothing). Parties\n"
	"(by ID number), courts and bank accounts are shared; a case another office brought\n"
	"first is skipped and counted. Leads, labels, drafts and the audit trail stay with the\n"
	"office; the province screens the combined data (jianzhi screen).\n";

static int do_import(jz_db *db, int argc, char **argv, int first)
{
	int rc = EXIT_OK;
	for (int i = first; i < argc; i++) {
		struct sync_stats st;
		struct jz_err e;
		if (sync_import(db, argv[i], &st, &e)) {
			cli_fail("sync", "%s", e.msg);
			rc = EXIT_FAIL;
			continue;
		}
		printf("%s：%s（#%d）%s — 案件 %lld（另有 %lld 件已由他院上报，跳过），事件 %lld，登记 %lld，文书 %lld，"
		       "流水 %lld\n", argv[i], st.office, st.office_no, st.replaced ? "已更新" : "新加入", st.cases,
		       st.skipped, st.events, st.records, st.documents, st.txns);
	}
	return rc;
}

int cmd_sync(struct cli_ctx *ctx, int argc, char **argv)
{
	if (cli_wants_help(argc, argv) || argc < 2)
		return argc < 2 ? cli_usage("sync", "expected export FILE, import FILE... or offices") : cli_print_help(HELP);
	const char *sub = argv[1];
	int fmt = FMT_TABLE;
	if (strcmp(sub, "offices") == 0 && argc == 4 && strcmp(argv[2], "--format") == 0 &&
	    (fmt = cli_parse_format(argv[3])) < 0)
		return cli_usage("sync", "unknown format '%s'", argv[3]);
	if ((strcmp(sub, "export") == 0 && argc != 3) || (strcmp(sub, "import") == 0 && argc < 3))
		return cli_usage("sync", "%s needs FILE", sub);
	if (strcmp(sub, "export") && strcmp(sub, "import") && strcmp(sub, "offices"))
		return cli_usage("sync", "unknown subcommand '%s'", sub);
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	int rc = EXIT_OK;
	struct jz_err e;
	if (strcmp(sub, "export") == 0) {
		if (sync_export(db, argv[2], &e))
			rc = cli_fail("sync", "%s", e.msg);
		else
			printf("已导出：%s\n", argv[2]);
	} else if (strcmp(sub, "import") == 0) {
		rc = do_import(db, argc, argv, 2);
	} else {
		sqlite3_stmt *st;
		if (db_prepare(db, "SELECT office_no, code AS office, exported_at, imported_at, imported_by, cases, skipped"
			       " FROM sync_offices ORDER BY office_no", &st, &e))
			rc = cli_fail("sync", "%s", e.msg);
		else {
			cli_print_stmt(st, (enum cli_format)fmt, stdout);
			sqlite3_finalize(st);
		}
	}
	jz_close(&db);
	return rc;
}
