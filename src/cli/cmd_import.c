/* jianzhi import cases|registry KIND|events|bank — files into the database, one
 * transaction per file, with a summary line and a rejects report each. */
#include "cli/cli.h"
#include "store/db.h"
#include "import/bank.h"
#include "import/events.h"
#include "import/ledger.h"
#include "import/registry.h"
#include "store/lazy_index.h"

#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

static const char HELP[] =
	"用法: jianzhi import cases [--map FILE] [--sheet NAME] FILE...\n"
	"       jianzhi import registry [--sheet NAME] KIND FILE   (KIND: 不动产 车辆 公积金 股权 存款 出行 企业登记)\n"
	"       jianzhi import events FILE\n"
	"       jianzhi import bank [--map FILE] [--sheet NAME] [--party CASE_NO|ID] FILE...\n"
	"\n"
	"Import a court's enforcement ledger (执行案件台账) as CSV (UTF-8 or GBK) or XLSX.\n"
	"Columns are found by their headers (案号, 立案日期, 结案日期, 结案方式, 案由, 申请执行人,\n"
	"被执行人, 证件号码, 执行标的, 实际到位金额, 执行依据, 承办人, 终本理由 and synonyms);\n"
	"title rows above the header are skipped. Cases are updated by 案号, never duplicated.\n"
	"Rejected rows (and warnings) go to FILE.rejects.csv with row number and reason.\n"
	"A row with a NUL, a byte not in the file's encoding, a cell over 64 KiB or a row\n"
	"over 1 MiB is rejected with the row and column named; the other rows still land.\n"
	"Each file is one transaction: interrupted, the database stays as it was.\n"
	"\n"
	"  --map FILE   extra header names, lines 'field = 表头' (fields: case_no filing_date\n"
	"               closing_date closing_method cause applicant applicant_id debtor\n"
	"               debtor_id claim paid basis_no judge zb_reason court)\n"
	"  --sheet NAME read this sheet of an XLSX workbook (default: the first visible\n"
	"               sheet whose header names the needed columns; hidden sheets such\n"
	"               as a 代码表 are skipped)\n"
	"  -q, --quiet  no summary line\n"
	"\n"
	"Registry rows are tied to parties by 证件号码 first, then by exact name (marked as\n"
	"weaker); event rows by 案号 (import the ledger first). Event kinds: 执行通知 报告财产令\n"
	"网络查控 限制消费 失信 查封 扣押 冻结 续封 解封 评估 拍卖 流拍 案款到账 案款发放\n"
	"终本前告知申请人 终本 终本后查询 恢复执行 延长期限批准 罚款 拘留 … (and synonyms).\n"
	"\n"
	"Bank statements (交易流水): the account (户名, 账号/卡号, 证件号码, 开户行) from lines above\n"
	"the table (户名：张三  账号：6222…) or from columns; 交易日期 (+ 交易时间); 交易金额 with a\n"
	"借贷标志 (借/贷, 收/支, 转入/转出 …) or 借方/贷方 (支出/收入) columns — 借 is money out\n"
	"(--map: direction.借 = 收入 flips it); 余额, 对方户名, 对方账号, 对方开户行, 摘要/用途,\n"
	"交易渠道. Transactions already imported (overlapping exports) are counted as\n"
	"duplicates. Accounts are tied to parties by 证件号码, by a 存款 registry record of\n"
	"the account, or by a unique name (weak); --party ties the file's accounts to the\n"
	"被执行人 of a 案号 or the party with an ID number.\n"
	"\n"
	"Exit status: 0 when every file was read (even with rejected rows), 1 otherwise.\n";

enum what { W_CASES, W_REGISTRY, W_EVENTS, W_BANK };

static void print_summary(const char *path, const struct import_stats *st)
{
	fprintf(stderr, "%s: %s%s%s%s %s — read %ld, new %ld, updated %ld, duplicate %ld, rejected %ld, warnings %ld",
		path, st->format, *st->sheet ? "（工作表“" : "", st->sheet, *st->sheet ? "”）" : "", st->encoding,
		st->read, st->added, st->updated, st->dup, st->rejected,
		st->warned);
	if (st->skipped)
		fprintf(stderr, ", skipped %ld (not transactions: totals, repeated headers, account lines)", st->skipped);
	if (st->bulk)
		fputs("; loaded straight into the empty database", stderr);
	fputc('\n', stderr);
	if (st->rejects_path)
		fprintf(stderr, "  rejected rows and warnings: %s\n", st->rejects_path);
	if (*st->unused)
		fprintf(stderr, "  columns not read (no field of this kind; name one with --map): %s\n", st->unused);
}

