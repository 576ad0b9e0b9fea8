/* libFuzzer harness: the --map file parser (columns_parse_map) on
 * arbitrary bytes, then a header row matched through the map. Must never
 * crash, leak or cut a line silently. */
#include "import/columns.h"
#include "import/ledger_row.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct column_map m;
	struct jz_err e;
	if (columns_init(&m, ledger_columns, LF_COUNT, NULL, &e))
		return 0;
	if (columns_parse_map(&m, (const char *)data, size, "fuzz.map", &e) == 0) {
		char *hdr[] = { "文书编号", "收结时间", "欠款人", "案号", "执行标的（元）", "" };
		columns_match(&m, hdr, 6);
		char missing[64];
		columns_missing(&m, missing, sizeof missing);
	}
	columns_free(&m);
	return 0;
}
