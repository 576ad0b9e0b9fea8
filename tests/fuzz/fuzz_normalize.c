/* libFuzzer harness: every normaliser on arbitrary text (NUL-terminated
 * copy of the input). Must never crash, read out of bounds or loop. */
#include "legal/normalize.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void ignore(const char *name, void *arg)
{
	(void)name;
	(void)arg;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	char out[160], date[11];
	struct case_no cn;
	long long fen;
	struct id_info id;
	norm_case_no(s, out, sizeof out, &cn);
	norm_date(s, date, 1);
	norm_amount_fen(s, &fen);
	norm_id(s, &id);
	norm_cn_integer(s, strlen(s));
	norm_split_names(s, ignore, NULL);
	norm_name_is_org(s);
	norm_date_days(s);
	free(s);
	return 0;
}
