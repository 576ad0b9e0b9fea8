/* party_lookup.h — the parties held, in memory, for linking a register
 * file's rows as they are staged: a row's party by its ID, else the one
 * party bearing its name when the two IDs do not disagree — what
 * PARTY_BY_ID and ONE_PARTY_NAMED (party_sql.h) ask with an index probe and
 * an aggregate subquery per row, which was the slowest part of a register
 * import (4.5 of 13.8 s for a million rows, bench/RESULTS.md).
 *
 * Built by one read of the parties table. It answers for that snapshot
 * only: the caller keeps `version` (PRAGMA main.data_version as read with
 * it) and links again in SQL when someone else wrote since (or when the
 * version moved for a reason of its own: a switch of journal mode after
 * writes still in the WAL moves it too — then only slower). The maps hold
 * 64-bit hashes of the IDs and names, not the texts (a million parties
 * would take 100 MB more): two held IDs sharing a hash are seen while it is
 * built, and then `ok` is 0 and the caller links in SQL; an ID no party
 * holds yet sharing a held one's hash is a chance of about n / 2^64 a row. */
#ifndef JZ_IMPORT_PARTY_LOOKUP_H
#define JZ_IMPORT_PARTY_LOOKUP_H

#include "store/db.h"
#include "util/u64map.h"

struct party_lookup {
	struct u64map by_id;         /* hash of id_no → party id */
	struct u64map by_name;       /* hash of name → party id (| HAS_ID), or SEVERAL */
	long long version;           /* PRAGMA main.data_version of the snapshot read */
	int built, ok;               /* ok: the maps may answer */
};

/* Reads the parties (once: later calls return at once). 0, or -1 on a
 * database error (e set). */
int party_lookup_build(struct party_lookup *pl, jz_db *db, struct jz_err *e);
/* The party holding id_no (upper-case, as stored), 0 when none or id_no is
 * NULL or empty. */
long long party_lookup_by_id(const struct party_lookup *pl, const char *id_no);
/* The one party named name, 0 when none or several do, or when both it
 * and the row (id_no, NULL or "" when it has none) carry an ID. */
long long party_lookup_named(const struct party_lookup *pl, const char *name, const char *id_no);
/* 1 while the maps answer for the database as it is now. */
int party_lookup_current(const struct party_lookup *pl, jz_db *db);
/* The maps given back (staging is over); party_lookup_current still
 * answers whether they were right. */
void party_lookup_release(struct party_lookup *pl);
void party_lookup_free(struct party_lookup *pl);

#endif
