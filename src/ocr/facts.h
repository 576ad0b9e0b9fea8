/* facts.h — reviewing the facts extracted from scanned documents.
 *
 * A fact starts 'proposed'; a person confirms it, rejects it, or corrects its
 * value (the raw text and its page, line and span stay). Every review is
 * audited with the fact before and after. */
#ifndef JZ_FACTS_H
#define JZ_FACTS_H

#include "store/jzdb.h"
#include "util/err.h"

/* status: "confirmed", "rejected" or "corrected" (value required). */
int facts_review(jz_db *db, long long fact_id, const char *status, const char *value, struct jz_err *e);

#endif
