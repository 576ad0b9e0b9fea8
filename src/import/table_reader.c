#include "import/table_reader.h"
#include "import/csv_reader.h"
#include "import/xlsx_reader.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct table_reader {
	csv_reader *csv;
	xlsx_book *xlsx;
	long long size;
	char **cells;
	int cap;
};

enum magic { M_TEXT, M_ZIP, M_OLE };

/* XLSX is a zip; an old .xls or a password-protected .xlsx is an OLE file. */
static enum magic file_magic(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return M_TEXT;
	unsigned char m[4] = { 0 };
	size_t n = fread(m, 1, 4, f);
	fclose(f);
	if (n == 4 && m[0] == 'P' && m[1] == 'K' && m[2] == 3 && m[3] == 4)
		return M_ZIP;
	if (n == 4 && m[0] == 0xD0 && m[1] == 0xCF && m[2] == 0x11 && m[3] == 0xE0)
		return M_OLE;
	return M_TEXT;
}

int table_open(const char *path, table_reader **out, struct jz_err *e)
{
	*out = NULL;
	struct stat st;
	if (stat(path, &st) != 0)
		return jz_err_set(e, "%s: %s", path, strerror(errno));
	if (S_ISDIR(st.st_mode))
		return jz_err_set(e, "%s: is a directory", path);
	enum magic m = file_magic(path);
	if (m == M_OLE)
		return jz_err_set(e, "%s: an old .xls or a password-protected workbook; "
				  "save it as .xlsx (without a password) or CSV", path);
	table_reader *t = calloc(1, sizeof *t);
	if (!t)
		abort();
	t->size = st.st_size;
	int rc = m == M_ZIP ? xlsx_open(path, &t->xlsx, e) : csv_open(path, &t->csv, e);
	if (rc) {
		free(t);
		return -1;
	}
	*out = t;
	return 0;
}

/* Leading/trailing white space, including U+3000 and NBSP, is not data. */
static char *trim_cell(char *s)
{
	for (;;) {
		if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n') s++;
		else if (strncmp(s, "\xE3\x80\x80", 3) == 0) s += 3;     /* U+3000 */
		else if (strncmp(s, "\xC2\xA0", 2) == 0) s += 2;         /* NBSP */
		else break;
	}
	size_t n = strlen(s);
	for (;;) {
		if (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n')) n--;
		else if (n >= 3 && strncmp(s + n - 3, "\xE3\x80\x80", 3) == 0) n -= 3;
		else if (n >= 2 && strncmp(s + n - 2, "\xC2\xA0", 2) == 0) n -= 2;
		else break;
	}
	s[n] = '\0';
	return s;
}

int table_next_row(table_reader *t, char ***cells, int *ncells, long *rowno, int *bad_text,
		   struct jz_err *e)
{
	char **raw;
	int n, rc;
	*bad_text = 0;
	if (t->csv)
		rc = csv_next_row(t->csv, &raw, &n, rowno, bad_text, e);
	else
		rc = xlsx_next_row(t->xlsx, &raw, &n, rowno, e);
	if (rc != 1)
		return rc;
	if (n > t->cap) {
		t->cap = n * 2;
		t->cells = realloc(t->cells, sizeof *t->cells * (size_t)t->cap);
		if (!t->cells)
			abort();
	}
	for (int i = 0; i < n; i++)
		t->cells[i] = trim_cell(raw[i]);
	*cells = t->cells;
	*ncells = n;
	return 1;
}

int table_select_sheet(table_reader *t, const char *name, struct jz_err *e)
{
	if (!t->xlsx)
		return jz_err_set(e, "--sheet %s: the file is CSV, not a workbook", name);
	return xlsx_select_sheet(t->xlsx, name, e);
}

const char *table_format(const table_reader *t)
{
	return t->csv ? "csv" : "xlsx";
}

const char *table_encoding(const table_reader *t)
{
	return t->csv ? csv_encoding(t->csv) : "UTF-8";
}

int table_progress_permille(const table_reader *t)
{
	if (!t->csv || t->size <= 0)
		return -1;
	long long r = csv_bytes_read(t->csv);
	return (int)(r >= t->size ? 1000 : r * 1000 / t->size);
}

void table_close(table_reader **tp)
{
	table_reader *t = tp ? *tp : NULL;
	if (!t)
		return;
	csv_close(&t->csv);
	xlsx_close(&t->xlsx);
	free(t->cells);
	free(t);
	*tp = NULL;
}
