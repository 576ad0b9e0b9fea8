/* party_sql.h — SQL that finds the party a record means by its name.
 *
 * ONE_PARTY_NAMED(name, id): the one party bearing the name `name` (an SQL
 * expression); NULL when none or several bear it, and NULL when both that
 * party and the record (`id`, its ID expression, "NULL" when it has none)
 * carry an ID: an ID conflict wins over a name. It reads two parties at
 * most: a common name borne by hundreds of parties would otherwise be
 * counted in full for every record that asks — quadratic in the name's
 * frequency (a million register rows: bench/RESULTS.md). */
#ifndef JZ_IMPORT_PARTY_SQL_H
#define JZ_IMPORT_PARTY_SQL_H

#define ONE_PARTY_NAMED(name, id) \
	"(SELECT CASE WHEN count(*) = 1 AND (" id " IS NULL OR max(one.id_no) IS NULL) THEN min(one.id) END" \
	" FROM (SELECT p.id, p.id_no FROM main.parties p WHERE p.name = " name " LIMIT 2) one)"

#endif
