/* jianzhi screen | leads | label — screening and leads from the CLI. */
#include "cli/cli.h"
#include "query/leadlist.h"
#include "query/sources.h"
#include "query/sql.h"
#include "store/db.h"
#include "store/audit.h"
#include "store/policy.h"
#include "rules/leads.h"
#include "rules/library.h"
#include "rules/sample.h"
#include "rules/screen.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char SCREEN_HELP[] =
	"用法: jianzhi screen [--rule CODE] [--full] [--sample N] [-q]\n"
	"Run the enabled rules over the cases and record the leads (线索).\n"
	"By default only the cases changed since the last screen, and those whose\n"
	"next review day has come (a seizure nearing its end, six months passing),\n"
	"are re-checked (incremental); a rule whose SQL or parameters changed\n"
	"re-checks every case; the first screen or --full checks every case.\n"
	"  --rule CODE  run one rule (over every case)\n"
	"  --sample N   then draw N cases without a lead for a person to review\n"
	"               (jianzhi samples): the verdicts estimate what each rule misses\n"
	"A rule that fails (e.g. a broken user rule) is reported with its file and\n"
	"skipped; the others still run. Labels are never changed by screening.\n";

int cmd_screen(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "rule", required_argument, NULL, 'r' }, { "full", no_argument, NULL, 'F' },
		{ "quiet", no_argument, NULL, 'q' }, { "help", no_argument, NULL, 'h' },
		{ "sample", required_argument, NULL, 'S' }, { NULL, 0, NULL, 0 },
	};
	struct screen_opts o = { NULL, 0, 0 };
	int sample = 0;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "r:qh", opts, NULL)) != -1) {
		switch (c) {
		case 'r': o.rule = optarg; break;
		case 'F': o.full = 1; break;
		case 'q': o.quiet = 1; break;
		case 'S':
			if ((sample = atoi(optarg)) <= 0)
				return cli_usage("screen", "--sample needs a positive number");
			break;
		case 'h': return cli_print_help(SCREEN_HELP);
		default: return EXIT_USAGE;
		}
	}
	if (optind < argc)
		return cli_usage("screen", "unexpected argument '%s'", argv[optind]);
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	struct screen_result r;
	struct jz_err e;
	int rc = screen_run(db, &o, &r, &e);
	fputs(sb_str(&r.problems), stderr);
	if (rc == 0) {
		printf("筛查 #%lld (%s, 基准日 %s): %d 条规则, %ld 件案件; 新线索 %ld, 证据更新 %ld, 不再命中 %ld%s\n",
		       r.run_id, r.incremental ? "增量" : "全量", r.today, r.rules_run, r.cases_checked,
		       r.leads_new, r.leads_refreshed, r.leads_gone,
		       r.rules_failed ? "; 有规则未运行，见上" : "");
		if (r.incremental && r.rules_full)
			printf("  %d 条规则因规则或参数改动对全部案件重查\n", r.rules_full);
	}
	if (rc == 0 && sample) {
		int drawn;
		long long pop;
		if ((rc = sample_draw(db, sample, r.run_id, &drawn, &pop, &e)) == 0)
			printf("抽样：从 %lld 件无线索案件中抽取 %d 件待人工复核（jianzhi samples 列出）\n", pop, drawn);
	}
	screen_result_free(&r);
	jz_close(&db);
	return rc ? cli_fail("screen", "%s", e.msg) : EXIT_OK;
}

static const char LEADS_HELP[] =
	"用法: jianzhi leads [--status active|gone] [--rule CODE] [--label 成案|排除|none]\n"
	"                    [--case CASE_NO] [--format table|csv|json] [--limit N]\n"
	"List leads (线索). CSV/JSON columns: lead_id, rule, title, stage, severity, case_no,\n"
	"court, judge, status, label, label_reason, evidence.\n"
	"       jianzhi leads show LEAD_ID   (evidence, the law and the suggested remedy)\n";

/* One lead as a prosecutor reads it: what, where, the evidence with the
 * rows it rests on, the exceptions checked, the law and the remedy. */
static int lead_show(jz_db *db, long long id)
{
	struct lead_info l;
	struct jz_err e;
	int got = leadlist_get(db, id, &l, &e);
	if (got <= 0)
		return got < 0 ? cli_fail("leads", "%s", e.msg) : cli_fail("leads", "没有线索 #%lld", id);
	const struct lead_row *r = &l.r;
	printf("线索 #%lld  [%s] %s  （%s，严重程度%s）\n案号：%s   法院：%s   承办人：%s\n", id, r->rule, r->title,
	       r->stage, r->severity, r->case_no, l.court_name, r->judge);
	printf("状态：%s   标注：%s%s%s%s%s\n", strcmp(r->status, "active") == 0 ? "有效" : "不再命中",
	       *r->label ? r->label : "未标注", *r->reason ? " " : "", r->reason, *l.note ? "：" : "", l.note);
	printf("\n证据：%s\n", r->evidence);
	struct source_line *src;
	int n;
	if (sources_describe(db, l.sources, &src, &n, &e) == 0 && n) {
		printf("\n依据的数据：\n");
		for (int i = 0; i < n; i++)
			printf("  %s\n", src[i].text);
		source_lines_free(src, n);
	}
	if (*l.checked)
		printf("\n已核查的例外：%s\n", l.checked);
	if (*l.next_change)
		printf("\n下次复核：%s（届时无新数据也会重新判断）\n", l.next_change);
	printf("\n法律依据：\n%s\n\n建议措施：%s\n", l.basis, l.remedy);
	lead_info_free(&l);
	return EXIT_OK;
}

