/* context.h — filling a template's context for a new draft (drafts.c). */
#ifndef JZ_DRAFTS_CONTEXT_H
#define JZ_DRAFTS_CONTEXT_H

#include "drafts/drafts.h"
#include "drafts/template.h"

/* The 文号 a draft shows until it is issued; issuing writes the real one
 * in its place. */
#define DOC_NO_PENDING "〔文号待发出时编定〕"

/* Fields and lists for a draft from a lead (lead_id > 0) or a case. */
int drafts_build_context(jz_db *db, long long lead_id, long long case_id, const struct template_info *t,
			 struct tctx *c, struct jz_err *e);

#endif
