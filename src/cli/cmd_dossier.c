/* jianzhi dossier CASE_NO — a case's 卷宗: its documents with kind, pages,
 * dates and fact counts (query/dossierlist.h holds the contract; the CLI
 * prints the same statement the workstation reads as rows). */
#include "cli/cli.h"
#include "query/sql.h"

#include <stdlib.h>
#include <string.h>

static const char DOSSIER_HELP[] =
	"用法: jianzhi dossier CASE_NO [--format table|csv|json]\n"
	"List the documents of a case's 卷宗 (from jianzhi ocr), by their 落款 date (undated\n"
	"last): doc_id, kind, signed (the 落款 date), dates (the others, with their role),\n"
	"pages, low_conf and failed pages, facts (not rejected), proposed, confirmed\n"
	"(or corrected), rejected, source (file and pages it was read from) and path.\n"
	"CASE_NO is any accepted spelling of the 案号. Same as jianzhi ocr --dossier.\n";

int dossier_print(jz_db *db, const char *case_no, enum cli_format fmt)
{
	long long id;
	sqlite3_stmt *s;
	struct jz_err e;
	if (dossier_case_id(db, case_no, &id, &e) || dossier_query(db, id, &s, &e))
		return cli_fail("dossier", "%s", e.msg);
	int rc = cli_print_stmt(s, fmt, stdout);
	sqlite3_finalize(s);
	return rc ? EXIT_FAIL : EXIT_OK;
}

int cmd_dossier(struct cli_ctx *ctx, int argc, char **argv)
{
	if (cli_wants_help(argc, argv))
		return cli_print_help(DOSSIER_HELP);
	const char *case_no = NULL;
	int fmt = FMT_TABLE;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) fmt = cli_parse_format(argv[++i]);
		else if (argv[i][0] == '-' && argv[i][1]) return cli_usage("dossier", "unknown option '%s'", argv[i]);
		else if (!case_no) case_no = argv[i];
		else return cli_usage("dossier", "unexpected argument '%s'", argv[i]);
	}
	if (fmt < 0 || !case_no)
		return cli_usage("dossier", fmt < 0 ? "unknown format" : "expected CASE_NO");
	jz_db *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	int rc = dossier_print(db, case_no, (enum cli_format)fmt);
	jz_close(&db);
	return rc;
}
