/* dossier.c — files and folders into documents, each stored as soon as it
 * is complete (contract in dossier.h). */
#include "ocr/dossier.h"
#include "util/sha256.h"
#include "ocr/extract.h"
#include "ocr/scanlist.h"
#include "store/policy.h"
#include "store/settings.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A file of the run: what the list says, its hash, what the batch found. */
struct dfile {
	const struct scanfile *f;
	char sha[65];
	int pages;
	int known;         /* every page stored before: skipped */
	int bad;           /* could not be read at all */
};

/* The document being gathered. */
struct docbuf {
	struct ocr_page *pages;
	struct page_src *src;
	int n, cap;
	const char *folder_case;
};

struct run {
	jz_db *db;
	const struct dossier_opts *o;
	dossier_report fn;
	void *arg;
	struct dossier_totals *t;
	struct dfile *files;
	int nfiles;
	struct docbuf doc;
};

void dossier_limits(jz_db *db, struct ocr_limits *lim)
{
	ocr_limits_default(lim);
	long long mp = settings_get_int(db, "ocr.max_megapixels"), pages = settings_get_int(db, "ocr.max_pages");
	if (mp > 0 && mp < 100000)
		lim->max_pixels = mp * 1000000;
	if (pages > 0 && pages < 10000000)
		lim->max_pages = (int)pages;
}

static void report(struct run *r, enum dossier_what what, const char *path, int page, const char *msg)
{
	struct dossier_event ev = { what, path, page, NULL, 0, 0, msg, NULL };
	r->fn(r->arg, &ev);
}

/* ---- a document's identity ---- */

/* The file's own SHA-256 when the document is the whole of one file; else
 * one over "sha:first-last;" for each run of pages, so the same part of the
 * same file is the same document on another run. */
static void doc_sha(const struct run *r, const struct docbuf *d, char out[65])
{
	const struct page_src *s = d->src;
	int whole = 1;
	for (int i = 0; i < d->n && whole; i++)
		whole = strcmp(s[i].sha, s[0].sha) == 0 && s[i].page == i + 1;
	for (int i = 0; whole && i < r->nfiles; i++)
		if (strcmp(r->files[i].sha, s[0].sha) == 0 && r->files[i].pages != d->n)
			whole = 0;
	if (whole) {
		snprintf(out, 65, "%s", s[0].sha);
		return;
	}
	struct sha256 c;
	sha256_init(&c);
	for (int i = 0; i < d->n; i++) {
		int j = i;
		while (j + 1 < d->n && !strcmp(s[j + 1].sha, s[i].sha) && s[j + 1].page == s[j].page + 1)
			j++;
		char part[120];
		snprintf(part, sizeof part, "%s:%d-%d;", s[i].sha, s[i].page, s[j].page);
		sha256_add(&c, part, strlen(part));
		i = j;
	}
	sha256_hex(&c, out);
}

/* ---- gathering and storing documents ---- */

static void doc_add(struct docbuf *d, struct ocr_page *pg, const struct dfile *f, int page)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->pages = xrealloc(d->pages, sizeof *d->pages * (size_t)d->cap);
		d->src = xrealloc(d->src, sizeof *d->src * (size_t)d->cap);
	}
	if (d->n == 0)
		d->folder_case = f->f->folder_case;
	pg->page_no = d->n + 1;
	d->pages[d->n] = *pg;
	d->src[d->n++] = (struct page_src){ f->f->path, f->sha, page };
	memset(pg, 0, sizeof *pg);
}

static void doc_store(struct run *r, struct docbuf *d)
{
	char sha[65];
	doc_sha(r, d, sha);
	struct doc_in in = { d->src[0].path, sha, r->o->case_no, d->folder_case, d->pages, d->src, d->n };
	struct doc_out out = { 0 };
	struct jz_err e;
	struct dossier_event ev = { DOS_DOC, d->src[0].path, d->src[0].page, d->src[d->n - 1].path,
				    d->src[d->n - 1].page, d->n, NULL, &out };
	if (documents_known(r->db, sha, &out.doc_id)) {
		ev.what = DOS_DOC_KNOWN;
		r->t->known_docs++;
	} else if (documents_store_doc(r->db, &in, &out, &e) != 0) {
		ev.what = DOS_DOC_FAILED;
		ev.msg = e.msg;
		r->t->failed_docs++;
	} else {
		r->t->docs++;
		r->t->pages += d->n;
	}
	r->fn(r->arg, &ev);
}

/* Store the document gathered so far, if any, and start afresh. */
static void doc_cut(struct run *r)
{
	struct docbuf *d = &r->doc;
	if (d->n > 0)
		doc_store(r, d);
	for (int i = 0; i < d->n; i++)
		ocr_page_free(&d->pages[i]);
	d->n = 0;
	d->folder_case = NULL;
}

