/* calendar.c — holiday data and period arithmetic (contract in calendar.h). */
#include "legal/calendar.h"
#include "util/xalloc.h"
#include "legal/normalize.h"
#include "util/paths.h"
#include "util/strbuf.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DAY_MIN (-25567L)      /* 1900-01-01 */
#define DAY_MAX 84005L         /* 2199-12-31 */
#define RANGE_MAX_DAYS 31      /* the longest holiday so far is 10 days */
#define NAME_BYTES 64

enum { KIND_HOLIDAY = 1, KIND_WORKDAY = 2 };

struct cal_entry {
	long day;
	long seq;                  /* load order: the later entry for a day wins */
	int kind;
	char name[NAME_BYTES];
};

struct legal_calendar {
	struct cal_entry *v;       /* after loading: sorted by day, one per day */
	size_t n, cap;
	int *years;                /* the years whose YYYY.txt was read */
	size_t nyears, capyears;
};

/* ---- days ------------------------------------------------------------- */

static int day_ok(long day)
{
	return day >= DAY_MIN && day <= DAY_MAX;
}

static void day_ymd(long day, int *y, int *m, int *d)
{
	char iso[11];
	norm_days_date(day, iso);
	*y = atoi(iso);
	*m = atoi(iso + 5);
	*d = atoi(iso + 8);
}

static long ymd_day(int y, int m, int d)
{
	char iso[48];
	snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
	return norm_date_days(iso);
}

/* Exactly "YYYY-MM-DD" in the first 10 bytes of s. */
static int iso_shape(const char *s)
{
	for (int i = 0; i < 10; i++) {
		int want_dash = i == 4 || i == 7;
		if (want_dash ? s[i] != '-' : !isdigit((unsigned char)s[i]))
			return 0;
	}
	return 1;
}

long calendar_parse(const char *iso)
{
	if (!iso || strlen(iso) < 10 || !iso_shape(iso))
		return CALENDAR_BAD_DAY;
	if (iso[10] && iso[10] != ' ' && iso[10] != 'T')
		return CALENDAR_BAD_DAY;
	return norm_date_days(iso);
}

int calendar_weekday(long day)
{
	if (!day_ok(day))
		return -1;
	return (int)((day % 7 + 11) % 7);      /* 1970-01-01 was a Thursday */
}

static const struct cal_entry *find(const struct legal_calendar *cal, long day)
{
	if (!cal)
		return NULL;
	size_t lo = 0, hi = cal->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cal->v[mid].day < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < cal->n && cal->v[lo].day == day ? &cal->v[lo] : NULL;
}

int calendar_is_rest_day(const struct legal_calendar *cal, long day)
{
	int wd = calendar_weekday(day);
	if (wd < 0)
		return -1;
	const struct cal_entry *en = find(cal, day);
	if (en)
		return en->kind == KIND_HOLIDAY;
	return wd == 0 || wd == 6;
}

int calendar_is_workday(const struct legal_calendar *cal, long day)
{
	int rest = calendar_is_rest_day(cal, day);
	return rest < 0 ? -1 : !rest;
}

int calendar_covers(const struct legal_calendar *cal, int year)
{
	for (size_t i = 0; cal && i < cal->nyears; i++)
		if (cal->years[i] == year)
			return 1;
	return 0;
}

const char *calendar_day_name(const struct legal_calendar *cal, long day)
{
	const struct cal_entry *en = find(cal, day);
	return en ? en->name : NULL;
}

long calendar_roll(const struct legal_calendar *cal, long day)
{
	while (calendar_is_rest_day(cal, day) == 1)
		day++;
	return day_ok(day) ? day : CALENDAR_BAD_DAY;
}

/* ---- periods ---------------------------------------------------------- */

long calendar_add_days_raw(long start, int n)
{
	if (!day_ok(start))
		return CALENDAR_BAD_DAY;
	long end = start + n;
	return day_ok(end) ? end : CALENDAR_BAD_DAY;
}

long calendar_add_days(const struct legal_calendar *cal, long start, int n)
{
	return n < 0 ? CALENDAR_BAD_DAY : calendar_roll(cal, calendar_add_days_raw(start, n));
}

long calendar_add_months_raw(long start, int n)
{
	if (!day_ok(start))
		return CALENDAR_BAD_DAY;
	int y, m, d;
	day_ymd(start, &y, &m, &d);
	long month = (long)y * 12 + (m - 1) + n;      /* months since year 0 */
	if (month < 1900L * 12 || month > 2199L * 12 + 11)
		return CALENDAR_BAD_DAY;
	y = (int)(month / 12);
	m = (int)(month % 12) + 1;
	while (d > 28 && !norm_date_valid(y, m, d))   /* 第二百零二条: 月末日 */
		d--;
	return ymd_day(y, m, d);
}

