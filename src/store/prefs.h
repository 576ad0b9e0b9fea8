/* prefs.h — what each person last chose in a list: its sort, filters,
 * search, panel. Kept per login (the real uid's, store/identity.h) in the
 * user_prefs table (db/schema/013), so a list opens the way its user left
 * it, across restarts, whoever else shares the database.
 *
 * Keys are "<list>.<what>" ("cases.sort", "leads.rule"); values are text.
 * A preference changes nobody's data: it needs no role and is not audited.
 * On a read-only database nothing is kept (prefs_set returns 0). */
#ifndef JZ_STORE_PREFS_H
#define JZ_STORE_PREFS_H

#include "store/jzdb.h"
#include "util/err.h"

/* The acting login's value for key (malloc'd), NULL when none. */
char *prefs_get(jz_db *db, const char *key);
/* Keep value for key; NULL or "" forgets it. 0, or -1 with e filled. */
int prefs_set(jz_db *db, const char *key, const char *value, struct jz_err *e);

#endif
