/* jianzhi draft … — drafts from templates and their review. */
#include "cli/cli.h"
#include "util/atomicfile.h"
#include "util/editor.h"
#include "query/sql.h"
#include "store/db.h"
#include "drafts/docx.h"
#include "drafts/drafts.h"
#include "legal/normalize.h"
#include "util/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char HELP[] =
	"用法: jianzhi draft templates\n"
	"       jianzhi draft new LEAD_ID|CASE_NO --template NAME\n"
	"       jianzhi draft list [--format table|csv|json]\n"
	"       jianzhi draft show ID\n"
	"       jianzhi draft render ID [--format txt|docx] [-o FILE]\n"
	"       jianzhi draft edit ID            ($EDITOR on the text; a stale save is refused)\n"
	"       jianzhi draft save ID FILE --version N\n"
	"       jianzhi draft submit|approve|issue|followup ID [--version N]\n"
	"       jianzhi draft return ID --comment TEXT [--version N]\n"
	"       jianzhi draft revise ID           (a new draft revising an issued one)\n"
	"       jianzhi draft comment ID TEXT\n"
	"       jianzhi draft reply ID --outcome 采纳|部分采纳|不采纳 [--resumed] [--amount 元] [--date D]\n"
	"Workflow: 草稿 → 已提交 → 已批准 (部门负责人/检察长, not the author; 已退回 with comments)\n"
	"→ 已发出 (by 部门负责人/检察长: 文号 and 成文日期 written into the text, which is then final;\n"
	"reply due in 3 months) → 已回复 → 跟进监督 (late or 不采纳). --version N: the version you\n"
	"read; the step is refused if the draft changed since.\n"
	"Templates: jianzhi-templates(5).\n";

static const char *opt(int argc, char **argv, const char *name)
{
	for (int i = 0; i < argc - 1; i++)
		if (strcmp(argv[i], name) == 0)
			return argv[i + 1];
	return NULL;
}

static int has(int argc, char **argv, const char *name)
{
	for (int i = 0; i < argc; i++)
		if (strcmp(argv[i], name) == 0)
			return 1;
	return 0;
}

static void print_template(const char *name, const char *title, void *arg)
{
	(void)arg;
	printf("%s\t%s\n", name, title);
}

static int draft_new(jz_db *db, int argc, char **argv)
{
	const char *tpl = opt(argc, argv, "--template");
	if (argc < 3 || !tpl)
		return cli_usage("draft", "new needs LEAD_ID|CASE_NO and --template NAME");
	long long lead = 0, cid = 0;
	char *end;
	long long v = strtoll(argv[2], &end, 10);
	struct jz_err e;
	if (!*end && v > 0) {
		lead = v;
	} else {
		char no[160];
		if (norm_case_no(argv[2], no, sizeof no, NULL) != NORM_OK)
			return cli_usage("draft", "'%s' is neither a lead id nor a 案号", argv[2]);
		cid = db_case_id(db, no);
		if (!cid)
			return cli_fail("draft", "no case %s", no);
	}
	long long id;
	if (drafts_new(db, lead, cid, tpl, &id, &e))
		return cli_fail("draft", "%s", e.msg);
	printf("文稿 #%lld 已创建（%s）\n", id, tpl);
	return EXIT_OK;
}

static int load_draft(jz_db *db, long long id, sqlite3_stmt **s)
{
	struct jz_err e;
	if (drafts_get(db, id, s, &e) || sqlite3_step(*s) != SQLITE_ROW) {
		sqlite3_finalize(*s);
		return cli_fail("draft", "no draft %lld", id);
	}
	return 0;
}

#define T(s, i) ((const char *)sqlite3_column_text(s, i) ? (const char *)sqlite3_column_text(s, i) : "")

