/* docx_package.h — the parts around word/document.xml and the atomic write.
 *
 * The package holds the content types, the relationships, styles.xml (the
 * body's 仿宋_GB2312 三号 on a 28.95 pt line), settings.xml (different odd and
 * even footers), fontTable.xml (fallback names for the official fonts) and
 * two footers with the PAGE field as "— N —": odd pages at the right, even
 * pages at the left, one 四号 character in from the edge, 7 mm under the
 * 版心. document.xml ends its body with DOCX_SECTION, which points at them. */
#ifndef JZ_DRAFTS_DOCX_PACKAGE_H
#define JZ_DRAFTS_DOCX_PACKAGE_H

#include "util/err.h"

#include <stddef.h>

#define DOCX_NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define DOCX_NS_R "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

/* A4; top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (twips); the footer
 * 25 mm from the page's foot, which puts the 一字线 of the page number about
 * 7 mm under the 版心; a grid of 22 lines of 28.95 pt. */
#define DOCX_SECTION \
	"<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>" \
	"<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>" \
	"<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\"" \
	" w:left=\"1587\" w:header=\"851\" w:footer=\"1417\" w:gutter=\"0\"/>" \
	"<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/></w:sectPr>"

/* Zip the parts with document (n bytes) into path, atomically. */
int docx_package_write(const char *path, const char *document, size_t n, struct jz_err *e);

#endif
