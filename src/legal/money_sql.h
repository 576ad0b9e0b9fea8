/* money_sql.h — SQL functions for amounts, registered on every connection
 * (store/db.c) so that rules and views write money as people do:
 *   yuan(fen)  12730000 → "127,300.00元" (NULL in, NULL out)            */
#ifndef JZ_LEGAL_MONEY_SQL_H
#define JZ_LEGAL_MONEY_SQL_H

struct sqlite3;
int money_sql_register(struct sqlite3 *db);   /* SQLITE_OK or the error code */

#endif
