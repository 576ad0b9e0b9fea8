#include "util/err.h"

#include <stdarg.h>
#include <stdio.h>

int jz_err_set(struct jz_err *e, const char *fmt, ...)
{
	if (e) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(e->msg, sizeof e->msg, fmt, ap);
		va_end(ap);
	}
	return -1;
}

void jz_err_clear(struct jz_err *e)
{
	if (e)
		e->msg[0] = '\0';
}
