/* date_sql.c — dates inside free text (contract in date_sql.h). */
#include "legal/date_sql.h"
#include "legal/normalize.h"

#include <sqlite3.h>
#include <stddef.h>
#include <string.h>

#define LOOK_AHEAD 24   /* bytes between the marker and the date: "时间：", "为" */

int note_date(const char *text, const char *marker, char out[11])
{
	const char *p = text && marker && *marker ? strstr(text, marker) : NULL;
	if (!p)
		return -1;
	p += strlen(marker);
	const char *stop = p + LOOK_AHEAD;
	while (*p && p < stop && !(*p >= '0' && *p <= '9'))
		p++;
	if (!(*p >= '0' && *p <= '9'))
		return -1;
	/* the run of digits and date separators (- / . 年 月 日) */
	char buf[32];
	size_t n = 0;
	while (*p && n + 4 < sizeof buf) {
		size_t k = 0;
		if ((*p >= '0' && *p <= '9') || *p == '-' || *p == '/' || *p == '.')
			k = 1;
		else if (!strncmp(p, "年", 3) || !strncmp(p, "月", 3) || !strncmp(p, "日", 3))
			k = 3;
		if (!k)
			break;
		memcpy(buf + n, p, k);
		n += k;
		p += k;
		if (k == 3 && !strncmp(p - 3, "日", 3))
			break;      /* 2025年4月6日10时: the hour is not the date */
	}
	buf[n] = '\0';
	return norm_date(buf, out, 0) == NORM_OK ? 0 : -1;
}

static void note_date_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	char out[11];
	if (note_date((const char *)sqlite3_value_text(argv[0]), (const char *)sqlite3_value_text(argv[1]), out) == 0)
		sqlite3_result_text(ctx, out, 10, SQLITE_TRANSIENT);
}

int date_sql_register(struct sqlite3 *db)
{
	return sqlite3_create_function_v2(db, "note_date", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, note_date_fn,
					  NULL, NULL, NULL);
}
