/* rows.h — reading a statement's rows into a typed array (core-internal).
 *
 * The query modules turn SQL results into the typed rows the faces get:
 * each row type has a fill function that copies one row's columns. */
#ifndef JZ_QUERY_ROWS_H
#define JZ_QUERY_ROWS_H

#include "store/db.h"

typedef void (*rows_fill_fn)(sqlite3_stmt *st, void *row);

/* Step st to the end, appending a zeroed row of size bytes per result to
 * *arr (a T ** passed as void *) filled by fill; *n gets the count. st is
 * finalized. 0 ok, -1 with e filled (what was read stays in *arr). */
int rows_read(jz_db *db, sqlite3_stmt *st, rows_fill_fn fill, void *arr, size_t size, int *n,
	      struct jz_err *e);
/* Money column: fen, or -1 when NULL. */
long long rows_money(sqlite3_stmt *st, int i);

#endif
