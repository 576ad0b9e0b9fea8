/* rejects.c — see rejects.h. The report is written through
 * util/atomicfile.h: a temporary beside it, renamed over it only when the
 * import closes it; a killed import leaves the previous report (and, for
 * SIGINT/SIGTERM, no temporary). */
#include "import/rejects.h"
#include "util/atomicfile.h"
#include "util/xalloc.h"
#include "util/strbuf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct rejects {
	char *path;       /* FILE.rejects.csv */
	struct atomic_file af;   /* its temporary, reserved at the first reject */
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
		struct jz_err e;
		if (atomic_begin(&r->af, r->path, &e) || !(r->f = fopen(r->af.tmp, "w"))) {
			r->failed = errno ? errno : EIO;
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
	atomic_abort(&r->af);      /* the temporary, if one is left, and the struct */
	free(r->path);
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
		rc = jz_err_set(e, "%s：无法写出拒收报告：%s", r->path, strerror(r->failed));
	} else if (r->count == 0) {
		unlink(r->path);   /* a stale report from an earlier import would mislead */
	} else if (atomic_commit(&r->af, e)) {
		rc = -1;
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
	destroy(r);
}
