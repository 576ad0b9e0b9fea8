/* item_sql.c — item_is() (contract in item_sql.h). */
#include "legal/item_sql.h"
#include "util/utf8.h"

#include <sqlite3.h>
#include <string.h>

enum { MIN_CHARS = 6 };

/* s without leading and trailing blanks: *len bytes from the return */
static const char *trimmed(const char *s, size_t *len)
{
	size_t n = strlen(s);
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	*len = n;
	return s;
}

/* x names w (either may be NULL: no) */
static int item_names(const char *x, const char *w)
{
	if (!x || !w)
		return 0;
	size_t xn, wn;
	x = trimmed(x, &xn);
	w = trimmed(w, &wn);
	if (!wn || wn > xn)
		return 0;
	if (wn == xn)
		return memcmp(x, w, wn) == 0;
	if (utf8_chars_n(w, wn) < MIN_CHARS)
		return 0;
	for (size_t i = 0; i + wn <= xn; i++)
		if (x[i] == w[0] && memcmp(x + i, w, wn) == 0)
			return 1;
	return 0;
}

static void item_is(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *x = argc ? (const char *)sqlite3_value_text(argv[0]) : NULL;
	int hit = 0;
	for (int i = 1; x && i < argc && !hit; i++)
		hit = item_names(x, (const char *)sqlite3_value_text(argv[i]));
	sqlite3_result_int(ctx, hit);
}

int item_sql_register(struct sqlite3 *db)
{
	return sqlite3_create_function_v2(db, "item_is", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, item_is,
					  NULL, NULL, NULL);
}
