/* libFuzzer harness: the CSV reader (encoding detection by majority,
 * quoting, GB18030 conversion, NUL/invalid-byte repair, cell and record
 * limits) on arbitrary bytes, then every record through the full ledger
 * row path: header detection with the standard column map, else every
 * field mapped in order, so ledger_row_parse always sees all 15 fields.
 * Must never crash, leak or hit undefined behaviour. */
#include "import/columns.h"
#include "import/csv_reader.h"
#include "import/ledger_row.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	csv_reader *r;
	struct jz_err e;
	if (csv_open_mem((const char *)data, size, &r, &e))
		return 0;
	static struct column_map map;       /* built once: matching resets it */
	static int ready;
	if (!ready)
		ready = !columns_init(&map, ledger_columns, LF_COUNT, NULL, &e);
	struct ledger_row row;
	ledger_row_init(&row);
	char **cells;
	int n, bad, header = 0;
	long rowno;
	while (csv_next_row(r, &cells, &n, &rowno, &bad, &e) == 1) {
		const char *why = csv_row_problem(r);
		if (bad != (*why != '\0'))
			__builtin_trap();           /* flag and reason must agree */
		if (!header) {
			header = 1;
			if (columns_match(&map, cells, n) < 2)
				for (int i = 0; i < LF_COUNT; i++)
					map.col[i] = i;     /* no header: fields in order */
			continue;
		}
		ledger_row_parse(&row, &map, cells, n);
	}
	ledger_row_free(&row);
	csv_close(&r);
	return 0;
}
