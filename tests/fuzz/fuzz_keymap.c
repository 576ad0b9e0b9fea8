/* libFuzzer harness: the keymap file's syntax (keymap_parse_text: lines,
 * words, NULs, invalid UTF-8, overlong lines) on arbitrary bytes. The
 * callback checks what the parser promises: 1..4 words, none empty, none
 * holding a blank, the first not a comment. Must never crash or leak. */
#include "keymap_parse.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_line(char **w, int n, const char *file, int lineno, void *arg)
{
	(void)file; (void)arg;
	if (n < 1 || n > KEYMAP_MAX_WORDS || lineno < 1 || w[0][0] == '#')
		__builtin_trap();
	for (int i = 0; i < n; i++)
		if (!w[i][0] || strpbrk(w[i], " \t\r\n"))
			__builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct strbuf msg = STRBUF_INIT;
	keymap_parse_text((const char *)data, size, "keys", check_line, NULL, &msg);
	sb_free(&msg);
	return 0;
}
