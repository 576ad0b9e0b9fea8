#include "util/xalloc.h"
#include "util/atomicfile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Out of memory: stop at once with a message. Whatever was being written
 * is an uncommitted transaction SQLite rolls back, or a temporary file
 * removed here; nothing half-done remains. */
void xalloc_die(void)
{
	static const char msg[] = "jianzhi: 内存不足，操作未完成（数据库未改动）\n";
	atomic_remove_pending();
	if (write(2, msg, sizeof msg - 1) < 0) { /* nothing more to do */ }
	_exit(1);
}

static void *check(void *p)
{
	if (!p)
		xalloc_die();
	return p;
}

void *xmalloc(size_t n) { return check(malloc(n ? n : 1)); }
void *xcalloc(size_t count, size_t size) { return check(calloc(count ? count : 1, size ? size : 1)); }
void *xrealloc(void *p, size_t n) { return check(realloc(p, n ? n : 1)); }
char *xstrdup(const char *s) { return check(strdup(s)); }
char *xstrndup(const char *s, size_t n) { return check(strndup(s, n)); }

void *xgrow(void *p, size_t size, int *cap, int need)
{
	if (need <= *cap)
		return p;
	int c = *cap ? *cap : 8;
	while (c < need)
		c *= 2;
	*cap = c;
	return xrealloc(p, size * (size_t)c);
}
