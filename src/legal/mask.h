/* mask.h — masking personal data on screen and in exports.
 *
 * 身份证号 keep the first 6 and last 4 characters (330683********1234);
 * other IDs (统一社会信用代码 of organisations are public) are left as they
 * are unless shorter forms ask; phone numbers keep the first 3 and last 4.
 * Results are malloc'd (caller frees); NULL in gives NULL out. */
#ifndef JZ_MASK_H
#define JZ_MASK_H

char *mask_id_no(const char *id_no, const char *kind);   /* kind: person/org/unknown */
char *mask_phone(const char *phone);

#endif
