/* test_calendar.c — the legal calendar: the shipped holiday data (read via
 * JIANZHI_DATADIR), period arithmetic at every edge (month ends, leap years,
 * year rollover, single-day and 7/8/9-day holidays, weekends, 调休 working
 * days), working-day counts, years without data, malformed files, a user
 * directory overriding a date, and the SQL functions. */
#include "legal/calendar.h"
#include "legal/normalize.h"
#include "util/paths.h"
#include "tap.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const struct legal_calendar *cal;   /* the shipped data */

/* ---- helpers ---------------------------------------------------------- */

static long D(const char *iso)
{
	return calendar_parse(iso);
}

/* A day as ISO text ("BAD" for CALENDAR_BAD_DAY); rotating buffers. */
static const char *iso(long day)
{
	static char buf[8][11];
	static int k;
	char *b = buf[k++ % 8];
	if (day == CALENDAR_BAD_DAY)
		return "BAD";
	norm_days_date(day, b);
	return b;
}

static void days(const char *start, int n, const char *want, const char *why)
{
	is_str(iso(calendar_add_days(cal, D(start), n)), want, "%s + %d days -> %s (%s)", start, n, want, why);
}

static void months(const char *start, int n, const char *want_raw, const char *want, const char *why)
{
	is_str(iso(calendar_add_months_raw(D(start), n)), want_raw, "%s + %d months raw -> %s (%s)",
	       start, n, want_raw, why);
	is_str(iso(calendar_add_months(cal, D(start), n)), want, "%s + %d months -> %s (%s)",
	       start, n, want, why);
}

static void workdays(const char *start, int n, const char *want, const char *why)
{
	is_str(iso(calendar_add_workdays(cal, D(start), n)), want, "%s + %d workdays -> %s (%s)",
	       start, n, want, why);
}

static void rest(const char *day, int want, const char *why)
{
	is_int(calendar_is_rest_day(cal, D(day)), want, "%s is %s (%s)", day,
	       want ? "a rest day" : "a working day", why);
}

/* ---- temporary directories -------------------------------------------- */

static char tmp[] = "/tmp/jz_calendar_XXXXXX";
static char made[32][512];
static int nmade;

static const char *tmp_path(const char *rel)
{
	static char p[512];
	snprintf(p, sizeof p, "%s/%s", tmp, rel);
	return p;
}

static void make_dir(const char *rel)
{
	const char *p = tmp_path(rel);
	if (mkdir(p, 0700) == 0 && nmade < 32)
		snprintf(made[nmade++], sizeof made[0], "%s", p);
}

static void write_file(const char *rel, const char *text)
{
	const char *p = tmp_path(rel);
	FILE *f = fopen(p, "w");
	if (!f)
		return;
	fputs(text, f);
	fclose(f);
	int known = 0;
	for (int i = 0; i < nmade; i++)
		known |= !strcmp(made[i], p);
	if (!known && nmade < 32)
		snprintf(made[nmade++], sizeof made[0], "%s", p);
}

static void remove_tmp(void)
{
	while (nmade > 0)
		remove(made[--nmade]);
	rmdir(tmp);
}

/* ---- the data --------------------------------------------------------- */

