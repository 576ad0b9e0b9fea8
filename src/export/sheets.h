/* sheets.h — what each export writes, sheet by sheet (export-internal).
 *
 * Each function adds its sheets to the book from the query modules and the
 * views (never a figure of its own): lists.c the cases, leads and 台账;
 * stats.c the 监督成效 sheets with their charts; panels.c the other lists
 * of the workstation. note (may be NULL) goes
 * in the title row: what the list was filtered by. */
#ifndef JZ_EXPORT_SHEETS_H
#define JZ_EXPORT_SHEETS_H

#include "export/xlsheet.h"
#include "query/caselist.h"
#include "query/leadlist.h"
#include "query/outcomes.h"

int sheets_cases(struct xl_book *b, jz_db *db, const struct caselist_query *q, const char *note,
		 struct jz_err *e);
int sheets_leads(struct xl_book *b, jz_db *db, const struct lead_filter *f, const char *note,
		 struct jz_err *e);
int sheets_ledger(struct xl_book *b, jz_db *db, struct jz_err *e);
int sheets_stats(struct xl_book *b, jz_db *db, struct jz_err *e);
/* panels.c: the rules, drafts and documents lists; a 监督成效 panel. */
enum sheets_list { SL_RULES, SL_DRAFTS, SL_DOCS };
int sheets_list(struct xl_book *b, jz_db *db, enum sheets_list what, struct jz_err *e);
int sheets_outcomes(struct xl_book *b, jz_db *db, const struct outcomes_query *q, const char *note,
		    struct jz_err *e);

/* What a case list / lead filter selects, in words for a title row
 * ("法院 浙0683，终本，按立案日期降序"); appended to sb. */
void sheets_describe_cases(const struct caselist_query *q, struct strbuf *sb);
void sheets_describe_leads(const struct lead_filter *f, struct strbuf *sb);
void sheets_describe_outcomes(const struct outcomes_query *q, struct strbuf *sb);

#endif
