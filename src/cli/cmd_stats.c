/* jianzhi stats [--by rule|court|judge|month|replies|agenda] [--sort COL [--desc]]
 * [--format table|csv|json] — 监督成效 from the named views of db/schema/013,
 * the same statement the workstation's 成效 view reads (query/outcomes.h). */
#include "cli/cli.h"
#include "query/sql.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

static const char HELP[] =
	"用法: jianzhi stats [--by rule|court|judge|month|replies|agenda] [--sort COL [--desc]]\n"
	"                    [--format table|csv|json]\n"
	"监督成效 (supervision outcomes), one row per rule, court, judge or month (default: rule):\n"
	"  the funnel hits (线索) → confirmed (成案) → suggestions (检察建议 issued) → adopted (采纳)\n"
	"  → resumed (恢复执行) → recovered (到位金额, 元), and the rates precision (成案率: 成案 of the\n"
	"  labelled), adoption (采纳率: 采纳 or 部分采纳 of the replies), resume_rate (恢复执行率).\n"
	"  replies  documents issued and waiting for the court's reply: 逾期, 七日内到期, 未到期\n"
	"  agenda   the 终本后 agenda: 6-month re-queries due, five-year limits, seizures ending\n"
	"           within 30 days, replies due within 7 days (dates on the legal calendar)\n"
	"Today is the setting screen.today when set. --sort takes a column name of the output.\n";

int cmd_stats(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "by", required_argument, NULL, 'b' }, { "sort", required_argument, NULL, 's' },
		{ "desc", no_argument, NULL, 'd' }, { "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
	};
	struct outcomes_query q = { OP_RULE, -1, 0 };
	const char *sort = NULL;
	int fmt = FMT_TABLE, c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "b:s:df:h", opts, NULL)) != -1) {
		switch (c) {
		case 'b':
			if ((int)(q.panel = (enum outcome_panel)outcomes_panel_parse(optarg)) < 0)
				return cli_usage("stats", "--by is rule, court, judge, month, replies or agenda, not '%s'", optarg);
			break;
		case 's': sort = optarg; break;
		case 'd': q.desc = 1; break;
		case 'f':
			if ((fmt = cli_parse_format(optarg)) < 0)
				return cli_usage("stats", "unknown format '%s'", optarg);
			break;
		case 'h': return cli_print_help(HELP);
		default: return EXIT_USAGE;
		}
	}
	if (optind < argc)
		return cli_usage("stats", "unexpected argument '%s'", argv[optind]);
	if (sort && (q.sort = outcomes_col_parse(q.panel, sort)) < 0)
		return cli_usage("stats", "--by %s has no column '%s'", outcomes_panel_name(q.panel), sort);
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	sqlite3_stmt *st;
	struct jz_err e;
	int rc = EXIT_OK;
	if (outcomes_select(db, &q, OF_PRINT, &st, &e))
		rc = cli_fail("stats", "%s", e.msg);
	else {
		if (cli_print_stmt(st, (enum cli_format)fmt, stdout))
			rc = cli_fail("stats", "%s", db_errmsg(db));
		sqlite3_finalize(st);
	}
	jz_close(&db);
	return rc;
}