static void test_data(void)
{
	for (int y = 2019; y <= 2026; y++)
		ok(calendar_covers(cal, y), "data covers %d", y);
	ok(!calendar_covers(cal, 2018), "2018 not covered (2019.txt only holds its 元旦 break)");
	ok(!calendar_covers(cal, 2027), "2027 not covered (no notice)");
	is_int(calendar_weekday(D("2024-01-01")), 1, "2024-01-01 is a Monday");
	is_int(calendar_weekday(D("1970-01-01")), 4, "1970-01-01 is a Thursday");
	is_int(calendar_weekday(D("1900-01-01")), 1, "1900-01-01 is a Monday");
	rest("2024-10-01", 1, "国庆节");
	rest("2024-10-07", 1, "国庆节, Monday");
	rest("2024-10-08", 0, "Tuesday after 国庆节");
	rest("2024-10-12", 0, "调休 Saturday");
	rest("2024-09-29", 0, "调休 Sunday");
	rest("2024-10-13", 1, "ordinary Sunday");
	rest("2024-03-13", 0, "ordinary Wednesday");
	rest("2024-02-09", 0, "除夕 2024: rest only encouraged");
	rest("2025-01-28", 1, "除夕 2025: a holiday from 2025");
	rest("2025-05-02", 1, "劳动节 2025");
	rest("2018-12-29", 0, "调休 Saturday of the 2019 notice");
	rest("2018-12-31", 1, "元旦 break of the 2019 notice");
	rest("2020-01-31", 1, "2020 春节 extension");
	rest("2020-02-01", 1, "extension overrides the 调休 Saturday");
	rest("2020-01-19", 0, "2020 调休 Sunday kept");
	rest("2019-05-03", 1, "2019 劳动节 as changed");
	rest("2019-05-05", 0, "2019 劳动节 调休 Sunday");
	rest("2026-02-23", 1, "last day of the 9-day 春节 2026");
	is_int(calendar_is_workday(cal, D("2024-10-12")), 1, "calendar_is_workday on a 调休 Saturday");
	is_int(calendar_is_workday(cal, D("2024-10-05")), 0, "calendar_is_workday on a holiday Saturday");
	is_str(calendar_day_name(cal, D("2024-02-12")), "春节", "name of 2024-02-12");
	is_str(calendar_day_name(cal, D("2024-10-12")), "国庆节调休上班", "name of 2024-10-12");
	ok(calendar_day_name(cal, D("2024-03-13")) == NULL, "an ordinary day has no name");
}

/* ---- N-day periods (第八十五条, 第二百零三条) ---------------------------- */

static void test_days(void)
{
	days("2024-03-04", 3, "2024-03-07", "a working day: no roll");
	days("2024-03-01", 8, "2024-03-11", "ends on an ordinary Saturday");
	days("2024-03-01", 9, "2024-03-11", "ends on an ordinary Sunday");
	days("2024-06-03", 7, "2024-06-11", "ends on 端午节, a single Monday holiday");
	days("2023-04-01", 4, "2023-04-06", "ends on 清明节 2023, a single Wednesday");
	days("2024-09-21", 10, "2024-10-08", "ends on the first day of the 7-day 国庆节");
	days("2024-09-28", 6, "2024-10-08", "ends inside the 7-day 国庆节");
	days("2024-02-05", 7, "2024-02-18", "inside the 8-day 春节: the next day is a 调休 Sunday");
	days("2025-09-30", 5, "2025-10-09", "inside the 8-day 国庆节、中秋节 2025");
	days("2023-09-25", 5, "2023-10-07", "8-day break 2023 ends before a 调休 Saturday");
	days("2026-02-10", 7, "2026-02-24", "inside the 9-day 春节 2026");
	days("2024-10-02", 10, "2024-10-12", "ends on a 调休 Saturday: no roll");
	days("2024-09-04", 10, "2024-09-14", "ends on the 中秋 调休 Saturday: no roll");
	days("2024-12-25", 10, "2025-01-06", "year rollover onto a weekend");
	days("2024-12-31", 1, "2025-01-02", "year rollover onto 元旦");
	days("2022-12-21", 10, "2023-01-03", "ends on the 元旦 break that starts in December");
	days("2020-01-20", 10, "2020-02-03", "ends on the 2020 extended 春节");
	days("2019-04-25", 7, "2019-05-05", "ends on the 2019 劳动节 调休 Sunday");
	days("2024-10-01", 15, "2024-10-16", "a start on a holiday does not matter");
	days("2024-10-01", 0, "2024-10-08", "n = 0 rolls the start itself");
	is_str(iso(calendar_add_days_raw(D("2024-09-21"), 10)), "2024-10-01", "add_days_raw does not roll");
	is_str(iso(calendar_add_days_raw(D("2024-03-01"), -1)), "2024-02-29", "add_days_raw backwards");
}

/* ---- N-month and N-year periods (第二百零二条) --------------------------- */

