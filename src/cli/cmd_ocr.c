/* jianzhi ocr … / jianzhi extract … */
#include "cli/cli.h"
#include "store/db.h"
#include "ocr/documents.h"
#include "ocr/extract.h"
#include "ocr/ocr.h"
#include "util/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char OCR_HELP[] =
	"用法: jianzhi ocr FILE... [--case CASE_NO] [--jobs N] [-q]\n"
	"       jianzhi ocr --search TEXT [--format table|csv|json]\n"
	"OCR scanned enforcement documents (PNG, JPEG, TIFF with every page, PDF rendered at\n"
	"300 dpi) with Tesseract (chi_sim, seal removal and per-page clean-up, one engine per\n"
	"job; docs/ocr.md), store each page's text,\n"
	"confidence and engine, flag low-confidence pages (< 60), extract the facts with page,\n"
	"line and span, and attach them to the case (--case, or the document's own 案号).\n"
	"A file already stored (same SHA-256) is skipped. Bad files are reported by name and\n"
	"the others still processed. --search finds text in every stored page.\n";

static const char EXTRACT_HELP[] =
	"用法: jianzhi extract FILE [--format json|text]\n"
	"Print the facts of one document without touching the database (a .txt file is read\n"
	"as text, pages separated by form feeds; anything else is OCRed first). JSON fields:\n"
	"kind case_no basis_no court cause, and facts: [{field value raw party_kind id_no fen\n"
	"page line span}] with field one of kind case_no basis_no court applicant debtor\n"
	"buyer cause amount date measure item judge (see jianzhi(1)).\n";

static int search(jz_db *db, const char *text, int fmt)
{
	sqlite3_stmt *s;
	struct jz_err e;
	if (documents_search(db, text, &s, &e))
		return cli_fail("ocr", "%s", e.msg);
	cli_print_stmt(s, (enum cli_format)fmt, stdout);
	sqlite3_finalize(s);
	return EXIT_OK;
}

int cmd_ocr(struct cli_ctx *ctx, int argc, char **argv)
{
	if (cli_wants_help(argc, argv))
		return cli_print_help(OCR_HELP);
	const char *case_no = NULL, *find = NULL;
	int jobs = 2, quiet = 0, fmt = FMT_TABLE, nf = 0;
	const char **files = calloc((size_t)argc, sizeof *files);
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--case") == 0 && i + 1 < argc) case_no = argv[++i];
		else if (strcmp(argv[i], "--jobs") == 0 && i + 1 < argc) jobs = atoi(argv[++i]);
		else if (strcmp(argv[i], "--search") == 0 && i + 1 < argc) find = argv[++i];
		else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) fmt = cli_parse_format(argv[++i]);
		else if (strcmp(argv[i], "-q") == 0) quiet = 1;
		else if (argv[i][0] == '-' && argv[i][1]) { free(files); return cli_usage("ocr", "unknown option '%s'", argv[i]); }
		else files[nf++] = argv[i];
	}
	if (fmt < 0 || jobs < 1 || (!find && nf == 0)) {
		free(files);
		return cli_usage("ocr", fmt < 0 ? "unknown format" : jobs < 1 ? "--jobs wants a number >= 1" : "expected FILE...");
	}
	jz_db *db = cli_open_db(ctx);
	if (!db) {
		free(files);
		return EXIT_FAIL;
	}
	if (find) {
		free(files);
		int rc = search(db, find, fmt);
		jz_close(&db);
		return rc;
	}
	/* skip known files before spending OCR time on them */
	const char **todo = calloc((size_t)nf, sizeof *todo);
	char (*sha)[65] = calloc((size_t)nf, 65);
	int nt = 0, ok = 0, failed = 0;
	for (int i = 0; i < nf; i++) {
		long long id;
		if (documents_sha256(files[i], sha[nt]) != 0) {
			fprintf(stderr, "jianzhi ocr: %s: cannot read the file\n", files[i]);
			failed++;
		} else if (documents_known(db, sha[nt], &id)) {
			fprintf(stderr, "%s: already stored as document #%lld (same SHA-256), skipped\n", files[i], id);
			ok++;
		} else {
			todo[nt++] = files[i];
		}
	}
	struct ocr_doc *docs = calloc((size_t)(nt ? nt : 1), sizeof *docs);
	char **errs = calloc((size_t)(nt ? nt : 1), sizeof *errs);
	if (nt)
		ocr_files(todo, nt, jobs, docs, errs);
	for (int i = 0; i < nt; i++) {
		struct jz_err e;
		long long id;
		int nfacts = 0, bad = 0;
		if (errs[i]) {
			fprintf(stderr, "jianzhi ocr: %s\n", errs[i]);
			failed++;
		} else if (documents_store(db, todo[i], sha[i], case_no, &docs[i], &id, &nfacts, &e)) {
			fprintf(stderr, "jianzhi ocr: %s: %s (nothing stored)\n", todo[i], e.msg);
			failed++;
		} else {
			ok++;
			for (int p = 0; p < docs[i].n; p++)
				if (docs[i].pages[p].error) {
					fprintf(stderr, "jianzhi ocr: %s page %d: %s\n", todo[i], p + 1, docs[i].pages[p].error);
					bad++;
				}
			if (!quiet)
				fprintf(stderr, "%s: document #%lld, %d pages (%d unreadable), %d facts\n", todo[i], id,
					docs[i].n, bad, nfacts);
		}
		ocr_doc_free(&docs[i]);
		free(errs[i]);
	}
	free(docs);
	free(errs);
	free(todo);
	free(sha);
	free(files);
	jz_close(&db);
	return ok == 0 && failed ? EXIT_FAIL : EXIT_OK;
}


