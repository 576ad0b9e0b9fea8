/* table_reader.h — rows from a CSV or XLSX file, whichever it is.
 *
 * Importers (ledger, registry, events) read through this so every format
 * quirk is handled once. The format is decided by content (a zip signature
 * means XLSX), not by the file name. */
#ifndef JZ_TABLE_READER_H
#define JZ_TABLE_READER_H

#include "util/err.h"

typedef struct table_reader table_reader;

int table_open(const char *path, table_reader **out, struct jz_err *e);
/* --sheet NAME: read that sheet of a workbook (an error for CSV). */
int table_select_sheet(table_reader *t, const char *name, struct jz_err *e);
/* As csv_next_row: 1 row, 0 end, -1 error. Cells are trimmed of
 * surrounding white space (ASCII, full-width and NBSP). */
int table_next_row(table_reader *t, char ***cells, int *ncells, long *rowno, int *bad_text,
		   struct jz_err *e);
const char *table_format(const table_reader *t);    /* "csv" / "xlsx" */
const char *table_encoding(const table_reader *t);  /* "UTF-8" / "GB18030" */
/* Progress: fraction of the input consumed in 0..1000, -1 when unknown. */
int table_progress_permille(const table_reader *t);
void table_close(table_reader **t);

#endif
