/* money_sql.h — SQL functions for amounts, registered on every connection
 * (store/db.c) so that rules and views write money as people do:
 *   yuan(fen)  12730000 → "127,300.00元" (NULL in, NULL out)
 *   exec_fee(claim_fen)  the 申请执行费 for an amount to enforce, in fen
 *              (诉讼费用交纳办法 第十四条第（一）项: 50元 up to 1万元, then
 *              1.5 % to 50万, 1 % to 500万, 0.5 % to 1000万, 0.1 % above);
 *              NULL for NULL or a negative amount                       */
#ifndef JZ_LEGAL_MONEY_SQL_H
#define JZ_LEGAL_MONEY_SQL_H

struct sqlite3;
long long exec_fee_fen(long long claim_fen);   /* -1 for a negative amount */
int money_sql_register(struct sqlite3 *db);   /* SQLITE_OK or the error code */

#endif
