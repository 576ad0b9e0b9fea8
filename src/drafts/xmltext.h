/* xmltext.h — text as XML 1.0 character data.
 *
 * XML 1.0 allows only TAB, LF, CR and U+0020–U+D7FF, U+E000–U+FFFD,
 * U+10000–U+10FFFF; anything else in a document makes Word refuse the whole
 * file. Each disallowed character (a control character, U+FFFE, U+FFFF, a
 * surrogate, an invalid or overlong UTF-8 byte) is written as U+FFFD and
 * counted, so a caller can say how many it replaced. */
#ifndef JZ_DRAFTS_XMLTEXT_H
#define JZ_DRAFTS_XMLTEXT_H

#include "util/strbuf.h"

/* Append n bytes of s, escaped (< > & "), to sb; the number replaced. */
int xml_add_text(struct strbuf *sb, const char *s, size_t n);

#endif
