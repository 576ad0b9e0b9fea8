/* table_reader.h — rows from a CSV or XLSX file, whichever it is.
 *
 * Importers (ledger, registry, events) read through this so every format
 * quirk is handled once. The format is decided by content (a zip signature
 * means XLSX), not by the file name.
 *
 * Hostile input (see csv_reader.h, xlsx_reader.h): a row holding a NUL, a
 * byte invalid in the file's encoding, a cell over 64 KiB or a record over
 * 1 MiB comes back with *bad_text set, and table_row_problem() says what
 * and where ("第12行第3列含有 NUL 空字节…"); the importer rejects that row
 * and writes that reason to FILE.rejects.csv. Nothing is cut silently. */
#ifndef JZ_TABLE_READER_H
#define JZ_TABLE_READER_H

#include "util/err.h"

typedef struct table_reader table_reader;

/* Options; a zeroed struct (or NULL) gives table_open's behaviour. */
struct table_opts {
	const char *sheet;       /* XLSX: read the sheet of this name (--sheet) */
	/* XLSX without sheet: read the first visible sheet in one of whose
	 * first 20 rows header_test(cells, n, header_arg) is true (e.g.
	 * columns_header_test with the importer's column map). Hidden sheets
	 * (a court's 代码表) are never chosen unless named. */
	int (*header_test)(char **cells, int ncells, void *arg);
	void *header_arg;
};

int table_open(const char *path, table_reader **out, struct jz_err *e);
int table_open_opts(const char *path, const struct table_opts *o, table_reader **out,
		    struct jz_err *e);
/* As csv_next_row: 1 row, 0 end, -1 error. Cells are trimmed of
 * surrounding white space (ASCII, full-width and NBSP). */
int table_next_row(table_reader *t, char ***cells, int *ncells, long *rowno, int *bad_text,
		   struct jz_err *e);
/* Why the last row came back with *bad_text set, naming row and column;
 * "" when it did not. Valid until the next table_next_row. */
const char *table_row_problem(const table_reader *t);
const char *table_format(const table_reader *t);    /* "csv" / "xlsx" */
const char *table_encoding(const table_reader *t);  /* "UTF-8" / "GB18030" */
/* The XLSX sheet being read ("" for CSV or before the first row). */
const char *table_sheet_name(const table_reader *t);
/* Progress: fraction of the input consumed in 0..1000, -1 when unknown. */
int table_progress_permille(const table_reader *t);
void table_close(table_reader **t);

#endif
