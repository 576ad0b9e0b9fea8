/* sample.h — knowing what the rules miss.
 *
 * A screen finds what its rules look for; what they never look for stays
 * unseen. `jianzhi screen --sample N` draws N cases without an active lead
 * (never one already drawn and not yet reviewed) for a prosecutor to read;
 * each review says the case is clean or names the rule that should have
 * fired. From the verdicts, rules stats estimates for each rule how many
 * cases it misses among all the unflagged ones (v_rule_misses) and so its
 * recall beside its precision. Drawing needs the screening role, reviewing
 * the labelling role; a review carries the version the person saw. */
#ifndef JZ_RULES_SAMPLE_H
#define JZ_RULES_SAMPLE_H

#include "store/jzdb.h"
#include "util/err.h"

/* Draw up to n cases (random, without an active lead); *drawn gets how
 * many, *population how many cases had no lead. 0, or -1. */
int sample_draw(jz_db *db, int n, long long run_id, int *drawn, long long *population, struct jz_err *e);

/* Record a verdict: "clean", or "missed" with the rule that should have
 * fired (a rule code the library knows). seen is the sample's version the
 * person saw (0: any). 0, or -1 with e saying why (stale: who changed it). */
int sample_review(jz_db *db, long long id, long long seen, const char *verdict, const char *rule,
		  const char *note, struct jz_err *e);

#endif
