/* zip_mem.c — see zip_mem.h. Reads past the end return short counts. */
#include "import/zip_mem.h"

#include <string.h>

static voidpf zm_open(voidpf opaque, const void *name, int mode)
{
	(void)name;
	struct zip_mem *m = opaque;
	if (mode & ZLIB_FILEFUNC_MODE_WRITE)
		return NULL;
	m->pos = 0;
	return m;
}

static uLong zm_read(voidpf opaque, voidpf stream, void *buf, uLong size)
{
	(void)opaque;
	struct zip_mem *m = stream;
	size_t left = m->len - m->pos;
	size_t n = size < left ? size : left;
	if (n)                       /* m->buf may be NULL for an empty buffer */
		memcpy(buf, m->buf + m->pos, n);
	m->pos += n;
	return (uLong)n;
}

static uLong zm_write(voidpf opaque, voidpf stream, const void *buf, uLong size)
{
	(void)opaque; (void)stream; (void)buf; (void)size;
	return 0;
}

static ZPOS64_T zm_tell(voidpf opaque, voidpf stream)
{
	(void)opaque;
	return ((struct zip_mem *)stream)->pos;
}

static long zm_seek(voidpf opaque, voidpf stream, ZPOS64_T off, int origin)
{
	(void)opaque;
	struct zip_mem *m = stream;
	ZPOS64_T base = origin == ZLIB_FILEFUNC_SEEK_SET ? 0
		      : origin == ZLIB_FILEFUNC_SEEK_CUR ? m->pos : m->len;
	if (off > m->len - base)
		return -1;
	m->pos = (size_t)(base + off);
	return 0;
}

static int zm_close(voidpf opaque, voidpf stream)
{
	(void)opaque; (void)stream;
	return 0;
}

static int zm_error(voidpf opaque, voidpf stream)
{
	(void)opaque; (void)stream;
	return 0;
}

void zip_mem_filefuncs(struct zip_mem *m, zlib_filefunc64_def *ff)
{
	ff->zopen64_file = zm_open;
	ff->zread_file = zm_read;
	ff->zwrite_file = zm_write;
	ff->ztell64_file = zm_tell;
	ff->zseek64_file = zm_seek;
	ff->zclose_file = zm_close;
	ff->zerror_file = zm_error;
	ff->opaque = m;
}