static int import_one(jz_db *db, enum what w, const char *kind, const char *path,
		      const struct import_opts *o, long long party, int quiet, struct jz_err *e)
{
	struct import_stats st;
	int rc;
	if (w == W_BANK)
		rc = bank_import_file(db, path, o, party, &st, e);
	else if (w == W_CASES)
		rc = ledger_import_file(db, path, o, &st, e);
	else if (w == W_EVENTS)
		rc = event_import_file(db, path, o, &st, e);
	else
		rc = registry_import_file(db, kind, path, o, &st, e);
	if (rc == 0 && !quiet) {
		print_summary(path, &st);
		if (w == W_REGISTRY)
			fprintf(stderr, "  matched to parties: by ID %ld, by name only %ld, unmatched %ld\n",
				st.by_id, st.by_name, st.unlinked);
		if (w == W_BANK)
			fprintf(stderr, "  accounts: tied to a party by ID, account or --party %ld, by name only %ld,"
				" not tied %ld\n", st.by_id, st.by_name, st.unlinked);
		int later = lazy_index_pending(db);
		if (later)
			fprintf(stderr, "  %d indexes left for later: the next screen builds them, or the workstation in the"
				" background, the next import those it reads first (sorting and look-ups are slower until"
				" then)\n", later);
	}
	import_stats_free(&st);
	return rc;
}

static int import_files(struct cli_ctx *ctx, enum what w, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "map", required_argument, NULL, 'm' },
		{ "sheet", required_argument, NULL, 's' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "party", required_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct import_opts o = { .progress = 1, .interrupted = &interrupted };
	int quiet = 0, c;
	const char *party = NULL;
	while ((c = getopt_long(argc, argv, "m:s:qh", opts, NULL)) != -1) {
		switch (c) {
		case 'm': o.map_file = optarg; break;
		case 'p':
			if (w != W_BANK)
				return cli_usage("import", "--party is for bank statements only");
			party = optarg;
			break;
		case 's': o.sheet = optarg; break;
		case 'q': quiet = 1; break;
		case 'h': return cli_print_help(HELP);
		default: return EXIT_USAGE;
		}
	}
	const char *kind = NULL, *mode;
	if (w == W_REGISTRY) {
		if (optind >= argc)
			return cli_usage("import registry", "expected KIND FILE");
		kind = argv[optind++];
		if (!registry_kind(kind, &mode))
			return cli_usage("import registry", "unknown KIND '%s' (%s)", kind, registry_kind_list());
	}
	if (optind >= argc)
		return cli_usage("import", "expected FILE");
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	long long party_id = 0;
	if (party) {
		struct jz_err pe;
		if ((party_id = bank_find_party(db, party, &pe)) < 0) {
			fprintf(stderr, "jianzhi import: %s\n", pe.msg);
			jz_close(&db);
			return EXIT_FAIL;
		}
	}
	struct sigaction sa = { 0 };
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	int rc = EXIT_OK;
	for (int i = optind; i < argc && !interrupted; i++) {
		struct jz_err e;
		if (import_one(db, w, kind, argv[i], &o, party_id, quiet, &e)) {
			fprintf(stderr, "jianzhi import: %s\n", e.msg);
			rc = EXIT_FAIL;
		}
	}
	jz_close(&db);
	return rc;
}

int cmd_import(struct cli_ctx *ctx, int argc, char **argv)
{
	if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return argc < 2 ? cli_usage("import", "expected cases, registry, events or bank") : cli_print_help(HELP);
	if (strcmp(argv[1], "cases") == 0)
		return import_files(ctx, W_CASES, argc - 1, argv + 1);
	if (strcmp(argv[1], "registry") == 0)
		return import_files(ctx, W_REGISTRY, argc - 1, argv + 1);
	if (strcmp(argv[1], "events") == 0)
		return import_files(ctx, W_EVENTS, argc - 1, argv + 1);
	if (strcmp(argv[1], "bank") == 0)
		return import_files(ctx, W_BANK, argc - 1, argv + 1);
	return cli_usage("import", "unknown kind '%s' (cases, registry, events or bank)", argv[1]);
}
