/* calendar_sql.c — the legal calendar as SQLite functions (contract in
 * calendar.h, calendar_sql_register). */
#include "legal/calendar.h"
#include "util/xalloc.h"
#include "legal/normalize.h"

#include <limits.h>
#include <sqlite3.h>
#include <stdlib.h>

typedef long (*period_fn)(const struct legal_calendar *cal, long start, int n);
typedef int (*day_fn)(const struct legal_calendar *cal, long day);

/* What one registered function computes, and on which calendar. */
struct sql_fn {
	const struct legal_calendar *cal;
	period_fn period;          /* (date, n) functions */
	day_fn test;               /* (date) functions */
};

static long raw_days(const struct legal_calendar *cal, long start, int n)
{
	(void)cal;
	return calendar_add_days_raw(start, n);
}

static long raw_months(const struct legal_calendar *cal, long start, int n)
{
	(void)cal;
	return calendar_add_months_raw(start, n);
}

static long arg_day(sqlite3_value *v)
{
	if (sqlite3_value_type(v) != SQLITE_TEXT)
		return CALENDAR_BAD_DAY;
	return calendar_parse((const char *)sqlite3_value_text(v));
}

/* An integer n (3, 3.0, '3'); -1 for anything else. */
static int arg_n(sqlite3_value *v, int *n)
{
	int t = sqlite3_value_numeric_type(v);
	if (t == SQLITE_INTEGER) {
		sqlite3_int64 x = sqlite3_value_int64(v);
		if (x < INT_MIN || x > INT_MAX)
			return -1;
		*n = (int)x;
		return 0;
	}
	if (t == SQLITE_FLOAT) {
		double x = sqlite3_value_double(v);
		if (!(x >= INT_MIN && x <= INT_MAX) || (double)(int)x != x)
			return -1;
		*n = (int)x;
		return 0;
	}
	return -1;
}

static void sql_period(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const struct sql_fn *f = sqlite3_user_data(ctx);
	int n;
	long start = arg_day(argv[0]);
	if (start == CALENDAR_BAD_DAY || arg_n(argv[1], &n))
		return;                                  /* NULL */
	long end = f->period(f->cal, start, n);
	if (end == CALENDAR_BAD_DAY)
		return;
	char iso[11];
	norm_days_date(end, iso);
	sqlite3_result_text(ctx, iso, 10, SQLITE_TRANSIENT);
}

static void sql_test(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const struct sql_fn *f = sqlite3_user_data(ctx);
	int r = f->test(f->cal, arg_day(argv[0]));
	if (r >= 0)
		sqlite3_result_int(ctx, r);
}

static const struct {
	const char *name;
	period_fn period;
	day_fn test;
} sql_fns[] = {
	{ "legal_add_days", calendar_add_days, NULL },
	{ "legal_add_months", calendar_add_months, NULL },
	{ "legal_add_years", calendar_add_years, NULL },
	{ "legal_add_workdays", calendar_add_workdays, NULL },
	{ "add_days_raw", raw_days, NULL },
	{ "add_months_raw", raw_months, NULL },
	{ "legal_is_workday", NULL, calendar_is_workday },
	{ "legal_is_rest_day", NULL, calendar_is_rest_day },
};

int calendar_sql_register(sqlite3 *db, const struct legal_calendar *cal)
{
	for (size_t i = 0; i < sizeof sql_fns / sizeof sql_fns[0]; i++) {
		struct sql_fn *f = xmalloc(sizeof *f);
		f->cal = cal;
		f->period = sql_fns[i].period;
		f->test = sql_fns[i].test;
		/* On failure SQLite calls free(f) itself. */
		int rc = sqlite3_create_function_v2(db, sql_fns[i].name, f->period ? 2 : 1,
						    SQLITE_UTF8 | SQLITE_DETERMINISTIC, f,
						    f->period ? sql_period : sql_test, NULL, NULL, free);
		if (rc != SQLITE_OK)
			return rc;
	}
	return SQLITE_OK;
}
