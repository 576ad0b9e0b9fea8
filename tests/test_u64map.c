/* Unit tests of the hash-key map (util/u64map.h): every key added once and
 * found again with its value across many growths, keys that share their
 * low bits (the slot they hash to is not the key itself), key 0. */
#include "util/u64map.h"
#include "tap.h"

#include <stdint.h>
#include <stdlib.h>

int main(void)
{
	struct u64map m = { 0 };
	int added, bad = 0;
	enum { N = 200000 };
	uint64_t x = 88172645463325252ULL;    /* xorshift: keys like hashes */
	uint64_t *keys = malloc(N * sizeof *keys);
	for (int i = 0; i < N; i++) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		keys[i] = x;
		uint32_t *v = u64map_slot(&m, x, &added);
		bad += !added || *v != 0;
		*v = (uint32_t)i + 1;
	}
	ok(!bad, "%d new keys each added once, value 0", N);
	is_int((long long)m.count, N, "count");
	bad = 0;
	for (int i = 0; i < N; i++) {
		uint32_t *v = u64map_slot(&m, keys[i], &added);
		bad += added || *v != (uint32_t)i + 1;
	}
	ok(!bad, "each found again with its value after the map grew");
	is_int((long long)m.count, N, "finding adds nothing");
	bad = 0;
	uint32_t got;
	for (int i = 0; i < N; i++)
		bad += !u64map_get(&m, keys[i], &got) || got != (uint32_t)i + 1;
	ok(!bad, "u64map_get finds each with its value");
	x = 42;
	for (int i = 0; i < N; i++)
		x = x * 6364136223846793005ULL + 1442695040888963407ULL, bad += u64map_get(&m, x | 1, &got);
	ok(!bad && m.count == N, "u64map_get: keys never added are absent, and none is added");
	u64map_free(&m);

	bad = 0;                              /* keys alike but for their high bits */
	for (uint64_t i = 0; i < 5000; i++)
		*u64map_slot(&m, i << 40, &added) = (uint32_t)i, bad += !added;
	for (uint64_t i = 0; i < 5000; i++)
		bad += *u64map_slot(&m, i << 40, &added) != (uint32_t)i || added;
	ok(!bad, "keys differing only in their high bits are told apart");
	uint32_t *z = u64map_slot(&m, 0, &added);
	ok(!added && *z == 0, "key 0 (held outside the slots) is a key like any other");
	ok(u64map_get(&m, 0, &got) && got == 0, "u64map_get finds key 0");
	*z = 9;
	ok(*u64map_slot(&m, 0, &added) == 9 && !added && m.count == 5000, "and keeps its value");
	u64map_free(&m);
	ok(m.count == 0 && !m.keys, "freed map is empty and may be used again");
	ok(!u64map_get(&m, 7, &got) && !u64map_get(&m, 0, &got), "an empty map holds no key, not even 0");
	u64map_reserve(&m, 3000);
	size_t cap = m.cap;
	bad = 0;
	for (uint64_t i = 1; i <= 3000; i++)
		*u64map_slot(&m, i * 0x9e3779b97f4a7c15ULL, &added) = (uint32_t)i, bad += !added;
	for (uint64_t i = 1; i <= 3000; i++)
		bad += !u64map_get(&m, i * 0x9e3779b97f4a7c15ULL, &got) || got != (uint32_t)i;
	ok(!bad && m.cap == cap && cap * 3 >= 3000 * 4, "reserved for 3,000 keys: they go in without the map growing");
	u64map_free(&m);
	*u64map_slot(&m, 7, &added) = 3;
	is_int(*u64map_slot(&m, 7, &added), 3, "reused after free");
	u64map_free(&m);
	free(keys);
	return tap_done();
}
