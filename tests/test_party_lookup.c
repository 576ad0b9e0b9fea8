/* test_party_lookup.c — the parties in memory (import/party_lookup.h) give
 * a register row the party the SQL they stand for gives it (PARTY_BY_ID,
 * ONE_PARTY_NAMED of import/party_sql.h): by ID; by a name one party bears,
 * with or without an ID on either side; never a name two parties bear or
 * one whose party and row carry different IDs. Then what makes them step
 * aside: another connection's write, an id past their range. */
#include "import/party_lookup.h"
#include "import/party_sql.h"
#include "test_db.h"
#include "tap.h"

#include <stdio.h>
#include <string.h>

static long long sql_party(jz_db *db, const char *name, const char *id_no)
{
	sqlite3_stmt *q;
	long long got = -1;
	if (sqlite3_prepare_v2(db->sql,
			       "SELECT coalesce((SELECT p.id FROM main.parties p WHERE ?2 IS NOT NULL AND p.id_no = ?2),"
			       ONE_PARTY_NAMED("?1", "?2") ", 0)", -1, &q, NULL) != SQLITE_OK)
		return -2;
	sqlite3_bind_text(q, 1, name, -1, SQLITE_STATIC);
	if (id_no)
		sqlite3_bind_text(q, 2, id_no, -1, SQLITE_STATIC);
	if (sqlite3_step(q) == SQLITE_ROW)
		got = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	return got;
}

static long long map_party(const struct party_lookup *pl, const char *name, const char *id_no)
{
	long long bid = party_lookup_by_id(pl, id_no);
	return bid ? bid : party_lookup_named(pl, name, id_no);
}

int main(void)
{
	char path[] = "/tmp/jz-partylookup-XXXXXX";
	jz_db *db = test_db_open(path);
	if (!db)
		return 1;
	struct jz_err e;
	ok(db_exec(db, "INSERT INTO parties(id, name, kind, id_no) VALUES"
		   " (1, '张伟', 'person', NULL), (2, '张伟', 'person', '330683199001010011'),"   /* one name, two people */
		   " (3, '李娜', 'person', NULL),"                                              /* one, no ID */
		   " (4, '王芳', 'person', '330683198502020022'),"                              /* one, with an ID */
		   " (5, '某某建设有限公司', 'org', '91330683MA2BCD1232'), (6, '赵敏', 'unknown', NULL)", &e) == 0,
	   "parties in");
	struct party_lookup pl = { 0 };
	ok(party_lookup_build(&pl, db, &e) == 0 && pl.ok, "the maps are built");
	static const struct { const char *name, *id, *why; long long want; } rows[] = {
		{ "张伟", "330683199001010011", "by ID, though two bear the name", 2 },
		{ "张伟", NULL, "a name two parties bear: no one", 0 },
		{ "张伟", "330683199909090099", "an ID no one holds, a shared name: no one", 0 },
		{ "李娜", NULL, "a name one party bears", 3 },
		{ "李娜", "330683197707070077", "the row's ID, the party none: by name", 3 },
		{ "王芳", NULL, "the party's ID, the row none: by name", 4 },
		{ "王芳", "330683198502020099", "two different IDs: no one", 0 },
		{ "王芳二", NULL, "a name no one bears", 0 },
		{ "另一个名字", "91330683MA2BCD1232", "a company by its code, under another name", 5 },
		{ "赵敏", "", "an empty ID is none", 6 },
		{ "", NULL, "an empty name is no one", 0 },
	};
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
		const char *id = rows[i].id && *rows[i].id ? rows[i].id : NULL;
		long long want = sql_party(db, rows[i].name, id), got = map_party(&pl, rows[i].name, rows[i].id);
		ok(want == rows[i].want && got == want, "%s: SQL %lld, maps %lld, want %lld", rows[i].why, want, got,
		   rows[i].want);
	}
	ok(party_lookup_current(&pl, db), "current while nobody else wrote");
	party_lookup_release(&pl);
	ok(party_lookup_current(&pl, db), "released after staging, it still says whether they were right");

	/* another connection adds a second 李娜: the maps no longer answer */
	sqlite3 *other;
	sqlite3_open(path, &other);
	int rc = sqlite3_exec(other, "INSERT INTO parties(id, name, kind, id_no)"
			      " VALUES (7, '李娜', 'person', '330683200101010011')", NULL, NULL, NULL);
	ok(rc == SQLITE_OK, "another connection adds a party (%s)", sqlite3_errmsg(other));
	sqlite3_close(other);
	db_exec(db, "BEGIN; SELECT count(*) FROM parties;", NULL);
	ok(!party_lookup_current(&pl, db), "another connection's write: not current");
	db_exec(db, "COMMIT", NULL);
	party_lookup_free(&pl);

	/* an id past 2^31 does not fit: the maps decline, the caller asks SQL */
	db_exec(db, "INSERT INTO parties(id, name, kind) VALUES (2147483648, '钱多', 'person')", NULL);
	ok(party_lookup_build(&pl, db, &e) == 0 && !pl.ok && !party_lookup_current(&pl, db),
	   "a party id past 2^31: the maps do not answer");
	party_lookup_free(&pl);
	test_db_remove(&db, path);
	return tap_done();
}
