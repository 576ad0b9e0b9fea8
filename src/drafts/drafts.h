/* drafts.h — drafts of 检察建议书 and letters, and their review.
 *
 * A draft is made from a template (a .tpl file in templates/ or the user's
 * ~/.config/jianzhi/templates, jianzhi-templates(5)) filled from a lead or a
 * case. Workflow (every step audited, roles from the users table):
 *   草稿 --submit(author)--> 已提交 --approve(部门负责人/检察长, not the author)--> 已批准
 *   已提交 --return(reviewer, with a comment)--> 已退回 --submit--> 已提交
 *   已批准 --issue(author or 书记员: 文号 allocated per year and type, never reused,
 *            reply due in drafts.reply_months, default 3)--> 已发出
 *   已发出 --reply(outcome 采纳/部分采纳/不采纳, 恢复执行, 到位金额)--> 已回复
 *   已发出 (reply late) or 已回复 (不采纳) --followup--> 跟进监督
 * Saving the text carries the version the editor started from; a save
 * against a newer version is refused (nobody's work is overwritten). */
#ifndef JZ_DRAFTS_H
#define JZ_DRAFTS_H

#include "store/jzdb.h"
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
/* Replace the text; expected_version is the version the editor loaded. */
int drafts_save(jz_db *db, long long id, const char *body, long long expected_version, struct jz_err *e);

enum draft_action { DA_SUBMIT, DA_RETURN, DA_APPROVE, DA_ISSUE, DA_FOLLOWUP };
/* A workflow step by the current user; comment required for DA_RETURN. */
int drafts_step(jz_db *db, long long id, enum draft_action a, const char *comment, struct jz_err *e);
/* The court's reply. date NULL = today. */
int drafts_reply(jz_db *db, long long id, const char *outcome, int resumed, long long recovered_fen,
		 const char *date, struct jz_err *e);
int drafts_comment(jz_db *db, long long id, const char *text, struct jz_err *e);

#endif
