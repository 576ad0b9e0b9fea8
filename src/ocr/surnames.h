/* surnames.h — Chinese surnames, the first character of a person's name
 * in court papers: the extractor takes a name in running text only from
 * one, and OCR reads a judge's signature line again when the name it read
 * starts with none. */
#ifndef JZ_OCR_SURNAMES_H
#define JZ_OCR_SURNAMES_H

#include <stdint.h>

/* Every surname's character (compound surnames start with one of them). */
extern const char CN_SURNAMES[];
/* Whether the code point is one of them. */
int cn_surname(uint32_t cp);

#endif
