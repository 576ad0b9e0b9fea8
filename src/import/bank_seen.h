/* bank_seen.h — what the reader of one statement file works out across its
 * rows (the reader thread has time to spare; the thread that writes is the
 * slower one):
 *   - each transaction key's repeat number within the file (two identical
 *     2.00 fees on one day are two transactions, numbered 1 and 2, and a
 *     later export of that day numbers them the same way);
 *   - the first row of each account and counterparty;
 *   - that an account's holder ID does not change within the file.
 * Repeat numbers are counted in runs: a key can only repeat within the rows
 * of its account that share its date and time, and statements list an
 * account's rows in date order (oldest or newest first), so only the
 * current run of each account is kept. An account whose rows are out of
 * order makes bank_seen_unsorted() true; the caller then recounts the
 * repeat numbers of those accounts in SQL. No database, no locks: one
 * thread. */
#ifndef JZ_IMPORT_BANK_SEEN_H
#define JZ_IMPORT_BANK_SEEN_H

#include <stdint.h>
#include "import/bank_row.h"

struct bank_seen;

struct bank_seen *bank_seen_new(void);
void bank_seen_free(struct bank_seen **s);

/* A parsed row: 0 with *acct (its account's number in the file: 0, 1, 2 …
 * in order of first appearance), *seq (1, 2 …) and *new_cp (1 for the first
 * row of its account and counterparty); -1 with the reason in why when its
 * holder ID differs from the one earlier rows of the account gave. */
int bank_seen_row(struct bank_seen *s, const struct bank_rec *r, int *acct, uint32_t *seq, int *new_cp,
		  struct strbuf *why);

/* 1 when an account's rows were not in date order: their *seq may be
 * wrong and must be recounted over the file's rows of that account. */
int bank_seen_unsorted(const struct bank_seen *s);
/* Those accounts one by one: start with *i = 0; NULL after the last. */
const char *bank_seen_unsorted_account(const struct bank_seen *s, int *i);

#endif