int cmd_extract(struct cli_ctx *ctx, int argc, char **argv)
{
	(void)ctx;
	if (cli_wants_help(argc, argv))
		return cli_print_help(EXTRACT_HELP);
	const char *path = NULL, *format = "text";
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) format = argv[++i];
		else if (!path) path = argv[i];
		else return cli_usage("extract", "unexpected argument '%s'", argv[i]);
	}
	if (!path)
		return cli_usage("extract", "expected FILE");
	if (strcmp(format, "json") && strcmp(format, "text"))
		return cli_usage("extract", "--format is json or text");
	struct facts f = { 0 };
	size_t n = strlen(path);
	if (n > 4 && strcmp(path + n - 4, ".txt") == 0) {
		char *text = sb_read_file(path);
		if (!text)
			return cli_fail("extract", "%s: cannot read", path);
		int page = 1;
		for (char *p = text; p;) {
			char *ff = strchr(p, '\f');
			if (ff)
				*ff = '\0';
			extract_page(p, page++, &f);
			p = ff ? ff + 1 : NULL;
		}
		free(text);
	} else {
		struct ocr_doc d;
		char *err = NULL;
		ocr_files(&path, 1, 1, &d, &err);
		if (err) {
			int rc = cli_fail("extract", "%s", err);
			free(err);
			return rc;
		}
		for (int i = 0; i < d.n; i++) {
			if (d.pages[i].error)
				fprintf(stderr, "jianzhi extract: %s page %d: %s\n", path, i + 1, d.pages[i].error);
			else
				extract_page(d.pages[i].text, i + 1, &f);
		}
		ocr_doc_free(&d);
	}
	if (strcmp(format, "json") == 0) {
		struct strbuf sb = STRBUF_INIT;
		facts_json(&f, &sb);
		puts(sb_str(&sb));
		sb_free(&sb);
	} else {
		for (int i = 0; i < f.n; i++)
			printf("%-10s %s%s%s  〔第%d页第%d行 %s〕\n", f.v[i].field, f.v[i].value, f.v[i].id_no[0] ? " " : "",
			       f.v[i].id_no, f.v[i].page, f.v[i].line, f.v[i].raw);
	}
	facts_free(&f);
	return EXIT_OK;
}
