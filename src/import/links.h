/* links.h — related parties as data (party_links, db/schema/009_bank.sql).
 *
 * Every importer ends its merge by refreshing the links its data can
 * make; each family is recomputed whole from its source tables, inside the
 * import's transaction, so the import order does not matter and a link
 * whose evidence is gone (a record re-linked, a role corrected) goes too:
 *   LINKS_REGISTRY  企业登记/股权 rows: person (the holder) ↔ company (the
 *                   item, found by 信用代码 or its exact name) as 法定代表人,
 *                   股东, 监事 or 高管 by the role; 不动产 co-owners (共有人).
 *   LINKS_EVENTS    the buyer at a 拍卖/变卖 of a case ↔ its 被执行人 (买受人).
 *   LINKS_BANK      an account's holder ↔ a party it paid or was paid by,
 *                   found by account number or exact name (交易对手).
 *   LINKS_CONTACT   同证件号 (IDs equal but for the check character),
 *                   同电话 and 同地址 (parties and registry rows; a number or
 *                   address shared by more than ten parties is an office's,
 *                   not a relation, and is left out).
 * Links join two parties only (both sides must be parties). strength is
 * 'strong' when both sides are tied by ID, account number or a registry
 * fact, 'weak' for phone, address or a name-only match. */
#ifndef JZ_IMPORT_LINKS_H
#define JZ_IMPORT_LINKS_H

#include "store/db.h"

enum { LINKS_REGISTRY = 1, LINKS_EVENTS = 2, LINKS_BANK = 4, LINKS_CONTACT = 8, LINKS_ALL = 15 };

/* Recompute the families in what; *added (may be NULL) gets the number of
 * links that are new. 0, or -1 with e filled. */
int party_links_refresh(jz_db *db, unsigned what, long *added, struct jz_err *e);

#endif
