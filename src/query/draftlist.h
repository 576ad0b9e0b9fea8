/* draftlist.h — drafts and their review, as typed rows for the faces (the
 * SQL: query/sql.h). Strings are never NULL ("" when absent). */
#ifndef JZ_QUERY_DRAFTLIST_H
#define JZ_QUERY_DRAFTLIST_H

#include "store/jzdb.h"

struct draft_row {
	long long id;
	long version;
	int overdue;             /* issued and the reply is late */
	char *status, *title, *case_no, *author, *doc_no, *reply_due;
};

struct draft_comment { char *at, *login, *text; };

struct draft_info {
	long long id, lead_id;
	long version;
	char *status, *title, *body, *author, *reviewer, *doc_no, *case_no, *template, *kind, *reply_due, *outcome;
	/* the lead it was made from ("" / 0 when made from a case) */
	char *lead_evidence, *rule_title, *rule_basis;
	struct draft_comment *comments;
	int ncomments;
};

int draftlist_fetch(jz_db *db, struct draft_row **rows, int *n, struct jz_err *e);
void draft_rows_free(struct draft_row *rows, int n);
/* One draft with its lead and comments; 1 found, 0 none, -1 error. */
int draftlist_get(jz_db *db, long long id, struct draft_info *out, struct jz_err *e);
void draft_info_free(struct draft_info *d);

#endif
