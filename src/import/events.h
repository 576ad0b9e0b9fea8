/* events.h — case events and measures (执行通知, 查封, 拍卖, 案款到账 …)
 * through the import engine, keyed by 案号. Kinds are normalised to the
 * vocabulary of docs/data-formats.md; a --map file may map other wordings
 * ("kind.某某 = 查封"). Rows for a 案号 not in the database, with an unknown
 * kind or a bad date or amount are rejected with the reason; an event
 * already recorded (case, kind, date, item) is a duplicate. */
#ifndef JZ_IMPORT_EVENTS_H
#define JZ_IMPORT_EVENTS_H

#include "import/engine.h"

/* The canonical event kind for a typed one ("查封财产" → 查封); NULL if unknown. */
const char *event_kind(const char *typed);
/* The canonical kinds, NULL-terminated. */
const char *const *event_kinds(void);

/* Without a database, for tests and the fuzzer: a column map for event
 * tables (columns_init; the caller frees it), and one row parsed exactly as
 * `import events` parses it without a --map file: 0 good, -1 rejected with
 * the reason in why. */
int event_columns_init(struct column_map *m, struct jz_err *e);
int event_row_parse(const struct column_map *m, char **cells, int n, struct strbuf *why);

int event_import_file(jz_db *db, const char *path, const struct import_opts *o,
		      struct import_stats *st, struct jz_err *e);

#endif
