/* sync.h — one database per office, a province combining them.
 *
 * An office names itself once (`jianzhi settings set office.code 嵊州市院`)
 * and exports a snapshot: a consistent copy of its database, written whole
 * or not at all, stamped with the office and the time. The province
 * imports snapshots into its own database: each office gets an office_no
 * (sync_offices) and its rows ids office_no << 32 + their own id — a
 * stable global key that survives re-imports. Re-importing an office
 * replaces what it brought before, in one transaction: a kill -9 during an
 * import leaves the province as it was. Parties (by ID number, else by
 * name), courts (by code) and bank accounts (by number) are shared; a case
 * whose 案号 another office brought first is skipped and counted. Leads,
 * labels, drafts, users and the audit trail stay with the office that made
 * them: the province screens the combined data itself. A province database
 * takes data only through sync import. */
#ifndef JZ_SYNC_H
#define JZ_SYNC_H

#include "store/jzdb.h"
#include "util/err.h"

/* Snapshot the database into path (atomic). 0, or -1 with e (no
 * office.code, not allowed, cannot write). */
int sync_export(jz_db *db, const char *path, struct jz_err *e);

struct sync_stats {
	char office[128];
	int office_no;
	long long cases, skipped, parties_new, parties_shared, events, records, documents, txns;
	int replaced;          /* the office had been imported before */
};

/* Import one office snapshot into the province database. 0, or -1 with e
 * naming the file and the reason (not a jianzhi snapshot, other schema
 * version, no office stamp, not allowed). */
int sync_import(jz_db *db, const char *path, struct sync_stats *st, struct jz_err *e);

/* 1 when db is a province database (it has imported an office). */
int sync_is_province(jz_db *db);

#endif
