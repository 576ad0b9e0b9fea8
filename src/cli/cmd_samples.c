/* jianzhi samples — the cases `screen --sample N` drew for a person to
 * review, and their verdicts (rules/sample.h). */
#include "cli/cli.h"
#include "rules/sample.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char HELP[] =
	"用法: jianzhi samples [--pending] [--format table|csv|json]\n"
	"       jianzhi samples review ID clean [--note TEXT] [--version N]\n"
	"       jianzhi samples review ID missed --rule CODE [--note TEXT] [--version N]\n"
	"The cases drawn by `jianzhi screen --sample N` (cases without a lead) for a\n"
	"prosecutor to read. A review says the case is clean, or names the rule that\n"
	"should have fired; `jianzhi rules stats` turns the verdicts into each rule's\n"
	"estimated misses and recall. --version: the sample's version you saw.\n";

static int list(jz_db *db, int pending, int fmt)
{
	sqlite3_stmt *st;
	struct jz_err e;
	char sql[640];
	snprintf(sql, sizeof sql, "SELECT s.id, c.case_no, c.closing_method AS method, s.drawn_at, s.drawn_by,"
		 " coalesce(CASE s.verdict WHEN 'clean' THEN '无问题' WHEN 'missed' THEN '漏报' END, '待复核') AS verdict,"
		 " s.rule_code AS rule, s.note, s.reviewed_by, s.version FROM screen_samples s JOIN cases c ON c.id = s.case_id"
		 "%s ORDER BY s.id", pending ? " WHERE s.verdict IS NULL" : "");
	if (db_prepare(db, sql, &st, &e))
		return cli_fail("samples", "%s", e.msg);
	cli_print_stmt(st, (enum cli_format)fmt, stdout);
	sqlite3_finalize(st);
	return EXIT_OK;
}

static int review(jz_db *db, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "rule", required_argument, NULL, 'r' }, { "note", required_argument, NULL, 'n' },
		{ "version", required_argument, NULL, 'v' }, { NULL, 0, NULL, 0 },
	};
	const char *rule = NULL, *note = NULL;
	long long seen = 0;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "r:n:v:", opts, NULL)) != -1) {
		switch (c) {
		case 'r': rule = optarg; break;
		case 'n': note = optarg; break;
		case 'v': seen = atoll(optarg); break;
		default: return EXIT_USAGE;
		}
	}
	if (argc - optind != 3)
		return cli_usage("samples", "review needs ID and clean|missed");
	long long id = atoll(argv[optind + 1]);
	struct jz_err e;
	if (sample_review(db, id, seen, argv[optind + 2], rule, note, &e))
		return cli_fail("samples", "%s", e.msg);
	if (strcmp(argv[optind + 2], "clean") == 0)
		printf("抽样 #%lld 已复核：无问题\n", id);
	else
		printf("抽样 #%lld 已复核：漏报（%s）\n", id, rule);
	return EXIT_OK;
}

int cmd_samples(struct cli_ctx *ctx, int argc, char **argv)
{
	if (cli_wants_help(argc, argv))
		return cli_print_help(HELP);
	int is_review = argc > 1 && strcmp(argv[1], "review") == 0;
	int pending = 0, fmt = FMT_TABLE;
	for (int i = 1; !is_review && i < argc; i++) {
		if (strcmp(argv[i], "--pending") == 0)
			pending = 1;
		else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
			if ((fmt = cli_parse_format(argv[++i])) < 0)
				return cli_usage("samples", "unknown format '%s'", argv[i]);
		} else if (strcmp(argv[i], "list") != 0)
			return cli_usage("samples", "unexpected argument '%s'", argv[i]);
	}
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	int rc = is_review ? review(db, argc, argv) : list(db, pending, fmt);
	jz_close(&db);
	return rc;
}
