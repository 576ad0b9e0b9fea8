/* rejects.h — the rejects report next to an imported file.
 *
 * FILE.rejects.csv (UTF-8 with BOM so Excel opens it right): columns
 * 行号, 原因, then the original row's cells under the original headers.
 * Warnings (row kept) go to the same file with 原因 starting "警告:". The
 * file is written to a temporary name and renamed on close; it is removed
 * when nothing was rejected or warned. */
#ifndef JZ_REJECTS_H
#define JZ_REJECTS_H

#include "util/err.h"

typedef struct rejects rejects;

int rejects_open(const char *input_path, rejects **out, struct jz_err *e);
void rejects_header(rejects *r, char **cells, int ncells);
void rejects_add(rejects *r, long rowno, const char *reason, char **cells, int ncells);
long rejects_count(const rejects *r);
/* Close; *path_out (malloc'd, may be NULL) gets the report's path when one was kept. */
int rejects_close(rejects **r, char **path_out, struct jz_err *e);

/* Discard the report (the import was rolled back): the temp file goes. */
void rejects_abort(rejects **r);

#endif
