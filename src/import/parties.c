#include "import/parties.h"
#include "store/db.h"
#include "util/strbuf.h"
#include "util/strmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct party_cache {
	jz_db *db;
	struct strmap by_key;      /* "I:<id_no>" or "N:<name>" → party id */
	int db_was_empty;          /* then the cache alone knows every party */
	sqlite3_stmt *find_id, *find_name_noid, *find_name_with_id, *give_id, *insert;
};

int party_cache_new(jz_db *db, party_cache **out, struct jz_err *e)
{
	party_cache *pc = calloc(1, sizeof *pc);
	if (!pc)
		abort();
	pc->db = db;
	pc->db_was_empty = (int)db_int(db, "SELECT NOT EXISTS(SELECT 1 FROM parties)", 0);
	if (db_prepare(db, "SELECT id FROM parties WHERE id_no=?", &pc->find_id, e) ||
	    db_prepare(db, "SELECT id FROM parties WHERE name=? AND id_no IS NULL", &pc->find_name_noid, e) ||
	    db_prepare(db, "SELECT min(id), count(*) FROM parties WHERE name=? AND id_no IS NOT NULL",
		       &pc->find_name_with_id, e) ||
	    db_prepare(db, "UPDATE parties SET id_no=?2, id_valid=?3, kind=?4, birth_date=?5 WHERE id=?1",
		       &pc->give_id, e) ||
	    db_prepare(db, "INSERT INTO parties(name,kind,id_no,id_valid,birth_date) VALUES(?,?,?,?,?)",
		       &pc->insert, e)) {
		party_cache_free(&pc);
		return -1;
	}
	*out = pc;
	return 0;
}

void party_cache_free(party_cache **pcp)
{
	party_cache *pc = pcp ? *pcp : NULL;
	if (!pc)
		return;
	sqlite3_finalize(pc->find_id);
	sqlite3_finalize(pc->find_name_noid);
	sqlite3_finalize(pc->find_name_with_id);
	sqlite3_finalize(pc->give_id);
	sqlite3_finalize(pc->insert);
	strmap_free(&pc->by_key);
	free(pc);
	*pcp = NULL;
}

static long long step_id(sqlite3_stmt *st)
{
	long long id = 0;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return id;
}

static long long cache_get(party_cache *pc, const char *prefix, const char *k)
{
	char key[512];
	long long v;
	snprintf(key, sizeof key, "%s%s", prefix, k);
	return strmap_get(&pc->by_key, key, &v) ? v : 0;
}

static void cache_put(party_cache *pc, const char *prefix, const char *k, long long v)
{
	char key[512];
	snprintf(key, sizeof key, "%s%s", prefix, k);
	strmap_put(&pc->by_key, key, v);
}

static const char *kind_of(const char *name, const struct id_info *id)
{
	if (id && id->kind == ID_PERSON)
		return "person";
	if (id && id->kind == ID_ORG)
		return "org";
	return norm_name_is_org(name) ? "org" : "person";
}

static void bind_id(sqlite3_stmt *st, int first, const char *name, const struct id_info *id)
{
	sqlite3_bind_text(st, first, id->norm, -1, SQLITE_TRANSIENT);
	if (id->kind == ID_PERSON || id->kind == ID_ORG)
		sqlite3_bind_int(st, first + 1, id->valid);
	else
		sqlite3_bind_null(st, first + 1);
	sqlite3_bind_text(st, first + 2, kind_of(name, id), -1, SQLITE_STATIC);
	if (id->birth[0])
		sqlite3_bind_text(st, first + 3, id->birth, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, first + 3);
}

static long long insert_party(party_cache *pc, const char *name, const struct id_info *id,
			      struct jz_err *e)
{
	sqlite3_stmt *st = pc->insert;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	if (id) {
		sqlite3_bind_text(st, 2, kind_of(name, id), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, id->norm, -1, SQLITE_TRANSIENT);
		if (id->kind == ID_PERSON || id->kind == ID_ORG)
			sqlite3_bind_int(st, 4, id->valid);
		else
			sqlite3_bind_null(st, 4);
		if (id->birth[0])
			sqlite3_bind_text(st, 5, id->birth, -1, SQLITE_TRANSIENT);
		else
			sqlite3_bind_null(st, 5);
	} else {
		sqlite3_bind_text(st, 2, kind_of(name, NULL), -1, SQLITE_STATIC);
		sqlite3_bind_null(st, 3);
		sqlite3_bind_null(st, 4);
		sqlite3_bind_null(st, 5);
	}
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return jz_err_set(e, "saving party %s: %s", name, db_errmsg(pc->db));
	return db_last_id(pc->db);
}

