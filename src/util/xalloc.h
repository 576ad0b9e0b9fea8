/* xalloc.h — the one allocation-failure policy.
 *
 * jianzhi is an interactive tool on a machine with memory to spare: when an
 * allocation fails there is nothing sensible to recover, so these print
 * "jianzhi: out of memory" to stderr and abort(). Every allocation in the
 * core and the UI goes through them (or through strbuf, which uses them);
 * nothing else checks for NULL from malloc. Limits on what outside input
 * may make us allocate are enforced where the input is read. */
#ifndef JZ_UTIL_XALLOC_H
#define JZ_UTIL_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
/* Grow an array of *cap elements of size size to hold at least need. */
void *xgrow(void *p, size_t size, int *cap, int need);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* The out-of-memory exit (a library said it has no memory). */
void xalloc_die(void) __attribute__((noreturn));

#endif
