#include "drafts/xmltext.h"
#include "util/utf8.h"

#include <stdint.h>

static int xml_char(uint32_t cp)
{
	return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
	       (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

int xml_add_text(struct strbuf *sb, const char *s, size_t n)
{
	int replaced = 0;
	for (size_t i = 0; i < n;) {
		int len;
		uint32_t cp = utf8_decode(s + i, n - i, &len);
		/* utf8_decode gives U+FFFD and length 1 for an invalid byte */
		if ((cp == 0xFFFD && len == 1) || !xml_char(cp)) {
			sb_adds(sb, "\xEF\xBF\xBD");
			replaced++;
		} else if (cp == '<') {
			sb_adds(sb, "&lt;");
		} else if (cp == '>') {
			sb_adds(sb, "&gt;");
		} else if (cp == '&') {
			sb_adds(sb, "&amp;");
		} else if (cp == '"') {
			sb_adds(sb, "&quot;");
		} else {
			sb_add(sb, s + i, (size_t)len);
		}
		i += (size_t)len;
	}
	return replaced;
}
