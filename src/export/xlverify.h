/* xlverify.h — read a written workbook back before it replaces anything
 * (export-internal).
 *
 * libxlsxwriter reports errors on the zip it writes but not on its own
 * temporary files: a full disk or a file size limit there leaves a
 * truncated sheet inside a well-formed zip, and workbook_close returns
 * success. So every part is read back whole: its CRC must match, and every
 * XML part must end with the closing tag of its root element. */
#ifndef JZ_EXPORT_XLVERIFY_H
#define JZ_EXPORT_XLVERIFY_H

#include "util/err.h"

/* 0 when the workbook at path is whole; -1 with e naming the part (as
 * shown_as, the name the user knows). */
int xl_verify(const char *path, const char *shown_as, struct jz_err *e);

#endif
