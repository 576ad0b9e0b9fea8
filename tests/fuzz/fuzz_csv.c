/* libFuzzer harness: the CSV reader (encoding detection, quoting, GB18030
 * conversion) on arbitrary bytes, then every cell through the ledger row
 * parser with the standard column map. Must never crash or leak. */
#include "import/columns.h"
#include "import/csv_reader.h"
#include "import/ledger_row.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	csv_reader *r;
	struct jz_err e;
	if (csv_open_mem((const char *)data, size, &r, &e))
		return 0;
	struct column_map map;
	columns_init(&map, ledger_columns, LF_COUNT, NULL, &e);
	struct ledger_row row;
	ledger_row_init(&row);
	char **cells;
	int n, bad, header = 0;
	long rowno;
	while (csv_next_row(r, &cells, &n, &rowno, &bad, &e) == 1) {
		if (!header)
			header = columns_match(&map, cells, n) > 0;
		else
			ledger_row_parse(&row, &map, cells, n);
	}
	ledger_row_free(&row);
	columns_free(&map);
	csv_close(&r);
	return 0;
}
