/* audit.h — the append-only record of what people did.
 *
 * Every change a person makes (label, correction, draft step, import) is
 * written with the OS login, the time, and the row before and after as JSON
 * (either may be NULL). The table refuses UPDATE and DELETE (triggers), and
 * the rows form a hash chain: each row's hash covers its fields and the hash
 * of the row before, so an edit or a deletion in the middle breaks the chain
 * at that row (audit_verify). */
#ifndef JZ_AUDIT_H
#define JZ_AUDIT_H

#include "store/db.h"
#include "util/err.h"

int audit_log(jz_db *db, const char *action, const char *tbl, long long row_id,
	      const char *before_json, const char *after_json, const char *note,
	      struct jz_err *e);

/* Walk the chain: *rows rows read, *bad_id the first row whose hash does
 * not fit (0 when the chain is whole), head the last good hash. */
int audit_verify(jz_db *db, long long *bad_id, long long *rows, char head[65], struct jz_err *e);
/* Chain rows written before the chain existed (migration 009), once. */
int audit_chain_backfill(jz_db *db, struct jz_err *e);

/* A row of any table as a JSON object, e.g. for before/after:
 * audit_row_json(db, "leads", 42) → {"id":42,"status":"active",...}.
 * Returns malloc'd text, or NULL when the row does not exist. */
char *audit_row_json(jz_db *db, const char *tbl, long long row_id);

#endif
