/* jianzhi money PARTY [--section S] [--format table|csv|json] [--xlsx FILE]
 * [--unmask] — a party's 资金分析 (query/money.h): statement timeline,
 * counterparties, flagged transactions, related parties two hops deep. */
#include "cli/cli.h"
#include "export/export.h"
#include "legal/mask.h"
#include "query/sql.h"
#include "util/xalloc.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char HELP[] =
	"用法: jianzhi money PARTY [--section timeline|counterparties|flagged|links]\n"
	"                    [--format table|csv|json] [--xlsx FILE [-q]] [--unmask]\n"
	"资金分析 of a party (its number, 证件号 or exact name), in four sections:\n"
	"  timeline        every transaction on its accounts, oldest first, amounts in 元,\n"
	"                  with the statement file and row and the money rules citing it\n"
	"  counterparties  per counterparty: transactions in and out, totals, first and\n"
	"                  last date, and the party's link to it (party_links)\n"
	"  flagged         transactions cited by active ZJ-* leads of the party's cases\n"
	"  links           related parties two hops deep: kind, direction (→ the row's\n"
	"                  起点 is the link's first party), source (file:row), 强/弱\n"
	"Table output prints each section under a heading; csv and json need --section.\n"
	"  --xlsx FILE  write the four sections as sheets 流水, 对手方, 可疑交易, 关联主体\n"
	"               (FILE replaced only when whole)\n"
	"  --unmask     show the full 证件号 (承办检察官, 部门负责人, 检察长 only; audited)\n";

struct opts {
	int section, fmt, unmask, quiet;
	const char *xlsx;
};

static int section_parse(const char *s)
{
	for (int i = 0; i < MS_COUNT; i++)
		if (strcmp(s, money_section_name((enum money_section)i)) == 0)
			return i;
	return -1;
}

static int print_header(jz_db *db, long long id, int unmask)
{
	struct money m = { 0 };
	struct jz_err e;
	if (money_load_party(db, id, &m.p, &e))
		return cli_fail("money", "%s", e.msg);
	char *idno = unmask ? xstrdup(m.p.id_no) : mask_id_no(m.p.id_no, m.p.kind);
	printf("当事人 #%lld %s %s\n%s；账户 %ld 个，交易 %ld 笔\n", id, m.p.name, idno && *idno ? idno : "（无证件号）",
	       *m.p.roles ? m.p.roles : "不在任何案件中", m.p.accounts, m.p.txns);
	free(idno);
	money_free(&m);
	return EXIT_OK;
}

static int print_section(jz_db *db, long long id, int s, enum cli_format fmt)
{
	sqlite3_stmt *st;
	struct jz_err e;
	if (fmt == FMT_TABLE)
		printf("\n== %s ==\n", money_section_title((enum money_section)s));
	if (money_select(db, id, (enum money_section)s, 1, &st, &e))
		return cli_fail("money", "%s", e.msg);
	int rc = cli_print_stmt(st, fmt, stdout) ? cli_fail("money", "%s", db_errmsg(db)) : EXIT_OK;
	sqlite3_finalize(st);
	return rc;
}

static int write_xlsx(jz_db *db, long long id, const struct opts *o)
{
	struct export_opts eo = { .full_ids = o->unmask, .quiet = o->quiet };
	long rows;
	struct jz_err e;
	if (export_money_xlsx(db, o->xlsx, id, &eo, &rows, &e))
		return cli_fail("money", "%s", e.msg);
	if (!o->quiet)
		fprintf(stderr, "%s: %ld rows%s\n", o->xlsx, rows, o->unmask ? " (身份证号完整，已记入审计)" : "");
	return EXIT_OK;
}

static int run(jz_db *db, const char *who, const struct opts *o)
{
	long long id;
	struct jz_err e;
	if (money_find_party(db, who, &id, &e))
		return cli_fail("money", "%s", e.msg);
	if (o->xlsx)
		return write_xlsx(db, id, o);
	if (o->unmask && money_reveal_ids(db, id, &e))
		return cli_fail("money", "%s", e.msg);
	int rc = o->fmt == FMT_TABLE ? print_header(db, id, o->unmask) : EXIT_OK;
	for (int s = 0; s < MS_COUNT && rc == EXIT_OK; s++)
		if (o->section < 0 || o->section == s)
			rc = print_section(db, id, s, (enum cli_format)o->fmt);
	return rc;
}

int cmd_money(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option lopts[] = {
		{ "section", required_argument, NULL, 's' }, { "format", required_argument, NULL, 'f' },
		{ "xlsx", required_argument, NULL, 'x' }, { "unmask", no_argument, NULL, 'U' },
		{ "quiet", no_argument, NULL, 'q' }, { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
	};
	struct opts o = { -1, FMT_TABLE, 0, 0, NULL };
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "s:f:x:qh", lopts, NULL)) != -1) {
		switch (c) {
		case 's':
			if ((o.section = section_parse(optarg)) < 0)
				return cli_usage("money", "--section is timeline, counterparties, flagged or links, not '%s'",
						 optarg);
			break;
		case 'f':
			if ((o.fmt = cli_parse_format(optarg)) < 0)
				return cli_usage("money", "unknown format '%s'", optarg);
			break;
		case 'x': o.xlsx = optarg; break;
		case 'U': o.unmask = 1; break;
		case 'q': o.quiet = 1; break;
		case 'h': return cli_print_help(HELP);
		default: return EXIT_USAGE;
		}
	}
	if (argc - optind != 1)
		return cli_usage("money", "expected one PARTY (number, 证件号 or name)");
	if (o.fmt != FMT_TABLE && o.section < 0 && !o.xlsx)
		return cli_usage("money", "--format csv|json prints one section: add --section");
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	int rc = run(db, argv[optind], &o);
	jz_close(&db);
	return rc;
}
