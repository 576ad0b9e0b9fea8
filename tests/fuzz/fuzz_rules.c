/* libFuzzer harness: the rule-file loader (rules_parse: "-- key: value"
 * header lines, params, the SELECT) on arbitrary text. Must never crash
 * or leak, whether the file is accepted or refused. */
#include "rules/library.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	struct rule r;
	struct jz_err e;
	if (rules_parse("fuzz.sql", s, &r, &e) == 0)
		rule_free(&r);
	free(s);
	return 0;
}
