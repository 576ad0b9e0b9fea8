/* xlverify.c — see xlverify.h. */
#include "export/xlverify.h"

#include <string.h>
#include <unzip.h>

#define HEAD 512
#define TAIL 64

struct part {
	char head[HEAD + 1], tail[TAIL + 1];
	size_t nhead, ntail;
};

static void keep(struct part *p, const char *buf, size_t n)
{
	size_t h = n < HEAD - p->nhead ? n : HEAD - p->nhead;
	memcpy(p->head + p->nhead, buf, h);
	p->nhead += h;
	if (n >= TAIL) {
		memcpy(p->tail, buf + n - TAIL, TAIL);
		p->ntail = TAIL;
	} else {
		size_t drop = p->ntail + n > TAIL ? p->ntail + n - TAIL : 0;
		memmove(p->tail, p->tail + drop, p->ntail - drop);
		memcpy(p->tail + p->ntail - drop, buf, n);
		p->ntail += n - drop;
	}
}

/* The root element's closing tag ends the text (white space aside). */
static int xml_whole(struct part *p)
{
	p->head[p->nhead] = 0;
	const char *s = p->head;
	while ((s = strchr(s, '<')) && (s[1] == '?' || s[1] == '!'))
		s++;
	if (!s)
		return 0;
	size_t n = strcspn(s + 1, " \t\r\n/>");
	while (p->ntail && strchr(" \t\r\n", p->tail[p->ntail - 1]))
		p->ntail--;
	char close[HEAD + 4];
	int k = snprintf(close, sizeof close, "</%.*s>", (int)n, s + 1);
	if (s[1 + n] == '/' && s[2 + n] == '>')   /* an empty root: <x/> */
		return p->ntail >= 2 && memcmp(p->tail + p->ntail - 2, "/>", 2) == 0;
	return (size_t)k <= p->ntail && memcmp(p->tail + p->ntail - k, close, (size_t)k) == 0;
}

/* Read the current part whole; 0 when it is intact. */
static int read_part(unzFile z, const char *name)
{
	char buf[1 << 16];
	struct part p = { .nhead = 0 };
	if (unzOpenCurrentFile(z) != UNZ_OK)
		return -1;
	int n;
	while ((n = unzReadCurrentFile(z, buf, sizeof buf)) > 0)
		keep(&p, buf, (size_t)n);
	int crc = unzCloseCurrentFile(z);
	if (n < 0 || crc != UNZ_OK)
		return -1;
	size_t len = strlen(name);
	int xml = (len > 4 && strcmp(name + len - 4, ".xml") == 0) || (len > 5 && strcmp(name + len - 5, ".rels") == 0);
	return xml && !xml_whole(&p) ? -1 : 0;
}

int xl_verify(const char *path, const char *shown_as, struct jz_err *e)
{
	unzFile z = unzOpen64(path);
	if (!z)
		return jz_err_set(e, "%s: 写出的工作簿无法读回（不是完整的 zip）", shown_as);
	int rc = unzGoToFirstFile(z), bad = 0;
	char name[256] = "";
	while (rc == UNZ_OK && !bad) {
		if (unzGetCurrentFileInfo64(z, NULL, name, sizeof name, NULL, 0, NULL, 0) != UNZ_OK ||
		    read_part(z, name))
			bad = 1;
		else
			rc = unzGoToNextFile(z);
	}
	unzClose(z);
	if (bad || rc != UNZ_END_OF_LIST_OF_FILE)
		return jz_err_set(e, "%s: 写出的工作簿不完整（%s 损坏，磁盘已满或文件大小受限？）", shown_as,
				  *name ? name : "目录");
	return 0;
}
