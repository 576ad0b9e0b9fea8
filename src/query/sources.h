/* sources.h — what a lead rests on, in words a prosecutor can check.
 *
 * A lead's sources (leads.sources) name rows: case:ID (the ledger row),
 * event:ID (an events import row), registry:ID (a registry row), bank:ID (a
 * bank statement row), fact:ID (a fact of a scanned document). Each becomes
 * one line naming the file and row, or the document, page and line, with
 * what the row says; a document fact nobody confirmed says so with its
 * confidence. Unknown or vanished references are listed as such. */
#ifndef JZ_QUERY_SOURCES_H
#define JZ_QUERY_SOURCES_H

#include "store/jzdb.h"
#include "util/err.h"

struct source_line {
	char *ref;      /* "event:12" */
	char *text;     /* 事件表 events.csv 第14行：2026-03-20 查封 鹿山路8号1幢502室 */
};

/* The lines for sources (space-separated references, duplicates once, in
 * order) into *out (caller frees with source_lines_free). 0, or -1. */
int sources_describe(jz_db *db, const char *sources, struct source_line **out, int *n, struct jz_err *e);
void source_lines_free(struct source_line *l, int n);

#endif
