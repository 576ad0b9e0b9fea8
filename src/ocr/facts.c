#include "ocr/facts.h"
#include "store/audit.h"
#include "store/db.h"

#include <stdlib.h>
#include <string.h>

int facts_review(jz_db *db, long long id, const char *status, const char *value, struct jz_err *e)
{
	int corrected = strcmp(status, "corrected") == 0;
	if (!corrected && strcmp(status, "confirmed") && strcmp(status, "rejected"))
		return jz_err_set(e, "status is confirmed, rejected or corrected");
	if (corrected && (!value || !*value))
		return jz_err_set(e, "a correction needs the right value");
	char *before = audit_row_json(db, "facts", id);
	if (!before)
		return jz_err_set(e, "no fact %lld", id);
	sqlite3_stmt *s;
	int rc = db_begin(db, e) || db_prepare(db, "UPDATE facts SET status = ?2, value = coalesce(?3, value) WHERE id = ?1",
					       &s, e) ? -1 : 0;
	if (rc == 0) {
		sqlite3_bind_int64(s, 1, id);
		sqlite3_bind_text(s, 2, status, -1, SQLITE_STATIC);
		if (corrected) sqlite3_bind_text(s, 3, value, -1, SQLITE_TRANSIENT); else sqlite3_bind_null(s, 3);
		rc = sqlite3_step(s) == SQLITE_DONE ? 0 : jz_err_set(e, "fact: %s", db_errmsg(db));
		sqlite3_finalize(s);
		char *after = rc == 0 ? audit_row_json(db, "facts", id) : NULL;
		if (rc == 0)
			rc = audit_log(db, corrected ? "fact.correct" : strcmp(status, "confirmed") == 0 ? "fact.confirm"
				       : "fact.reject", "facts", id, before, after, NULL, e);
		free(after);
		rc = rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
	}
	free(before);
	return rc;
}