static int draft_show(jz_db *db, long long id)
{
	sqlite3_stmt *s;
	if (load_draft(db, id, &s))
		return EXIT_FAIL;
	printf("文稿 #%lld  %s  [%s]  版本 %s\n案号 %s  线索 %s  起草人 %s  审批人 %s  文号 %s  回复期限 %s  结果 %s\n\n%s\n",
	       id, T(s, 2), T(s, 1), T(s, 4), T(s, 8), T(s, 9), T(s, 5), T(s, 6), T(s, 7), T(s, 12), T(s, 13), T(s, 3));
	sqlite3_finalize(s);
	struct jz_err e;
	if (db_prepare(db, "SELECT at, login, text FROM draft_comments WHERE draft_id = ? ORDER BY id", &s, &e) == 0) {
		sqlite3_bind_int64(s, 1, id);
		int first = 1;
		while (sqlite3_step(s) == SQLITE_ROW) {
			if (first--)
				printf("\n审核意见:\n");
			printf("  %s %s: %s\n", T(s, 0), T(s, 1), T(s, 2));
		}
		sqlite3_finalize(s);
	}
	return EXIT_OK;
}

static void put_line(const char *text, void *arg)
{
	fprintf((FILE *)arg, "%s\n", text);
}

static int draft_render(jz_db *db, long long id, int argc, char **argv)
{
	const char *fmt = opt(argc, argv, "--format"), *out = opt(argc, argv, "-o");
	if (!fmt)
		fmt = "txt";
	if (strcmp(fmt, "txt") && strcmp(fmt, "docx"))
		return cli_usage("draft", "--format is txt or docx");
	if (strcmp(fmt, "docx") == 0 && !out)
		return cli_usage("draft", "docx needs -o FILE");
	sqlite3_stmt *s;
	if (load_draft(db, id, &s))
		return EXIT_FAIL;
	int rc = EXIT_OK;
	struct jz_err e;
	if (strcmp(fmt, "docx") == 0) {
		int replaced = 0;
		if (docx_write(out, T(s, 3), &replaced, &e))
			rc = cli_fail("draft", "%s", e.msg);
		else if (replaced)
			fprintf(stderr, "jianzhi draft: 注意：文稿 #%lld 有 %d 个字符不能写入 Word 文档（控制字符、U+FFFE/U+FFFF"
				"或无效的 UTF-8），已替换为 U+FFFD（�），请在文稿中改正\n", id, replaced);
	} else if (!out) {
		docx_plain_text(T(s, 3), put_line, stdout);
	} else {                  /* whole or not at all: the previous file stays until the new one is complete */
		struct atomic_file af;
		FILE *f = NULL;
		if (atomic_begin(&af, out, &e) == 0 && (f = fopen(af.tmp, "w"))) {
			docx_plain_text(T(s, 3), put_line, f);
			int bad = ferror(f) | (fclose(f) != 0);
			if (bad)
				jz_err_set(&e, "%s：写入失败", out);
			if (bad || atomic_commit(&af, &e))
				rc = cli_fail("draft", "%s", e.msg);
		} else {
			rc = cli_fail("draft", "%s：无法写入", out);
		}
		atomic_abort(&af);
	}
	sqlite3_finalize(s);
	return rc;
}


static int draft_edit(jz_db *db, long long id)
{
	sqlite3_stmt *s;
	if (load_draft(db, id, &s))
		return EXIT_FAIL;
	long long version = sqlite3_column_int64(s, 4);
	char *path = NULL;
	struct jz_err e;
	int rc = editor_temp("draft", T(s, 3), &path, &e);
	sqlite3_finalize(s);
	if (rc)
		return cli_fail("draft", "%s", e.msg);
	char *body = NULL;
	if (editor_run(path, &e))
		rc = cli_fail("draft", "%s; your text is kept in %s", e.msg, path);
	else if (!(body = sb_read_file(path)))
		rc = cli_fail("draft", "cannot read it back; your text is kept in %s", path);
	else if (drafts_save(db, id, body, version, &e))
		rc = cli_fail("draft", "%s; your text is kept in %s", e.msg, path);
	else
		unlink(path);
	free(body);
	free(path);
	return rc;
}

static int draft_save(jz_db *db, long long id, int argc, char **argv)
{
	const char *ver = opt(argc, argv, "--version");
	if (argc < 4 || !ver)
		return cli_usage("draft", "save needs ID FILE --version N");
	char *body = sb_read_file(argv[3]);
	if (!body)
		return cli_fail("draft", "%s: cannot read", argv[3]);
	struct jz_err e;
	int rc = drafts_save(db, id, body, atoll(ver), &e) ? cli_fail("draft", "%s", e.msg) : EXIT_OK;
	free(body);
	return rc;
}

