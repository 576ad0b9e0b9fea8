/* stats_sql.h — statistics for the rules' SQL, registered on every
 * connection (store/db.c):
 *   binom_tail(k, n, p)  P(X >= k) for X ~ Binomial(n, p): how likely a
 *                        judge's k quick closings of n are if the judge
 *                        closed quickly as often as the peers (rate p).
 *                        NULL when an argument is NULL or out of range. */
#ifndef JZ_STORE_STATS_SQL_H
#define JZ_STORE_STATS_SQL_H

struct sqlite3;
double binom_tail(long k, long n, double p);   /* NaN when out of range */
int stats_sql_register(struct sqlite3 *db);    /* SQLITE_OK or the error code */

#endif
