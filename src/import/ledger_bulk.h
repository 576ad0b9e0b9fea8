/* ledger_bulk.h — a ledger loaded straight into an empty database.
 *
 * The same result as staging and merging (ledger.c) when the database has
 * no cases and no parties, without the staging copy: each row is upserted
 * by 案号 as it arrives (a repeat replaces the earlier row, an identical
 * repeat is a duplicate), each party is found or added through an
 * in-memory map (party_map.h) and linked to its case. The secondary
 * indexes and change triggers of cases, parties and case_parties are
 * dropped for the load and built once at the end; every case is marked
 * for screening in one statement. A party named without an ID is added
 * under its name and, at the end, moved onto the one party with an ID that
 * bears the name, if there is exactly one (as parties.h resolves it). */
#ifndef JZ_IMPORT_LEDGER_BULK_H
#define JZ_IMPORT_LEDGER_BULK_H

#include "import/engine.h"
#include "import/ledger_row.h"

extern const struct import_bulk ledger_bulk;

/* Bind a parsed row as stg.cases parameters ?1..?18 (ledger.c). */
void ledger_bind_case(sqlite3_stmt *s, const struct ledger_row *r, long rowno);

#endif
