/* history.h — what people did to one lead or draft, from the audit trail
 * (store/audit.h), as a person reads it: when, who (by name when the users
 * table has one), the action in Chinese, the note, and the fields that
 * changed with their values before and after (a changed text body is said
 * to have changed, not printed). 身份证号 in notes and values are masked.
 * Strings are never NULL. */
#ifndef JZ_QUERY_HISTORY_H
#define JZ_QUERY_HISTORY_H

#include "store/jzdb.h"
#include "util/err.h"

struct history_row {
	long long id;            /* the audit row */
	char *at, *login, *who, *action, *note;
	char *changes;           /* "标注：— → 成案；排除理由：…" or "" */
};

/* tbl is "leads" or "drafts". Oldest first. */
int history_fetch(jz_db *db, const char *tbl, long long row_id, struct history_row **rows, int *n,
		  struct jz_err *e);
void history_rows_free(struct history_row *rows, int n);
/* The Chinese name of an audit action ("draft.issue" → "发出"); the action
 * itself when it has none. */
const char *history_action_name(const char *action);

#endif
