/* jianzhi cases — list cases as a table, CSV or JSON. */
#include "cli/cli.h"
#include "store/db.h"
#include "util/strbuf.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char HELP[] =
	"用法: jianzhi cases [--format table|csv|json] [--where EXPR] [--limit N]\n"
	"\n"
	"List cases, newest filing first. Columns: case_no court filing_date closing_date\n"
	"closing_method cause claim paid applicants debtors judge (amounts in 元).\n"
	"  --where EXPR   an SQL condition over those columns, e.g.\n"
	"                 --where \"closing_method='终结本次执行程序' AND claim > 100000\"\n"
	"                 (read-only: the database cannot be changed through it)\n"
	"  --limit N      at most N rows\n";

/* The listing: the v_case_summary view (db/schema/007) with the column
 * names users see. */
static const char CASE_LIST_SQL[] =
	"SELECT * FROM (SELECT case_no, court_name AS court, filing_date, closing_date,"
	" coalesce(closing_method, '未结') AS closing_method, cause,"
	" iif(claim_fen IS NULL, NULL, printf('%.2f', claim_fen / 100.0)) AS claim,"
	" iif(paid_fen IS NULL, NULL, printf('%.2f', paid_fen / 100.0)) AS paid,"
	" applicants, debtors, judge, filing_date AS _f, case_id AS _id FROM v_case_summary)";

int cmd_cases(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "where", required_argument, NULL, 'w' },
		{ "limit", required_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int fmt = FMT_TABLE, c;
	const char *where = NULL;
	long limit = -1;
	while ((c = getopt_long(argc, argv, "f:w:n:h", opts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if ((fmt = cli_parse_format(optarg)) < 0)
				return cli_usage("cases", "unknown format '%s' (table, csv or json)", optarg);
			break;
		case 'w': where = optarg; break;
		case 'n': limit = strtol(optarg, NULL, 10); break;
		case 'h': return cli_print_help(HELP);
		default: return EXIT_USAGE;
		}
	}
	if (optind < argc)
		return cli_usage("cases", "unexpected argument '%s'", argv[optind]);
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	struct strbuf sql = STRBUF_INIT;
	sb_printf(&sql, "SELECT case_no, court, filing_date, closing_date, closing_method, cause, claim,"
		  " paid, applicants, debtors, judge FROM %s", CASE_LIST_SQL + strlen("SELECT * FROM "));
	if (where)
		sb_printf(&sql, " WHERE (%s)", where);
	sb_printf(&sql, " ORDER BY _f DESC, _id DESC LIMIT %ld", limit);
	/* A user's --where can only read. */
	db_exec(db, "PRAGMA query_only=1", NULL);
	sqlite3_stmt *st;
	const char *tail = NULL;
	int rc = EXIT_OK;
	if (sqlite3_prepare_v2(db->sql, sb_str(&sql), -1, &st, &tail) != SQLITE_OK) {
		rc = cli_usage("cases", "bad --where: %s", db_errmsg(db));
	} else {
		if (tail && strspn(tail, " \t\r\n;") != strlen(tail))
			rc = cli_usage("cases", "bad --where: one condition only");
		else if (cli_print_stmt(st, (enum cli_format)fmt, stdout))
			rc = cli_fail("cases", "%s", db_errmsg(db));
		sqlite3_finalize(st);
	}
	sb_free(&sql);
	jz_close(&db);
	return rc;
}
