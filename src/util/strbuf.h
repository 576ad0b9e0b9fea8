/* strbuf.h — a growable, always NUL-terminated byte string.
 *
 * Used instead of fixed char[N] buffers so nothing is silently truncated.
 * A zeroed struct strbuf is a valid empty buffer. Allocation failure aborts
 * (there is no sensible recovery in an interactive tool). */
#ifndef JZ_STRBUF_H
#define JZ_STRBUF_H

#include <stddef.h>

struct strbuf {
	char *buf;    /* NUL-terminated; NULL only while len == cap == 0 */
	size_t len;
	size_t cap;
};

#define STRBUF_INIT { NULL, 0, 0 }

void sb_grow(struct strbuf *sb, size_t extra);
void sb_add(struct strbuf *sb, const char *data, size_t n);
void sb_adds(struct strbuf *sb, const char *s);
void sb_addc(struct strbuf *sb, char c);
void sb_printf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sb_reset(struct strbuf *sb);           /* len = 0, keeps memory */
const char *sb_str(const struct strbuf *sb); /* "" for an empty buffer */
char *sb_detach(struct strbuf *sb);         /* caller frees; sb is reset to empty */
void sb_free(struct strbuf *sb);
/* A whole file as a NUL-terminated string (caller frees); NULL when it
 * cannot be opened. */
char *sb_read_file(const char *path);

/* Append s as a JSON string literal (with quotes), escaping as RFC 8259 asks;
 * invalid UTF-8 bytes become U+FFFD, so the output is always valid UTF-8. */
void sb_add_json_str(struct strbuf *sb, const char *s);
/* As sb_add_json_str, but null (unquoted) when s is NULL. */
void sb_add_json_or_null(struct strbuf *sb, const char *s);
/* Append s as one CSV field (RFC 4180): quoted only when it must be. */
void sb_add_csv_field(struct strbuf *sb, const char *s);

#endif
