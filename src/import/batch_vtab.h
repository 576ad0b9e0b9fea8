/* batch_vtab.h — rows held in memory, read by SQL as a table.
 *
 * A bulk load writes each batch of parsed rows with one INSERT … SELECT
 * FROM jz_batch(?1) instead of one INSERT per row: SQLite then opens its
 * cursors once per batch and runs the insert loop itself, as when it
 * copies a table (a per-row INSERT cost about twice as much). ?1 is bound
 * with batch_bind(); the table has columns c0..c23, each read through the
 * batch's column callback (columns it does not fill are NULL). */
#ifndef JZ_IMPORT_BATCH_VTAB_H
#define JZ_IMPORT_BATCH_VTAB_H

#include <sqlite3.h>

#define BATCH_VTAB_COLS 24

struct batch_rows {
	int n;                   /* rows 0..n-1 */
	const void *arg;
	/* Set the value of column col of row i with sqlite3_result_*(). */
	void (*column)(const struct batch_rows *b, int i, int col, sqlite3_context *ctx);
};

/* Register jz_batch on the connection (again is harmless). */
int batch_vtab_register(sqlite3 *db);
/* Bind b as parameter idx of a statement reading jz_batch(?idx). */
int batch_bind(sqlite3_stmt *st, int idx, const struct batch_rows *b);

#endif
