/* similar.h — 类案推送: for a case (or one of its leads), the closest past
 * cases and how they ended.
 *
 * Candidates are the cases with at least one lead, other than the case and
 * its own 执恢 family (v_family). Each gets a score, the sum of
 *   0–4  同一规则   4 × the share of the case's rules (the rules of its
 *                   leads; with a lead: its rule) the candidate has a lead of
 *   2    同一法院   same court code
 *   2    同一承办人 same judge in the same court
 *   1    同一案由   same cause
 *   0–1  标的相近   1 − |ln(claim ÷ claim′)| ÷ ln 10, not below 0 (equal
 *                   claims 1, ten times apart 0; nothing when either is unknown)
 *   0–2  证据相似   2 × the Jaccard index of the character bigrams of the
 *                   evidence (the lead's, or all the case's leads') against
 *                   the candidate's evidence for the rules shared (all its
 *                   evidence when none is)
 * (at most 12); cases scoring 0 are left out; ties go to the newer case.
 * Each row says why it was chosen ("同一规则 ZB-PROPERTY；同一法院；标的相近
 * （12.3万/10.8万）"; the claims are the case's, then the candidate's) and how it ended: the lead that best shows it (of the
 * same rule first, then the furthest along: money recovered, reply,
 * 检察建议 issued, 成案) with its outcome from v_lead_outcome. */
#ifndef JZ_QUERY_SIMILAR_H
#define JZ_QUERY_SIMILAR_H

#include "store/jzdb.h"
#include "util/err.h"

struct similar_row {
	long long case_id, lead_id;
	double score;
	char *case_no, *court, *judge, *cause, *closing;
	char *rule, *label;        /* the lead shown; label 成案 / 排除 / "" */
	int suggestion;            /* a 检察建议 was issued */
	char *outcome;             /* the court's reply: 采纳 / 部分采纳 / 未采纳 / "" */
	int resumed;               /* 1 enforcement resumed, 0 no, -1 unknown */
	long long recovered_fen;   /* -1 unknown */
	long long claim_fen;
	char *reason;
};

/* The limit closest cases to case_id (lead_id 0), or to lead lead_id of it
 * (its rule and evidence). */
int similar_find(jz_db *db, long long case_id, long long lead_id, int limit, struct similar_row **rows,
		 int *n, struct jz_err *e);
void similar_free(struct similar_row *rows, int n);

/* Character-bigram Jaccard index of two UTF-8 texts (0..1; whitespace and
 * punctuation count like any character). */
double similar_text(const char *a, const char *b);

#endif
