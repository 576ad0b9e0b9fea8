#include "import/parties.h"
#include "import/party_sql.h"

#include <string.h>

const char *parties_kind(const char *name, const struct id_info *id)
{
	if (id && id->kind == ID_PERSON)
		return "person";
	if (id && id->kind == ID_ORG)
		return "org";
	return norm_name_is_org(name) ? "org" : "person";
}

int parties_usable_id(const struct id_info *id)
{
	return id && id->norm[0] && id->kind != ID_MASKED && id->kind != ID_NONE;
}

void parties_bind_staged(sqlite3_stmt *st, int first, const char *name, const struct id_info *id)
{
	int has = parties_usable_id(id);
	sqlite3_bind_text(st, first, name, -1, SQLITE_STATIC);
	if (has)
		sqlite3_bind_text(st, first + 1, id->norm, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, first + 1);
	sqlite3_bind_text(st, first + 2, parties_kind(name, has ? id : NULL), -1, SQLITE_STATIC);
	if (has && (id->kind == ID_PERSON || id->kind == ID_ORG))
		sqlite3_bind_int(st, first + 3, id->valid);
	else
		sqlite3_bind_null(st, first + 3);
	if (has && id->birth[0])
		sqlite3_bind_text(st, first + 4, id->birth, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, first + 4);
}

/* The file's own parties, grouped: staging only, so it can run before the
 * write lock. */
static const char stage_groups_sql[] =
	/* the file's IDs, each with the name and details of its first row */
	"CREATE TABLE IF NOT EXISTS stg.pid AS SELECT id_no, name, kind, id_valid, birth, min(rowno) AS rowno"
	" FROM stg.parties WHERE id_no IS NOT NULL GROUP BY id_no;"
	"CREATE INDEX IF NOT EXISTS stg.pid_name ON pid(name);"
	/* names without an ID */
	"CREATE TABLE IF NOT EXISTS stg.pname AS SELECT name, kind, min(rowno) AS rowno FROM stg.parties"
	" WHERE id_no IS NULL GROUP BY name;"
	"DROP TABLE IF EXISTS stg.pname_to;"
	"DROP TABLE IF EXISTS stg.pmap;";

/* A name known without an ID that gets the one ID it arrives with. */
#define GIVES_ID_WHERE \
	" parties.id_no IS NULL AND parties.name = p.name" \
	" AND (SELECT count(*) FROM stg.pid q WHERE q.name = p.name) = 1" \
	" AND NOT EXISTS (SELECT 1 FROM main.parties x WHERE x.id_no = p.id_no)"

static const char give_ids_sql[] =
	"UPDATE parties SET id_no = p.id_no, id_valid = p.id_valid, kind = p.kind, birth_date = p.birth"
	" FROM stg.pid p WHERE" GIVES_ID_WHERE ";"
	"INSERT INTO parties(name, kind, id_no, id_valid, birth_date)"
	" SELECT name, kind, id_no, id_valid, birth FROM stg.pid p"
	" WHERE NOT EXISTS (SELECT 1 FROM main.parties x WHERE x.id_no = p.id_no) ORDER BY rowno;";

/* Nothing for give_ids_sql to do: no ID new to the database, no name to give one to. */
static const char ids_known_sql[] =
	"SELECT NOT EXISTS (SELECT 1 FROM stg.pid p WHERE NOT EXISTS (SELECT 1 FROM main.parties x"
	"  WHERE x.id_no = p.id_no))"
	" AND NOT EXISTS (SELECT 1 FROM main.parties parties JOIN stg.pid p ON parties.name = p.name WHERE"
	GIVES_ID_WHERE ")";

static const char resolve_names_sql[] =
	"CREATE TABLE stg.pname_to AS SELECT n.name, coalesce("
	"  (SELECT id FROM main.parties x WHERE x.name = n.name AND x.id_no IS NULL),"
	"  CASE WHEN (SELECT count(*) FROM stg.pid q WHERE q.name = n.name) = 1"
	"   THEN (SELECT x.id FROM main.parties x JOIN stg.pid q ON q.id_no = x.id_no WHERE q.name = n.name) END,"
	"  " ONE_PARTY_NAMED("n.name", "NULL") ") AS party_id, n.kind, n.rowno"
	" FROM stg.pname n;";

static const char new_names_sql[] =
	"INSERT INTO parties(name, kind) SELECT name, kind FROM stg.pname_to WHERE party_id IS NULL ORDER BY rowno;"
	"UPDATE stg.pname_to SET party_id = (SELECT id FROM main.parties x WHERE x.name = pname_to.name"
	" AND x.id_no IS NULL) WHERE party_id IS NULL;";

/* every staged party row → its party */
static const char map_sql[] =
	"CREATE INDEX stg.pname_to_name ON pname_to(name);"
	"CREATE TABLE stg.pmap AS SELECT s.rowno, s.case_no, s.role, coalesce(x.id, t.party_id) AS party_id"
	" FROM stg.parties s LEFT JOIN main.parties x ON s.id_no IS NOT NULL AND x.id_no = s.id_no"
	" LEFT JOIN stg.pname_to t ON s.id_no IS NULL AND t.name = s.name;";

int parties_plan(jz_db *db, int *mapped, struct jz_err *e)
{
	*mapped = 0;
	if (db_exec(db, stage_groups_sql, e))
		return -1;
	if (!db_int(db, ids_known_sql, 0))
		return 0;
	if (db_exec(db, resolve_names_sql, e))
		return -1;
	if (db_int(db, "SELECT EXISTS (SELECT 1 FROM stg.pname_to WHERE party_id IS NULL)", 1))
		return 0;
	if (db_exec(db, map_sql, e))
		return -1;
	*mapped = 1;
	return 0;
}

int parties_merge(jz_db *db, struct jz_err *e)
{
	if (db_exec(db, stage_groups_sql, e) || db_exec(db, give_ids_sql, e) || db_exec(db, resolve_names_sql, e) ||
	    db_exec(db, new_names_sql, e) || db_exec(db, map_sql, e))
		return -1;
	if (db_int(db, "SELECT count(*) FROM stg.pmap WHERE party_id IS NULL", 0) > 0)
		return jz_err_set(e, "internal error: a staged party was not resolved");
	return 0;
}
