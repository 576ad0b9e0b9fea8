/* money.h — 资金分析 for one party, as typed rows for the faces (the SQL,
 * for the CLI's printer and the workbook: money_select in query/sql.h).
 *
 * Four sections, each one statement over the bank import (db/schema/013):
 *   timeline        every transaction on the party's accounts, oldest first,
 *                   with its statement file and row and the money rules
 *                   citing it;
 *   counterparties  per counterparty (name and account): transactions in
 *                   and out, their totals, first and last date, and how the
 *                   counterparty is related to the party (party_links);
 *   flagged         the transactions cited (bank:ID in leads.sources) by
 *                   active ZJ-* leads of the cases the party is in;
 *   links           the related parties, two hops: every link of the party
 *                   (depth 1), then every link of those parties that does
 *                   not lead back (depth 2, each link once).
 * Strings are never NULL ("" when absent); money is fen, -1 unknown. ID
 * numbers are as stored: the face masks them unless money_reveal_ids. */
#ifndef JZ_QUERY_MONEY_H
#define JZ_QUERY_MONEY_H

#include "store/jzdb.h"
#include "util/err.h"

enum money_section { MS_TIMELINE, MS_COUNTERPARTIES, MS_FLAGGED, MS_LINKS, MS_COUNT };

/* "timeline" …, and 流水, 对手方, 可疑交易, 关联主体 (sheet and tab names). */
const char *money_section_name(enum money_section s);
const char *money_section_title(enum money_section s);

struct money_party {
	long long id;
	char *name, *kind, *id_no;
	char *roles;             /* "被执行人 2 件、申请执行人 1 件" */
	long accounts, txns;
};

struct money_txn {
	long long id, amount_in, amount_out, balance;   /* in/out: -1 for the other way */
	char *date, *time, *account, *counterparty, *cp_account, *summary, *channel, *file;
	long row;
	char *flagged;           /* rule codes citing it, "" none */
};

struct money_cp {
	char *name, *account, *first, *last, *relation;  /* relation: link kinds to the party */
	long n, n_in, n_out;
	long long in, out;
};

struct money_flag {
	char *rules, *leads, *date, *time, *account, *dir, *counterparty, *cp_account, *summary, *file;
	long row;
	long long amount, txn_id;
};

struct money_link {
	int depth;               /* 1: the party's own; 2: of a party at depth 1 */
	long long via_id, party_id;
	char *via, *kind, *name;
	char *dir;               /* → via is the link's a, ← its b, ↔ a symmetric kind */
	char *source;            /* "registry:企业登记 企业登记.csv:5" */
	char *strength;          /* 强 / 弱 */
};

struct money {
	struct money_party p;
	struct money_txn *txns;   int ntxns;
	struct money_cp *cps;     int ncps;
	struct money_flag *flags; int nflags;
	struct money_link *links; int nlinks;
};

/* A party by its number, 证件号 or exact name; 0 and *id set, or -1 with e
 * saying none or several match (listing their numbers). */
int money_find_party(jz_db *db, const char *what, long long *id, struct jz_err *e);
/* Every section for party id. -1 when it does not exist or on error. */
int money_load(jz_db *db, long long party_id, struct money *m, struct jz_err *e);
void money_free(struct money *m);
/* Only the party (m->p of money_load); free with money_free on a zeroed
 * struct money holding it. */
int money_load_party(jz_db *db, long long party_id, struct money_party *p, struct jz_err *e);
/* Seeing the party's full ID: policy-checked (查看完整证件号) and audited. */
int money_reveal_ids(jz_db *db, long long party_id, struct jz_err *e);

#endif
