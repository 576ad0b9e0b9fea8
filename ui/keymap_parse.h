/* keymap_parse.h — the syntax of the user's keymap file, without curses.
 *
 * The file (~/.config/jianzhi/keys) is outside input: it is split here into
 * lines of words so that the parsing can be tested and fuzzed on its own;
 * keymap.c gives the words their meaning (bind/unbind, views, keys,
 * actions). A line is at most KEYMAP_MAX_LINE bytes of UTF-8 with at most
 * KEYMAP_MAX_WORDS words; blank lines and lines starting with # are
 * skipped. A line with a NUL, invalid UTF-8, too many bytes or too many
 * words is reported in msg ("FILE 第N行：…；") and skipped — never cut
 * and half-applied. A file over KEYMAP_MAX_BYTES is refused whole. */
#ifndef JZ_UI_KEYMAP_PARSE_H
#define JZ_UI_KEYMAP_PARSE_H

#include <stddef.h>
#include "util/strbuf.h"

#define KEYMAP_MAX_BYTES (64 << 10)
#define KEYMAP_MAX_LINE 512
#define KEYMAP_MAX_WORDS 4

typedef void (*keymap_line_fn)(char **words, int nwords, const char *file, int lineno, void *arg);

/* Call fn for each line with words; returns the number of lines reported. */
int keymap_parse_text(const char *text, size_t len, const char *file, keymap_line_fn fn, void *arg,
		      struct strbuf *msg);

#endif
