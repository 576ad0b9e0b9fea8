/* registry_import.h — registry data about parties (不动产, 车辆, 公积金, 股权,
 * 存款, 出行, 企业登记) from CSV/XLSX. Each row is tied to a party by
 * 身份证号/统一社会信用代码 first and by exact (unique) name second; the
 * match kind is stored (a name-only match is weaker); rows that match no
 * party still land, unlinked, and are counted. */
#ifndef JZ_REGISTRY_IMPORT_H
#define JZ_REGISTRY_IMPORT_H

#include "store/db.h"
#include "import/ledger.h"

/* The canonical kind for what a user typed (银行账户 → 存款, 航空/铁路 →
 * 出行 ...); NULL when unknown. *mode gets 航空/铁路 for travel aliases. */
const char *registry_kind(const char *typed, const char **mode);

struct registry_stats {
	struct import_stats base;
	long by_id, by_name, unmatched;
};

int registry_import_file(jz_db *db, const char *kind_typed, const char *path,
			 const struct import_opts *o, struct registry_stats *st, struct jz_err *e);

#endif
