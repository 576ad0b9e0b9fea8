#include "util/textenc.h"

#include <string.h>

/* Length of a valid UTF-8 sequence at s (n bytes available): >0 valid,
 * 0 invalid, -1 cut off by the end of the buffer. */
static int utf8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	int len;
	unsigned min;
	if (c < 0x80) return 1;
	if (c >= 0xC2 && c <= 0xDF) { len = 2; min = 0x80; }
	else if ((c & 0xF0) == 0xE0) { len = 3; min = 0x800; }
	else if (c >= 0xF0 && c <= 0xF4) { len = 4; min = 0x10000; }
	else return 0;
	if ((size_t)len > n) {
		for (size_t i = 1; i < n; i++)
			if ((s[i] & 0xC0) != 0x80)
				return 0;
		return -1;
	}
	unsigned cp = c & (0x7F >> len);
	for (int i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

int textenc_valid_utf8(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		int l = utf8_seq(p + i, n - i);
		if (l <= 0)
			return 0;
		i += (size_t)l;
	}
	return 1;
}

enum textenc textenc_detect(const char *buf, size_t n, size_t *bom)
{
	const unsigned char *p = (const unsigned char *)buf;
	*bom = 0;
	if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
		*bom = 3;
		return ENC_UTF8;
	}
	for (size_t i = 0; i < n;) {
		int l = utf8_seq(p + i, n - i);
		if (l == 0)
			return ENC_GB18030;
		if (l < 0)
			break;
		i += (size_t)l;
	}
	return ENC_UTF8;
}

const char *textenc_name(enum textenc enc)
{
	return enc == ENC_UTF8 ? "UTF-8" : "GB18030";
}
