/* id_sql.h — ID numbers (身份证号, 统一社会信用代码) as SQL functions,
 * registered on every connection (store/sql_functions.c):
 *   id_kind(x)   'person', 'org', or NULL (blank, masked, no ID shape)
 *   id_valid(x)  1 when the check character is right, 0 when not, NULL
 *                when x is no person or org ID
 *   id_birth(x)  the ISO birth date of a valid person ID, else NULL
 *   id_norm(x)   the ID as parties.id_no keeps it (upper case, no spaces,
 *                a 15-digit ID widened to 18), NULL when no person/org ID
 * The same reading as the ledger import (norm_id), for parties SQL
 * creates: a company's 法定代表人 known only from the 企业登记 register, a
 * 案外人 who claims in a case (events import). */
#ifndef JZ_LEGAL_ID_SQL_H
#define JZ_LEGAL_ID_SQL_H

struct sqlite3;
int id_sql_register(struct sqlite3 *db);   /* SQLITE_OK or the error code */

#endif
