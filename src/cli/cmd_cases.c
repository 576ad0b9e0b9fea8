/* jianzhi cases — list cases as a table, CSV or JSON. */
#include "cli/cli.h"
#include "store/db.h"
#include "util/strbuf.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char HELP[] =
	"用法: jianzhi cases [--format table|csv|json] [--where EXPR] [--limit N]\n"
	"\n"
	"List cases, newest filing first. Columns: case_no court filing_date closing_date\n"
	"closing_method cause claim paid applicants debtors judge (amounts in 元).\n"
	"  --where EXPR   an SQL condition over those columns, e.g.\n"
	"                 --where \"closing_method='终结本次执行程序' AND claim > 100000\"\n"
	"                 (read-only: the database cannot be changed through it; no\n"
	"                 comments or semicolons; stopped after 5 seconds)\n"
	"  --limit N      at most N rows\n";

/* The listing: the v_case_summary view (db/schema/007) with the column
 * names users see. */
static const char CASE_LIST_SQL[] =
	"SELECT * FROM (SELECT case_no, court_name AS court, filing_date, closing_date,"
	" coalesce(closing_method, '未结') AS closing_method, cause,"
	" iif(claim_fen IS NULL, NULL, printf('%.2f', claim_fen / 100.0)) AS claim,"
	" iif(paid_fen IS NULL, NULL, printf('%.2f', paid_fen / 100.0)) AS paid,"
	" applicants, debtors, judge, filing_date AS _f, case_id AS _id FROM v_case_summary)";

/* A --where query is stopped after this long (a recursive CTE can run forever). */
#define WHERE_SECONDS 5

/* --where is outside input that lands inside our SQL: it must stay one
 * condition. Outside quoted strings and quoted names, a comment (-- or
 * slash-star) could cut off the LIMIT, a semicolon start another
 * statement, an unbalanced parenthesis close the WHERE early. NULL when
 * none of that is there, else what is wrong. */
static const char *where_problem(const char *w)
{
	int depth = 0;
	for (const char *p = w; *p; p++) {
		if (*p == '\'' || *p == '"' || *p == '`' || *p == '[') {
			/* a doubled quote inside a literal reads as two literals: same result */
			const char *q = strchr(p + 1, *p == '[' ? ']' : *p);
			if (!q)
				return "引号未闭合";
			p = q;
		} else if ((p[0] == '-' && p[1] == '-') || (p[0] == '/' && p[1] == '*')) {
			return "不允许注释（-- 或 /* */）";
		} else if (*p == ';') {
			return "不允许分号（只能是一个条件）";
		} else if (*p == '(') {
			depth++;
		} else if (*p == ')' && --depth < 0) {
			return "括号不配对";
		}
	}
	return depth ? "括号不配对" : NULL;
}

struct deadline { struct timespec end; int hit; };

static int past_deadline(void *arg)
{
	struct deadline *d = arg;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (now.tv_sec > d->end.tv_sec || (now.tv_sec == d->end.tv_sec && now.tv_nsec >= d->end.tv_nsec))
		d->hit = 1;
	return d->hit;     /* non-zero interrupts the query */
}

/* Run the listing under the time limit; the exit status. */
static int run_listing(jz_db *db, const char *sql, int fmt)
{
	sqlite3_stmt *st;
	const char *tail = NULL;
	if (db_prepare_untrusted(db, sql, &st, &tail) != SQLITE_OK)
		return cli_usage("cases", "bad --where: %s", db_errmsg(db));
	int rc = EXIT_OK;
	struct deadline dl = { .hit = 0 };
	clock_gettime(CLOCK_MONOTONIC, &dl.end);
	dl.end.tv_sec += WHERE_SECONDS;
	if (tail && strspn(tail, " \t\r\n;") != strlen(tail)) {
		rc = cli_usage("cases", "bad --where: one condition only");
	} else if (!sqlite3_stmt_readonly(st)) {
		rc = cli_usage("cases", "bad --where: 查询必须是只读的");
	} else {
		sqlite3_progress_handler(db->sql, 10000, past_deadline, &dl);
		if (cli_print_stmt(st, (enum cli_format)fmt, stdout))
			rc = dl.hit ? cli_fail("cases", "查询超过 %d 秒时限，已中止（--where 条件是否过于复杂？）",
					       WHERE_SECONDS)
				    : cli_fail("cases", "%s", db_errmsg(db));
		sqlite3_progress_handler(db->sql, 0, NULL, NULL);
	}
	sqlite3_finalize(st);
	return rc;
}

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
	const char *why = where ? where_problem(where) : NULL;
	if (why)
		return cli_usage("cases", "bad --where: %s", why);
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
	int rc = run_listing(db, sb_str(&sql), fmt);
	sb_free(&sql);
	jz_close(&db);
	return rc;
}
