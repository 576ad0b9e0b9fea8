/* pdfrepair.c — a trailer for a PDF that lost its end (contract in
 * pdfrepair.h). */
#include "ocr/pdfrepair.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { BLOCK = 65536, KEEP = 512 };

/* The object number of the "N G obj" header nearest before buf[at], or -1. */
static long object_before(const char *buf, size_t at)
{
	size_t from = at > KEEP ? at - KEEP : 0;
	for (size_t i = at; i >= from + 3; i--) {
		if (memcmp(buf + i - 3, "obj", 3) != 0)
			continue;
		size_t k = i - 3;
		while (k > from && buf[k - 1] == ' ')
			k--;
		while (k > from && buf[k - 1] >= '0' && buf[k - 1] <= '9')   /* generation */
			k--;
		while (k > from && buf[k - 1] == ' ')
			k--;
		size_t end = k;
		while (k > from && buf[k - 1] >= '0' && buf[k - 1] <= '9')   /* number */
			k--;
		return k < end && end - k < 10 ? strtol(buf + k, NULL, 10) : -1;
	}
	return -1;
}

/* Look for the catalog in buf[0, n): "/Catalog" inside an object. */
static long find_catalog(const char *buf, size_t n)
{
	for (size_t i = 0; i + 8 <= n; i++)
		if (buf[i] == '/' && memcmp(buf + i, "/Catalog", 8) == 0) {
			long obj = object_before(buf, i);
			if (obj > 0)
				return obj;
		}
	return -1;
}

/* Copy in to out, finding the catalog on the way; the last KEEP bytes of
 * each block are searched again with the next, so a name across two
 * blocks is found. */
static long copy_find(FILE *in, FILE *out)
{
	char *buf = malloc(KEEP + BLOCK);
	if (!buf)
		return -1;
	size_t have = 0, n;
	long catalog = -1;
	while ((n = fread(buf + have, 1, BLOCK, in)) > 0) {
		if (fwrite(buf + have, 1, n, out) != n) {
			catalog = -2;
			break;
		}
		if (catalog < 0)
			catalog = find_catalog(buf, have + n);
		size_t total = have + n;
		have = total < KEEP ? total : KEEP;
		memmove(buf, buf + total - have, have);
	}
	free(buf);
	return catalog;
}

int pdfrepair_copy(const char *path, char *out, size_t outlen)
{
	const char *dir = getenv("TMPDIR");
	snprintf(out, outlen, "%s/jianzhi-pdf-XXXXXX", dir && *dir ? dir : "/tmp");
	FILE *in = fopen(path, "rb");
	if (!in)
		return -1;
	int fd = mkstemp(out);
	FILE *w = fd >= 0 ? fdopen(fd, "wb") : NULL;
	long catalog = w ? copy_find(in, w) : -1;
	fclose(in);
	int ok = catalog > 0 && fprintf(w, "\ntrailer\n<< /Root %ld 0 R >>\nstartxref\n0\n%%%%EOF\n", catalog) > 0;
	if (w && fclose(w) != 0)
		ok = 0;
	else if (!w && fd >= 0)
		close(fd);
	if (!ok && fd >= 0)
		unlink(out);
	return ok ? 0 : -1;
}
