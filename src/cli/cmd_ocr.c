/* jianzhi ocr … / jianzhi extract … */
#include "cli/cli.h"
#include "util/xalloc.h"
#include "store/db.h"
#include "legal/normalize.h"
#include "ocr/documents.h"
#include "ocr/dossier.h"
#include "ocr/extract.h"
#include "ocr/ocr.h"
#include "util/strbuf.h"

#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char OCR_HELP[] =
	"用法: jianzhi ocr FILE|FOLDER... [--case CASE_NO] [--jobs N] [-q]\n"
	"       jianzhi ocr --search TEXT [--format table|csv|json]\n"
	"       jianzhi ocr --dossier CASE_NO [--format table|csv|json]   (= jianzhi dossier)\n"
	"OCR scanned enforcement documents (PNG, JPEG, TIFF with every page, PDF rendered at\n"
	"300 dpi) with Tesseract (chi_sim, seal removal and per-page clean-up; docs/ocr.md),\n"
	"store each page's text, confidence and engine, flag low-confidence pages (< 60),\n"
	"extract the facts with page, line and span.\n"
	"A file or folder is a 卷宗: a folder is read recursively (PNG, JPEG, TIFF, PDF, in\n"
	"name order, p2 before p10) as one run of pages, a file as its own; a page that opens\n"
	"with a title of its own starts the next document. Each document is stored in its own\n"
	"transaction and attached to the case of its own 案号, else --case, else the nearest\n"
	"folder named by a 案号. One line per document: kind, pages, case, facts.\n"
	"Pages are rendered one at a time; a page over ocr.max_megapixels (60) or a file over\n"
	"ocr.max_pages (5000) is refused by name (jianzhi settings). A page or file that\n"
	"cannot be read is named (file, page) and the others are still stored. A file whose\n"
	"pages are all stored (same SHA-256) is skipped, so a stopped run can be resumed.\n"
	"--search finds text in every stored page.\n";

static const char EXTRACT_HELP[] =
	"用法: jianzhi extract FILE [--format json|text] [--ocr-confidence N[,N...]]\n"
	"Print the facts of one document without touching the database. A text file (or\n"
	"text on a pipe, e.g. /dev/stdin) is read as text, pages separated by form feeds;\n"
	"PNG, JPEG, TIFF, PNM and PDF are OCRed first. JSON: {kind, court, case_no, cause,\n"
	"facts: [{field role value raw page line span confidence, party_kind id_no (party),\n"
	"action fen (item), negated (measure)}]} with field one of kind court case_no\n"
	"prior_case_no cause party legal_rep amount date judge measure item auction_round\n"
	"(roles: see jianzhi(1)). Output is always valid UTF-8. --ocr-confidence: the text\n"
	"is another tool's reading of a scan, its pages read with these confidences (0-100,\n"
	"one a page, the last for the rest): the facts are weighed, and OCR's slips mended,\n"
	"as for a scan jianzhi reads itself.\n";

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

/* One line per outcome, as it happens: documents to stderr like the
 * other progress lines, failures named by file and page. */
static void where(const struct dossier_event *ev, char *out, size_t n)
{
	if (!ev->last_path || strcmp(ev->path, ev->last_path) == 0)
		snprintf(out, n, ev->page == ev->last_page ? "%s 第%d页" : "%s 第%d–%d页", ev->path, ev->page,
			 ev->last_page);
	else
		snprintf(out, n, "%s 第%d页 – %s 第%d页", ev->path, ev->page, ev->last_path, ev->last_page);
}

static void print_doc(const struct dossier_event *ev)
{
	char at[8192], cs[256];
	const struct doc_out *d = ev->doc;
	where(ev, at, sizeof at);
	if (d->case_no[0])
		snprintf(cs, sizeof cs, "case %s (by %s)", d->case_no, d->case_by);
	else
		snprintf(cs, sizeof cs, "no case");
	fprintf(stderr, "%s: document #%lld %s, %d pages", at, d->doc_id, d->kind[0] ? d->kind : "(kind unknown)",
		ev->pages);
	if (d->failed_pages)
		fprintf(stderr, " (%d unreadable)", d->failed_pages);
	fprintf(stderr, ", %s, %d facts", cs, d->facts);
	if (d->ledger_checked)
		fprintf(stderr, " (%d read against the case's ledger, %d mended or added from it)", d->ledger_checked,
			d->ledger_mended);
	fputc('\n', stderr);
}

