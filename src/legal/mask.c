/* mask.c — see mask.h. */
#include "legal/mask.h"
#include "legal/normalize.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

static char *keep_ends(const char *s, size_t head, size_t tail)
{
	size_t n = strlen(s);
	char *out = xstrdup(s);
	if (!out || n <= head + tail)
		return out;
	memset(out + head, '*', n - head - tail);
	return out;
}

char *mask_id_no(const char *id_no, const char *kind)
{
	if (!id_no)
		return NULL;
	if (kind && strcmp(kind, "org") == 0)
		return xstrdup(id_no);
	return keep_ends(id_no, 6, 4);
}

char *mask_phone(const char *phone)
{
	return phone ? keep_ends(phone, 3, 4) : NULL;
}

static int ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static int ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

int mask_id_run(const char *s, size_t *run)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = 0, digits = 0;
	for (; ascii_alnum(u[n]); n++)
		digits += ascii_digit(u[n]);
	*run = n;
	if (n == 15)
		return digits == 15;
	if (n != 18 || digits < 17 || !(ascii_digit(u[17]) || (u[17] | 0x20) == 'x'))
		return 0;
	for (int i = 0; i < 17; i++)
		if (!ascii_digit(u[i]))
			return 0;
	char id[19];
	memcpy(id, s, 18);
	id[18] = 0;
	struct id_info info;
	return norm_id(id, &info) != NORM_OK || info.kind != ID_ORG;
}

char *mask_text_ids(const char *text)
{
	struct strbuf out = STRBUF_INIT;
	sb_adds(&out, "");
	for (const char *s = text ? text : ""; *s;) {
		if (ascii_alnum((unsigned char)*s)) {
			size_t run;
			if (mask_id_run(s, &run)) {
				char *id = xstrndup(s, run), *m = mask_id_no(id, "person");
				sb_adds(&out, m);
				free(m);
				free(id);
			} else {
				sb_add(&out, s, run);
			}
			s += run;
		} else {
			sb_addc(&out, *s++);
		}
	}
	return sb_detach(&out);
}
