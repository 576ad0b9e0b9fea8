/* export.h — Excel workbooks for clerks (libxlsxwriter).
 *
 * cases: the cases (all, or exactly those a case list shows: its filters
 * and sort); leads: the leads with their label and outcome (all, or those
 * a lead filter selects); ledger: the 监督案件台账 (one row per
 * supervision case, db view v_supervision_cases); stats: the 监督成效 per
 * rule, court, judge and month — the funnel 命中 → 成案 → 检察建议 → 采纳 →
 * 恢复执行 → 到位金额 with its rates — from the views of db/schema/007 and
 * 008 (the same figures the CLI and the workstation show), each sheet with
 * a native chart. Every sheet is ready to print and sum (export/xlsheet.h:
 * title row, frozen and filtered header, 合计 row, A4 landscape one page
 * wide, page numbers).
 *
 * 身份证号 are masked (first 6 and last 4 kept), in ID columns and in free
 * text alike, unless full_ids is set; full_ids is refused unless the
 * acting user may see them (export_full_ids_allowed), and every export
 * with full IDs is written to the audit table (action export.unmask).
 *
 * The file is replaced all at once (util/atomicfile.h): the workbook is
 * written to a temporary in the target's folder, checked (every part of
 * the zip read back whole), then renamed over the target; on any failure
 * or interruption the previous file stays as it was and no temporary
 * stays. Workbooks are written in constant-memory mode (rows stream to
 * disk), so a million cases take little RAM. Progress shows on a terminal
 * unless quiet (a face drawing the screen sets quiet). */
#ifndef JZ_EXPORT_H
#define JZ_EXPORT_H

#include "query/caselist.h"
#include "query/leadlist.h"
#include "query/outcomes.h"
#include "store/jzdb.h"
#include "util/err.h"

enum export_what { EXPORT_CASES, EXPORT_LEADS, EXPORT_LEDGER, EXPORT_STATS };

struct export_opts {
	enum export_what what;
	int full_ids;          /* 身份证号 in full (when the role allows); else masked */
	int quiet;             /* no progress line */
};

/* Parse "cases" / "leads" / "ledger" / "stats"; -1 when unknown. */
int export_what_parse(const char *s);
/* Write the workbook o->what names; *rows gets the number of data rows. */
int export_xlsx(jz_db *db, const char *path, const struct export_opts *o, long *rows, struct jz_err *e);
/* The cases of a case list query, in its order (o->what is ignored). */
int export_cases_xlsx(jz_db *db, const char *path, const struct caselist_query *q,
		      const struct export_opts *o, long *rows, struct jz_err *e);
/* The leads a lead filter selects, by id (o->what is ignored). */
int export_leads_xlsx(jz_db *db, const char *path, const struct lead_filter *f,
		      const struct export_opts *o, long *rows, struct jz_err *e);

/* The workstation's other lists, as their views show them: the rules with
 * their figures, the drafts, the scanned documents, or the 监督成效 panel
 * q (its rows in its order; q is NULL for the others). */
enum export_list { EXPORT_LIST_RULES, EXPORT_LIST_DRAFTS, EXPORT_LIST_DOCS, EXPORT_LIST_OUTCOMES };
int export_list_xlsx(jz_db *db, const char *path, enum export_list what, const struct outcomes_query *q,
		     const struct export_opts *o, long *rows, struct jz_err *e);

/* May the acting user export full 身份证号? 0 yes (承办检察官, 部门负责人,
 * 检察长); -1 no, with e saying why in Chinese. The one place this is
 * decided, for the access policy to take over. */
int export_full_ids_allowed(jz_db *db, struct jz_err *e);

#endif