static int draft_reply(jz_db *db, long long id, int argc, char **argv)
{
	const char *outcome = opt(argc, argv, "--outcome"), *amount = opt(argc, argv, "--amount");
	const char *date = opt(argc, argv, "--date");
	if (!outcome)
		return cli_usage("draft", "reply needs --outcome 采纳|部分采纳|不采纳");
	long long fen = 0;
	if (amount && norm_amount_fen(amount, &fen) != NORM_OK)
		return cli_usage("draft", "not an amount: %s", amount);
	char iso[11];
	if (date && norm_date(date, iso, 0) != NORM_OK)
		return cli_usage("draft", "not a date: %s", date);
	struct jz_err e;
	const char *ver = opt(argc, argv, "--version");
	if (drafts_reply(db, id, ver ? atoll(ver) : 0, outcome, has(argc, argv, "--resumed"), fen, date ? iso : NULL, &e))
		return cli_fail("draft", "%s", e.msg);
	return EXIT_OK;
}

static int dispatch(jz_db *db, const char *sub, int argc, char **argv)
{
	if (strcmp(sub, "new") == 0)
		return draft_new(db, argc, argv);
	if (strcmp(sub, "list") == 0) {
		const char *f = opt(argc, argv, "--format");
		int fmt = f ? cli_parse_format(f) : FMT_TABLE;
		sqlite3_stmt *s;
		struct jz_err e;
		if (fmt < 0 || drafts_list_query(db, &s, &e))
			return fmt < 0 ? cli_usage("draft", "unknown format") : cli_fail("draft", "%s", e.msg);
		cli_print_stmt(s, (enum cli_format)fmt, stdout);
		sqlite3_finalize(s);
		return EXIT_OK;
	}
	if (argc < 3)
		return cli_usage("draft", "%s needs a draft ID", sub);
	long long id = atoll(argv[2]);
	struct jz_err e;
	static const struct { const char *name; enum draft_action a; } steps[] = {
		{ "submit", DA_SUBMIT }, { "approve", DA_APPROVE }, { "issue", DA_ISSUE },
		{ "followup", DA_FOLLOWUP }, { "return", DA_RETURN },
	};
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
		if (strcmp(sub, steps[i].name) == 0) {
			const char *ver = opt(argc, argv, "--version");
			if (drafts_step(db, id, steps[i].a, ver ? atoll(ver) : 0, opt(argc, argv, "--comment"), &e))
				return cli_fail("draft", "%s", e.msg);
			return draft_show(db, id) == EXIT_OK ? EXIT_OK : EXIT_FAIL;
		}
	if (strcmp(sub, "show") == 0) return draft_show(db, id);
	if (strcmp(sub, "render") == 0) return draft_render(db, id, argc, argv);
	if (strcmp(sub, "edit") == 0) return draft_edit(db, id);
	if (strcmp(sub, "save") == 0) return draft_save(db, id, argc, argv);
	if (strcmp(sub, "reply") == 0) return draft_reply(db, id, argc, argv);
	if (strcmp(sub, "revise") == 0) {
		long long nid;
		if (drafts_revise(db, id, &nid, &e))
			return cli_fail("draft", "%s", e.msg);
		printf("%lld\n", nid);
		return EXIT_OK;
	}
	if (strcmp(sub, "comment") == 0) {
		if (argc < 4)
			return cli_usage("draft", "comment needs ID TEXT");
		return drafts_comment(db, id, argv[3], &e) ? cli_fail("draft", "%s", e.msg) : EXIT_OK;
	}
	return cli_usage("draft", "unknown subcommand '%s'", sub);
}

int cmd_draft(struct cli_ctx *ctx, int argc, char **argv)
{
	if (cli_wants_help(argc, argv) || argc < 2)
		return argc < 2 ? cli_usage("draft", "expected a subcommand") : cli_print_help(HELP);
	if (strcmp(argv[1], "templates") == 0) {
		drafts_template_list(print_template, NULL);
		return EXIT_OK;
	}
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	int rc = dispatch(db, argv[1], argc, argv);
	jz_close(&db);
	return rc;
}
