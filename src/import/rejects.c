#include "import/rejects.h"
#include "util/xalloc.h"
#include "util/strbuf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct rejects {
	char *path;       /* FILE.rejects.csv */
	char *tmp;        /* written here, renamed on close */
	FILE *f;          /* opened at the first reject */
	struct strbuf header;
	long count;
	int failed;       /* could not write: reported at close */
};

int rejects_open(const char *input_path, rejects **out, struct jz_err *e)
{
	(void)e;
	rejects *r = xcalloc(1, sizeof *r);
	struct strbuf p = STRBUF_INIT;
	sb_printf(&p, "%s.rejects.csv", input_path);
	r->path = sb_detach(&p);
	sb_printf(&p, "%s.tmp.%ld", r->path, (long)getpid());
	r->tmp = sb_detach(&p);
	*out = r;
	return 0;
}

void rejects_header(rejects *r, char **cells, int ncells)
{
	sb_reset(&r->header);
	sb_adds(&r->header, "行号,原因");
	for (int i = 0; i < ncells; i++) {
		sb_addc(&r->header, ',');
		sb_add_csv_field(&r->header, cells[i]);
	}
	sb_adds(&r->header, "\r\n");
}

void rejects_add(rejects *r, long rowno, const char *reason, char **cells, int ncells)
{
	r->count++;
	if (r->failed)
		return;
	if (!r->f) {
		if (!(r->f = fopen(r->tmp, "w"))) {
			r->failed = errno;
			return;
		}
		fputs("\xEF\xBB\xBF", r->f);   /* BOM: Excel then reads UTF-8 */
		fputs(r->header.len ? sb_str(&r->header) : "行号,原因\r\n", r->f);
	}
	struct strbuf line = STRBUF_INIT;
	sb_printf(&line, "%ld,", rowno);
	sb_add_csv_field(&line, reason);
	for (int i = 0; i < ncells; i++) {
		sb_addc(&line, ',');
		sb_add_csv_field(&line, cells[i]);
	}
	sb_adds(&line, "\r\n");
	fwrite(line.buf, 1, line.len, r->f);
	sb_free(&line);
}

long rejects_count(const rejects *r)
{
	return r->count;
}

static void destroy(rejects *r)
{
	free(r->path);
	free(r->tmp);
	sb_free(&r->header);
	free(r);
}

int rejects_close(rejects **rp, char **path_out, struct jz_err *e)
{
	rejects *r = *rp;
	int rc = 0;
	*rp = NULL;
	if (path_out)
		*path_out = NULL;
	if (r->f && fclose(r->f) != 0 && !r->failed)
		r->failed = errno;
	if (r->failed) {
		unlink(r->tmp);
		rc = jz_err_set(e, "%s: cannot write the rejects report: %s", r->path, strerror(r->failed));
	} else if (r->count == 0) {
		unlink(r->path);   /* a stale report from an earlier import would mislead */
	} else if (rename(r->tmp, r->path) != 0) {
		rc = jz_err_set(e, "%s: %s", r->path, strerror(errno));
		unlink(r->tmp);
	} else if (path_out) {
		*path_out = xstrdup(r->path);
	}
	destroy(r);
	return rc;
}

void rejects_abort(rejects **rp)
{
	rejects *r = *rp;
	*rp = NULL;
	if (r->f)
		fclose(r->f);
	unlink(r->tmp);
	destroy(r);
}
