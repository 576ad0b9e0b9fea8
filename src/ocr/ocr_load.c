/* ocr_load.c — the binary's side of the OCR module.
 *
 * Tesseract, leptonica, poppler and cairo bring about 80 shared libraries;
 * loading them took some 35 ms at the start of every command — most of a
 * `screen --rule` and more than the TUI's first screen may take — though
 * only `ocr` and `dossier` read scans. So the OCR code (ocr.c, pagesrc.c,
 * prep.c, …) is also built as the module jianzhi-ocr.so (src/ocr/ocr.am),
 * and the binary links this file instead: each function of ocr.h opens the
 * module on first use (paths_ocr_module: never a path from the
 * environment) and calls the module's own. The tests link the OCR code
 * directly. When the module cannot be opened every file fails with the
 * reason, as an unreadable file would; nothing crashes. */
#include "ocr/ocr.h"
#include "util/paths.h"
#include "util/xalloc.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct {
	struct ocr_batch *(*batch_open)(const char *const *, int, const struct ocr_limits *, char **);
	int (*batch_pages)(const struct ocr_batch *, int);
	void (*batch_skip)(struct ocr_batch *, int);
	void (*batch_run)(struct ocr_batch *, int);
	void (*batch_take)(struct ocr_batch *, int, int, struct ocr_page *);
	void (*batch_end)(struct ocr_batch *);
	void (*page_free)(struct ocr_page *);
	void (*files)(const char *const *, int, int, struct ocr_doc *, char **);
	void (*doc_free)(struct ocr_doc *);
	const char *(*engine_version)(void);
	const char *(*settings)(void);
} mod;
static char why[512];            /* why the module is not there, else "" */
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void)
{
	/* Tesseract's OpenMP reads OMP_THREAD_LIMIT when libgomp is loaded —
	 * with the module, now: with its default a page took 10.9 s instead of
	 * 1.2 s here (its threads spinning against our own workers). */
	setenv("OMP_THREAD_LIMIT", "1", 0);
	const char *path = paths_ocr_module();
	void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		snprintf(why, sizeof why, "无法载入 OCR 组件 %s：%s", path, dlerror());
		return;
	}
	static const char *const names[] = { "ocr_batch_open", "ocr_batch_pages", "ocr_batch_skip",
		"ocr_batch_run", "ocr_batch_take", "ocr_batch_end", "ocr_page_free", "ocr_files",
		"ocr_doc_free", "ocr_engine_version", "ocr_settings" };
	_Static_assert(sizeof names / sizeof *names == sizeof mod / sizeof mod.files, "one name per slot");
	void **slot = (void **)&mod;       /* the slots in the order of names */
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (!(slot[i] = dlsym(h, names[i]))) {
			snprintf(why, sizeof why, "OCR 组件 %s 不完整：缺少 %s", path, names[i]);
			return;
		}
}

/* 1 when the module is there; else errors[0..n) say why, each naming its
 * file as the module's own errors do. */
static int ready(const char *const *paths, int n, char **errors)
{
	pthread_once(&once, load);
	if (!why[0])
		return 1;
	for (int i = 0; errors && i < n; i++) {
		size_t len = strlen(paths[i]) + strlen(why) + 8;
		errors[i] = xmalloc(len);
		snprintf(errors[i], len, "%s：%s", paths[i], why);
	}
	return 0;
}

/* The batch handed out when the module is missing: no pages anywhere
 * (only its address is used). */
static char none_batch;
#define NONE ((struct ocr_batch *)&none_batch)

struct ocr_batch *ocr_batch_open(const char *const *paths, int n, const struct ocr_limits *lim, char **errors)
{
	return ready(paths, n, errors) ? mod.batch_open(paths, n, lim, errors) : NONE;
}

int ocr_batch_pages(const struct ocr_batch *b, int file)
{
	return b == NONE ? 0 : mod.batch_pages(b, file);
}

void ocr_batch_skip(struct ocr_batch *b, int file)
{
	if (b != NONE)
		mod.batch_skip(b, file);
}

void ocr_batch_run(struct ocr_batch *b, int jobs)
{
	if (b != NONE)
		mod.batch_run(b, jobs);
}

void ocr_batch_take(struct ocr_batch *b, int file, int p, struct ocr_page *out)
{
	if (b != NONE) {
		mod.batch_take(b, file, p, out);
		return;
	}
	*out = (struct ocr_page){ p + 1, xstrdup(""), 0, xstrdup(why) };
}

void ocr_batch_end(struct ocr_batch *b)
{
	if (b != NONE)
		mod.batch_end(b);
}

void ocr_page_free(struct ocr_page *p)
{
	if (ready(NULL, 0, NULL)) {
		mod.page_free(p);
		return;
	}
	free(p->text);         /* a page ocr_batch_take made here */
	free(p->error);
	p->text = p->error = NULL;
}

void ocr_files(const char *const *paths, int n, int jobs, struct ocr_doc *docs, char **errors)
{
	if (ready(paths, n, errors)) {
		mod.files(paths, n, jobs, docs, errors);
		return;
	}
	for (int i = 0; i < n; i++)
		docs[i] = (struct ocr_doc){ NULL, 0 };
}

void ocr_doc_free(struct ocr_doc *d)
{
	if (ready(NULL, 0, NULL))
		mod.doc_free(d);
	/* else ocr_files left it empty */
}

const char *ocr_engine_version(void)
{
	return ready(NULL, 0, NULL) ? mod.engine_version() : "";
}

const char *ocr_settings(void)
{
	return ready(NULL, 0, NULL) ? mod.settings() : "";
}
