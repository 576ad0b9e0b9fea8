/* links.c — see links.h. One SELECT per family fills temp.links_new with
 * the links the data supports; sync() then deletes the family's links not
 * in it and inserts the new ones. */
#include "import/links.h"
#include "import/party_sql.h"

#include <stdio.h>

#define SPLIT(col) "json_each('[\"' || replace(replace(replace(" col ", '\\', '\\\\'), '\"', '\\\"'), '、', '\",\"')" \
	" || '\"]')"

/* Each family first works out, once per source row, the party on the other
 * side (MATERIALIZED: the lookups must not be re-run for every use). */

/* 企业登记 / 股权: the role names the kind of link. */
static const char registry_sql[] =
	"WITH x AS MATERIALIZED (SELECT r.kind, r.role, r.party_id, r.match, r.src_file_id, r.src_row,"
	"  (SELECT p.id FROM parties p WHERE r.reg_no IS NOT NULL AND p.id_no = upper(r.reg_no)) AS by_id,"
	"  " ONE_PARTY_NAMED("r.item", "NULL") " AS by_name"
	"  FROM registry_records r WHERE r.kind IN ('企业登记', '股权') AND r.party_id IS NOT NULL"
	"  AND r.item IS NOT NULL),"
	" y AS (SELECT CASE WHEN x.kind = '股权' THEN '股东'"
	"   WHEN x.role LIKE '%法定代表人%' OR x.role IN ('法人代表', '法人', '负责人', '执行事务合伙人', '经营者')"
	"    THEN '法定代表人'"
	"   WHEN x.role LIKE '%监事%' THEN '监事'"
	"   WHEN x.role LIKE '%股东%' OR x.role IN ('出资人', '投资人', '合伙人', '发起人', '实际控制人') THEN '股东'"
	"   WHEN x.role LIKE '%董事%' OR x.role LIKE '%经理%' OR x.role IN ('高管', '高级管理人员', '财务负责人',"
	"    '董事会秘书') THEN '高管' END AS kind,"
	"  x.party_id AS a, coalesce(x.by_id, x.by_name) AS b, 'registry:' || x.kind AS source,"
	"  x.match = 'id' AND x.by_id IS NOT NULL AS strong, x.src_file_id AS f, x.src_row AS r FROM x)"
	"INSERT OR IGNORE INTO temp.links_new"
	" SELECT kind, a, b, source, CASE WHEN max(strong) THEN 'strong' ELSE 'weak' END, min(f), min(r) FROM y"
	" WHERE kind IS NOT NULL AND b IS NOT NULL AND a <> b GROUP BY kind, a, b, source;"
	/* 不动产 co-owners: names (and IDs by position) joined by 、 */
	"WITH x AS MATERIALIZED (SELECT r.party_id AS a, r.match, r.src_file_id, r.src_row,"
	"  (SELECT p.id FROM parties p WHERE i.value IS NOT NULL AND p.id_no = upper(i.value)) AS by_id,"
	"  " ONE_PARTY_NAMED("n.value", "i.value") " AS by_name"
	"  FROM registry_records r JOIN " SPLIT("r.co_owner") " n"
	"  LEFT JOIN " SPLIT("r.co_owner_id") " i ON i.key = n.key AND i.value <> ''"
	"  WHERE +r.kind = '不动产' AND r.co_owner IS NOT NULL AND +r.party_id IS NOT NULL AND n.value <> ''),"   /* by registry_co_owner, not kind_party */
	" y AS (SELECT a, coalesce(by_id, by_name) AS b, match = 'id' AND by_id IS NOT NULL AS strong,"
	"  src_file_id AS f, src_row AS r FROM x)"
	"INSERT OR IGNORE INTO temp.links_new"
	" SELECT '共有人', min(a, b), max(a, b), 'registry:不动产', CASE WHEN max(strong) THEN 'strong' ELSE 'weak' END,"
	"  min(f), min(r) FROM y WHERE b IS NOT NULL AND a <> b GROUP BY 1, 2, 3, 4;";