static void test_months(void)
{
	months("2024-01-31", 1, "2024-02-29", "2024-02-29", "31st into a leap February");
	months("2023-01-31", 1, "2023-02-28", "2023-02-28", "31st into a common February");
	months("2024-11-30", 3, "2025-02-28", "2025-02-28", "30th over the year end into February");
	months("2023-02-28", 1, "2023-03-28", "2023-03-28", "the 28th stays the 28th");
	months("2024-03-31", 1, "2024-04-30", "2024-04-30", "31st into a 30-day month");
	months("2024-08-31", 1, "2024-09-30", "2024-09-30", "31st into September");
	months("2024-05-31", 1, "2024-06-30", "2024-07-01", "month end on a Sunday rolls");
	months("2024-12-31", 2, "2025-02-28", "2025-02-28", "year rollover and month end");
	months("2023-11-15", 2, "2024-01-15", "2024-01-15", "year rollover");
	months("2024-04-01", 6, "2024-10-01", "2024-10-08", "ends on 国庆节");
	months("2025-08-01", 2, "2025-10-01", "2025-10-09", "ends on the 8-day 国庆节 2025");
	months("2024-07-12", 3, "2024-10-12", "2024-10-12", "ends on a 调休 Saturday");
	is_str(iso(calendar_add_months_raw(D("2024-03-31"), -1)), "2024-02-29", "raw months backwards");
	is_str(iso(calendar_add_months_raw(D("2024-01-15"), -13)), "2022-12-15", "raw months back over a year");
	is_str(iso(calendar_add_months(cal, D("2024-03-31"), -1)), "BAD", "rolled months refuse n < 0");
	is_str(iso(calendar_add_years(cal, D("2024-02-29"), 1)), "2025-02-28", "29 Feb + 1 year");
	is_str(iso(calendar_add_years(cal, D("2023-02-28"), 1)), "2024-02-28", "28 Feb + 1 year");
	is_str(iso(calendar_add_years(cal, D("2022-10-01"), 2)), "2024-10-08", "+2 years ends on 国庆节");
	is_str(iso(calendar_add_years_raw(D("2022-10-01"), 2)), "2024-10-01", "+2 years raw");
	is_str(iso(calendar_add_years_raw(D("2024-02-29"), -4)), "2020-02-29", "raw years backwards");
}

/* The agenda (db/schema/030_agenda_speed.sql) skips cases whose dates
 * cannot fall due: it relies on six months never ending fewer than 181
 * days after their start and five years never fewer than 1,825, holidays
 * and month ends included. Every start day from 2015 to 2035. */
static void test_period_floors(void)
{
	long worst6 = 1000000, worst5 = 1000000;
	for (long d = D("2015-01-01"); d <= D("2035-12-31"); d++) {
		long m6 = calendar_add_months(cal, d, 6) - d, y5 = calendar_add_years(cal, d, 5) - d;
		worst6 = m6 < worst6 ? m6 : worst6;
		worst5 = y5 < worst5 ? y5 : worst5;
	}
	ok(worst6 >= 181, "six months end at least 181 days after the start (shortest %ld)", worst6);
	ok(worst5 >= 1825, "five years end at least 1,825 days after the start (shortest %ld)", worst5);
}

/* ---- working days ------------------------------------------------------ */

static void test_workdays(void)
{
	workdays("2024-09-30", 3, "2024-10-10", "across 国庆节 2024");
	workdays("2024-09-30", 1, "2024-10-08", "the first working day after 国庆节");
	workdays("2024-09-27", 2, "2024-09-30", "the 调休 Sunday 9-29 counts");
	workdays("2024-10-10", 2, "2024-10-12", "the 调休 Saturday 10-12 counts");
	workdays("2024-02-08", 1, "2024-02-09", "除夕 2024 is a working day");
	workdays("2024-02-08", 2, "2024-02-18", "over the 8-day 春节 onto a 调休 Sunday");
	workdays("2024-12-30", 3, "2025-01-03", "over 元旦 and the year end");
	workdays("2024-03-08", 5, "2024-03-15", "an ordinary week");
	workdays("2024-10-05", 0, "2024-10-08", "n = 0 on a holiday rolls");
	workdays("2024-10-12", 0, "2024-10-12", "n = 0 on a working day");
	is_str(iso(calendar_add_workdays(cal, D("2024-10-12"), -1)), "BAD", "workdays refuse n < 0");
}

/* ---- a year without data ----------------------------------------------- */

static void test_uncovered(void)
{
	ok(!calendar_covers(cal, 2030), "2030 not covered");
	rest("2030-01-01", 0, "no data: 元旦 2030 unknown, a Tuesday");
	rest("2030-01-05", 1, "no data: Saturday still rests");
	days("2030-01-01", 4, "2030-01-07", "no data: weekends still roll");
	workdays("2030-01-04", 1, "2030-01-07", "no data: workdays skip weekends");
	months("2030-01-31", 1, "2030-02-28", "2030-02-28", "no data: month end");
}

