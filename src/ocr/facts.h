/* facts.h — reviewing the facts extracted from scanned documents.
 *
 * A fact starts 'proposed'; a person confirms it, rejects it, or corrects its
 * value (the raw text and its page, line and span stay). Every review is
 * audited with the fact before and after. */
#ifndef JZ_FACTS_H
#define JZ_FACTS_H

#include "store/jzdb.h"
#include "util/err.h"

/* status: "confirmed", "rejected" or "corrected" (value required).
 * seen_version is the fact's version the person saw (0: current); when
 * someone reviewed it since, nothing is written and the message says who.
 * Only the roles store/policy.h names may review. */
int facts_review(jz_db *db, long long fact_id, long long seen_version, const char *status, const char *value,
		 struct jz_err *e);
/* The fact's current version (0 when there is no such fact). */
long long facts_version(jz_db *db, long long fact_id);

#endif
