/* roles.h — a party's role in a case, as case_links stores it: a small
 * number (db/schema/052: 0 and 1, nearly every link, take no bytes). The
 * view case_parties gives the role as text; writers that go to case_links
 * itself name the role with these codes, or with role_code() in SQL. */
#ifndef JZ_STORE_ROLES_H
#define JZ_STORE_ROLES_H

enum party_role {
	ROLE_APPLICANT,      /* 申请执行人 */
	ROLE_DEBTOR,         /* 被执行人 */
	ROLE_OUTSIDER,       /* 案外人 */
	ROLE_GUARANTOR,      /* 担保人 */
	ROLE_ASSISTANT,      /* 协助执行人 */
	ROLE_BUYER,          /* 买受人 */
	NROLES
};

int party_role_code(const char *name);      /* -1 for no role of the list */
const char *party_role_name(int code);      /* NULL outside the list */

struct sqlite3;
int roles_sql_register(struct sqlite3 *db);   /* role_code(TEXT): the code, NULL for none */

#endif
