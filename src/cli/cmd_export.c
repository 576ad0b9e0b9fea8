/* jianzhi export xlsx FILE --what cases|leads|ledger|stats [--mask-ids] */
#include "cli/cli.h"
#include "export/export.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

static const char HELP[] =
	"用法: jianzhi export xlsx FILE [--what cases|leads|ledger|stats] [--mask-ids] [-q]\n"
	"Write an Excel workbook (default --what cases):\n"
	"  cases   every case: 案号, 法院, dates (Excel dates), 结案方式, amounts in 元, parties, 线索数\n"
	"  leads   every lead with its rule, case, status, label and evidence\n"
	"  ledger  监督案件台账: one row per supervision case (a case with a 成案 lead)\n"
	"  stats   监督成效: per rule (命中, 成案率), per court, per month, with charts\n"
	"  --mask-ids  身份证号 as 330683********1234\n"
	"Header row frozen and filtered; rows are streamed (constant memory).\n";

int cmd_export(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "what", required_argument, NULL, 'w' }, { "mask-ids", no_argument, NULL, 'm' },
		{ "quiet", no_argument, NULL, 'q' }, { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
	};
	struct export_opts o = { EXPORT_CASES, 0, 0 };
	int c;
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
		case 'm': o.mask_ids = 1; break;
		case 'q': o.quiet = 1; break;
		case 'h': return cli_print_help(HELP);
		default: return EXIT_USAGE;
		}
	}
	if (argc - optind != 2 || strcmp(argv[optind], "xlsx") != 0)
		return cli_usage("export", "expected: xlsx FILE");
	const char *path = argv[optind + 1];
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	long rows;
	struct jz_err e;
	int rc = export_xlsx(db, path, &o, &rows, &e);
	sqlite3_close(db->sql);
	if (rc)
		return cli_fail("export", "%s", e.msg);
	if (!o.quiet)
		fprintf(stderr, "%s: %ld rows\n", path, rows);
	return EXIT_OK;
}
