/* sync_int.h — the parts of a province import (sync_import.c). */
#ifndef JZ_SYNC_INT_H
#define JZ_SYNC_INT_H

#include "store/jzdb.h"
#include "util/err.h"

/* An office's rows are ids k … k + SYNC_SPAN (k = office_no << 32); found
 * by range so the rowid or index serves the lookup (not `id >> 32`, which
 * scans). SYNC_IN_OFFICE(col) is that test in SQL, k bound as ?1. */
#define SYNC_SPAN 4294967295LL
#define SYNC_IN_OFFICE(col) col " BETWEEN ?1 AND ?1 + 4294967295"

/* With the snapshot attached as `src`, inside the caller's write
 * transaction: land the office's rows at offset k (office_no << 32);
 * replacing: the office was imported before (its previous rows go, its
 * cases are updated in place). */
int sync_copy_office(jz_db *db, long long k, int replacing, struct jz_err *e);

#endif
