/* mask.h — masking personal data on screen and in exports.
 *
 * 身份证号 keep the first 6 and last 4 characters (330683********1234);
 * other IDs (统一社会信用代码 of organisations are public) are left as they
 * are unless shorter forms ask; phone numbers keep the first 3 and last 4.
 * Results are malloc'd (caller frees); NULL in gives NULL out. */
#ifndef JZ_MASK_H
#define JZ_MASK_H

#include <stddef.h>

char *mask_id_no(const char *id_no, const char *kind);   /* kind: person/org/unknown */
char *mask_phone(const char *phone);

/* At s, the run of ASCII letters and digits: its length in *run, and 1
 * when it is a 身份证号 to mask (15 digits; or 17 digits and a digit or X
 * that is not a 统一社会信用代码). Call it where a run starts. */
int mask_id_run(const char *s, size_t *run);
/* Free text with every 身份证号 standing alone in it masked (evidence,
 * notes, audit records shown on screen); malloc'd. */
char *mask_text_ids(const char *text);

#endif