/* The buyer at an auction or a sale of a case's property ↔ its debtors. */
static const char events_sql[] =
	"WITH x AS MATERIALIZED (SELECT e.case_id, e.src_file_id, e.src_row,"
	"  (SELECT p.id FROM parties p WHERE e.counterparty_id IS NOT NULL"
	"   AND p.id_no = upper(replace(e.counterparty_id, ' ', ''))) AS by_id,"
	"  " ONE_PARTY_NAMED("e.counterparty", "e.counterparty_id") " AS by_name"
	"  FROM events e WHERE e.kind IN ('拍卖', '变卖') AND e.counterparty IS NOT NULL),"
	" y AS (SELECT cp.party_id AS a, coalesce(x.by_id, x.by_name) AS b, x.by_id IS NOT NULL AS strong,"
	"  x.src_file_id AS f, x.src_row AS r FROM x"
	"  JOIN case_parties cp ON cp.case_id = x.case_id AND cp.role = '被执行人'"
	"  WHERE x.by_id IS NOT NULL OR x.by_name IS NOT NULL)"
	"INSERT OR IGNORE INTO temp.links_new"
	" SELECT '买受人', a, b, 'events', CASE WHEN max(strong) THEN 'strong' ELSE 'weak' END, min(f), min(r) FROM y"
	" WHERE a <> b GROUP BY a, b;";

/* A holder ↔ the party behind a counterparty account, or its exact name. */
static const char bank_sql[] =
	"WITH x AS MATERIALIZED (SELECT c.account_id, c.src_file_id, c.src_row, o.party_id AS by_acct,"
	"  o.match <> 'name' AS acct_strong,"
	"  " ONE_PARTY_NAMED("nullif(c.cp_name, '')", "NULL") " AS by_name"
	"  FROM bank_counterparties c LEFT JOIN bank_accounts o ON c.cp_account <> '' AND o.account_no = c.cp_account),"
	" y AS (SELECT ac.party_id AS a, coalesce(x.by_acct, x.by_name) AS b,"
	"  x.by_acct IS NOT NULL AND x.acct_strong AND ac.match <> 'name' AS strong, x.src_file_id AS f, x.src_row AS r"
	"  FROM x JOIN bank_accounts ac ON ac.id = x.account_id AND ac.party_id IS NOT NULL)"
	"INSERT OR IGNORE INTO temp.links_new"
	" SELECT '交易对手', a, b, 'bank', CASE WHEN max(strong) THEN 'strong' ELSE 'weak' END, min(f), min(r) FROM y"
	" WHERE b IS NOT NULL AND a <> b GROUP BY a, b;";

#define PHONE(c) "replace(replace(replace(replace(" c ", ' ', ''), '-', ''), '+86', ''), '—', '')"
#define PLACE(c) "replace(replace(" c ", ' ', ''), '　', '')"

