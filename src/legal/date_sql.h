/* date_sql.h — dates written inside free text, as an SQL function
 * registered on every connection (store/db.c):
 *   note_date(text, marker)  the first date after marker in text, as ISO
 *                            YYYY-MM-DD (any form norm_date reads:
 *                            2026-03-29, 2026/3/29, 2026年3月29日); NULL
 *                            when the marker or a valid date is missing.
 * For what a court's export writes into a remark ("竞价时间：2026-03-29
 * 10:00 至 …", v_auction_round). */
#ifndef JZ_LEGAL_DATE_SQL_H
#define JZ_LEGAL_DATE_SQL_H

struct sqlite3;
/* The date after marker in text into out; 0, or -1 when there is none. */
int note_date(const char *text, const char *marker, char out[11]);
int date_sql_register(struct sqlite3 *db);   /* SQLITE_OK or the error code */

#endif
