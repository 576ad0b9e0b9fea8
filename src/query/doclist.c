/* doclist.c — document listings: the statements of query/sql.h and the
 * typed rows of query/doclist.h read from them. */
#include "query/doclist.h"
#include "query/rows.h"
#include "query/sql.h"

#include <stdlib.h>
#include <string.h>

int documents_list_query(jz_db *db, sqlite3_stmt **out, struct jz_err *e)
{
	return db_prepare(db, "SELECT d.id, coalesce(d.kind, '文书'), d.path, d.pages, coalesce(c.case_no, ''),"
			  " (SELECT count(*) FROM pages p WHERE p.doc_id = d.id AND p.low_conf = 1),"
			  " (SELECT count(*) FROM facts f WHERE f.doc_id = d.id),"
			  " (SELECT count(*) FROM facts f WHERE f.doc_id = d.id AND f.status = 'proposed')"
			  " FROM documents d LEFT JOIN cases c ON c.id = d.case_id ORDER BY d.id DESC", out, e);
}

int document_pages_query(jz_db *db, long long doc, sqlite3_stmt **out, struct jz_err *e)
{
	if (db_prepare(db, "SELECT page_no, confidence, low_conf, error, text FROM pages WHERE doc_id = ? ORDER BY page_no",
		       out, e))
		return -1;
	sqlite3_bind_int64(*out, 1, doc);
	return 0;
}

int document_facts_query(jz_db *db, long long doc, sqlite3_stmt **out, struct jz_err *e)
{
	/* the review queue: the least certain facts first (unknown counts as 0) */
	if (db_prepare(db, "SELECT f.id, p.page_no, f.line, f.field, f.value, f.raw, f.status, f.confidence, f.role,"
		       " f.negated, f.version, coalesce(f.checked, '') FROM facts f LEFT JOIN pages p ON p.id = f.page_id WHERE f.doc_id = ?"
		       " ORDER BY coalesce(f.confidence, 0), p.page_no, f.line, f.id", out, e))
		return -1;
	sqlite3_bind_int64(*out, 1, doc);
	return 0;
}

static void fill_row(sqlite3_stmt *st, void *row)
{
	struct doc_row *r = row;
	r->id = sqlite3_column_int64(st, 0);
	r->kind = db_col_dup(st, 1);
	r->path = db_col_dup(st, 2);
	r->pages = sqlite3_column_int(st, 3);
	r->case_no = db_col_dup(st, 4);
	r->low_conf_pages = sqlite3_column_int(st, 5);
	r->facts = sqlite3_column_int(st, 6);
	r->proposed = sqlite3_column_int(st, 7);
}

int doclist_fetch(jz_db *db, struct doc_row **rows, int *n, struct jz_err *e)
{
	sqlite3_stmt *st;
	*rows = NULL;
	*n = 0;
	if (documents_list_query(db, &st, e))
		return -1;
	return rows_read(db, st, fill_row, rows, sizeof **rows, n, e);
}

void doc_rows_free(struct doc_row *rows, int n)
{
	for (int i = 0; i < n; i++) {
		free(rows[i].kind);
		free(rows[i].path);
		free(rows[i].case_no);
	}
	free(rows);
}

static void fill_page(sqlite3_stmt *st, void *row)
{
	struct doc_page *p = row;
	p->page_no = sqlite3_column_int(st, 0);
	p->confidence = sqlite3_column_double(st, 1);
	p->low_conf = sqlite3_column_int(st, 2);
	p->error = db_col_dup(st, 3);
	p->text = db_col_dup(st, 4);
}

static void fill_fact(sqlite3_stmt *st, void *row)
{
	struct doc_fact *f = row;
	f->id = sqlite3_column_int64(st, 0);
	f->page_no = sqlite3_column_int(st, 1);
	f->line = sqlite3_column_int(st, 2);
	f->field = db_col_dup(st, 3);
	f->value = db_col_dup(st, 4);
	f->raw = db_col_dup(st, 5);
	f->status = db_col_dup(st, 6);
	f->confidence = sqlite3_column_type(st, 7) == SQLITE_NULL ? -1 : sqlite3_column_double(st, 7);
	f->role = db_col_dup(st, 8);
	f->negated = sqlite3_column_int(st, 9);
	f->version = sqlite3_column_int64(st, 10);
	f->checked = db_col_dup(st, 11);
}

int doclist_get(jz_db *db, long long id, struct doc_info *out, struct jz_err *e)
{
	sqlite3_stmt *st;
	memset(out, 0, sizeof *out);
	out->id = id;
	if (document_pages_query(db, id, &st, e)
	    || rows_read(db, st, fill_page, &out->pages, sizeof *out->pages, &out->npages, e)
	    || document_facts_query(db, id, &st, e)
	    || rows_read(db, st, fill_fact, &out->facts, sizeof *out->facts, &out->nfacts, e)) {
		doc_info_free(out);
		return -1;
	}
	return 0;
}

void doc_info_free(struct doc_info *d)
{
	for (int i = 0; i < d->npages; i++) {
		free(d->pages[i].error);
		free(d->pages[i].text);
	}
	for (int i = 0; i < d->nfacts; i++) {
		struct doc_fact *f = &d->facts[i];
		free(f->field); free(f->value); free(f->raw); free(f->status); free(f->role); free(f->checked);
	}
	free(d->pages);
	free(d->facts);
	memset(d, 0, sizeof *d);
}
