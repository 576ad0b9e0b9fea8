/* calendar.h — the legal calendar: 法定休假日 and period arithmetic.
 *
 * The law:
 *   民法典 第二百零一条 按照年、月、日计算期间的，开始的当日不计入，自下一日
 *       开始计算。（按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。）
 *   第二百零二条 按照年、月计算期间的，到期月的对应日为期间的最后一日；没有
 *       对应日的，月末日为期间的最后一日。
 *   第二百零三条 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间
 *       的最后一日。
 *   民事诉讼法（2023）第八十五条 期间以时、日、月、年计算。期间开始的时和日，
 *       不计算在期间内。期间届满的最后一日是法定休假日的，以法定休假日后的
 *       第一日为期间届满的日期。
 *
 * A 法定休假日 ("rest day" here) is a public holiday of the State Council's
 * annual notice (《国务院办公厅关于YYYY年部分节假日安排的通知》), or a
 * Saturday or Sunday — except a weekend day the notice makes a 调休 working
 * day: that day is a working day, and a period ending on it does not roll.
 * "N个工作日" counts working days after the start day.
 *
 * Days are day numbers: days since 1970-01-01 (norm_date_days() in
 * legal/normalize.h), valid from 1900-01-01 to 2199-12-31. A function given
 * a day out of that range, or producing one, returns CALENDAR_BAD_DAY.
 *
 * Holiday data is text, one file per year (db/calendar/README.md):
 *   holiday 2024-02-10..2024-02-17 春节
 *   holiday 2024-04-04 清明节
 *   workday 2024-02-04 春节调休上班
 * For a year with no file the calendar still computes, with weekends only;
 * calendar_covers() tells the caller so it can warn.
 *
 * A NULL calendar is valid everywhere a calendar is read: weekends only.
 * Nothing here prints or exits; the calendar is read-only once loaded, so
 * one calendar may be shared by threads. */
#ifndef JZ_CALENDAR_H
#define JZ_CALENDAR_H

#include "util/err.h"

/* Returned for bad input or a result outside 1900-01-01..2199-12-31
 * (the same value norm_date_days() returns for a bad date). */
#define CALENDAR_BAD_DAY (-1000000000L)

struct legal_calendar;

/* ---- loading ---------------------------------------------------------- */

/* Read every YYYY.txt in each directory, directories in the order given and
 * the files of one directory in year order. Where two entries name the same
 * date the later one wins (a later line, file or directory), so a user
 * directory after the data directory overrides it date by date. A directory
 * that does not exist (or a NULL entry) is skipped; other files (README.md
 * ...) are ignored.
 * A malformed line is an error naming the file and the line. Returns a new
 * calendar (free with calendar_free), or NULL with e filled. */
struct legal_calendar *calendar_load(const char *const *dirs, int ndirs, struct jz_err *e);
void calendar_free(struct legal_calendar *cal);

/* The calendar from paths_data_file("db/calendar"), then
 * paths_user_config_dir()/calendar (~/.config/jianzhi/calendar, may be
 * absent). Loaded once, on first use (pthread_once); lives until exit.
 * NULL when loading failed: calendar_default_error() says why, and the
 * functions below then fall back to weekends only. */
const struct legal_calendar *calendar_default(void);
/* The message of the default calendar's load failure, "" when it loaded. */
const char *calendar_default_error(void);

/* ---- days ------------------------------------------------------------- */

/* "YYYY-MM-DD" (optionally followed by a space or 'T' and a time) to a day
 * number; CALENDAR_BAD_DAY for anything else or an impossible date. */
long calendar_parse(const char *iso);
/* 0 Sunday, 1 Monday ... 6 Saturday; -1 for a bad day. */
int calendar_weekday(long day);
/* 1 when day is a 法定休假日: a holiday, or a weekend not made a workday;
 * 0 when it is a working day; -1 for a bad day. */
int calendar_is_rest_day(const struct legal_calendar *cal, long day);
/* 1 working day, 0 rest day, -1 bad day. */
int calendar_is_workday(const struct legal_calendar *cal, long day);
/* 1 when a data file for year was loaded (YYYY.txt), else 0. A file also
 * holds the previous year's end of a 元旦 break; that does not cover it. */
int calendar_covers(const struct legal_calendar *cal, int year);
/* The name the data gives day (春节, 国庆节调休上班 ...), or NULL when the
 * data does not list it. Owned by cal. */
const char *calendar_day_name(const struct legal_calendar *cal, long day);
/* day itself when it is a working day, else the first working day after it
 * (第二百零三条：法定休假日结束的次日). */
long calendar_roll(const struct legal_calendar *cal, long day);

/* ---- periods ---------------------------------------------------------- */
/* start is the day the period begins from (it does not count, 第二百零一条).
 * The rolled functions take n >= 0 (a period runs forward) and return
 * CALENDAR_BAD_DAY for n < 0; the _raw ones take any n. */

/* An N-day period: start + n, rolled past rest days (第八十五条). */
long calendar_add_days(const struct legal_calendar *cal, long start, int n);
long calendar_add_days_raw(long start, int n);
/* An N-month period: the corresponding day of the month n months on, or
 * that month's last day when it has none (第二百零二条: 2024-01-31 + 1 =
 * 2024-02-29; 2024-11-30 + 3 = 2025-02-28; 2023-02-28 + 1 = 2023-03-28),
 * then rolled. */
long calendar_add_months(const struct legal_calendar *cal, long start, int n);
long calendar_add_months_raw(long start, int n);
/* n years = 12n months (2024-02-29 + 1 year = 2025-02-28). */
long calendar_add_years(const struct legal_calendar *cal, long start, int n);
long calendar_add_years_raw(long start, int n);
/* The n-th working day after start; n = 0 gives calendar_roll(start). */
long calendar_add_workdays(const struct legal_calendar *cal, long start, int n);

/* ---- ISO-string wrappers ---------------------------------------------- */
/* start is "YYYY-MM-DD" (calendar_parse); out (11 bytes) gets the result.
 * 0 ok; -1 on a bad date, a bad n or a result out of range (out is then ""). */
int calendar_add_days_iso(const struct legal_calendar *cal, const char *start, int n, char out[11]);
int calendar_add_days_raw_iso(const char *start, int n, char out[11]);
int calendar_add_months_iso(const struct legal_calendar *cal, const char *start, int n, char out[11]);
int calendar_add_months_raw_iso(const char *start, int n, char out[11]);
int calendar_add_years_iso(const struct legal_calendar *cal, const char *start, int n, char out[11]);
int calendar_add_years_raw_iso(const char *start, int n, char out[11]);
int calendar_add_workdays_iso(const struct legal_calendar *cal, const char *start, int n, char out[11]);

/* ---- SQLite (calendar_sql.c) ------------------------------------------ */

struct sqlite3;
/* Register on db, reading cal (which must outlive db; NULL: weekends only):
 *   legal_add_days(date, n)      legal_add_months(date, n)
 *   legal_add_years(date, n)     legal_add_workdays(date, n)
 *   legal_is_workday(date)       legal_is_rest_day(date)     -> 1 / 0
 *   add_months_raw(date, n)      add_days_raw(date, n)       (no roll)
 * Dates are ISO text; results are "YYYY-MM-DD". NULL in gives NULL out, and
 * so do a bad date, a non-integer n, or n < 0 for the rolled functions.
 * All are SQLITE_DETERMINISTIC | SQLITE_UTF8. Returns SQLITE_OK (0) or the
 * SQLite error code. */
int calendar_sql_register(struct sqlite3 *db, const struct legal_calendar *cal);

#endif
