/* draftlist.c — draft listings: the statements of query/sql.h and the
 * typed rows of query/draftlist.h read from them. */
#include "query/draftlist.h"
#include "query/rows.h"
#include "query/sql.h"
#include "store/settings.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int drafts_list_query(jz_db *db, sqlite3_stmt **out, struct jz_err *e)
{
	char today[11], sql[1024];
	settings_today(db, today);
	snprintf(sql, sizeof sql, "SELECT d.id, d.status, d.title, c.case_no, d.author, coalesce(d.doc_no, '') AS doc_no,"
		 " coalesce(d.reply_due, '') AS reply_due, (d.status = '已发出' AND d.reply_due < '%s') AS overdue, d.version"
		 " FROM drafts d LEFT JOIN cases c ON c.id = d.case_id ORDER BY d.id", today);
	return db_prepare(db, sql, out, e);
}

int drafts_get(jz_db *db, long long id, sqlite3_stmt **out, struct jz_err *e)
{
	if (db_prepare(db, "SELECT d.id, d.status, d.title, d.body, d.version, d.author, coalesce(d.reviewer, ''),"
		       " coalesce(d.doc_no, ''), coalesce(c.case_no, ''), coalesce(d.lead_id, ''), d.template, d.kind,"
		       " coalesce(d.reply_due, ''), coalesce(d.outcome, '') FROM drafts d LEFT JOIN cases c ON c.id = d.case_id"
		       " WHERE d.id = ?", out, e))
		return -1;
	sqlite3_bind_int64(*out, 1, id);
	return 0;
}

int drafts_comments_query(jz_db *db, long long id, sqlite3_stmt **out, struct jz_err *e)
{
	if (db_prepare(db, "SELECT at, login, text FROM draft_comments WHERE draft_id = ? ORDER BY id", out, e))
		return -1;
	sqlite3_bind_int64(*out, 1, id);
	return 0;
}

int drafts_lead_query(jz_db *db, long long id, sqlite3_stmt **out, struct jz_err *e)
{
	if (db_prepare(db, "SELECT l.id, l.evidence, r.title, r.basis FROM drafts d JOIN leads l ON l.id = d.lead_id"
		       " JOIN rules r ON r.code = l.rule_code WHERE d.id = ?", out, e))
		return -1;
	sqlite3_bind_int64(*out, 1, id);
	return 0;
}

static void fill_row(sqlite3_stmt *st, void *row)
{
	struct draft_row *r = row;
	r->id = sqlite3_column_int64(st, 0);
	r->status = db_col_dup(st, 1);
	r->title = db_col_dup(st, 2);
	r->case_no = db_col_dup(st, 3);
	r->author = db_col_dup(st, 4);
	r->doc_no = db_col_dup(st, 5);
	r->reply_due = db_col_dup(st, 6);
	r->overdue = sqlite3_column_int(st, 7);
	r->version = sqlite3_column_int(st, 8);
}

int draftlist_fetch(jz_db *db, struct draft_row **rows, int *n, struct jz_err *e)
{
	sqlite3_stmt *st;
	*rows = NULL;
	*n = 0;
	if (drafts_list_query(db, &st, e))
		return -1;
	return rows_read(db, st, fill_row, rows, sizeof **rows, n, e);
}

void draft_rows_free(struct draft_row *rows, int n)
{
	for (int i = 0; i < n; i++) {
		struct draft_row *r = &rows[i];
		free(r->status); free(r->title); free(r->case_no); free(r->author); free(r->doc_no); free(r->reply_due);
	}
	free(rows);
}

static void fill_info(sqlite3_stmt *st, struct draft_info *d)
{
	d->id = sqlite3_column_int64(st, 0);
	d->status = db_col_dup(st, 1);
	d->title = db_col_dup(st, 2);
	d->body = db_col_dup(st, 3);
	d->version = sqlite3_column_int(st, 4);
	d->author = db_col_dup(st, 5);
	d->reviewer = db_col_dup(st, 6);
	d->doc_no = db_col_dup(st, 7);
	d->case_no = db_col_dup(st, 8);
	d->lead_id = sqlite3_column_int64(st, 9);
	d->template = db_col_dup(st, 10);
	d->kind = db_col_dup(st, 11);
	d->reply_due = db_col_dup(st, 12);
	d->outcome = db_col_dup(st, 13);
}

static void fill_comment(sqlite3_stmt *st, void *row)
{
	struct draft_comment *c = row;
	c->at = db_col_dup(st, 0);
	c->login = db_col_dup(st, 1);
	c->text = db_col_dup(st, 2);
}

static int read_lead(jz_db *db, struct draft_info *d, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (drafts_lead_query(db, d->id, &st, e))
		return -1;
	int found = sqlite3_step(st) == SQLITE_ROW;
	d->lead_evidence = found ? db_col_dup(st, 1) : xstrdup("");
	d->rule_title = found ? db_col_dup(st, 2) : xstrdup("");
	d->rule_basis = found ? db_col_dup(st, 3) : xstrdup("");
	sqlite3_finalize(st);
	return 0;
}

int draftlist_get(jz_db *db, long long id, struct draft_info *out, struct jz_err *e)
{
	sqlite3_stmt *st;
	memset(out, 0, sizeof *out);
	if (drafts_get(db, id, &st, e))
		return -1;
	int found = sqlite3_step(st) == SQLITE_ROW;
	if (found)
		fill_info(st, out);
	sqlite3_finalize(st);
	if (!found)
		return 0;
	if (read_lead(db, out, e) || drafts_comments_query(db, id, &st, e)
	    || rows_read(db, st, fill_comment, &out->comments, sizeof *out->comments, &out->ncomments, e)) {
		draft_info_free(out);
		return -1;
	}
	return 1;
}

void draft_info_free(struct draft_info *d)
{
	free(d->status); free(d->title); free(d->body); free(d->author); free(d->reviewer); free(d->doc_no);
	free(d->case_no); free(d->template); free(d->kind); free(d->reply_due); free(d->outcome);
	free(d->lead_evidence); free(d->rule_title); free(d->rule_basis);
	for (int i = 0; i < d->ncomments; i++) {
		free(d->comments[i].at);
		free(d->comments[i].login);
		free(d->comments[i].text);
	}
	free(d->comments);
	memset(d, 0, sizeof *d);
}