/* ---- bad input --------------------------------------------------------- */

static void test_bad_input(void)
{
	char out[11] = "x";
	ok(D("2024-02-30") == CALENDAR_BAD_DAY, "2024-02-30 is rejected");
	ok(D("2024-2-3") == CALENDAR_BAD_DAY, "2024-2-3 is rejected");
	ok(D("2024-02-03x") == CALENDAR_BAD_DAY, "trailing junk is rejected");
	ok(D("1899-12-31") == CALENDAR_BAD_DAY, "a date before 1900 is rejected");
	ok(D("") == CALENDAR_BAD_DAY && calendar_parse(NULL) == CALENDAR_BAD_DAY, "empty and NULL rejected");
	is_str(iso(D("2024-02-03 10:00:00")), "2024-02-03", "a trailing time is accepted");
	is_int(calendar_is_rest_day(cal, CALENDAR_BAD_DAY), -1, "is_rest_day of a bad day");
	is_int(calendar_weekday(CALENDAR_BAD_DAY), -1, "weekday of a bad day");
	ok(calendar_add_days(cal, CALENDAR_BAD_DAY, 1) == CALENDAR_BAD_DAY, "bad start stays bad");
	ok(calendar_add_days(cal, D("2024-01-01"), -1) == CALENDAR_BAD_DAY, "add_days refuses n < 0");
	ok(calendar_add_days_raw(D("2199-12-31"), 1) == CALENDAR_BAD_DAY, "past 2199 is out of range");
	ok(calendar_add_months_raw(D("2199-12-15"), 1) == CALENDAR_BAD_DAY, "months past 2199");
	ok(calendar_add_years_raw(D("2024-01-01"), 400000000) == CALENDAR_BAD_DAY, "huge n");
	ok(calendar_add_days_iso(cal, "bad", 3, out) == -1 && out[0] == '\0', "ISO wrapper: bad date -> -1, \"\"");
	ok(calendar_add_days_iso(cal, "2024-09-21", 10, out) == 0 && !strcmp(out, "2024-10-08"),
	   "calendar_add_days_iso");
	ok(calendar_add_months_iso(cal, "2024-11-30", 3, out) == 0 && !strcmp(out, "2025-02-28"),
	   "calendar_add_months_iso");
	ok(calendar_add_months_raw_iso("2024-04-01", 6, out) == 0 && !strcmp(out, "2024-10-01"),
	   "calendar_add_months_raw_iso");
	ok(calendar_add_years_iso(cal, "2024-02-29", 1, out) == 0 && !strcmp(out, "2025-02-28"),
	   "calendar_add_years_iso");
	ok(calendar_add_years_raw_iso("2024-02-29", 4, out) == 0 && !strcmp(out, "2028-02-29"),
	   "calendar_add_years_raw_iso");
	ok(calendar_add_workdays_iso(cal, "2024-09-30", 3, out) == 0 && !strcmp(out, "2024-10-10"),
	   "calendar_add_workdays_iso");
	ok(calendar_add_days_raw_iso("2024-09-21", 10, out) == 0 && !strcmp(out, "2024-10-01"),
	   "calendar_add_days_raw_iso");
	ok(calendar_add_workdays_iso(cal, "2024-09-30", -3, out) == -1, "ISO wrapper: n < 0 -> -1");
	is_int(calendar_is_rest_day(NULL, D("2024-10-01")), 0, "NULL calendar: weekends only");
	ok(!calendar_covers(NULL, 2024), "NULL calendar covers nothing");
}

/* ---- loading: errors, overrides ----------------------------------------- */

/* Load a one-file directory whose line 3 is line; the error must name the
 * file and line 3 and say why. */
static void malformed(const char *line, const char *why)
{
	char text[512];
	snprintf(text, sizeof text, "# test\nholiday 2024-01-01 元旦\n%s\n", line);
	write_file("bad/2024.txt", text);
	const char *dir = tmp_path("bad");
	char path[600];
	snprintf(path, sizeof path, "%s/2024.txt:3:", dir);
	struct jz_err e;
	jz_err_clear(&e);
	char dirbuf[512];
	snprintf(dirbuf, sizeof dirbuf, "%s", dir);
	const char *dirs[] = { dirbuf };
	struct legal_calendar *c = calendar_load(dirs, 1, &e);
	ok(!c && strstr(e.msg, path) && strstr(e.msg, why), "'%s' rejected: %s", line, e.msg);
	calendar_free(c);
}

