/* event_import.h — case events and measures (执行通知, 查封, 拍卖, 案款到账 ...)
 * from CSV/XLSX, keyed by 案号. Kinds are normalised to the fixed
 * vocabulary of docs/data-model.md (event_kind); rows for a 案号 that is not
 * in the database, with an unknown kind or a bad date or amount are
 * rejected with the reason; an identical event (case, kind, date, item) is
 * a duplicate. */
#ifndef JZ_EVENT_IMPORT_H
#define JZ_EVENT_IMPORT_H

#include "store/db.h"
#include "import/ledger.h"

/* The canonical event kind for a typed one ("查封财产" → 查封); NULL if unknown. */
const char *event_kind(const char *typed);
/* The canonical kinds, NULL-terminated. */
const char *const *event_kinds(void);

int event_import_file(jz_db *db, const char *path, const struct import_opts *o,
		      struct import_stats *st, struct jz_err *e);

#endif