/* A party known by name only, now seen with an ID number: give it the ID. */
static long long give_id(party_cache *pc, long long pid, const char *name,
			 const struct id_info *id, struct jz_err *e)
{
	sqlite3_bind_int64(pc->give_id, 1, pid);
	bind_id(pc->give_id, 2, name, id);
	int rc = sqlite3_step(pc->give_id);
	sqlite3_reset(pc->give_id);
	if (rc != SQLITE_DONE)
		return jz_err_set(e, "saving party %s: %s", name, db_errmsg(pc->db));
	cache_put(pc, "N:", name, -1);   /* no longer an ID-less party */
	return pid;
}

static long long get_with_id(party_cache *pc, const char *name, const struct id_info *id,
			     struct jz_err *e)
{
	long long pid = cache_get(pc, "I:", id->norm);
	if (pid > 0)
		return pid;
	if (!pc->db_was_empty) {
		sqlite3_bind_text(pc->find_id, 1, id->norm, -1, SQLITE_TRANSIENT);
		pid = step_id(pc->find_id);
	}
	if (pid <= 0) {
		long long noid = cache_get(pc, "N:", name);
		if (noid == 0 && !pc->db_was_empty) {
			sqlite3_bind_text(pc->find_name_noid, 1, name, -1, SQLITE_TRANSIENT);
			noid = step_id(pc->find_name_noid);
		}
		pid = noid > 0 ? give_id(pc, noid, name, id, e) : insert_party(pc, name, id, e);
		if (pid < 0)
			return -1;
	}
	cache_put(pc, "I:", id->norm, pid);
	long long w = cache_get(pc, "W:", name);
	cache_put(pc, "W:", name, w == 0 || w == pid ? pid : -1);
	return pid;
}

static long long get_by_name(party_cache *pc, const char *name, struct jz_err *e)
{
	long long pid = cache_get(pc, "N:", name);
	if (pid > 0)
		return pid;
	long long w = cache_get(pc, "W:", name);
	if (w > 0)
		return w;
	if (!pc->db_was_empty && pid == 0) {
		sqlite3_bind_text(pc->find_name_noid, 1, name, -1, SQLITE_TRANSIENT);
		pid = step_id(pc->find_name_noid);
		if (pid <= 0) {
			sqlite3_stmt *st = pc->find_name_with_id;
			sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
			if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 1) == 1)
				pid = sqlite3_column_int64(st, 0);
			sqlite3_reset(st);
		}
	}
	if (pid <= 0 && (pid = insert_party(pc, name, NULL, e)) < 0)
		return -1;
	cache_put(pc, "N:", name, pid);
	return pid;
}

long long party_get(party_cache *pc, const char *name, const struct id_info *id, struct jz_err *e)
{
	if (!name || !*name)
		return jz_err_set(e, "a party without a name");
	if (id && id->norm[0] && id->kind != ID_MASKED && id->kind != ID_NONE)
		return get_with_id(pc, name, id, e);
	return get_by_name(pc, name, e);
}

long long party_match(jz_db *db, const char *name, const char *id_no, const char **match)
{
	struct id_info id;
	long long pid = 0;
	sqlite3_stmt *st;
	*match = NULL;
	if (id_no && norm_id(id_no, &id) == NORM_OK && id.kind != ID_MASKED &&
	    sqlite3_prepare_v2(db->sql, "SELECT id FROM parties WHERE id_no=?", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, id.norm, -1, SQLITE_TRANSIENT);
		pid = step_id(st);
		sqlite3_finalize(st);
		if (pid > 0) {
			*match = "id";
			return pid;
		}
	}
	if (name && *name &&
	    sqlite3_prepare_v2(db->sql, "SELECT min(id), count(*) FROM parties WHERE name=?", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 1) == 1) {
			pid = sqlite3_column_int64(st, 0);
			*match = "name";
		}
		sqlite3_finalize(st);
	}
	return pid > 0 ? pid : 0;
}
