/* export.h — Excel workbooks for clerks (libxlsxwriter).
 *
 * cases: every case; leads: every lead with its label; ledger: the
 * 监督案件台账 (one row per supervision case: a case with a confirmed lead);
 * stats: the 监督成效 figures per rule, court and month with native charts.
 * Every sheet has a formatted, frozen header row and an autofilter; column
 * widths fit CJK text (sampled from the first rows); dates are Excel dates
 * and money is numbers in 元. Workbooks are written in constant-memory mode
 * (rows stream to disk), so a million cases take little RAM. */
#ifndef JZ_EXPORT_H
#define JZ_EXPORT_H

#include "store/db.h"
#include "util/err.h"

enum export_what { EXPORT_CASES, EXPORT_LEADS, EXPORT_LEDGER, EXPORT_STATS };

struct export_opts {
	enum export_what what;
	int mask_ids;          /* 身份证号 as 330683********1234 */
	int quiet;             /* no progress line */
};

/* Parse "cases" / "leads" / "ledger" / "stats"; -1 when unknown. */
int export_what_parse(const char *s);
/* Write the workbook; *rows gets the number of data rows written. */
int export_xlsx(jz_db *db, const char *path, const struct export_opts *o, long *rows, struct jz_err *e);

#endif
