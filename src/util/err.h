/* err.h — error reporting for the core.
 *
 * Core functions never print and never exit: they return a status and fill a
 * struct jz_err the caller shows (stderr in the CLI, the message line in the
 * TUI). A message is one line, in the user's terms: it names the file, the
 * row or page and the field where there is one. */
#ifndef JZ_ERR_H
#define JZ_ERR_H

#include <stddef.h>

struct jz_err {
	char msg[1024];
};

/* Fill e (if non-NULL) with a printf-style message. Always returns -1 so a
 * caller can write `return jz_err_set(e, "...")`. */
int jz_err_set(struct jz_err *e, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Clear e: msg becomes "". */
void jz_err_clear(struct jz_err *e);

#endif
