/* pdfrepair.h — a PDF cut short made readable again, for the pages it kept.
 *
 * A PDF ends with its cross-reference table and a trailer naming the
 * catalog. poppler rebuilds a lost table by scanning the objects, but only
 * when it finds a trailer; a file cut before its end (an interrupted copy
 * or download) has none and is refused whole. pdfrepair_copy writes a copy
 * of the file with a trailer appended that names the catalog it finds (the
 * object whose dictionary says /Type /Catalog), so the pages whose objects
 * survived can be rendered and the lost ones fail by page. The file is
 * read in blocks, never whole; the copy goes to $TMPDIR (else /tmp). */
#ifndef JZ_OCR_PDFREPAIR_H
#define JZ_OCR_PDFREPAIR_H

#include <stddef.h>

/* 0 with out holding the copy's path (the caller unlinks it); -1 when no
 * catalog was found or the copy could not be written (nothing left behind). */
int pdfrepair_copy(const char *path, char *out, size_t outlen);

#endif