static const char contact_sql[] =
	/* IDs that differ only in the check character: one of them is mistyped */
	"INSERT OR IGNORE INTO temp.links_new"
	" SELECT '同证件号', min(x.id, y.id), max(x.id, y.id), 'contact', 'strong', NULL, NULL"
	" FROM parties x JOIN parties y ON y.id_no BETWEEN substr(x.id_no, 1, 17) AND substr(x.id_no, 1, 17) || 'Z'"
	"  AND y.id <> x.id"
	" WHERE x.id_valid = 0 AND length(x.id_no) = 18;"
	"DROP TABLE IF EXISTS temp.links_contact;"
	"CREATE TEMP TABLE links_contact(what TEXT, party_id INTEGER, v TEXT, f INTEGER, r INTEGER);"
	"INSERT INTO temp.links_contact"
	" SELECT '同电话', id, " PHONE("phone") ", NULL, NULL FROM parties WHERE phone IS NOT NULL"
	" UNION ALL SELECT '同电话', party_id, " PHONE("phone") ", src_file_id, src_row FROM registry_records"
	"  WHERE phone IS NOT NULL AND party_id IS NOT NULL"
	" UNION ALL SELECT '同地址', id, " PLACE("address") ", NULL, NULL FROM parties WHERE address IS NOT NULL"
	" UNION ALL SELECT '同地址', party_id, " PLACE("address") ", src_file_id, src_row FROM registry_records"
	"  WHERE address IS NOT NULL AND party_id IS NOT NULL;"
	"DELETE FROM temp.links_contact WHERE length(v) < CASE what WHEN '同电话' THEN 7 ELSE 8 END;"
	"CREATE INDEX temp.links_contact_v ON links_contact(what, v);"
	"INSERT OR IGNORE INTO temp.links_new"
	" SELECT x.what, x.party_id, y.party_id, 'contact', 'weak', min(coalesce(x.f, y.f)), min(coalesce(x.r, y.r))"
	" FROM (SELECT what, v FROM temp.links_contact GROUP BY what, v"
	"  HAVING count(DISTINCT party_id) BETWEEN 2 AND 10) g"
	" JOIN temp.links_contact x ON x.what = g.what AND x.v = g.v"
	" JOIN temp.links_contact y ON y.what = g.what AND y.v = g.v AND y.party_id > x.party_id"
	" GROUP BY x.what, x.party_id, y.party_id;"
	"DROP TABLE temp.links_contact;";

static const struct family {
	unsigned bit;
	const char *sql, *source_like;
} families[] = {
	{ LINKS_REGISTRY, registry_sql, "registry:%" },
	{ LINKS_EVENTS, events_sql, "events" },
	{ LINKS_BANK, bank_sql, "bank" },
	{ LINKS_CONTACT, contact_sql, "contact" },
};

static const char prepare_sql[] =
	"DROP TABLE IF EXISTS temp.links_new;"
	"CREATE TEMP TABLE links_new(kind TEXT, a INTEGER, b INTEGER, source TEXT, strength TEXT, f INTEGER, r INTEGER,"
	" PRIMARY KEY (kind, a, b, source)) WITHOUT ROWID;";

/* Make the family's links those of temp.links_new; count the new ones. */
static int sync(jz_db *db, const char *like, long *added, struct jz_err *e)
{
	char sql[1536];
	snprintf(sql, sizeof sql,
		 "DELETE FROM party_links WHERE source LIKE '%s' AND NOT EXISTS (SELECT 1 FROM temp.links_new n"
		 " WHERE n.kind = party_links.kind AND n.a = party_links.a AND n.b = party_links.b"
		 " AND n.source = party_links.source);", like);
	if (db_exec(db, sql, e))
		return -1;
	*added += (long)db_int(db, "SELECT count(*) FROM temp.links_new n WHERE NOT EXISTS (SELECT 1 FROM party_links l"
			       " WHERE l.kind = n.kind AND l.a = n.a AND l.b = n.b AND l.source = n.source)", 0);
	return db_exec(db,
		"INSERT INTO party_links(kind, a, b, source, strength, src_file_id, src_row)"
		" SELECT kind, a, b, source, strength, f, r FROM temp.links_new WHERE true"
		" ON CONFLICT(kind, a, b, source) DO UPDATE SET strength = excluded.strength,"
		" src_file_id = excluded.src_file_id, src_row = excluded.src_row"
		" WHERE party_links.strength IS NOT excluded.strength OR party_links.src_file_id IS NOT excluded.src_file_id"
		" OR party_links.src_row IS NOT excluded.src_row;", e);
}

int party_links_refresh(jz_db *db, unsigned what, long *added, struct jz_err *e)
{
	long n = 0;
	for (size_t i = 0; i < sizeof families / sizeof *families; i++) {
		if (!(what & families[i].bit))
			continue;
		if (db_exec(db, prepare_sql, e) || db_exec(db, families[i].sql, e) ||
		    sync(db, families[i].source_like, &n, e))
			return -1;
	}
	db_exec(db, "DROP TABLE IF EXISTS temp.links_new", NULL);
	if (added)
		*added = n;
	return 0;
}
