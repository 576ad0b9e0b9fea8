/* drafts.h — drafts of 检察建议书 and letters, and their review.
 *
 * A draft is made from a template (a .tpl file in templates/ or the user's
 * ~/.config/jianzhi/templates, jianzhi-templates(5)) filled from a lead or a
 * case. Workflow (who may take each step: store/policy.h; every step audited):
 *   草稿 --submit(author)--> 已提交 --approve(部门负责人/检察长, not the author)--> 已批准
 *   已提交 --return(reviewer, with a comment)--> 已退回 --submit--> 已提交
 *   已批准 --issue(部门负责人/检察长, not the author: 文号 allocated per year and
 *            type, never reused; the 文号 and 成文日期 written into the text,
 *            which is final from then; reply due drafts.reply_months later)--> 已发出
 *   已发出 --reply(outcome 采纳/部分采纳/不采纳, 恢复执行, 到位金额)--> 已回复
 *   已发出 (reply late) or 已回复 (不采纳) --followup--> 跟进监督
 *   an issued draft --revise--> a new 草稿 that names it (revises_id)
 * Every change bumps the draft's version and keeps its text (draft_texts),
 * so a reviewer can see what changed since the version they last read. A
 * step names the version the person saw (0: current, for a one-shot CLI
 * command); when the draft changed since, nothing is done and the message
 * says who changed what and when. */
#ifndef JZ_DRAFTS_H
#define JZ_DRAFTS_H

#include "store/jzdb.h"
#include "store/policy.h"
#include "util/err.h"

struct template_info {
	char *name, *title, *kind, *type, *needs, *path;
	char *body;           /* the text after the header */
};

/* Find a template by name (user directory first). Free with template_info_free. */
int drafts_template_load(const char *name, struct template_info *t, struct jz_err *e);
void template_info_free(struct template_info *t);
/* Print one line per template ("name<TAB>title") to f. */
void drafts_template_list(void (*fn)(const char *name, const char *title, void *arg), void *arg);

/* Create a draft from a lead (lead_id > 0) or a case (case_id > 0). */
int drafts_new(jz_db *db, long long lead_id, long long case_id, const char *template_name,
	       long long *draft_id, struct jz_err *e);
/* Replace the text; seen_version is the version the editor loaded. */
int drafts_save(jz_db *db, long long id, const char *body, long long seen_version, struct jz_err *e);

enum draft_action { DA_SUBMIT, DA_RETURN, DA_APPROVE, DA_ISSUE, DA_FOLLOWUP };
/* A workflow step by the current user; comment required for DA_RETURN. */
int drafts_step(jz_db *db, long long id, enum draft_action a, long long seen_version, const char *comment,
		struct jz_err *e);
/* The court's reply. date NULL = today. */
int drafts_reply(jz_db *db, long long id, long long seen_version, const char *outcome, int resumed,
		 long long recovered_fen, const char *date, struct jz_err *e);
/* A review comment (its own transaction). */
int drafts_comment(jz_db *db, long long id, const char *text, struct jz_err *e);
/* The same inside the caller's transaction. */
int drafts_comment_in(jz_db *db, long long id, const char *text, struct jz_err *e);
/* A new draft revising an issued one; *new_id gets it. */
int drafts_revise(jz_db *db, long long id, long long *new_id, struct jz_err *e);

/* May the current user take action a on the draft now (role, not on one's
 * own draft where the policy says so, the draft's state)? 0 yes; -1 with
 * e saying why (a refusal by role is audited). The step itself checks
 * again: this is for asking before work is done (opening the editor). */
int drafts_check(jz_db *db, long long id, enum policy_act a, struct jz_err *e);
/* The newest version before version whose text differs from it (0: none):
 * what "the last change" compares against. */
long long drafts_prev_version(jz_db *db, long long id, long long version);

/* The draft's current version (0: no such draft). */
long long drafts_version(jz_db *db, long long id);
/* Record that the current user has read version; what they last read. */
void drafts_mark_seen(jz_db *db, long long id, long long version);
long long drafts_seen_version(jz_db *db, long long id);
/* The text the draft had at version (malloc'd; NULL when unknown). */
char *drafts_text_at(jz_db *db, long long id, long long version);

#endif
