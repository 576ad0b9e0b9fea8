/* jianzhi similar CASE_NO [--lead ID] [--limit N] [--format table|csv|json]
 * — 类案推送: the closest past cases and how they ended (query/similar.h). */
#include "cli/cli.h"
#include "query/casedetail.h"
#include "query/sql.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static const char HELP[] =
	"用法: jianzhi similar CASE_NO [--lead ID] [--limit N] [--format table|csv|json]\n"
	"       jianzhi similar --lead ID [--limit N] [--format ...]\n"
	"类案推送: the past cases closest to CASE_NO (or to one lead of it), best first,\n"
	"each with why it was chosen and how it ended: rule, label (成案/排除), suggestion\n"
	"(检察建议 issued), outcome (the court's reply), resumed (恢复执行), recovered (元).\n"
	"Score (at most 12): same rule 0-4 (4 x the share of the case's lead rules the\n"
	"other case has a lead of; with --lead: its rule), same court 2, same judge 2,\n"
	"same cause 1, claim closeness 0-1 (1 - |ln(a/b)| / ln 10), evidence 0-2 (2 x the\n"
	"Jaccard index of character bigrams). Candidates are cases with leads; the case\n"
	"itself and its 执恢 family are never listed.\n"
	"  --limit N   at most N cases (default 10)\n";

/* The lead's case when only --lead is given. */
static long long lead_case(jz_db *db, long long lead_id)
{
	struct lead_info li;
	struct jz_err e;
	long long id = 0;
	if (leadlist_get(db, lead_id, &li, &e) == 1) {
		id = li.r.case_id;
		lead_info_free(&li);
	}
	return id;
}

static int run(jz_db *db, const char *case_no, long long lead_id, int limit, enum cli_format fmt)
{
	long long case_id = case_no ? casedetail_find(db, case_no) : lead_case(db, lead_id);
	if (!case_id)
		return case_no ? cli_fail("similar", "没有案件 %s", case_no)
			       : cli_fail("similar", "没有线索 %lld", lead_id);
	struct similar_row *rows;
	int n;
	struct jz_err e;
	sqlite3_stmt *st;
	if (similar_find(db, case_id, lead_id, limit, &rows, &n, &e)) {
		similar_free(rows, n);
		return cli_fail("similar", "%s", e.msg);
	}
	int rc = EXIT_OK;
	if (similar_select(db, rows, n, 1, &st, &e))
		rc = cli_fail("similar", "%s", e.msg);
	else {
		if (cli_print_stmt(st, fmt, stdout))
			rc = cli_fail("similar", "%s", db_errmsg(db));
		sqlite3_finalize(st);
	}
	similar_free(rows, n);
	return rc;
}

int cmd_similar(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "lead", required_argument, NULL, 'L' }, { "limit", required_argument, NULL, 'n' },
		{ "format", required_argument, NULL, 'f' }, { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
	};
	long long lead_id = 0;
	int limit = 10, fmt = FMT_TABLE, c;
	char *end;
	optind = 1;
	while ((c = getopt_long(argc, argv, "n:f:h", opts, NULL)) != -1) {
		switch (c) {
		case 'L':
			lead_id = strtoll(optarg, &end, 10);
			if (*end || lead_id <= 0)
				return cli_usage("similar", "--lead takes a lead number, not '%s'", optarg);
			break;
		case 'n':
			limit = (int)strtol(optarg, &end, 10);
			if (*end || limit <= 0 || limit > 1000)
				return cli_usage("similar", "--limit takes 1 to 1000, not '%s'", optarg);
			break;
		case 'f':
			if ((fmt = cli_parse_format(optarg)) < 0)
				return cli_usage("similar", "unknown format '%s'", optarg);
			break;
		case 'h': return cli_print_help(HELP);
		default: return EXIT_USAGE;
		}
	}
	if (argc - optind > 1)
		return cli_usage("similar", "unexpected argument '%s'", argv[optind + 1]);
	if (optind == argc && !lead_id)
		return cli_usage("similar", "expected: CASE_NO or --lead ID");
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	int rc = run(db, optind < argc ? argv[optind] : NULL, lead_id, limit, (enum cli_format)fmt);
	jz_close(&db);
	return rc;
}
