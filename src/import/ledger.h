/* ledger.h — importing a court's enforcement ledger (执行案件台账) through
 * the import engine (engine.h).
 *
 * Rows are upserted by normalised 案号: a later ledger fills in and
 * corrects (a blank cell never erases), an identical repeat is counted as
 * a duplicate. Parties are resolved in one pass (parties.h); a bad ID check
 * character is a warning (the row lands, the warning is in the report). A
 * 执恢 case names the case it resumes (原案号). */
#ifndef JZ_IMPORT_LEDGER_H
#define JZ_IMPORT_LEDGER_H

#include "import/engine.h"

int ledger_import_file(jz_db *db, const char *path, const struct import_opts *o,
		       struct import_stats *st, struct jz_err *e);

/* The canonical 结案方式 for what a ledger says ("终本" → 终结本次执行程序);
 * NULL when blank; unknown wordings are returned unchanged. */
const char *ledger_closing_method(const char *s);

#endif
