/* scanlist.c — the scans of a file or folder argument, in name order
 * (contract in scanlist.h). */
#include "ocr/scanlist.h"
#include "legal/normalize.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

enum { MAX_DEPTH = 64 };

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* '/' sorts before every other byte: a folder's files before "a-b" beside it. */
static int rank(unsigned char c)
{
	return c == '/' ? 0 : c + 1;
}

/* Compare the digit runs at *a and *b as numbers; advance past them. */
static int cmp_number(const char **a, const char **b)
{
	const char *x = *a, *y = *b;
	while (*x == '0' && is_digit(x[1]))
		x++;
	while (*y == '0' && is_digit(y[1]))
		y++;
	size_t nx = 0, ny = 0;
	while (is_digit(x[nx]))
		nx++;
	while (is_digit(y[ny]))
		ny++;
	int c = nx != ny ? (nx < ny ? -1 : 1) : memcmp(x, y, nx);
	*a = x + nx;
	*b = y + ny;
	return c;
}

int scanlist_cmp(const char *a, const char *b)
{
	const char *x = a, *y = b;
	while (*x && *y) {
		if (is_digit(*x) && is_digit(*y)) {
			int c = cmp_number(&x, &y);
			if (c)
				return c;
			continue;
		}
		if (*x != *y)
			return rank((unsigned char)*x) - rank((unsigned char)*y);
		x++;
		y++;
	}
	if (*x || *y)
		return *x ? 1 : -1;
	return strcmp(a, b);     /* "p01" and "p1": still a fixed order */
}

static int scan_ext(const char *name)
{
	static const char *const ext[] = { ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pdf" };
	size_t n = strlen(name);
	for (size_t i = 0; i < sizeof ext / sizeof *ext; i++) {
		size_t k = strlen(ext[i]);
		if (n > k && strcasecmp(name + n - k, ext[i]) == 0)
			return 1;
	}
	return 0;
}

/* The normalised 案号 a folder's name is, or NULL. */
static char *name_case(const char *name)
{
	char norm[160];
	struct case_no cn;
	return norm_case_no(name, norm, sizeof norm, &cn) == NORM_OK ? xstrdup(norm) : NULL;
}

static void note(struct scanlist *l, const char *path, const char *msg)
{
	l->notes = xgrow(l->notes, sizeof *l->notes, &l->capnotes, l->nnotes + 1);
	l->notes[l->nnotes].path = xstrdup(path);
	l->notes[l->nnotes++].msg = msg ? xstrdup(msg) : NULL;
}

static void add_file(struct scanlist *l, const char *path, const char *fcase, int stream)
{
	l->v = xgrow(l->v, sizeof *l->v, &l->cap, l->n + 1);
	l->v[l->n].path = xstrdup(path);
	l->v[l->n].folder_case = fcase ? xstrdup(fcase) : NULL;
	l->v[l->n++].stream = stream;
}

static void walk(struct scanlist *l, const char *dir, const char *fcase, int depth, int stream)
{
	DIR *d = opendir(dir);
	if (!d) {
		note(l, dir, strerror(errno));
		return;
	}
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		struct strbuf p = STRBUF_INIT;
		sb_printf(&p, "%s/%s", dir, de->d_name);
		struct stat st, lst;
		if (lstat(p.buf, &lst) != 0 || stat(p.buf, &st) != 0) {
			note(l, p.buf, strerror(errno));
		} else if (S_ISDIR(st.st_mode) && !S_ISLNK(lst.st_mode) && depth < MAX_DEPTH) {
			char *own = name_case(de->d_name);
			walk(l, p.buf, own ? own : fcase, depth + 1, stream);
			free(own);
		} else if (S_ISREG(st.st_mode) && scan_ext(de->d_name)) {
			add_file(l, p.buf, fcase, stream);
		} else {
			note(l, p.buf, NULL);
		}
		sb_free(&p);
	}
	closedir(d);
}

static int by_path(const void *a, const void *b)
{
	return scanlist_cmp(((const struct scanfile *)a)->path, ((const struct scanfile *)b)->path);
}

/* The name of the folder a file named on its own is in, as a 案号, or NULL. */
static char *parent_case(const char *path)
{
	char *p = xstrdup(path), *slash = strrchr(p, '/'), *c = NULL;
	if (slash) {
		*slash = '\0';
		char *up = strrchr(p, '/');
		c = name_case(up ? up + 1 : p);
	}
	free(p);
	return c;
}

void scanlist_add(struct scanlist *l, const char *arg, int stream)
{
	struct stat st;
	if (stat(arg, &st) != 0) {
		note(l, arg, strerror(errno));
		return;
	}
	if (!S_ISDIR(st.st_mode)) {
		char *fcase = parent_case(arg);
		add_file(l, arg, fcase, stream);
		free(fcase);
		return;
	}
	char *dir = xstrdup(arg);
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		dir[--n] = '\0';
	const char *base = strrchr(dir, '/');
	char *fcase = name_case(base ? base + 1 : dir);
	int from = l->n;
	walk(l, dir, fcase, 0, stream);
	qsort(l->v + from, (size_t)(l->n - from), sizeof *l->v, by_path);
	free(dir);
	free(fcase);
}

void scanlist_free(struct scanlist *l)
{
	for (int i = 0; i < l->n; i++) {
		free(l->v[i].path);
		free(l->v[i].folder_case);
	}
	for (int i = 0; i < l->nnotes; i++) {
		free(l->notes[i].path);
		free(l->notes[i].msg);
	}
	free(l->v);
	free(l->notes);
	memset(l, 0, sizeof *l);
}
