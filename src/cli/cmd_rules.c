/* jianzhi screen | rules | leads | label — the rule library from the CLI. */
#include "cli/cli.h"
#include "query/sql.h"
#include "store/db.h"
#include "store/audit.h"
#include "store/policy.h"
#include "rules/leads.h"
#include "rules/library.h"
#include "rules/screen.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char SCREEN_HELP[] =
	"用法: jianzhi screen [--rule CODE] [--full] [-q]\n"
	"Run the enabled rules over the cases and record the leads (线索).\n"
	"By default only the cases changed since the last screen are re-checked\n"
	"(incremental); the first screen, a changed rule, or --full checks every case.\n"
	"  --rule CODE  run one rule (over every case)\n"
	"A rule that fails (e.g. a broken user rule) is reported with its file and\n"
	"skipped; the others still run. Labels are never changed by screening.\n";

int cmd_screen(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "rule", required_argument, NULL, 'r' }, { "full", no_argument, NULL, 'F' },
		{ "quiet", no_argument, NULL, 'q' }, { "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct screen_opts o = { NULL, 0, 0 };
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "r:qh", opts, NULL)) != -1) {
		switch (c) {
		case 'r': o.rule = optarg; break;
		case 'F': o.full = 1; break;
		case 'q': o.quiet = 1; break;
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
	if (rc == 0)
		printf("筛查 #%lld (%s, 基准日 %s): %d 条规则, %ld 件案件; 新线索 %ld, 仍命中 %ld, 不再命中 %ld%s\n",
		       r.run_id, r.incremental ? "增量" : "全量", r.today, r.rules_run, r.cases_checked,
		       r.leads_new, r.leads_refreshed, r.leads_gone,
		       r.rules_failed ? "; 有规则未运行，见上" : "");
	screen_result_free(&r);
	jz_close(&db);
	return rc ? cli_fail("screen", "%s", e.msg) : EXIT_OK;
}

static const char RULES_HELP[] =
	"用法: jianzhi rules [list] [--format table|csv|json]\n"
	"       jianzhi rules show CODE\n"
	"       jianzhi rules stats [--format table|csv|json]\n"
	"       jianzhi rules enable|disable CODE\n"
	"list: the rule library (built-in and user rules; jianzhi-rules(5)).\n"
	"show: a rule's metadata, legal basis, parameters and SQL.\n"
	"stats: per rule hits, active, labelled, confirmed (成案), dismissed and precision (成案率).\n";

static int rules_list(jz_db *db, int fmt)
{
	struct rule_lib lib;
	struct jz_err e;
	if (rules_load(&lib, &e))
		return cli_fail("rules", "%s", e.msg);
	for (int i = 0; i < lib.nproblems; i++)
		fprintf(stderr, "jianzhi rules: %s: %s\n", lib.problems[i].path, lib.problems[i].msg);
	int rc = EXIT_OK;
	sqlite3_stmt *st = NULL;
	if (db_begin(db, &e) || rules_sync(db, &lib, &e) || db_commit(db, &e) ||
	    db_prepare(db, "SELECT code, stage, severity, title, version, verification,"
		       " iif(enabled, '启用', '停用') AS enabled, path FROM rules WHERE path <> ''"
		       " ORDER BY code", &st, &e)) {
		db_rollback(db);
		rc = cli_fail("rules", "%s", e.msg);
	} else {
		cli_print_stmt(st, (enum cli_format)fmt, stdout);
		sqlite3_finalize(st);
	}
	rules_free(&lib);
	return rc;
}

static int rules_show(const char *code)
{
	struct rule_lib lib;
	struct jz_err e;
	if (rules_load(&lib, &e))
		return cli_fail("rules", "%s", e.msg);
	const struct rule *r = rules_find(&lib, code);
	if (!r) {
		rules_free(&lib);
		return cli_fail("rules", "no rule '%s'", code);
	}
	printf("%s  %s\n阶段: %s   严重程度: %s   版本: %s   核验: %s\n文件: %s\n\n法律依据:\n%s\n\n建议措施: %s\n",
	       r->code, r->title, r->stage, r->severity, r->version, r->verification, r->path,
	       r->basis, r->remedy);
	if (*r->needs)
		printf("所需数据: %s\n", r->needs);
	if (r->nparams)
		printf("\n参数 (setting rule.%s.NAME overrides):\n", r->code);
	for (int i = 0; i < r->nparams; i++)
		printf("  %-16s = %-8s %s\n", r->params[i].name, r->params[i].dflt, r->params[i].note);
	printf("\nSQL:\n%s", r->sql);
	rules_free(&lib);
	return EXIT_OK;
}

static int rules_stats(jz_db *db, int fmt)
{
	sqlite3_stmt *st;
	struct jz_err e;
	if (leads_stats_query(db, &st, &e))
		return cli_fail("rules", "%s", e.msg);
	cli_print_stmt(st, (enum cli_format)fmt, stdout);
	sqlite3_finalize(st);
	return EXIT_OK;
}

/* Only a 管理员 turns rules on and off (store/policy.h), and it is audited.
 * (The check belongs in a core function of src/rules; until that exists
 * this is the one place rules are switched.) */
static int rules_enable(jz_db *db, const char *code, int on)
{
	char sql[256];
	sqlite3_stmt *st;
	struct jz_err e;
	if (policy_check(db, PA_RULES, NULL, &e))
		return cli_fail("rules", "%s", e.msg);
	snprintf(sql, sizeof sql, "UPDATE rules SET enabled = %d WHERE code = ?", on);
	int own, rc;
	if (db_begin_own(db, &own, &e))
		return cli_fail("rules", "%s", e.msg);
	if ((rc = db_prepare(db, sql, &st, &e)) == 0) {
		sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
		rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(&e, "%s", db_errmsg(db));
		sqlite3_finalize(st);
	}
	if (rc == 0 && db_changes(db) == 0)
		rc = jz_err_set(&e, "no rule '%s' (run jianzhi rules list first)", code);
	if (rc == 0)
		rc = audit_log(db, on ? "rule.enable" : "rule.disable", "rules", 0, NULL, NULL, code, &e);
	if (db_end(db, own, rc, &e))
		return cli_fail("rules", "%s", e.msg);
	return EXIT_OK;
}

int cmd_rules(struct cli_ctx *ctx, int argc, char **argv)
{
	if (cli_wants_help(argc, argv))
		return cli_print_help(RULES_HELP);
	int fmt = FMT_TABLE, nargs = 0;
	const char *args[3] = { NULL, NULL, NULL };
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
			if ((fmt = cli_parse_format(argv[++i])) < 0)
				return cli_usage("rules", "unknown format '%s'", argv[i]);
		} else if (nargs < 3) {
			args[nargs++] = argv[i];
		} else {
			return cli_usage("rules", "unexpected argument '%s'", argv[i]);
		}
	}
	const char *sub = args[0] ? args[0] : "list";
	if (strcmp(sub, "show") == 0)
		return args[1] ? rules_show(args[1]) : cli_usage("rules", "show needs a rule CODE");
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	int rc;
	if (strcmp(sub, "list") == 0)
		rc = rules_list(db, fmt);
	else if (strcmp(sub, "stats") == 0)
		rc = rules_stats(db, fmt);
	else if ((strcmp(sub, "enable") == 0 || strcmp(sub, "disable") == 0) && args[1])
		rc = rules_enable(db, args[1], strcmp(sub, "enable") == 0);
	else
		rc = cli_usage("rules", "unknown subcommand '%s'", sub);
	jz_close(&db);
	return rc;
}

