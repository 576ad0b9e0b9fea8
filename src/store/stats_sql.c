/* stats_sql.c — statistics for the rules' SQL (contract in stats_sql.h). */
#include "store/stats_sql.h"

#include <math.h>
#include <stddef.h>
#include <sqlite3.h>

/* Summed in log space term by term: n reaches the tens of thousands (a
 * court's 终本 cases), where the binomial coefficient overflows a double. */
double binom_tail(long k, long n, double p)
{
	if (n < 0 || k > n + 1 || !(p >= 0.0 && p <= 1.0))
		return NAN;
	if (k <= 0)
		return 1.0;
	if (k > n)
		return 0.0;
	if (p == 0.0)
		return 0.0;
	if (p == 1.0)
		return 1.0;
	double lp = log(p), lq = log1p(-p), lnf = lgamma((double)n + 1.0), sum = 0.0;
	for (long i = k; i <= n; i++) {
		double t = exp(lnf - lgamma((double)i + 1.0) - lgamma((double)(n - i) + 1.0) + (double)i * lp +
			       (double)(n - i) * lq);
		sum += t;
		if (t < sum * 1e-17 && (double)i > (double)n * p)
			break;      /* past the mode the terms only shrink */
	}
	return sum > 1.0 ? 1.0 : sum;
}

static void binom_tail_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	for (int i = 0; i < 3; i++)
		if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
			sqlite3_result_null(ctx);
			return;
		}
	double r = binom_tail((long)sqlite3_value_int64(argv[0]), (long)sqlite3_value_int64(argv[1]),
			      sqlite3_value_double(argv[2]));
	if (isnan(r))
		sqlite3_result_null(ctx);
	else
		sqlite3_result_double(ctx, r);
}

int stats_sql_register(struct sqlite3 *db)
{
	return sqlite3_create_function_v2(db, "binom_tail", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
					  binom_tail_fn, NULL, NULL, NULL);
}
