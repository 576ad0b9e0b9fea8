#include "import/engine.h"
#include "store/audit.h"
#include "store/db.h"
#include "util/progress.h"
#include "import/rejects.h"
#include "import/table_reader.h"
#include "store/users.h"

#include <stdio.h>
#include <string.h>

const char *row_get(const struct row_ctx *rc, int f)
{
	return columns_get(rc->map, f, rc->cells, rc->ncells);
}

static int find_header(struct column_map *m, table_reader *t, rejects *rj, const char *path,
		       struct jz_err *e)
{
	char **cells;
	int n, bad;
	long rowno;
	for (int i = 0; i < 20; i++) {
		int rc = table_next_row(t, &cells, &n, &rowno, &bad, e);
		if (rc < 0)
			return -1;
		if (rc == 0)
			break;
		char missing[512];
		if (columns_match(m, cells, n) >= 2 && columns_missing(m, missing, sizeof missing) == 0) {
			rejects_header(rj, cells, n);
			return 0;
		}
	}
	char need[512] = "";
	for (int i = 0, k = 0; i < m->nspec; i++)
		if (m->spec[i].required)
			k += snprintf(need + k, sizeof need - (size_t)k, "%s%s", k ? "、" : "", m->spec[i].label);
	return jz_err_set(e, "%s: no header row with the columns %s in the first 20 rows "
			  "(use --map FILE for other headers)", path, need);
}

static long long file_row(jz_db *db, const char *kind, const char *path, table_reader *t,
			  struct jz_err *e)
{
	sqlite3_stmt *s;
	if (db_prepare(db, "INSERT INTO import_files(kind, path, format, encoding, imported_by) VALUES(?,?,?,?,?)",
		       &s, e))
		return -1;
	sqlite3_bind_text(s, 1, kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, path, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, table_format(t), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, table_encoding(t), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 5, jz_login(db), -1, SQLITE_STATIC);
	int ok = sqlite3_step(s) == SQLITE_DONE;
	sqlite3_finalize(s);
	return ok ? db_last_id(db) : jz_err_set(e, "SQL error: %s", db_errmsg(db));
}

static int finish_counts(jz_db *db, const char *kind, const char *path, const struct import_stats *st,
			 struct jz_err *e)
{
	char sql[512], action[96];
	snprintf(sql, sizeof sql, "UPDATE import_files SET rows_read=%ld, rows_new=%ld, rows_dup=%ld, "
		 "rows_rejected=%ld, rows_warned=%ld WHERE id=%lld", st->read, st->added, st->dup,
		 st->rejected, st->warned, st->file_id);
	if (db_exec(db, sql, e))
		return -1;
	snprintf(sql, sizeof sql, "{\"read\":%ld,\"new\":%ld,\"duplicate\":%ld,\"rejected\":%ld,\"warned\":%ld}",
		 st->read, st->added, st->dup, st->rejected, st->warned);
	snprintf(action, sizeof action, "import.%s", kind);
	return audit_log(db, action, "import_files", st->file_id, NULL, sql, path, e);
}

static int rows_loop(jz_db *db, table_reader *t, rejects *rj, const struct row_importer *ri,
		     struct column_map *m, const struct import_opts *o, struct import_stats *st,
		     const char *path, struct jz_err *e)
{
	struct strbuf why = STRBUF_INIT, warn = STRBUF_INIT;
	struct row_ctx rc = { .db = db, .map = m, .file_id = st->file_id, .why = &why, .warn = &warn,
			      .user = ri->user };
	struct progress pr;
	progress_start(&pr, "导入", 1000);
	if (!o->progress)
		pr.active = 0;
	int bad, r, fatal = 0;
	while ((r = table_next_row(t, &rc.cells, &rc.ncells, &rc.rowno, &bad, e)) == 1) {
		if (o->interrupted && *o->interrupted) {
			fatal = jz_err_set(e, "%s: interrupted at row %ld; nothing was imported", path, rc.rowno);
			break;
		}
		st->read++;
		sb_reset(&why);
		sb_reset(&warn);
		enum row_result res = bad ? ROW_REJECT : ri->row(&rc, e);
		if (bad)
			sb_adds(&why, table_row_problem(t));   /* [hostile] names row and column */
		if (res == ROW_FATAL) {
			fatal = -1;
			break;
		}
		if (res == ROW_REJECT) {
			st->rejected++;
			rejects_add(rj, rc.rowno, sb_str(&why), rc.cells, rc.ncells);
			continue;
		}
		if (warn.len) {
			st->warned++;
			rejects_add(rj, rc.rowno, sb_str(&warn), rc.cells, rc.ncells);
		}
		if (res == ROW_NEW)
			st->added++;
		else
			st->dup++;
		if ((st->read & 1023) == 0)
			progress_update(&pr, table_progress_permille(t));
	}
	progress_done(&pr);
	sb_free(&why);
	sb_free(&warn);
	return r < 0 || fatal ? -1 : 0;
}

int row_import_file(jz_db *db, const char *path, const struct row_importer *ri,
		    const struct import_opts *o, struct import_stats *st, struct jz_err *e)
{
	memset(st, 0, sizeof *st);
	struct column_map m;
	table_reader *t = NULL;
	rejects *rj = NULL;
	int rc = -1;
	if (columns_init(&m, ri->spec, ri->nspec, o->map_file, e))
		return -1;
	/* [hostile] --sheet, or the first visible sheet with this importer's header */
	struct table_opts to = { .sheet = o->sheet, .header_test = columns_header_test, .header_arg = &m };
	if (table_open_opts(path, &to, &t, e) || rejects_open(path, &rj, e) || find_header(&m, t, rj, path, e))
		goto out;
	snprintf(st->format, sizeof st->format, "%s", table_format(t));
	snprintf(st->encoding, sizeof st->encoding, "%s", table_encoding(t));
	if (db_begin(db, e))
		goto out;
	if ((st->file_id = file_row(db, ri->kind, path, t, e)) < 0 || ri->prepare(db, ri->user, e) ||
	    rows_loop(db, t, rj, ri, &m, o, st, path, e) || finish_counts(db, ri->kind, path, st, e) ||
	    rejects_close(&rj, &st->rejects_path, e) || db_commit(db, e)) {
		db_rollback(db);
		goto out;
	}
	rc = 0;
out:
	if (ri->finish)
		ri->finish(ri->user);
	table_close(&t);
	if (rj)
		rejects_abort(&rj);
	columns_free(&m);
	return rc;
}