long calendar_add_months(const struct legal_calendar *cal, long start, int n)
{
	return n < 0 ? CALENDAR_BAD_DAY : calendar_roll(cal, calendar_add_months_raw(start, n));
}

long calendar_add_years_raw(long start, int n)
{
	if (n > INT_MAX / 12 || n < INT_MIN / 12)
		return CALENDAR_BAD_DAY;
	return calendar_add_months_raw(start, 12 * n);
}

long calendar_add_years(const struct legal_calendar *cal, long start, int n)
{
	return n < 0 ? CALENDAR_BAD_DAY : calendar_roll(cal, calendar_add_years_raw(start, n));
}

long calendar_add_workdays(const struct legal_calendar *cal, long start, int n)
{
	if (n < 0 || !day_ok(start))
		return CALENDAR_BAD_DAY;
	if (n == 0)
		return calendar_roll(cal, start);
	long day = start;
	while (n > 0) {
		if (!day_ok(++day))
			return CALENDAR_BAD_DAY;
		n -= calendar_is_workday(cal, day) == 1;
	}
	return day;
}

/* ---- ISO-string wrappers ---------------------------------------------- */

static int iso_out(long day, char out[11])
{
	if (!day_ok(day)) {
		out[0] = '\0';
		return -1;
	}
	norm_days_date(day, out);
	return 0;
}

int calendar_add_days_iso(const struct legal_calendar *cal, const char *start, int n, char out[11])
{
	return iso_out(calendar_add_days(cal, calendar_parse(start), n), out);
}

int calendar_add_days_raw_iso(const char *start, int n, char out[11])
{
	return iso_out(calendar_add_days_raw(calendar_parse(start), n), out);
}

int calendar_add_months_iso(const struct legal_calendar *cal, const char *start, int n, char out[11])
{
	return iso_out(calendar_add_months(cal, calendar_parse(start), n), out);
}

int calendar_add_months_raw_iso(const char *start, int n, char out[11])
{
	return iso_out(calendar_add_months_raw(calendar_parse(start), n), out);
}

int calendar_add_years_iso(const struct legal_calendar *cal, const char *start, int n, char out[11])
{
	return iso_out(calendar_add_years(cal, calendar_parse(start), n), out);
}

int calendar_add_years_raw_iso(const char *start, int n, char out[11])
{
	return iso_out(calendar_add_years_raw(calendar_parse(start), n), out);
}

int calendar_add_workdays_iso(const struct legal_calendar *cal, const char *start, int n, char out[11])
{
	return iso_out(calendar_add_workdays(cal, calendar_parse(start), n), out);
}

/* ---- loading ---------------------------------------------------------- */

/* Where a line is being read, for error messages. */
struct line_ctx {
	const char *path;
	int lineno;
	int year;                  /* the file's year (its name) */
	long seq;                  /* entries read so far, all files */
};