static const char LEADS_HELP[] =
	"用法: jianzhi leads [--status active|gone] [--rule CODE] [--label 成案|排除|none]\n"
	"                    [--case CASE_NO] [--format table|csv|json] [--limit N]\n"
	"List leads (线索). CSV/JSON columns: lead_id, rule, title, stage, severity, case_no,\n"
	"court, judge, status, label, label_reason, evidence.\n"
	"       jianzhi leads show LEAD_ID   (evidence, the law and the suggested remedy)\n";

static int lead_show(jz_db *db, long long id)
{
	sqlite3_stmt *st;
	struct jz_err e;
	if (leads_get(db, id, &st, &e))
		return cli_fail("leads", "%s", e.msg);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return cli_fail("leads", "no lead %lld", id);
	}
#define T(i) ((const char *)sqlite3_column_text(st, i) ? (const char *)sqlite3_column_text(st, i) : "")
	printf("线索 #%lld  [%s] %s  (%s, %s)\n案号: %s   法院: %s   承办人: %s\n状态: %s   标注: %s %s %s\n\n"
	       "证据: %s\n\n法律依据:\n%s\n\n建议措施: %s\n",
	       id, T(1), T(2), T(3), T(4), T(5), T(6), T(7), T(8), *T(9) ? T(9) : "未标注", T(10), T(19),
	       T(11), T(13), T(14));
#undef T
	sqlite3_finalize(st);
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
