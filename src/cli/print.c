/* print.c — listing commands print a statement's rows as an aligned table
 * (columns measured in screen columns), RFC 4180 CSV or a JSON array. CSV
 * and JSON stream; a table is buffered to size its columns. */
#include "cli/cli.h"
#include "util/strbuf.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#include <stdlib.h>

struct printer {
	sqlite3_stmt *st;
	int nc, nrows;
	struct strbuf o;
	char **cells;             /* table: every cell, row by row */
	int ncells, capcells;
	int *width;
};

static const char *col_text(sqlite3_stmt *st, int i)
{
	const char *t = (const char *)sqlite3_column_text(st, i);
	return t ? t : "";
}

static void csv_row(struct printer *p, int header)
{
	for (int i = 0; i < p->nc; i++) {
		if (i)
			sb_addc(&p->o, ',');
		sb_add_csv_field(&p->o, header ? sqlite3_column_name(p->st, i) : col_text(p->st, i));
	}
	sb_adds(&p->o, "\r\n");
}

static void json_value(struct strbuf *o, sqlite3_stmt *st, int i)
{
	switch (sqlite3_column_type(st, i)) {
	case SQLITE_NULL: sb_adds(o, "null"); break;
	case SQLITE_INTEGER: sb_printf(o, "%lld", (long long)sqlite3_column_int64(st, i)); break;
	case SQLITE_FLOAT: sb_printf(o, "%.17g", sqlite3_column_double(st, i)); break;
	default: sb_add_json_str(o, col_text(st, i));
	}
}

static void json_row(struct printer *p)
{
	sb_adds(&p->o, p->nrows ? ",\n{" : "\n{");
	for (int i = 0; i < p->nc; i++) {
		if (i)
			sb_addc(&p->o, ',');
		sb_add_json_str(&p->o, sqlite3_column_name(p->st, i));
		sb_addc(&p->o, ':');
		json_value(&p->o, p->st, i);
	}
	sb_addc(&p->o, '}');
}

static void table_keep(struct printer *p)
{
	for (int i = 0; i < p->nc; i++) {
		p->cells = xgrow(p->cells, sizeof *p->cells, &p->capcells, p->ncells + 1);
		p->cells[p->ncells] = xstrdup(col_text(p->st, i));
		int w = utf8_width(p->cells[p->ncells++]);
		if (w > p->width[i])
			p->width[i] = w;
	}
}

static void table_cell(struct printer *p, int i, const char *text)
{
	sb_printf(&p->o, "%s%s%*s", i ? "  " : "", text, i + 1 < p->nc ? p->width[i] - utf8_width(text) : 0, "");
	if (i + 1 == p->nc)
		sb_addc(&p->o, '\n');
}

static void table_flush(struct printer *p)
{
	for (int i = 0; i < p->nc; i++)
		table_cell(p, i, sqlite3_column_name(p->st, i));
	for (int k = 0; k < p->ncells; k++) {
		table_cell(p, k % p->nc, p->cells[k]);
		free(p->cells[k]);
	}
}

int cli_print_stmt(sqlite3_stmt *st, enum cli_format fmt, FILE *out)
{
	struct printer p = { .st = st, .nc = sqlite3_column_count(st) };
	p.width = xcalloc((size_t)p.nc + 1, sizeof *p.width);
	for (int i = 0; i < p.nc; i++)
		p.width[i] = utf8_width(sqlite3_column_name(st, i));
	if (fmt == FMT_CSV)
		csv_row(&p, 1);
	else if (fmt == FMT_JSON)
		sb_addc(&p.o, '[');
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (fmt == FMT_CSV)
			csv_row(&p, 0);
		else if (fmt == FMT_JSON)
			json_row(&p);
		else
			table_keep(&p);
		p.nrows++;
		if (p.o.len > 65536) {
			fwrite(p.o.buf, 1, p.o.len, out);
			sb_reset(&p.o);
		}
	}
	if (fmt == FMT_JSON)
		sb_adds(&p.o, p.nrows ? "\n]\n" : "]\n");
	else if (fmt == FMT_TABLE)
		table_flush(&p);
	fwrite(sb_str(&p.o), 1, p.o.len, out);
	sb_free(&p.o);
	free(p.cells);
	free(p.width);
	return rc == SQLITE_DONE ? 0 : -1;
}
