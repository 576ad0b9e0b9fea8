/* xlsx_reader.h — stream the rows of an XLSX workbook's first sheet with data.
 *
 * The workbook is read with minizip and parsed with expat. Only the shared
 * strings table is held in memory; a sheet is parsed in 64 KiB chunks and
 * the parser is suspended at each </row>, so memory does not grow with the
 * number of rows. Values are returned as text: shared and inline strings as
 * written, numbers as their stored text (dates stay Excel serial numbers,
 * which the normalisers understand), booleans as TRUE/FALSE. */
#ifndef JZ_XLSX_READER_H
#define JZ_XLSX_READER_H

#include <stddef.h>
#include "util/err.h"

typedef struct xlsx_book xlsx_book;

/* Open a workbook: 0, or -1 with e naming the file and what is wrong. */
int xlsx_open(const char *path, xlsx_book **out, struct jz_err *e);
/* Same over a buffer that must outlive the book (fuzzing, tests). */
int xlsx_open_mem(const void *buf, size_t len, xlsx_book **out, struct jz_err *e);
/* Read only the sheet called name (before the first row): 0, or -1 with e
 * listing the sheets there are. */
int xlsx_select_sheet(xlsx_book *b, const char *name, struct jz_err *e);
/* Name of the sheet being read (valid until close; "" before the first row). */
const char *xlsx_sheet_name(const xlsx_book *b);
/* Next row that has at least one non-empty cell: 1 with cells (owned by b,
 * writable, valid until the next call; missing cells are ""), 0 at the end,
 * -1 on a damaged file. *rowno is the spreadsheet row number. The first
 * sheet in workbook order that has any data is the one read. */
int xlsx_next_row(xlsx_book *b, char ***cells, int *ncells, long *rowno, struct jz_err *e);
void xlsx_close(xlsx_book **b);

#endif
