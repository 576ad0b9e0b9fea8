/* batch_vtab.c — see batch_vtab.h. An eponymous table-valued function: the
 * hidden column "rows" takes the pointer (sqlite3_bind_pointer, so SQL text
 * cannot forge one). */
#include "import/batch_vtab.h"

#include <stdio.h>
#include <string.h>

#define PTR_TYPE "jz_batch_rows"

struct cursor {
	sqlite3_vtab_cursor base;
	const struct batch_rows *b;
	int i;
};

static int connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **out, char **err)
{
	(void)aux, (void)argc, (void)argv, (void)err;
	char ddl[512];
	int o = snprintf(ddl, sizeof ddl, "CREATE TABLE x(");
	for (int i = 0; i < BATCH_VTAB_COLS; i++)
		o += snprintf(ddl + o, sizeof ddl - (size_t)o, "c%d,", i);
	snprintf(ddl + o, sizeof ddl - (size_t)o, "rows HIDDEN)");
	int rc = sqlite3_declare_vtab(db, ddl);
	if (rc != SQLITE_OK)
		return rc;
	*out = sqlite3_malloc(sizeof **out);
	if (!*out)
		return SQLITE_NOMEM;
	memset(*out, 0, sizeof **out);
	return SQLITE_OK;
}

static int disconnect(sqlite3_vtab *v)
{
	sqlite3_free(v);
	return SQLITE_OK;
}

/* Only usable with rows = ?: the pointer is the whole table. */
static int best_index(sqlite3_vtab *v, sqlite3_index_info *info)
{
	(void)v;
	for (int i = 0; i < info->nConstraint; i++) {
		const struct sqlite3_index_constraint *c = &info->aConstraint[i];
		if (c->iColumn == BATCH_VTAB_COLS && c->op == SQLITE_INDEX_CONSTRAINT_EQ) {
			if (!c->usable)
				return SQLITE_CONSTRAINT;
			info->aConstraintUsage[i].argvIndex = 1;
			info->aConstraintUsage[i].omit = 1;
			info->estimatedCost = 10;
			info->estimatedRows = 512;
			return SQLITE_OK;
		}
	}
	return SQLITE_CONSTRAINT;
}

static int open_cursor(sqlite3_vtab *v, sqlite3_vtab_cursor **out)
{
	(void)v;
	struct cursor *c = sqlite3_malloc(sizeof *c);
	if (!c)
		return SQLITE_NOMEM;
	memset(c, 0, sizeof *c);
	*out = &c->base;
	return SQLITE_OK;
}

static int close_cursor(sqlite3_vtab_cursor *cur)
{
	sqlite3_free(cur);
	return SQLITE_OK;
}

static int filter(sqlite3_vtab_cursor *cur, int idx, const char *s, int argc, sqlite3_value **argv)
{
	struct cursor *c = (struct cursor *)cur;
	(void)idx, (void)s;
	c->b = argc == 1 ? sqlite3_value_pointer(argv[0], PTR_TYPE) : NULL;
	c->i = 0;
	return SQLITE_OK;
}

static int next(sqlite3_vtab_cursor *cur)
{
	((struct cursor *)cur)->i++;
	return SQLITE_OK;
}

static int eof(sqlite3_vtab_cursor *cur)
{
	const struct cursor *c = (const struct cursor *)cur;
	return !c->b || c->i >= c->b->n;
}

static int column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col)
{
	const struct cursor *c = (const struct cursor *)cur;
	if (col < BATCH_VTAB_COLS)
		c->b->column(c->b, c->i, col, ctx);
	return SQLITE_OK;
}

static int rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *out)
{
	*out = ((const struct cursor *)cur)->i;
	return SQLITE_OK;
}

static const sqlite3_module module = {
	.iVersion = 0,
	.xConnect = connect,
	.xBestIndex = best_index,
	.xDisconnect = disconnect,
	.xOpen = open_cursor,
	.xClose = close_cursor,
	.xFilter = filter,
	.xNext = next,
	.xEof = eof,
	.xColumn = column,
	.xRowid = rowid,
};

int batch_vtab_register(sqlite3 *db)
{
	return sqlite3_create_module(db, "jz_batch", &module, NULL) == SQLITE_OK ? 0 : -1;
}

int batch_bind(sqlite3_stmt *st, int idx, const struct batch_rows *b)
{
	return sqlite3_bind_pointer(st, idx, (void *)b, PTR_TYPE, NULL);
}
