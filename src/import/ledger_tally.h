/* ledger_tally.h — the running totals of cases (db/schema/029: cases per
 * court and judge, closings per month) counted from a bulk load's rows as
 * they are written, instead of two GROUP BY scans of the whole cases table
 * after it (1.1 s of a million-row load, bench/RESULTS.md).
 *
 * Exact only while every row is a new case: a repeated 案号 replaces a
 * row already counted, so the loader then counts again in SQL
 * (import/ledger_bulk.c, tally_inexact). */
#ifndef JZ_LEDGER_TALLY_H
#define JZ_LEDGER_TALLY_H

#include "import/ledger_row.h"
#include "store/db.h"
#include "util/err.h"
#include "util/strmap.h"

struct close_month {
	long long closed, zb, done, paid_fen;
};

struct ledger_tally {
	struct strmap cases;          /* "court\x1fjudge" → cases */
	struct strmap months;         /* "YYYY-MM" → index into close */
	struct close_month *close;
	int nclose, capclose;
};

/* Count one case as written. */
void ledger_tally_add(struct ledger_tally *t, const struct ledger_row *r);
/* Replace the totals with the counted ones (inside the load's transaction). */
int ledger_tally_write(jz_db *db, const struct ledger_tally *t, struct jz_err *e);
void ledger_tally_free(struct ledger_tally *t);

#endif
