/* bank.h — bank statements (交易流水) through the import engine.
 *
 * A file is one or more accounts' transactions (bank_row.h reads a row).
 * Accounts are keyed by account number; a transaction by (account, date,
 * time, amount, direction, counterparty account, balance) and its repeat
 * number within the file, so overlapping exports of one account add each
 * transaction once while two identical fees on one day stay two. A file
 * lands whole or not at all; rejected rows go to FILE.rejects.csv.
 *
 * Accounts are tied to parties by bank_relink(): by the holder's 证件号码,
 * by a 存款 registry record with the account number, or by a name exactly
 * one party has (weak) — never against a conflicting ID. It runs after
 * every bank, ledger and registry import (registry_relink() calls it), so
 * the order of imports does not matter. --party names the party outright. */
#ifndef JZ_IMPORT_BANK_H
#define JZ_IMPORT_BANK_H

#include "import/engine.h"

/* Import path; party_id > 0 ties every account of the file to that party
 * (an account whose holder ID is another's fails the file). by_id counts
 * the file's accounts tied by ID, account number or --party, by_name those
 * tied by name only, unlinked the rest. */
int bank_import_file(jz_db *db, const char *path, const struct import_opts *o, long long party_id,
		     struct import_stats *st, struct jz_err *e);

/* The party --party names: a 案号 (its one 被执行人) or a 证件号码. The party
 * id, or -1 with e saying why (no such case or party, several debtors). */
long long bank_find_party(jz_db *db, const char *which, struct jz_err *e);

/* Re-tie every account not given by --party (see above); inside the
 * caller's transaction. */
int bank_relink(jz_db *db, struct jz_err *e);

#endif
