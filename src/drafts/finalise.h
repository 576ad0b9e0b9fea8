/* finalise.h — the text of a draft at issue: the 文号 and the 成文日期
 * (and the 印发日期 of the 版记) are written into it, and from then on the
 * issued text is what the court received (a change needs a revision). */
#ifndef JZ_DRAFTS_FINALISE_H
#define JZ_DRAFTS_FINALISE_H

/* A new malloc'd text: the #docno line carries doc_no (and the placeholder
 * 〔文号待发出时编定〕 anywhere is replaced), the #date line (or a #right line
 * holding a Chinese-numeral date) the issue date in 〇 numerals, the #printed
 * line's "…年…月…日印发" the issue date. today is YYYY-MM-DD. */
char *drafts_finalise_text(const char *body, const char *doc_no, const char *today);
/* For a revision: the 文号 back to the placeholder (a new one is given when
 * the revision is issued). */
char *drafts_unfinalise_text(const char *body);

#endif
