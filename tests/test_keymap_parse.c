/* The keymap file's syntax (ui/keymap_parse.c): words per line, comments,
 * and lines with a NUL, invalid UTF-8, too many bytes or words reported
 * with their line number and skipped, never cut and half-applied. */
#include "keymap_parse.h"
#include "tap.h"

#include <string.h>

struct seen { char lines[8][64]; int n; };

static void keep(char **w, int n, const char *file, int lineno, void *arg)
{
	(void)file;
	struct seen *s = arg;
	if (s->n < 8) {
		char *o = s->lines[s->n++];
		int k = snprintf(o, 64, "%d:", lineno);
		for (int i = 0; i < n; i++)
			k += snprintf(o + k, (size_t)(64 - k), "%s%s", i ? "|" : "", w[i]);
	}
}

int main(void)
{
	struct seen s = { .n = 0 };
	struct strbuf msg = STRBUF_INIT;
	char text[1200] = "# comment\n\nbind 案件 x 导出\r\nunbind\tC-l\n";
	size_t len = strlen(text);
	static const char l5[] = "bind q\0退出\n";           /* a NUL on line 5 */
	memcpy(text + len, l5, sizeof l5 - 1);
	len += sizeof l5 - 1;
	len += (size_t)sprintf(text + len, "bind a b c d e\n");  /* 5 words, line 6 */
	text[len++] = '\xff';                                  /* invalid UTF-8, line 7 */
	text[len++] = '\n';
	memset(text + len, 'k', 600);                          /* 600 bytes, line 8 */
	len += 600;
	len += (size_t)sprintf(text + len, "\nbind F5 刷新");  /* line 9, no newline */
	int bad = keymap_parse_text(text, len, "keys", keep, &s, &msg);
	is_int(bad, 4, "four lines reported");
	is_int(s.n, 3, "three lines with words passed on");
	is_str(s.lines[0], "3:bind|案件|x|导出", "words split on blanks, CR dropped");
	is_str(s.lines[1], "4:unbind|C-l", "tab separates words");
	is_str(s.lines[2], "9:bind|F5|刷新", "last line without newline");
	ok(strstr(sb_str(&msg), "keys 第5行：含有 NUL") != NULL, "NUL reported with its line: %s", sb_str(&msg));
	ok(strstr(sb_str(&msg), "keys 第6行：词数过多") != NULL, "too many words reported");
	ok(strstr(sb_str(&msg), "keys 第7行：不是有效的 UTF-8") != NULL, "invalid UTF-8 reported");
	ok(strstr(sb_str(&msg), "keys 第8行：行过长") != NULL, "overlong line reported, not split");
	sb_free(&msg);
	static char big[KEYMAP_MAX_BYTES + 2];
	memset(big, 'x', sizeof big);
	s.n = 0;
	is_int(keymap_parse_text(big, sizeof big, "keys", keep, &s, &msg), 1, "a file over 64 KiB is refused whole");
	is_int(s.n, 0, "and nothing of it applied");
	sb_free(&msg);
	return tap_done();
}
