/* parties.h — resolving the parties of staged rows in one pass.
 *
 * A party with an ID number (身份证号 / 统一社会信用代码) is one row per ID;
 * without one, one row per exact name. Rows are staged as
 * stg.parties(rowno, case_no, role, name, id_no, kind, id_valid, birth);
 * parties_merge() then, inside the import's transaction:
 *   - gives an ID to a party known by name only when that name arrives with
 *     exactly one ID;
 *   - inserts the parties with IDs that are new;
 *   - resolves each name-only row to the name-only party of that name, else
 *     to the one party that has the name (with an ID), else a new
 *     name-only party;
 * and leaves stg.pmap(rowno, case_no, role, party_id).
 * parties_plan() does the same, reading only, before the write lock: when
 * every party of the file is already in the database as it will resolve
 * (nothing to give an ID to, nothing to add) it leaves stg.pmap and sets
 * *mapped; else the merge must call parties_merge() under the lock. */
#ifndef JZ_IMPORT_PARTIES_H
#define JZ_IMPORT_PARTIES_H

#include "store/db.h"
#include "legal/normalize.h"

/* Bind name, id_no, kind, id_valid, birth at columns first..first+4 of a
 * staging INSERT (id may be NULL or without an ID). */
void parties_bind_staged(sqlite3_stmt *st, int first, const char *name, const struct id_info *id);
/* 1 when id identifies the party (not blank, not masked): its key. */
int parties_usable_id(const struct id_info *id);
/* "person" / "org" for a party (from the ID, else the name). */
const char *parties_kind(const char *name, const struct id_info *id);
int parties_plan(jz_db *db, int *mapped, struct jz_err *e);
int parties_merge(jz_db *db, struct jz_err *e);

#endif
