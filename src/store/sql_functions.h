/* sql_functions.h — every SQL function the rules and views call, registered
 * in one place: on each connection (store/db.c) and in the sqlite3 shell's
 * extension that benchmarks the rules bare (bench/sqlfuncs.c).
 *   legal_add_days … (legal/calendar_sql.c), yuan, exec_fee
 *   (legal/money_sql.c), binom_tail (store/stats_sql.c), note_date
 *   (legal/date_sql.c), role_code (store/roles.c). */
#ifndef JZ_STORE_SQL_FUNCTIONS_H
#define JZ_STORE_SQL_FUNCTIONS_H

struct sqlite3;
int sql_functions_register(struct sqlite3 *db);   /* SQLITE_OK or the first error code */

#endif
