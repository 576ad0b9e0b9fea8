/* test_item_sql.c — item_is() (legal/item_sql.h): a court's 标的物 names
 * the register's flat, car or account however the court prefixes it, and
 * a short name matches only itself. */
#include "legal/item_sql.h"
#include "tap.h"

#include <sqlite3.h>
#include <stdio.h>

static sqlite3 *db;

static void sql_is(const char *expr, const char *want)
{
	char sql[512];
	snprintf(sql, sizeof sql, "SELECT coalesce(%s, 'NULL')", expr);
	sqlite3_stmt *st;
	const char *got = "(error)";
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		got = (const char *)sqlite3_column_text(st, 0);
	is_str(got, want, "%s = %s", expr, want);
	sqlite3_finalize(st);
}

int main(void)
{
	sqlite3_open(":memory:", &db);
	ok(item_sql_register(db) == SQLITE_OK, "the function registers");
	sql_is("item_is('绍兴市上虞区崧厦街道锦绣花园16号3幢2303室', '绍兴市上虞区崧厦街道锦绣花园16号3幢2303室')", "1");
	sql_is("item_is('房产 绍兴市上虞区崧厦街道锦绣花园16号3幢2303室', '绍兴市上虞区崧厦街道锦绣花园16号3幢2303室')", "1");
	sql_is("item_is('车辆 浙DNVNG0 大众牌小型轿车', NULL, '浙DNVNG0')", "1");            /* the plate, second */
	sql_is("item_is('车辆 浙DNVNG1 大众牌小型轿车', '浙DNVNG0')", "0");                  /* another plate */
	sql_is("item_is('锦绣花园13幢2303室', '锦绣花园3幢2303室')", "0");                    /* another flat */
	sql_is("item_is('嵊州市经济开发区丰润路6号厂房', '厂房')", "0");                      /* too short to say */
	sql_is("item_is('厂房', '厂房')", "1");                                              /* but equal is equal */
	sql_is("item_is('绍兴市锦绣花园3幢', '锦绣花园3幢')", "1");                            /* six characters say it */
	sql_is("item_is('绍兴市锦绣花园3幢', '绣花园3幢')", "0");                              /* five do not (13 bytes) */
	sql_is("item_is(' 浙D12345 ', '浙D12345')", "1");                                   /* blanks around */
	sql_is("item_is('浙D12345', '车辆 浙D12345 大众牌')", "0");                          /* the register's is longer */
	sql_is("item_is(NULL, '浙D12345')", "0");
	sql_is("item_is('浙D12345', NULL, '')", "0");
	sqlite3_close(db);
	return tap_done();
}
