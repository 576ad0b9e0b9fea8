/* leads.h — leads (监督线索) and the labels people give them.
 *
 * Screening (screen.h) creates and refreshes leads; people label them 成案
 * (confirmed: becomes a supervision case) or 排除 (dismissed, with a reason
 * from leads_dismiss_reasons() and optional free text). Every label change
 * is audited with the lead before and after; undo restores the state before
 * the user's last label. */
#ifndef JZ_LEADS_H
#define JZ_LEADS_H

#include <sqlite3.h>
#include "util/err.h"

/* The 排除 reasons, NULL-terminated (static). "其他" needs a note. */
const char *const *leads_dismiss_reasons(void);

/* Label a lead: label is "成案" or "排除"; reason required for 排除 (one of
 * the list), optional for 成案; note optional. */
int leads_label(sqlite3 *db, long long lead_id, const char *label, const char *reason,
		const char *note, struct jz_err *e);
/* Remove a lead's label (audited). */
int leads_unlabel(sqlite3 *db, long long lead_id, struct jz_err *e);
/* Undo the current user's most recent label change; *lead_id gets the lead. */
int leads_undo_last(sqlite3 *db, long long *lead_id, struct jz_err *e);

/* Filters for listing; NULL/0 fields do not filter. */
struct lead_filter {
	const char *status;      /* active / gone */
	const char *rule;        /* rule code */
	const char *stage;
	const char *court;       /* court code */
	const char *judge;
	const char *label;       /* 成案 / 排除 / none (unlabelled) */
	long long case_id;
};
/* A statement listing leads (columns: lead_id, rule, title, stage, severity,
 * case_no, court, judge, status, label, label_reason, evidence, case_id),
 * ordered by id, with id > after_id, at most limit rows (0: no limit).
 * Caller finalizes. */
int leads_query(sqlite3 *db, const struct lead_filter *f, long long after_id, long limit,
		sqlite3_stmt **out, struct jz_err *e);

/* One lead with its rule's law and remedy (columns as leads_query plus
 * basis, remedy, rule_version, first_seen, last_seen, gone_at, label_note,
 * labelled_by, labelled_at). Caller finalizes; SQLITE_ROW when found. */
int leads_get(sqlite3 *db, long long lead_id, sqlite3_stmt **out, struct jz_err *e);

/* Per-rule figures (columns: rule, title, stage, hits, active, labelled,
 * confirmed, dismissed, precision (成案率 of labelled, NULL when none)). */
int leads_stats_query(sqlite3 *db, sqlite3_stmt **out, struct jz_err *e);

#endif
