/* xlsx_reader.h — stream the rows of one sheet of an XLSX workbook.
 *
 * The workbook is read with minizip and parsed with expat. Only the shared
 * strings table is held in memory; a sheet is parsed in 64 KiB chunks and
 * the parser is suspended at each </row>, so memory does not grow with the
 * number of rows. Values are returned as text: shared and inline strings as
 * written, numbers as their stored text (dates stay Excel serial numbers,
 * which the normalisers understand), booleans as TRUE/FALSE.
 *
 * Which sheet: by default the first sheet in workbook order that is not
 * hidden (state="hidden"/"veryHidden") and has data. xlsx_choose_sheet()
 * can name one (hidden or not) or ask for the first visible sheet whose
 * header row passes a test (a court workbook often starts with a hidden
 * 代码表). xlsx_sheet_name() says which sheet was read.
 *
 * Hostile input: a part with a DTD (<!DOCTYPE>, entity declarations —
 * XXE, billion laughs) is refused with a message naming the part. A cell
 * is kept up to XLSX_MAX_CELL bytes (cut at a character boundary), a row
 * up to XLSX_MAX_ROW bytes; such a row is flagged (xlsx_row_problem names
 * row and column) and the importers reject it. The shared strings table
 * may hold at most XLSX_MAX_SST bytes, else the workbook is refused. */
#ifndef JZ_XLSX_READER_H
#define JZ_XLSX_READER_H

#include <stddef.h>
#include "util/err.h"

#define XLSX_MAX_CELL ((size_t)64 << 10)
#define XLSX_MAX_ROW ((size_t)1 << 20)
#define XLSX_MAX_SST ((size_t)128 << 20)
#define XLSX_MAX_SHEETS 1024

typedef struct xlsx_book xlsx_book;

/* Open a workbook: 0, or -1 with e naming the file and what is wrong. */
int xlsx_open(const char *path, xlsx_book **out, struct jz_err *e);
/* Same over a buffer that must outlive the book (fuzzing, tests). */
int xlsx_open_mem(const void *buf, size_t len, xlsx_book **out, struct jz_err *e);

struct xlsx_pick {
	const char *sheet;       /* read the sheet of this name (hidden or not) */
	/* else: the first visible sheet in one of whose first header_rows
	 * (default 20) rows header_test(cells, n, arg) is true */
	int (*header_test)(char **cells, int ncells, void *arg);
	void *arg;
	int header_rows;
};
/* Choose the sheet before the first row is read: 0, or -1 when the named
 * sheet does not exist (e lists the sheets) or the workbook is damaged.
 * When no sheet passes header_test the default choice stands. */
int xlsx_choose_sheet(xlsx_book *b, const struct xlsx_pick *pk, struct jz_err *e);

/* Name of the sheet being read (valid until close; "" before the first row). */
const char *xlsx_sheet_name(const xlsx_book *b);
/* Next row that has at least one non-empty cell: 1 with cells (owned by b,
 * writable, valid until the next call; missing cells are ""), 0 at the end,
 * -1 on a damaged file. *rowno is the spreadsheet row number. */
int xlsx_next_row(xlsx_book *b, char ***cells, int *ncells, long *rowno, struct jz_err *e);
/* Why the last row is flagged (a cell or the row over its limit), naming
 * row and column; "" when it is not. */
const char *xlsx_row_problem(const xlsx_book *b);
void xlsx_close(xlsx_book **b);

#endif