static int same_case(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/* Does this page start a new document? */
static int starts_document(const struct run *r, const struct ocr_page *pg, const struct dfile *f)
{
	if (r->doc.n == 0)
		return 0;
	if (!same_case(r->doc.folder_case, f->f->folder_case))
		return 1;
	if (pg->error || !pg->text)
		return 0;
	struct extract_page_in in = { pg->text, 1, pg->confidence };
	return extract_opens_document(&in);
}

/* Take the pages of one file in order, cutting where documents begin. */
static void take_file(struct run *r, struct ocr_batch *b, int i)
{
	struct dfile *f = &r->files[i];
	for (int p = 0; p < f->pages; p++) {
		struct ocr_page pg;
		ocr_batch_take(b, i, p, &pg);
		if (pg.error) {
			report(r, DOS_PAGE_FAILED, f->f->path, p + 1, pg.error);
			r->t->failed_pages++;
		}
		if (starts_document(r, &pg, f))
			doc_cut(r);
		doc_add(&r->doc, &pg, f, p + 1);
	}
}

/* ---- the run ---- */

/* Hash and open every file; skip those already stored. */
static struct ocr_batch *prepare(struct run *r, const struct scanlist *l)
{
	const char **paths = xcalloc((size_t)(l->n ? l->n : 1), sizeof *paths);
	char **errors = xcalloc((size_t)(l->n ? l->n : 1), sizeof *errors);
	for (int i = 0; i < l->n; i++)
		paths[i] = l->v[i].path;
	struct ocr_batch *b = ocr_batch_open(paths, l->n, &r->o->lim, errors);
	for (int i = 0; i < l->n; i++) {
		struct dfile *f = &r->files[i];
		f->f = &l->v[i];
		f->pages = ocr_batch_pages(b, i);
		if (errors[i] || documents_sha256(f->f->path, f->sha) != 0) {
			f->bad = 1;
			report(r, DOS_FILE_FAILED, f->f->path, 0, errors[i] ? errors[i] : "无法读取这个文件");
			r->t->failed_files++;
			ocr_batch_skip(b, i);
		} else if (documents_file_stored(r->db, f->sha, f->pages)) {
			f->known = 1;
			report(r, DOS_FILE_KNOWN, f->f->path, 0, NULL);
			r->t->known_files++;
			ocr_batch_skip(b, i);
		}
		free(errors[i]);
	}
	free(errors);
	free(paths);
	return b;
}

static void read_all(struct run *r, struct ocr_batch *b)
{
	for (int i = 0; i < r->nfiles; i++) {
		const struct dfile *f = &r->files[i];
		if (i > 0 && f->f->stream != r->files[i - 1].f->stream)
			doc_cut(r);
		if (f->known)
			doc_cut(r);      /* what was stored before ended a document */
		else if (!f->bad)
			take_file(r, b, i);
	}
	doc_cut(r);
}

static void report_notes(struct run *r, const struct scanlist *l)
{
	for (int i = 0; i < l->nnotes; i++) {
		if (l->notes[i].msg) {
			struct strbuf m = STRBUF_INIT;
			sb_printf(&m, "%s：无法打开（%s）", l->notes[i].path, l->notes[i].msg);
			report(r, DOS_FILE_FAILED, l->notes[i].path, 0, m.buf);
			sb_free(&m);
			r->t->failed_files++;
		} else {
			report(r, DOS_IGNORED, l->notes[i].path, 0, NULL);
			r->t->ignored++;
		}
	}
}

int dossier_read(jz_db *db, const char *const *args, int n, const struct dossier_opts *o, dossier_report fn,
		 void *arg, struct dossier_totals *t, struct jz_err *e)
{
	memset(t, 0, sizeof *t);
	if (policy_check(db, PA_OCR, NULL, e))
		return -1;
	struct scanlist l = { 0 };
	for (int i = 0; i < n; i++)
		scanlist_add(&l, args[i], i);
	struct run r = { db, o, fn, arg, t, xcalloc((size_t)(l.n ? l.n : 1), sizeof *r.files), l.n, { 0 } };
	report_notes(&r, &l);
	struct ocr_batch *b = prepare(&r, &l);
	ocr_batch_run(b, o->jobs);
	read_all(&r, b);
	ocr_batch_end(b);
	free(r.doc.pages);
	free(r.doc.src);
	free(r.files);
	int none = l.n == 0;
	scanlist_free(&l);
	if (none && t->failed_files)
		return jz_err_set(e, "没有可读取的扫描件");
	return 0;
}