__attribute__((format(printf, 3, 4)))
static int line_err(struct jz_err *e, const struct line_ctx *lc, const char *fmt, ...)
{
	char why[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(why, sizeof why, fmt, ap);
	va_end(ap);
	return jz_err_set(e, "%s:%d: %s", lc->path, lc->lineno, why);
}

static void add_entry(struct legal_calendar *cal, long day, int kind, const char *name, long seq)
{
	if (cal->n == cal->cap) {
		cal->cap = cal->cap ? cal->cap * 2 : 256;
		cal->v = xrealloc(cal->v, cal->cap * sizeof *cal->v);
	}
	struct cal_entry *en = &cal->v[cal->n++];
	en->day = day;
	en->seq = seq;
	en->kind = kind;
	snprintf(en->name, sizeof en->name, "%s", name);
}

static void add_year(struct legal_calendar *cal, int year)
{
	if (calendar_covers(cal, year))
		return;
	if (cal->nyears == cal->capyears) {
		cal->capyears = cal->capyears ? cal->capyears * 2 : 16;
		cal->years = xrealloc(cal->years, cal->capyears * sizeof *cal->years);
	}
	cal->years[cal->nyears++] = year;
}

/* A date of the file: YYYY-MM-DD, in the file's year or the one before
 * (a 元旦 break starts in December). */
static int line_date(const char *s, size_t len, const struct line_ctx *lc, long *day, struct jz_err *e)
{
	char buf[11];
	if (len != 10 || !iso_shape(s))
		return line_err(e, lc, "'%.*s' is not a date (YYYY-MM-DD)", (int)len, s);
	memcpy(buf, s, 10);
	buf[10] = '\0';
	if ((*day = norm_date_days(buf)) == CALENDAR_BAD_DAY)
		return line_err(e, lc, "%s is not a real date", buf);
	int y = atoi(buf);
	if (y != lc->year && y != lc->year - 1)
		return line_err(e, lc, "%s is outside the file's year %d", buf, lc->year);
	return 0;
}

/* "DATE" or "DATE..DATE" into first..last. */
static int line_range(const char *s, size_t len, const struct line_ctx *lc, long *first, long *last,
		      struct jz_err *e)
{
	const char *dots = memchr(s, '.', len);
	if (!dots) {
		if (line_date(s, len, lc, first, e))
			return -1;
		*last = *first;
		return 0;
	}
	if ((size_t)(dots - s) + 2 > len || dots[1] != '.')
		return line_err(e, lc, "'%.*s' is not a date range (FROM..TO)", (int)len, s);
	if (line_date(s, (size_t)(dots - s), lc, first, e) ||
	    line_date(dots + 2, len - (size_t)(dots - s) - 2, lc, last, e))
		return -1;
	if (*last < *first)
		return line_err(e, lc, "the range '%.*s' ends before it starts", (int)len, s);
	if (*last - *first >= RANGE_MAX_DAYS)
		return line_err(e, lc, "the range '%.*s' is longer than %d days", (int)len, s, RANGE_MAX_DAYS);
	return 0;
}

static int check_workday(long first, long last, const struct line_ctx *lc, struct jz_err *e)
{
	char iso[11];
	norm_days_date(first, iso);
	if (last != first)
		return line_err(e, lc, "a workday entry names one date, not a range");
	int wd = calendar_weekday(first);
	if (wd != 0 && wd != 6)
		return line_err(e, lc, "%s is not a Saturday or Sunday: only a weekend day can be a 调休 workday", iso);
	return 0;
}

static char *skip_blank(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

static size_t word_len(const char *s)
{
	size_t n = 0;
	while (s[n] && s[n] != ' ' && s[n] != '\t')
		n++;
	return n;
}

/* The words of a line: kind, dates, and the rest as the name. */
static int parse_words(char *line, const struct line_ctx *lc, int *kind, long *first, long *last,
		       const char **name, struct jz_err *e)
{
	char *kw = skip_blank(line);
	size_t kwlen = word_len(kw);
	if (kwlen == 7 && !strncmp(kw, "holiday", 7))
		*kind = KIND_HOLIDAY;
	else if (kwlen == 7 && !strncmp(kw, "workday", 7))
		*kind = KIND_WORKDAY;
	else
		return line_err(e, lc, "'%.*s' is not an entry: a line starts with holiday or workday",
				(int)kwlen, kw);
	char *dates = skip_blank(kw + kwlen);
	size_t dlen = word_len(dates);
	if (!dlen)
		return line_err(e, lc, "%.*s needs a date", (int)kwlen, kw);
	if (line_range(dates, dlen, lc, first, last, e))
		return -1;
	*name = skip_blank(dates + dlen);
	if (strlen(*name) >= NAME_BYTES)
		return line_err(e, lc, "the name is longer than %d bytes", NAME_BYTES - 1);
	return 0;
}

/* Drop a # comment and trailing blanks (and the \r of CRLF files). */
static void strip_line(char *line)
{
	char *hash = strchr(line, '#');
	if (hash)
		*hash = '\0';
	size_t n = strlen(line);
	while (n && (line[n - 1] == ' ' || line[n - 1] == '\t' || line[n - 1] == '\r'))
		line[--n] = '\0';
}

static int parse_line(struct legal_calendar *cal, char *line, struct line_ctx *lc, struct jz_err *e)
{
	strip_line(line);
	if (!*skip_blank(line))
		return 0;
	int kind = 0;
	long first = 0, last = -1;
	const char *name = "";
	if (parse_words(line, lc, &kind, &first, &last, &name, e))
		return -1;
	if (kind == KIND_WORKDAY && check_workday(first, last, lc, e))
		return -1;
	for (long d = first; d <= last; d++)
		add_entry(cal, d, kind, name, lc->seq++);
	return 0;
}

static int load_file(struct legal_calendar *cal, const char *path, int year, long *seq, struct jz_err *e)
{
	char *text = sb_read_file(path);
	if (!text)
		return jz_err_set(e, "%s: cannot read: %s", path, strerror(errno));
	struct line_ctx lc = { path, 0, year, *seq };
	char *p = text;
	if (!strncmp(p, "\xEF\xBB\xBF", 3))          /* UTF-8 BOM */
		p += 3;
	int rc = 0;
	while (p && !rc) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		lc.lineno++;
		rc = parse_line(cal, p, &lc, e);
		p = nl ? nl + 1 : NULL;
	}
	free(text);
	*seq = lc.seq;
	if (!rc)
		add_year(cal, year);
	return rc;
}

/* The year of a file named YYYY.txt, else 0. */
static int file_year(const char *name)
{
	if (strlen(name) != 8 || strcmp(name + 4, ".txt"))
		return 0;
	for (int i = 0; i < 4; i++)
		if (!isdigit((unsigned char)name[i]))
			return 0;
	int y = atoi(name);
	return y >= 1900 && y <= 2199 ? y : 0;
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

/* The years of the YYYY.txt files of dir, sorted; -1 when it cannot be
 * read, 0 files when it does not exist. years holds at most 300. */
static int dir_years(const char *dir, int years[300], struct jz_err *e)
{
	DIR *d = opendir(dir);
	if (!d)
		return errno == ENOENT ? 0 : jz_err_set(e, "%s: cannot read: %s", dir, strerror(errno));
	int n = 0;
	struct dirent *de;
	while ((de = readdir(d)) && n < 300) {
		int y = file_year(de->d_name);
		if (y)
			years[n++] = y;
	}
	closedir(d);
	qsort(years, (size_t)n, sizeof *years, cmp_int);
	return n;
}

static int load_dir(struct legal_calendar *cal, const char *dir, long *seq, struct jz_err *e)
{
	int years[300];
	int n = dir_years(dir, years, e);
	for (int i = 0; i < n; i++) {
		struct strbuf path = STRBUF_INIT;
		sb_printf(&path, "%s/%04d.txt", dir, years[i]);
		int rc = load_file(cal, sb_str(&path), years[i], seq, e);
		sb_free(&path);
		if (rc)
			return -1;
	}
	return n < 0 ? -1 : 0;
}

static int cmp_entry(const void *a, const void *b)
{
	const struct cal_entry *x = a, *y = b;
	if (x->day != y->day)
		return (x->day > y->day) - (x->day < y->day);
	return (x->seq > y->seq) - (x->seq < y->seq);
}

/* Sort by day and keep, for each day, the entry read last. */
static void settle(struct legal_calendar *cal)
{
	if (!cal->n)
		return;
	qsort(cal->v, cal->n, sizeof *cal->v, cmp_entry);
	size_t out = 0;
	for (size_t i = 0; i < cal->n; i++) {
		if (i + 1 < cal->n && cal->v[i + 1].day == cal->v[i].day)
			continue;
		cal->v[out++] = cal->v[i];
	}
	cal->n = out;
}

struct legal_calendar *calendar_load(const char *const *dirs, int ndirs, struct jz_err *e)
{
	struct legal_calendar *cal = xcalloc(1, sizeof *cal);
	long seq = 0;
	for (int i = 0; i < ndirs; i++) {
		if (dirs[i] && load_dir(cal, dirs[i], &seq, e)) {
			calendar_free(cal);
			return NULL;
		}
	}
	settle(cal);
	return cal;
}

void calendar_free(struct legal_calendar *cal)
{
	if (!cal)
		return;
	free(cal->v);
	free(cal->years);
	free(cal);
}

/* ---- the default calendar --------------------------------------------- */

static pthread_once_t default_once = PTHREAD_ONCE_INIT;
static struct legal_calendar *default_cal;
static struct jz_err default_err;

static void load_default(void)
{
	char *data = paths_data_file("db/calendar");
	char *conf = paths_user_config_dir();
	struct strbuf user = STRBUF_INIT;
	if (conf)
		sb_printf(&user, "%s/calendar", conf);
	const char *dirs[2] = { data, conf ? sb_str(&user) : NULL };
	jz_err_clear(&default_err);
	default_cal = calendar_load(dirs, 2, &default_err);
	sb_free(&user);
	free(conf);
	free(data);
}

const struct legal_calendar *calendar_default(void)
{
	pthread_once(&default_once, load_default);
	return default_cal;
}

const char *calendar_default_error(void)
{
	pthread_once(&default_once, load_default);
	return default_err.msg;
}
