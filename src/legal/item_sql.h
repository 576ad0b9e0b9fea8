/* item_sql.h — does an event's 标的物 name a register's item? As an SQL
 * function, registered on every connection (store/sql_functions.c):
 *   item_is(x, a [, b ...])  1 when the 标的物 x is one of a, b, … (the
 *       register's 坐落, plate or account, its 权证号) or contains one of
 *       them of 6 characters or more, else 0.
 * A court writes 「房产 绍兴市…2303室」 or 「车辆 浙D12345 大众牌轿车」 where
 * the register says 「绍兴市…2303室」 and 「浙D12345」: equality alone
 * took a seized flat for one the court never touched. Six characters keep
 * a short name (「厂房」, 「1号」) from matching everything. */
#ifndef JZ_LEGAL_ITEM_SQL_H
#define JZ_LEGAL_ITEM_SQL_H

struct sqlite3;
int item_sql_register(struct sqlite3 *db);   /* SQLITE_OK or the error code */

#endif
