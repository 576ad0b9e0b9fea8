/* mask.c — see mask.h. */
#include "legal/mask.h"
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