int cmd_leads(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "status", required_argument, NULL, 's' }, { "rule", required_argument, NULL, 'r' },
		{ "label", required_argument, NULL, 'l' }, { "case", required_argument, NULL, 'c' },
		{ "format", required_argument, NULL, 'f' }, { "limit", required_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
	};
	struct lead_filter f;
	memset(&f, 0, sizeof f);
	const char *case_no = NULL;
	int fmt = FMT_TABLE, c;
	long limit = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "s:r:l:c:f:n:h", opts, NULL)) != -1) {
		switch (c) {
		case 's':
			if (strcmp(optarg, "active") && strcmp(optarg, "gone"))
				return cli_usage("leads", "--status is active or gone");
			f.status = optarg;
			break;
		case 'r': f.rule = optarg; break;
		case 'l': f.label = optarg; break;
		case 'c': case_no = optarg; break;
		case 'f':
			if ((fmt = cli_parse_format(optarg)) < 0)
				return cli_usage("leads", "unknown format '%s'", optarg);
			break;
		case 'n': limit = strtol(optarg, NULL, 10); break;
		case 'h': return cli_print_help(LEADS_HELP);
		default: return EXIT_USAGE;
		}
	}
	int show = optind < argc && strcmp(argv[optind], "show") == 0;
	if (show && optind + 2 != argc)
		return cli_usage("leads", "show needs one LEAD_ID");
	if (!show && optind < argc)
		return cli_usage("leads", "unexpected argument '%s'", argv[optind]);
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	int rc = EXIT_OK;
	struct jz_err e;
	if (show) {
		rc = lead_show(db, strtoll(argv[optind + 1], NULL, 10));
	} else {
		if (case_no && !(f.case_id = db_case_id(db, case_no)))
			f.case_id = -1;
		sqlite3_stmt *st;
		if (leads_query(db, &f, 0, limit, &st, &e))
			rc = cli_fail("leads", "%s", e.msg);
		else {
			cli_print_stmt(st, (enum cli_format)fmt, stdout);
			sqlite3_finalize(st);
		}
	}
	jz_close(&db);
	return rc;
}

static const char LABEL_HELP[] =
	"用法: jianzhi label LEAD_ID... confirm|dismiss [--reason TEXT] [--note TEXT]\n"
	"       jianzhi label LEAD_ID clear\n"
	"       jianzhi label --undo          (undo your last label)\n"
	"       jianzhi label --reasons       (the 排除 reasons)\n"
	"confirm = 成案; dismiss = 排除 and needs a --reason from the list (其他 needs --note).\n"
	"--version N: the version of the lead you saw (jianzhi leads shows it); the label is\n"
	"refused if someone changed the lead since. Every label is audited with the lead\n"
	"before and after.\n";

int cmd_label(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "reason", required_argument, NULL, 'r' }, { "note", required_argument, NULL, 'n' },
		{ "undo", no_argument, NULL, 'u' }, { "reasons", no_argument, NULL, 'R' },
		{ "version", required_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
	};
	const char *reason = NULL, *note = NULL;
	long long seen = 0;
	int undo = 0, c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "r:n:h", opts, NULL)) != -1) {
		switch (c) {
		case 'r': reason = optarg; break;
		case 'n': note = optarg; break;
		case 'u': undo = 1; break;
		case 'v': seen = atoll(optarg); break;
		case 'R':
			for (const char *const *r = leads_dismiss_reasons(); *r; r++)
				puts(*r);
			return EXIT_OK;
		case 'h': return cli_print_help(LABEL_HELP);
		default: return EXIT_USAGE;
		}
	}
	int nargs = argc - optind;
	const char *verb = nargs >= 2 ? argv[argc - 1] : NULL;
	if (!undo && (nargs < 2 || (strcmp(verb, "confirm") && strcmp(verb, "dismiss") && strcmp(verb, "clear"))))
		return cli_usage("label", "expected LEAD_ID... confirm|dismiss|clear");
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	struct jz_err e;
	int rc = EXIT_OK;
	if (undo) {
		long long id;
		if (leads_undo_last(db, &id, &e))
			rc = cli_fail("label", "%s", e.msg);
		else
			printf("线索 #%lld 已撤销上次标注\n", id);
	}
	for (int i = optind; !undo && i < argc - 1 && rc == EXIT_OK; i++) {
		char *end;
		long long id = strtoll(argv[i], &end, 10);
		if (*end || id <= 0) {
			rc = cli_usage("label", "not a lead id: '%s'", argv[i]);
			break;
		}
		int r = strcmp(verb, "clear") == 0 ? leads_unlabel(db, id, seen, &e)
			: leads_label(db, id, seen, strcmp(verb, "confirm") == 0 ? "成案" : "排除", reason, note, &e);
		if (r)
			rc = cli_fail("label", "lead %lld: %s", id, e.msg);
		else
			printf("线索 #%lld: %s\n", id, strcmp(verb, "clear") == 0 ? "标注已清除"
			       : strcmp(verb, "confirm") == 0 ? "成案" : "排除");
	}
	jz_close(&db);
	return rc;
}