static void print_event(void *arg, const struct dossier_event *ev)
{
	int quiet = *(int *)arg;
	char at[8192];
	switch (ev->what) {
	case DOS_DOC:
		if (!quiet)
			print_doc(ev);
		break;
	case DOS_DOC_KNOWN:
		where(ev, at, sizeof at);
		fprintf(stderr, "%s: already stored as document #%lld (same SHA-256), skipped\n", at, ev->doc->doc_id);
		break;
	case DOS_DOC_FAILED:
		where(ev, at, sizeof at);
		fprintf(stderr, "jianzhi ocr: %s: %s (nothing of this document stored)\n", at, ev->msg);
		break;
	case DOS_PAGE_FAILED:
		fprintf(stderr, "jianzhi ocr: %s 第%d页：%s\n", ev->path, ev->page, ev->msg);
		break;
	case DOS_FILE_FAILED:
		fprintf(stderr, "jianzhi ocr: %s\n", ev->msg);
		break;
	case DOS_FILE_KNOWN:
		fprintf(stderr, "%s: already stored (same SHA-256), skipped\n", ev->path);
		break;
	case DOS_IGNORED:
		if (!quiet)
			fprintf(stderr, "%s: not a scan (PNG, JPEG, TIFF, PDF), left out\n", ev->path);
		break;
	}
}

static int read_dossiers(jz_db *db, const char **files, int nf, const char *case_no, int jobs, int quiet)
{
	struct dossier_opts o = { case_no, jobs, { 0, 0 } };
	struct dossier_totals t;
	struct jz_err e;
	dossier_limits(db, &o.lim);
	if (dossier_read(db, files, nf, &o, print_event, &quiet, &t, &e))
		return cli_fail("ocr", "%s", e.msg);
	if (!quiet)
		fprintf(stderr, "%d documents stored (%d pages, %d unreadable), %d already stored, %d failed\n", t.docs,
			t.pages, t.failed_pages, t.known_docs + t.known_files, t.failed_files + t.failed_docs);
	return t.docs + t.known_docs + t.known_files == 0 && (t.failed_files || t.failed_docs) ? EXIT_FAIL : EXIT_OK;
}

int cmd_ocr(struct cli_ctx *ctx, int argc, char **argv)
{
	if (cli_wants_help(argc, argv))
		return cli_print_help(OCR_HELP);
	const char *case_no = NULL, *find = NULL, *dossier = NULL;
	int jobs = 2, quiet = 0, fmt = FMT_TABLE, nf = 0;
	const char **files = xcalloc((size_t)argc, sizeof *files);
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--case") == 0 && i + 1 < argc) case_no = argv[++i];
		else if (strcmp(argv[i], "--jobs") == 0 && i + 1 < argc) jobs = atoi(argv[++i]);
		else if (strcmp(argv[i], "--search") == 0 && i + 1 < argc) find = argv[++i];
		else if (strcmp(argv[i], "--dossier") == 0 && i + 1 < argc) dossier = argv[++i];
		else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) fmt = cli_parse_format(argv[++i]);
		else if (strcmp(argv[i], "-q") == 0) quiet = 1;
		else if (argv[i][0] == '-' && argv[i][1]) { free(files); return cli_usage("ocr", "unknown option '%s'", argv[i]); }
		else files[nf++] = argv[i];
	}
	char norm[160];
	struct case_no cn;
	const char *bad = fmt < 0 ? "unknown format" : jobs < 1 ? "--jobs wants a number >= 1"
		: case_no && norm_case_no(case_no, norm, sizeof norm, &cn) != NORM_OK ? "--case wants a 案号"
		: !find && !dossier && nf == 0 ? "expected FILE or FOLDER..." : NULL;
	if (bad) {
		free(files);
		return cli_usage("ocr", "%s", bad);
	}
	jz_db *db = cli_open_db(ctx);
	int rc = EXIT_FAIL;
	if (db)
		rc = find ? search(db, find, fmt) : dossier ? dossier_print(db, dossier, (enum cli_format)fmt)
			: read_dossiers(db, files, nf, case_no ? norm : NULL, jobs, quiet);
	free(files);
	jz_close(&db);
	return rc;
}

/* The whole file into sb (stdin and pipes too); -1 when unreadable. */
static int read_all(const char *path, struct strbuf *sb)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return -1;
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		sb_add(sb, buf, n);
	fclose(fp);
	return 0;
}

static int is_image(const char *b, size_t n)
{
	return (n >= 4 && !memcmp(b, "\x89PNG", 4)) || (n >= 3 && !memcmp(b, "\xFF\xD8\xFF", 3)) ||
	       (n >= 4 && (!memcmp(b, "II*\0", 4) || !memcmp(b, "MM\0*", 4))) || (n >= 4 && !memcmp(b, "%PDF", 4)) ||
	       (n >= 3 && b[0] == 'P' && b[1] >= '1' && b[1] <= '6' && (b[2] == '\n' || b[2] == ' ' || b[2] == '\r'));
}

/* Text: pages separated by form feeds; conf: each page's OCR confidence
 * (nconf of them, the last for the rest; none: text as written). */
