/* csv_reader.h — streaming RFC 4180 reader with encoding detection.
 *
 * Quoted fields may hold separators, "" and newlines. The separator is
 * detected from the first line (comma, tab or semicolon). The encoding is
 * decided on the first 64 KiB by majority of lines: a file whose lines are
 * mostly valid UTF-8 is UTF-8 even if a few rows are GBK, and those rows
 * are reported one by one (and the other way round). GB18030 input is
 * converted to UTF-8 on the fly (iconv).
 *
 * Hostile input never cuts a cell silently and never makes the whole file
 * unreadable. A record with any of these is returned flagged (*bad_text)
 * with csv_row_problem() naming the row and the column:
 *   - a NUL byte or a byte invalid in the file's encoding: replaced by
 *     U+FFFD in the cell (so the rejects report shows where);
 *   - a cell longer than CSV_MAX_CELL bytes: cut at a character boundary;
 *   - a record longer than CSV_MAX_RECORD bytes or with more than
 *     CSV_MAX_FIELDS fields: the rest of the record is dropped.
 * The importers reject a flagged row (it goes to FILE.rejects.csv with the
 * reason). Memory is bounded by CSV_MAX_RECORD plus the read buffer. */
#ifndef JZ_CSV_READER_H
#define JZ_CSV_READER_H

#include <stddef.h>
#include "util/err.h"

#define CSV_MAX_CELL ((size_t)64 << 10)      /* bytes of one cell (UTF-8) */
#define CSV_MAX_RECORD ((size_t)1 << 20)     /* bytes of one record */
#define CSV_MAX_FIELDS 16384                 /* fields of one record (as XLSX) */

typedef struct csv_reader csv_reader;

int csv_open(const char *path, csv_reader **out, struct jz_err *e);
/* Open an in-memory buffer (for fuzzing and tests); buf must outlive r. */
int csv_open_mem(const char *buf, size_t len, csv_reader **out, struct jz_err *e);
/* Next record: 1 with cells (owned by r, valid until the next call), 0 at
 * the end, -1 on a read error. *rowno is the record's 1-based number — the
 * row number a spreadsheet shows. *bad_text is set when the record was
 * flagged (see above); bad_text may be NULL. */
int csv_next_row(csv_reader *r, char ***cells, int *ncells, long *rowno, int *bad_text,
		 struct jz_err *e);
/* Why the last record was flagged, in Chinese, naming row and column(s);
 * "" when it was not. Valid until the next csv_next_row. */
const char *csv_row_problem(const csv_reader *r);
const char *csv_encoding(const csv_reader *r);
/* Bytes consumed so far (for progress against the file size). */
long long csv_bytes_read(const csv_reader *r);
void csv_close(csv_reader **r);

#endif
