/* registry.h — registry data about parties (不动产, 车辆, 公积金, 股权, 存款,
 * 出行, 企业登记, 户籍) through the import engine.
 *
 * A record is keyed across exports by (kind, holder, 证号/账号, 坐落/车牌,
 * start date): re-importing a file changes nothing, and a later export of
 * the same record with changed fields (a 转移日期, a new value) updates it
 * and keeps the old version in registry_history. Records are tied to
 * parties by registry_relink() — after every registry and every ledger
 * import, so the order of imports does not matter. */
#ifndef JZ_IMPORT_REGISTRY_H
#define JZ_IMPORT_REGISTRY_H

#include "import/engine.h"

/* The canonical kind for what a user typed (银行账户 → 存款, 航空/铁路 →
 * 出行 ...); NULL when unknown. *mode gets 航空/铁路 for travel aliases. */
const char *registry_kind(const char *typed, const char **mode);
/* The canonical kinds, for messages ("不动产 车辆 …"). */
const char *registry_kind_list(void);

/* Without a database, for tests and the fuzzer: a column map for registry
 * tables (columns_init; the caller frees it), and one row parsed exactly as
 * `import registry KIND` parses it: 0 good, -1 rejected with the reason in
 * why (warnings in warn). kind is as typed (an alias is resolved); an
 * unknown kind is rejected. */
int registry_columns_init(struct column_map *m, struct jz_err *e);
int registry_row_parse(const char *kind_typed, const struct column_map *m, char **cells, int n,
		       struct strbuf *why, struct strbuf *warn);

int registry_import_file(jz_db *db, const char *kind_typed, const char *path, const struct import_opts *o,
			 struct import_stats *st, struct jz_err *e);

/* Tie registry records to parties: by 身份证号/统一社会信用代码 ('id');
 * without an ID on the record, by a name exactly one party has ('name',
 * weak); a record whose ID is nobody's is tied by name only to a party
 * that has no ID either — a holder with a different ID than the party of
 * that name is never tied (an ID conflict wins over a name). Only records
 * whose holder ID or name is in stg.relink(id_no, name) are recomputed
 * (every record when that table does not exist). */
int registry_relink(jz_db *db, struct jz_err *e);

#endif