static void extract_text(char *text, const double *conf, int nconf, struct facts *f)
{
	int n = 1;
	for (char *p = text; (p = strchr(p, '\f')) != NULL; p++)
		n++;
	struct extract_page_in *pages = calloc((size_t)n, sizeof *pages);
	int k = 0;
	for (char *p = text; p && k < n; k++) {
		char *ff = strchr(p, '\f');
		if (ff)
			*ff = '\0';
		pages[k] = (struct extract_page_in){ p, k + 1, nconf ? conf[k < nconf ? k : nconf - 1] : -1 };
		p = ff ? ff + 1 : NULL;
	}
	extract_doc(pages, k, f);
	free(pages);
}

/* An image or PDF: OCR, then the pages with their OCR confidence. */
static int extract_scan(const char *path, struct facts *f)
{
	struct ocr_doc d;
	char *err = NULL;
	ocr_files(&path, 1, 1, &d, &err);
	if (err) {
		int rc = cli_fail("extract", "%s", err);
		free(err);
		return rc;
	}
	struct extract_page_in *pages = calloc((size_t)(d.n ? d.n : 1), sizeof *pages);
	for (int i = 0; i < d.n; i++) {
		if (d.pages[i].error)
			fprintf(stderr, "jianzhi extract: %s page %d: %s\n", path, i + 1, d.pages[i].error);
		pages[i] = (struct extract_page_in){ d.pages[i].error ? NULL : d.pages[i].text, i + 1,
						     d.pages[i].confidence };
	}
	extract_doc(pages, d.n, f);
	free(pages);
	ocr_doc_free(&d);
	return EXIT_OK;
}

/* A scan read from a pipe goes to a temporary file for the OCR reader. */
static int extract_piped_scan(const struct strbuf *data, struct facts *f)
{
	const char *dir = getenv("TMPDIR");
	char tmp[4096];
	snprintf(tmp, sizeof tmp, "%s/jianzhi-extract-XXXXXX", dir && *dir ? dir : "/tmp");
	int fd = mkstemp(tmp);
	if (fd < 0)
		return cli_fail("extract", "cannot create a temporary file in %s", dir && *dir ? dir : "/tmp");
	FILE *fp = fdopen(fd, "wb");
	int ok = fp && fwrite(data->buf, 1, data->len, fp) == data->len;
	if (fp)
		fclose(fp);
	int rc = ok ? extract_scan(tmp, f) : cli_fail("extract", "cannot write %s", tmp);
	unlink(tmp);
	return rc;
}

static void print_text(const struct facts *f)
{
	for (int i = 0; i < f->n; i++) {
		const struct fact *x = &f->v[i];
		printf("%-13s %-10s %s%s%s%s  %.2f 〔第%d页第%d行 %s〕\n", x->field, x->role[0] ? x->role : "-", x->value,
		       x->id_no[0] ? " " : "", x->id_no, x->negated ? " (否定)" : "", x->confidence, x->page, x->line,
		       x->raw);
	}
}

/* 「87.5,90,64」: up to max confidences 0..100 into out; how many, or -1. */
static int parse_confidences(const char *s, double *out, int max)
{
	int n = 0;
	for (;;) {
		char *end;
		errno = 0;
		double v = strtod(s, &end);
		if (end == s || errno || !(v >= 0 && v <= 100) || n == max || (*end && *end != ','))
			return -1;
		out[n++] = v;
		if (!*end)
			return n;
		s = end + 1;
	}
}

int cmd_extract(struct cli_ctx *ctx, int argc, char **argv)
{
	(void)ctx;
	if (cli_wants_help(argc, argv))
		return cli_print_help(EXTRACT_HELP);
	const char *path = NULL, *format = "text", *confs = NULL;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) format = argv[++i];
		else if (strcmp(argv[i], "--ocr-confidence") == 0 && i + 1 < argc) confs = argv[++i];
		else if (!path) path = argv[i];
		else return cli_usage("extract", "unexpected argument '%s'", argv[i]);
	}
	if (!path)
		return cli_usage("extract", "expected FILE");
	if (strcmp(format, "json") && strcmp(format, "text"))
		return cli_usage("extract", "--format is json or text");
	double conf[256];
	int nconf = confs ? parse_confidences(confs, conf, 256) : 0;
	if (nconf < 0)
		return cli_usage("extract", "--ocr-confidence wants numbers 0-100 separated by commas, at most 256");
	struct strbuf data = STRBUF_INIT;
	if (read_all(path, &data))
		return cli_fail("extract", "%s: cannot read", path);
	struct facts f = { 0 };
	struct stat st;
	int rc = EXIT_OK;
	if (!is_image(sb_str(&data), data.len))
		extract_text(data.buf ? data.buf : (char *)"", conf, nconf, &f);
	else if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		rc = extract_scan(path, &f);
	else
		rc = extract_piped_scan(&data, &f);
	sb_free(&data);
	if (rc != EXIT_OK)
		return rc;
	if (strcmp(format, "json") == 0) {
		struct strbuf sb = STRBUF_INIT;
		facts_json(&f, &sb);
		puts(sb_str(&sb));
		sb_free(&sb);
	} else {
		print_text(&f);
	}
	facts_free(&f);
	return EXIT_OK;
}
