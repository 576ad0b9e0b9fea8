#!/bin/sh
# The CLI contract: help on every command, version, exit codes, database
# creation and migration, refusing a newer schema, backup, users, audit.
. "$TOP_SRCDIR/tests/lib.sh"

like "$(jz --version)" "^jianzhi [0-9]+\.[0-9]+" "--version"
like "$(jz --help)" "Usage: jianzhi" "--help"
for c in init demo import cases ocr extract screen rules leads label draft export backup users; do
	out=$(jz "$c" --help 2>&1); rc=$?
	if [ "$rc" = 0 ] && [ -n "$out" ]; then _tap 0 "$c --help"; else _tap 1 "$c --help (rc $rc)"; fi
done
jz nosuchcommand 2>"$T/err"; is "$?" 2 "unknown command exits 2"
like "$(cat "$T/err")" "unknown command 'nosuchcommand'" "and says which"
jz --bogus 2>/dev/null; is "$?" 2 "unknown option exits 2"
jz extract /dev/null --bogus 2>"$T/err"; is "$?" 2 "a command's unknown argument exits 2"
like "$(cat "$T/err")" "Try 'jianzhi extract --help'" "and points to that command's help"

# extract --ocr-confidence: another tool's reading of a scan is extracted as a scan
printf '执行裁定书\n（2022）川0107执恢88号\n被执行人：李某。\n本院于2022年1月14日立案执行，于2022年2月10日冻结了存款，于2022年3月8日扣划存款。\n裁定如下：\n终结本次执行程序。\n二〇二一年四月二十九日\n' >"$T/scan.txt"
like "$(jz extract "$T/scan.txt" --format json --ocr-confidence 90)" '"role":"落款","value":"2022-04-29"' \
	"extract --ocr-confidence: the text read as a scan (a 落款 before the events told mended)"
like "$(jz extract "$T/scan.txt" --format json)" '"role":"落款","value":"2021-04-29"' "without it: the text as written"
for bad in 101 -1 nan 80,x ''; do
	jz extract "$T/scan.txt" --ocr-confidence "$bad" >/dev/null 2>&1; is "$?" 2 "extract --ocr-confidence '$bad' refused"
done

out=$(jz init); is "$?" 0 "init"
like "$out" "test.db \(schema [0-9]+\)" "init prints the path and schema version"
ok "test -f '$DB'" "database file created"
is "$(sqlite3 "$DB" 'pragma journal_mode')" wal "WAL mode"
v=$(sqlite3 "$DB" 'pragma user_version')
ok "[ '$v' -ge 1 ]" "schema version recorded ($v)"

# Default path under XDG_DATA_HOME when neither --db nor JIANZHI_DB is given.
( unset JIANZHI_DB; "$JIANZHI" init >/dev/null )
ok "test -f '$XDG_DATA_HOME/jianzhi/jianzhi.db'" "default database under XDG_DATA_HOME"

# An older database (version 0: only the first tables missing) is migrated.
# An older jianzhi database (only the first migration, before files were
# stamped) is migrated and keeps its data.
{ cat "$TOP_SRCDIR/db/schema/001_core.sql"; echo "PRAGMA user_version=1; INSERT INTO settings VALUES('keep','42');"; } | sqlite3 "$T/old.db"
jz --db "$T/old.db" init >/dev/null
is "$(sqlite3 "$T/old.db" "select value from settings where key='keep'")" 42 "migration keeps existing data"
is "$(sqlite3 "$T/old.db" 'pragma user_version')" "$v" "older database migrated to the current version"
is "$(sqlite3 "$T/old.db" 'pragma application_id')" 1247430729 "and stamped as a jianzhi database"
# Another program's SQLite file is refused untouched.
sqlite3 "$T/other.db" "create table keepme(x); insert into keepme values(42);"
cp "$T/other.db" "$T/other.orig"
out=$(jz --db "$T/other.db" cases 2>&1); rc=$?
is "$rc" 1 "another program's database is refused"
like "$out" "不是 jianzhi 的数据库" "saying so"
ok "cmp -s '$T/other.db' '$T/other.orig'" "and left byte for byte as it was"
# A missing database is an error that says to run init.
out=$(jz --db "$T/missing.db" cases 2>&1); rc=$?
is "$rc" 1 "a missing database is an error"
like "$out" "jianzhi init" "that says to run jianzhi init"
ok "test ! -e '$T/missing.db'" "and creates nothing"

# A newer database is refused with both versions named.
sqlite3 "$T/new.db" "pragma user_version=999"
out=$(jz --db "$T/new.db" cases 2>&1); rc=$?
is "$rc" 1 "newer database refused (exit 1)"
like "$out" "schema version 999 is newer than this jianzhi knows \($v\)" "message names both versions"

# Users and roles; every change audited; the audit cannot be edited.
jz users set alice 部门负责人 "张丽" >/dev/null
like "$(jz users)" "alice +部门负责人 +张丽" "users set and list"
like "$(JIANZHI_USER=alice jz users whoami)" "alice.*部门负责人" "whoami shows the role of the login"
jz users set bob 大领导 2>/dev/null; is "$?" 2 "unknown role is a usage error"
like "$(sqlite3 "$DB" "select login||' '||action from audit")" "tester user.set" "role change audited with the login"
sqlite3 "$DB" "update audit set login='x'" 2>/dev/null; ok "[ $? -ne 0 ]" "audit refuses UPDATE"
sqlite3 "$DB" "delete from audit" 2>/dev/null; ok "[ $? -ne 0 ]" "audit refuses DELETE"

# Backup: a consistent copy.
jz backup "$T/copy.db" 2>/dev/null
is "$(sqlite3 "$T/copy.db" "select count(*) from users where login='alice'")" 1 "backup holds the data"
done_testing
