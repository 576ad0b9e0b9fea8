#include "query/rows.h"
#include "util/xalloc.h"

#include <string.h>

int rows_read(jz_db *db, sqlite3_stmt *st, rows_fill_fn fill, void *arr, size_t size, int *n,
	      struct jz_err *e)
{
	char **base = arr;
	int cap = 0, rc;
	*n = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*base = xgrow(*base, size, &cap, *n + 1);
		void *row = *base + size * (size_t)*n;
		memset(row, 0, size);
		fill(st, row);
		(*n)++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return jz_err_set(e, "读取数据失败: %s", db_errmsg(db));
	return 0;
}

long long rows_money(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) == SQLITE_NULL ? -1 : sqlite3_column_int64(st, i);
}
