/* jianzhi export xlsx FILE --what cases|leads|ledger|stats [--full-ids] */
#include "cli/cli.h"
#include "export/export.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

static const char HELP[] =
	"用法: jianzhi export xlsx FILE [--what cases|leads|ledger|stats] [--full-ids] [-q]\n"
	"Write an Excel workbook (default --what cases):\n"
	"  cases   every case: 案号, 法院, dates (Excel dates), 结案方式, amounts in 元, parties, 线索数\n"
	"  leads   every lead with its rule, case, label, evidence and what became of it\n"
	"  ledger  监督案件台账: one row per supervision case (a 成案 lead or a draft), with\n"
	"          成案日期, 承办检察官, the document, 文号, reply and outcome\n"
	"  stats   监督成效 per rule, court, judge and month: 命中 → 成案 → 检察建议 → 采纳 →\n"
	"          恢复执行 → 到位金额 with 成案率, 采纳率, 恢复执行率, and charts\n"
	"Every sheet: title row (settings org.name), frozen and filtered header, 合计 row,\n"
	"print setup (A4 landscape, one page wide, page numbers).\n"
	"身份证号 are masked (first 6 and last 4 kept) everywhere, evidence included.\n"
	"  --full-ids  show them in full: only for 承办检察官, 部门负责人, 检察长; audited\n"
	"  --mask-ids  the default (kept for old scripts)\n"
	"FILE is replaced only when the whole workbook was written; rows stream (constant memory).\n";

int cmd_export(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "what", required_argument, NULL, 'w' }, { "mask-ids", no_argument, NULL, 'm' },
		{ "full-ids", no_argument, NULL, 'F' }, { "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
	};
	struct export_opts o = { .what = EXPORT_CASES };
	int c, mask = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "w:mqh", opts, NULL)) != -1) {
		switch (c) {
		case 'w': {
			int w = export_what_parse(optarg);
			if (w < 0)
				return cli_usage("export", "--what is cases, leads, ledger or stats, not '%s'", optarg);
			o.what = (enum export_what)w;
			break;
		}
		case 'm': mask = 1; break;
		case 'F': o.full_ids = 1; break;
		case 'q': o.quiet = 1; break;
		case 'h': return cli_print_help(HELP);
		default: return EXIT_USAGE;
		}
	}
	if (mask && o.full_ids)
		return cli_usage("export", "--mask-ids and --full-ids contradict each other");
	if (argc - optind != 2 || strcmp(argv[optind], "xlsx") != 0)
		return cli_usage("export", "expected: xlsx FILE");
	const char *path = argv[optind + 1];
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	long rows;
	struct jz_err e;
	int rc = export_xlsx(db, path, &o, &rows, &e);
	jz_close(&db);
	if (rc)
		return cli_fail("export", "%s", e.msg);
	if (!o.quiet)
		fprintf(stderr, "%s: %ld rows%s\n", path, rows, o.full_ids ? " (身份证号完整，已记入审计)" : "");
	return EXIT_OK;
}
