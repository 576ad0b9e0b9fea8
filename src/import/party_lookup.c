/* party_lookup.c — see party_lookup.h. */
#include "import/party_lookup.h"
#include "util/strmap.h"

#include <string.h>

#define HAS_ID  0x80000000u     /* the one party of a name holds an ID */
#define SEVERAL 0xFFFFFFFFu     /* two or more parties bear the name */

static uint64_t key(const char *s) { return strmap_hash(s, strlen(s)); }

static long long data_version(jz_db *db)
{
	return db_int(db, "PRAGMA main.data_version", -1);
}

int party_lookup_build(struct party_lookup *pl, jz_db *db, struct jz_err *e)
{
	if (pl->built)
		return 0;
	sqlite3_stmt *q;
	/* one pass in order: a small page cache does, and the staging that
	 * goes on holds these maps beside its own (the import's peak RSS) */
	long long cache, n = db_int(db, "SELECT count(*) FROM main.parties", 0);
	u64map_reserve(&pl->by_id, (size_t)db_int(db, "SELECT count(*) FROM main.parties WHERE id_no IS NOT NULL", 0));
	u64map_reserve(&pl->by_name, (size_t)n);
	if (db_cache_swap(db, 1024, &cache, e) || db_prepare(db, "SELECT id, name, id_no FROM main.parties", &q, e))
		return -1;
	int ok = 1, added, rc;
	while (ok && (rc = sqlite3_step(q)) == SQLITE_ROW) {
		sqlite3_int64 id = sqlite3_column_int64(q, 0);
		const char *name = (const char *)sqlite3_column_text(q, 1);
		const char *id_no = (const char *)sqlite3_column_text(q, 2);
		if (id <= 0 || id >= (sqlite3_int64)HAS_ID - 1 || !name) {   /* ids from 2^31 - 1: not for these maps */
			ok = 0;
			break;
		}
		if (id_no) {
			uint32_t *v = u64map_slot(&pl->by_id, key(id_no), &added);
			ok = added;          /* the IDs are unique: a second one here is a shared hash */
			*v = (uint32_t)id;
		}
		uint32_t *n = u64map_slot(&pl->by_name, key(name), &added);
		*n = added ? (uint32_t)id | (id_no ? HAS_ID : 0) : SEVERAL;
	}
	if (ok && rc != SQLITE_DONE)
		rc = jz_err_set(e, "数据库错误: %s", db_errmsg(db));
	else
		rc = 0;
	sqlite3_finalize(q);
	db_cache_restore(db, cache, NULL);
	pl->version = data_version(db);      /* in the read transaction of the scan: its snapshot */
	pl->built = 1;
	pl->ok = ok && rc == 0;
	if (!pl->ok)
		party_lookup_release(pl);
	return rc;
}

long long party_lookup_by_id(const struct party_lookup *pl, const char *id_no)
{
	uint32_t v;
	return id_no && *id_no && u64map_get(&pl->by_id, key(id_no), &v) ? v : 0;
}

long long party_lookup_named(const struct party_lookup *pl, const char *name, const char *id_no)
{
	uint32_t v;
	if (!name || !*name || !u64map_get(&pl->by_name, key(name), &v) || v == SEVERAL)
		return 0;
	if ((v & HAS_ID) && id_no && *id_no)
		return 0;            /* both carry an ID, and not the same (else by_id had found it) */
	return v & ~HAS_ID;
}

int party_lookup_current(const struct party_lookup *pl, jz_db *db)
{
	return pl->ok && data_version(db) == pl->version;
}

void party_lookup_release(struct party_lookup *pl)
{
	u64map_free(&pl->by_id);
	u64map_free(&pl->by_name);
}

void party_lookup_free(struct party_lookup *pl)
{
	party_lookup_release(pl);
	*pl = (struct party_lookup){ 0 };
}
