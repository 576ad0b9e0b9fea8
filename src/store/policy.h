/* policy.h — who may do what: one table, enforced in the core.
 *
 * Every action a person can take is listed once with the roles that may
 * take it, whether it applies to one's own draft (never approve your own),
 * and for drafts the states it starts from. The CLI and the workstation
 * call the same core functions, which check here first; a refusal is one
 * Chinese sentence naming the role needed, and it is audited.
 *
 *   书记员        reads and exports (IDs masked)
 *   承办检察官    labels leads, reviews facts, drafts, submits, imports, screens
 *   部门负责人    as 承办检察官, and returns, approves and issues drafts of others
 *   检察长        the same as 部门负责人
 *   管理员        manages users, rule enablement and settings; backup, restore
 *
 * A login may hold several roles (user_roles). Whoever runs `jianzhi init`
 * becomes 管理员 and 承办检察官 (a lone prosecutor can work at once; on a
 * shared host the administrator gives and takes roles). */
#ifndef JZ_STORE_POLICY_H
#define JZ_STORE_POLICY_H

#include "store/jzdb.h"

enum role_bit {
	ROLE_PROSECUTOR = 1 << 0,   /* 承办检察官 */
	ROLE_HEAD = 1 << 1,         /* 部门负责人 */
	ROLE_CHIEF = 1 << 2,        /* 检察长 */
	ROLE_CLERK = 1 << 3,        /* 书记员 */
	ROLE_ADMIN = 1 << 4,        /* 管理员 */
};

enum policy_act {
	PA_LABEL, PA_FACT_REVIEW, PA_DRAFT_NEW, PA_DRAFT_EDIT, PA_DRAFT_SUBMIT, PA_DRAFT_COMMENT,
	PA_DRAFT_RETURN, PA_DRAFT_APPROVE, PA_DRAFT_ISSUE, PA_DRAFT_REPLY, PA_DRAFT_FOLLOWUP, PA_DRAFT_REVISE,
	PA_IMPORT, PA_OCR, PA_SCREEN, PA_EXPORT, PA_SEE_IDS, PA_USERS, PA_RULES, PA_SETTINGS, PA_BACKUP,
	PA_RESTORE, PA_COUNT
};

/* The role bit of a role name (0 when unknown) and the name of a bit. */
unsigned policy_role_bit(const char *role);
const char *policy_role_name(unsigned bit);
/* "承办检察官、管理员" for a set of roles ("无" when empty); static buffer. */
const char *policy_roles_text(unsigned roles, char *buf, size_t len);

/* May the acting user take action a? 0 yes; -1 no, with e saying why and
 * which roles may, and the refusal written to the audit trail. For draft
 * actions pass the draft's author (NULL otherwise): an action marked
 * not-own is refused on one's own draft. */
int policy_check(jz_db *db, enum policy_act a, const char *author, struct jz_err *e);
/* The same without auditing (to grey out a key in the workstation). */
int policy_allows(jz_db *db, enum policy_act a, const char *author);
/* For draft actions: the states the action starts from, "|"-separated
 * ("草稿|已退回"); NULL when any. */
const char *policy_draft_states(enum policy_act a);
/* The action's Chinese name ("批准文稿"). */
const char *policy_act_name(enum policy_act a);

#endif