static void test_malformed(void)
{
	make_dir("bad");
	malformed("holliday 2024-10-01 国庆节", "holiday or workday");
	malformed("holiday 2024-02-30 x", "not a real date");
	malformed("holiday 2024/10/01 x", "not a date");
	malformed("holiday 2024-10-07..2024-10-01 x", "ends before it starts");
	malformed("holiday 2024-01-01..2024-03-01 x", "longer than 31 days");
	malformed("holiday 2030-01-01 x", "outside the file's year 2024");
	malformed("workday 2024-10-11 x", "not a Saturday or Sunday");
	malformed("workday 2024-10-12..2024-10-13 x", "one date");
	malformed("workday", "needs a date");
	malformed("holiday 2024-10-01.. x", "not a date");
}

static struct legal_calendar *load2(const char *a, const char *b, struct jz_err *e)
{
	char da[512], db[512];
	snprintf(da, sizeof da, "%s", a);
	snprintf(db, sizeof db, "%s", b);
	const char *dirs[] = { da, db };
	return calendar_load(dirs, 2, e);
}

static void test_override(const char *datadir)
{
	make_dir("user");
	write_file("user/2024.txt", "# a user correction\n"
		   "holiday 2024-10-12 本地：调休上班改为休息  # trailing comment\n"
		   "workday 2024-10-13 本地：周日上班\n");
	write_file("user/2027.txt", "\xEF\xBB\xBFholiday 2027-01-01 元旦\r\n");
	write_file("user/notes.txt", "this is not a year file and is ignored\n");
	struct jz_err e;
	char user[512];
	snprintf(user, sizeof user, "%s", tmp_path("user"));
	struct legal_calendar *c = load2(datadir, user, &e);
	ok(c != NULL, "data + user directory load");
	is_int(calendar_is_rest_day(c, D("2024-10-12")), 1, "user file overrides the 调休 Saturday");
	is_int(calendar_is_rest_day(c, D("2024-10-13")), 0, "user file makes a Sunday a workday");
	is_int(calendar_is_rest_day(c, D("2024-10-01")), 1, "other dates keep the shipped data");
	is_str(calendar_day_name(c, D("2024-10-12")), "本地：调休上班改为休息", "user name, comment dropped");
	is_str(iso(calendar_add_days(c, D("2024-10-02"), 10)), "2024-10-13", "periods follow the override");
	ok(calendar_covers(c, 2027) && calendar_is_rest_day(c, D("2027-01-01")) == 1,
	   "a user file adds a year (BOM, CRLF)");
	calendar_free(c);
	c = load2(user, datadir, &e);
	is_int(calendar_is_rest_day(c, D("2024-10-12")), 0, "the later directory wins (data after user)");
	calendar_free(c);
	c = load2(datadir, tmp_path("no-such-dir"), &e);
	ok(c && calendar_covers(c, 2024), "a missing directory is skipped");
	calendar_free(c);
	c = load2(datadir, tmp_path("user/2024.txt"), &e);
	ok(!c && strstr(e.msg, "2024.txt"), "a file given as a directory is an error: %s", e.msg);
	calendar_free(c);
}

static void test_default(void)
{
	setenv("XDG_CONFIG_HOME", tmp, 1);          /* tmp/jianzhi/calendar: absent */
	const struct legal_calendar *d = calendar_default();
	ok(d != NULL && !strcmp(calendar_default_error(), ""), "calendar_default loads");
	ok(d == calendar_default(), "calendar_default is loaded once");
	ok(calendar_covers(d, 2026) && calendar_is_rest_day(d, D("2026-02-23")) == 1,
	   "calendar_default has the shipped data");
}

/* ---- SQL ---------------------------------------------------------------- */

static const char *q1(sqlite3 *db, const char *sql)
{
	static char out[8][64];
	static int k;
	char *b = out[k++ % 8];
	sqlite3_stmt *st;
	snprintf(b, 64, "ERROR");
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return b;
	if (sqlite3_step(st) == SQLITE_ROW) {
		const unsigned char *t = sqlite3_column_text(st, 0);
		snprintf(b, 64, "%s", t ? (const char *)t : "NULL");
	}
	sqlite3_finalize(st);
	return b;
}

