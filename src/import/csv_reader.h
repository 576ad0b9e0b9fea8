/* csv_reader.h — streaming RFC 4180 reader with encoding detection.
 *
 * Quoted fields may hold separators, "" and newlines. The separator is
 * detected from the first line (comma, tab or semicolon). GB18030 input is
 * converted to UTF-8 on the fly (iconv); invalid bytes become U+FFFD and
 * the row is flagged. Memory is bounded by the longest record. */
#ifndef JZ_CSV_READER_H
#define JZ_CSV_READER_H

#include "util/err.h"

typedef struct csv_reader csv_reader;

int csv_open(const char *path, csv_reader **out, struct jz_err *e);
/* Open an in-memory buffer (for fuzzing and tests); buf must outlive r. */
int csv_open_mem(const char *buf, size_t len, csv_reader **out, struct jz_err *e);
/* Next record: 1 with cells (owned by r, valid until the next call), 0 at
 * the end, -1 on a read error. *rowno is the record's 1-based number — the
 * row number a spreadsheet shows. *bad_text is set when the record had bytes
 * that were not valid in the file's encoding. */
int csv_next_row(csv_reader *r, char ***cells, int *ncells, long *rowno, int *bad_text,
		 struct jz_err *e);
const char *csv_encoding(const csv_reader *r);
/* Bytes consumed so far (for progress against the file size). */
long long csv_bytes_read(const csv_reader *r);
void csv_close(csv_reader **r);

#endif
