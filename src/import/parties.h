/* parties.h — finding or creating the parties of cases.
 *
 * A party with an ID number (身份证号 / 统一社会信用代码) is one row per ID;
 * without one, one row per exact name. Lookups are cached per import so a
 * million-row ledger does not query twice for the same debtor. */
#ifndef JZ_PARTIES_H
#define JZ_PARTIES_H

#include "store/db.h"
#include "util/err.h"
#include "legal/normalize.h"

typedef struct party_cache party_cache;

int party_cache_new(jz_db *db, party_cache **out, struct jz_err *e);
void party_cache_free(party_cache **pc);

/* Find or create the party; id may be NULL (name only). Returns the party
 * id (> 0) or -1 with e filled. An ID-less name that later arrives with an
 * ID is given it (the row is updated, not duplicated). */
long long party_get(party_cache *pc, const char *name, const struct id_info *id, struct jz_err *e);

/* Match registry data to a party: by ID first, then exact name.
 * *match gets "id" or "name"; returns the party id, 0 when none. */
long long party_match(jz_db *db, const char *name, const char *id_no, const char **match);

#endif
