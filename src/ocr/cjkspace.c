#include "ocr/cjkspace.h"
#include "util/utf8.h"

#include <string.h>

int cjk_is_wide(uint32_t cp)
{
	return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
	       (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

/* Length in bytes of the blank (space, tab, U+3000) at s, else 0. */
static int blank_at(const char *s)
{
	if (*s == ' ' || *s == '\t')
		return 1;
	return (unsigned char)s[0] == 0xE3 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0x80 ? 3 : 0;
}

void cjk_squeeze_spaces(char *s)
{
	size_t n = strlen(s), r = 0, w = 0;
	uint32_t prev = '\n';   /* the last character written */
	while (r < n) {
		size_t run = 0;
		int b;
		while ((b = blank_at(s + r + run)) > 0)
			run += (size_t)b;
		if (run) {
			int len;
			uint32_t next = r + run < n ? utf8_decode(s + r + run, n - r - run, &len) : '\n';
			int drop = cjk_is_wide(prev) || cjk_is_wide(next);
			if (!drop)
				memmove(s + w, s + r, run);
			w += drop ? 0 : run;
			r += run;
			continue;
		}
		int len;
		prev = utf8_decode(s + r, n - r, &len);
		memmove(s + w, s + r, (size_t)len);
		w += (size_t)len;
		r += (size_t)len;
	}
	s[w] = '\0';
}