static void sql(sqlite3 *db, const char *expr, const char *want)
{
	char q[256];
	snprintf(q, sizeof q, "SELECT %s", expr);
	is_str(q1(db, q), want, "SQL %s = %s", expr, want);
}

static void test_sql(void)
{
	sqlite3 *db;
	sqlite3_open(":memory:", &db);
	is_int(calendar_sql_register(db, cal), SQLITE_OK, "calendar_sql_register");
	sql(db, "legal_add_days('2024-09-21', 10)", "2024-10-08");
	sql(db, "legal_add_days('2024-09-21 08:30:00', 10)", "2024-10-08");
	sql(db, "legal_add_days('2024-10-02', 10)", "2024-10-12");
	sql(db, "add_days_raw('2024-09-21', 10)", "2024-10-01");
	sql(db, "legal_add_months('2024-11-30', 3)", "2025-02-28");
	sql(db, "legal_add_months('2024-04-01', 6)", "2024-10-08");
	sql(db, "add_months_raw('2024-04-01', 6)", "2024-10-01");
	sql(db, "add_months_raw('2024-03-31', -1)", "2024-02-29");
	sql(db, "legal_add_years('2024-02-29', 1)", "2025-02-28");
	sql(db, "legal_add_workdays('2024-09-30', 3)", "2024-10-10");
	sql(db, "legal_add_workdays('2024-09-30', '3')", "2024-10-10");
	sql(db, "legal_add_workdays('2024-09-30', 3.0)", "2024-10-10");
	sql(db, "legal_is_workday('2024-10-12')", "1");
	sql(db, "legal_is_rest_day('2024-10-12')", "0");
	sql(db, "legal_is_rest_day('2024-10-01')", "1");
	sql(db, "legal_is_workday('2024-10-13')", "0");
	sql(db, "legal_add_days(NULL, 3)", "NULL");
	sql(db, "legal_add_days('2024-01-01', NULL)", "NULL");
	sql(db, "legal_is_workday(NULL)", "NULL");
	sql(db, "add_months_raw(NULL, 1)", "NULL");
	sql(db, "legal_add_days('2024-02-30', 1)", "NULL");
	sql(db, "legal_add_months('abc', 1)", "NULL");
	sql(db, "legal_is_rest_day('2024-13-01')", "NULL");
	sql(db, "legal_add_days('2024-01-01', 'x')", "NULL");
	sql(db, "legal_add_days('2024-01-01', 1.5)", "NULL");
	sql(db, "legal_add_days('2024-01-01', -1)", "NULL");
	sql(db, "legal_add_days(20240101, 1)", "NULL");
	ok(sqlite3_exec(db, "CREATE TABLE t(d TEXT);"
			"CREATE INDEX t_due ON t(legal_add_days(d, 15));"
			"INSERT INTO t VALUES ('2024-10-01'), ('2024-10-12'), ('2024-10-13'), (NULL)",
			NULL, NULL, NULL) == SQLITE_OK, "deterministic: usable in an index expression");
	sql(db, "count(*) FROM t WHERE legal_is_rest_day(d)", "2");
	sql(db, "count(*) FROM t WHERE legal_is_rest_day(d) IS NULL", "1");
	sqlite3_close(db);
	sqlite3_open(":memory:", &db);
	calendar_sql_register(db, NULL);
	sql(db, "legal_is_rest_day('2024-10-01')", "0");   /* no data: a Tuesday */
	sqlite3_close(db);
}

int main(void)
{
	char *datadir = paths_data_file("db/calendar");
	struct jz_err e;
	const char *dirs[] = { datadir };
	struct legal_calendar *shipped = calendar_load(dirs, 1, &e);
	if (!ok(shipped != NULL, "load %s", datadir))
		printf("# %s\n", e.msg);
	cal = shipped;
	if (!mkdtemp(tmp))
		return 1;
	test_data();
	test_days();
	test_months();
	test_period_floors();
	test_workdays();
	test_uncovered();
	test_bad_input();
	test_malformed();
	test_override(datadir);
	test_default();
	test_sql();
	calendar_free(shipped);
	free(datadir);
	remove_tmp();
	return tap_done();
}
