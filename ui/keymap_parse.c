/* keymap_parse.c — see keymap_parse.h. */
#include "keymap_parse.h"
#include "util/textenc.h"

#include <string.h>

/* Split line (NUL-terminated, writable) into words; -1 when too many. */
static int split_words(char *line, char **w)
{
	int n = 0;
	for (char *p = line; *p;) {
		while (*p == ' ' || *p == '\t' || *p == '\r')
			*p++ = '\0';
		if (!*p)
			break;
		if (n == KEYMAP_MAX_WORDS)
			return -1;
		w[n++] = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\r')
			p++;
	}
	return n;
}

/* What is wrong with a raw line, or NULL. */
static const char *line_problem(const char *s, size_t n)
{
	if (n > KEYMAP_MAX_LINE)
		return "行过长（超过 512 字节），已忽略";
	if (memchr(s, '\0', n))
		return "含有 NUL 空字节，已忽略";
	if (!textenc_valid_utf8(s, n))
		return "不是有效的 UTF-8 文本，已忽略";
	return NULL;
}

int keymap_parse_text(const char *text, size_t len, const char *file, keymap_line_fn fn, void *arg,
		      struct strbuf *msg)
{
	if (len > KEYMAP_MAX_BYTES) {
		sb_printf(msg, "%s：文件超过 64 KiB，不像键位文件，已忽略；", file);
		return 1;
	}
	int reported = 0, lineno = 0;
	char line[KEYMAP_MAX_LINE + 1];
	for (size_t pos = 0; pos < len;) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - (text + pos)) : len - pos;
		const char *why = line_problem(text + pos, n);
		lineno++;
		if (!why) {
			memcpy(line, text + pos, n);
			line[n] = '\0';
			char *w[KEYMAP_MAX_WORDS];
			int nw = split_words(line, w);
			if (nw < 0)
				why = "词数过多（格式应为 bind [视图] 键 动作），已忽略";
			else if (nw > 0 && w[0][0] != '#')
				fn(w, nw, file, lineno, arg);
		}
		if (why) {
			sb_printf(msg, "%s 第%d行：%s；", file, lineno, why);
			reported++;
		}
		pos += n + 1;
	}
	return reported;
}
