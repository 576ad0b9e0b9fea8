/* test_binom_tail.c — binom_tail (store/stats_sql.h), the chance JUDGE-OUTLIER
 * weighs a judge's quick closings by: exact values worked by hand, the edges,
 * a sum over a court-sized n, and the SQL function as the rule calls it. */
#include "store/stats_sql.h"
#include "tap.h"

#include <math.h>
#include <sqlite3.h>

static int near(double got, double want, double rel)
{
	int cond = fabs(got - want) <= rel * fabs(want);
	if (!cond)
		printf("#   got:  %.17g\n#   want: %.17g\n", got, want);
	return cond;
}

int main(void)
{
	/* P(X >= 1 | 2, 0.5) = 3/4; P(X >= 2 | 2, 0.5) = 1/4 */
	ok(near(binom_tail(1, 2, 0.5), 0.75, 1e-12), "two coins, at least one head: 3/4");
	ok(near(binom_tail(2, 2, 0.5), 0.25, 1e-12), "two coins, two heads: 1/4");
	/* P(X >= 5 | 20, 0.1) = 1 − Σ_{i<5} C(20,i) 0.1^i 0.9^(20−i) = 0.043174... */
	ok(near(binom_tail(5, 20, 0.1), 0.0431745, 1e-5), "5 or more of 20 at one in ten: 0.0432");
	/* 12 of 12 at p = 0.1 is 1e-12 */
	ok(near(binom_tail(12, 12, 0.1), 1e-12, 1e-9), "12 of 12 at one in ten: 1e-12");
	ok(binom_tail(0, 10, 0.3) == 1.0, "at least none: certain");
	ok(binom_tail(11, 10, 0.3) == 0.0, "more than n: impossible");
	ok(binom_tail(3, 10, 0.0) == 0.0 && binom_tail(3, 10, 1.0) == 1.0, "rates 0 and 1");
	ok(isnan(binom_tail(3, 10, 1.5)) && isnan(binom_tail(3, -1, 0.5)), "a rate above 1 or a negative n: no answer");
	/* a court's worth: mean 5,000 of 50,000; 5,500 or more is 1.049e-13 (the exact sum, worked apart in
	 * Python); C(50000, 5500) alone overflows a double */
	double t = binom_tail(5500, 50000, 0.1);
	ok(near(t, 1.0492e-13, 1e-3), "5,500 of 50,000 at one in ten: 1.05e-13 (%.4g), no overflow", t);
	ok(near(binom_tail(5000, 50000, 0.1), 0.5, 0.02), "the mean of 50,000 at one in ten: about one half");

	sqlite3 *db;
	sqlite3_open(":memory:", &db);
	ok(stats_sql_register(db) == SQLITE_OK, "binom_tail registers on a connection");
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db, "SELECT binom_tail(2, 2, 0.5), binom_tail(NULL, 2, 0.5) IS NULL, binom_tail(1, 2, 7) IS NULL",
			   -1, &st, NULL);
	ok(sqlite3_step(st) == SQLITE_ROW && near(sqlite3_column_double(st, 0), 0.25, 1e-12) &&
	   sqlite3_column_int(st, 1) && sqlite3_column_int(st, 2), "in SQL: a value, NULL for NULL or a rate out of range");
	sqlite3_finalize(st);
	sqlite3_close(db);
	return tap_done();
}
