/* sha256.h — SHA-256 (FIPS 180-4), for the audit chain and file hashes. */
#ifndef JZ_UTIL_SHA256_H
#define JZ_UTIL_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t h[8];
	uint64_t bits;
	unsigned char buf[64];
	size_t n;
};

void sha256_init(struct sha256 *s);
void sha256_add(struct sha256 *s, const void *data, size_t len);
/* The digest as 64 lowercase hex characters and a NUL. */
void sha256_hex(struct sha256 *s, char out[65]);

#endif
