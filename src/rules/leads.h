/* leads.h — leads (监督线索) and the labels people give them.
 *
 * Screening (screen.h) creates and refreshes leads; people label them 成案
 * (confirmed: becomes a supervision case) or 排除 (dismissed, with a reason
 * from leads_dismiss_reasons() and optional free text). Every label change
 * is audited with the lead before and after; undo restores the state before
 * the user's last label not yet undone (repeatable: an undo stack). Only the
 * roles store/policy.h names may label. Every change names the version of
 * the lead the person saw (0: whatever is current, for a one-shot CLI
 * command); when someone changed it since, nothing is written and the
 * message says who changed what and when. Listings are in query/leadlist.h. */
#ifndef JZ_LEADS_H
#define JZ_LEADS_H

#include "store/jzdb.h"
#include "util/err.h"

/* The 排除 reasons, NULL-terminated (static). "其他" needs a note. */
const char *const *leads_dismiss_reasons(void);

/* Label a lead: label is "成案" or "排除"; reason required for 排除 (one of
 * the list), optional for 成案; note optional. */
int leads_label(jz_db *db, long long lead_id, long long seen_version, const char *label, const char *reason,
		const char *note, struct jz_err *e);
/* Remove a lead's label (audited). */
int leads_unlabel(jz_db *db, long long lead_id, long long seen_version, struct jz_err *e);
/* The lead's current version (0 when there is no such lead). */
long long leads_version(jz_db *db, long long lead_id);
/* Undo the current user's most recent label change; *lead_id gets the lead. */
int leads_undo_last(jz_db *db, long long *lead_id, struct jz_err *e);

#endif
