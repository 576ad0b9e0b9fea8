/* zip_mem.h — minizip I/O callbacks over a memory buffer, so the XLSX
 * reader can be fuzzed and tested without temporary files. */
#ifndef JZ_ZIP_MEM_H
#define JZ_ZIP_MEM_H

#include <stddef.h>
#include <minizip/unzip.h>

struct zip_mem {
	const unsigned char *buf;
	size_t len, pos;
};

/* Fill ff so that unzOpen2_64("", ff) reads from m (which must outlive it). */
void zip_mem_filefuncs(struct zip_mem *m, zlib_filefunc64_def *ff);

#endif
