#!/bin/sh
# jianzhi doctor on a personal and on a shared folder (any user; the setgid
# install with real OS users is tests/shared_host.sh): clean on a good
# database and read-only while checking; each planted problem named with
# the command that fixes it; --fix repairs modes and leftovers only; exit 0
# only when all is well.
. "$TOP_SRCDIR/tests/lib.sh"
q() { sqlite3 -batch -noheader "$1" "$2"; }
jz demo --cases 100 -q >/dev/null 2>&1

sum_before=$(sha256sum <"$DB")
out=$(jz doctor); rc=$?
is "$rc" 0 "doctor is clean on a fresh demo database (exit 0)"
like "$out" "一切正常" "and says so"
like "$out" "数据库结构版本 [0-9]+ 与程序一致" "schema version checked"
like "$out" "quick_check: ok" "quick_check run"
like "$out" "外键完整" "foreign keys checked"
like "$out" "审计链完整（[0-9]+ 行）" "audit chain verified"
like "$(jz doctor --full)" "integrity_check: ok" "--full runs integrity_check"
is "$(sha256sum <"$DB")" "$sum_before" "checking does not change the database"

out=$(LC_ALL=C jz doctor); rc=$?
is "$rc" 1 "a non-UTF-8 locale is a problem"
like "$out" "字符集是 ANSI_X3.4-1968 而不是 UTF-8" "named"
like "$out" "修复: export LC_ALL=C.UTF-8" "with the fix"

# Damage done around jianzhi: an audit row edited, a dangling reference.
cp "$DB" "$T/bad.db"
q "$T/bad.db" "DROP TRIGGER audit_no_update; UPDATE audit SET note = '改过' WHERE id = 3;
  CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
  PRAGMA foreign_keys = OFF; INSERT INTO leads(id, rule_code, case_id, hit_key) VALUES(99999, 'CX-NOTICE-10D', 987654, 'x');"
out=$(jz --db "$T/bad.db" doctor); rc=$?
is "$rc" 1 "a tampered database fails the check"
like "$out" "审计链在第 3 行断开" "the edited audit row is named"
like "$out" "修复: jianzhi --db $T/bad.db restore 备份文件.db" "with the way back (a verified backup)"
like "$out" "1 行引用了不存在的记录（第一处：leads 表 rowid 99999）" "the dangling reference is named"
like "$out" "修复: sqlite3 $T/bad.db 'PRAGMA foreign_key_check'" "with the command that lists them all"
jz --db "$T/bad.db" doctor --fix >/dev/null
is "$?" 1 "--fix does not pretend to repair data"

cp "$DB" "$T/new.db"
q "$T/new.db" "PRAGMA user_version = 999"
like "$(jz --db "$T/new.db" doctor)" "数据库结构版本 999 比本程序的 [0-9]+ 新" "a newer schema is named"
sqlite3 "$T/other.db" "CREATE TABLE keepme(x)"
like "$(jz --db "$T/other.db" doctor)" "不是 jianzhi 的数据库" "another program's file is named"
out=$(jz --db "$T/none.db" doctor); rc=$?
is "$rc" 1 "a missing database is a problem"
like "$out" "修复: jianzhi --db $T/none.db init" "with the command that creates it"
ok "test ! -e '$T/none.db'" "and doctor did not create it"

# A shared folder (setgid): new files group-writable, -wal/-shm kept.
S="$T/shared"
mkdir "$S" && chmod 2770 "$S"
jz --db "$S/s.db" init >/dev/null
is "$(stat -c %a "$S/s.db")" 660 "a new database in a shared folder is 0660"
is "$(stat -c %a "$S/s.db-wal") $(stat -c %a "$S/s.db-shm")" "660 660" "its -wal and -shm are 0660 and stay after the last close"
out=$(jz --db "$S/s.db" doctor)
like "$out" "共享数据库目录 $S: 2770" "the shared folder's mode is checked"
like "$out" "s.db-wal: 0660" "and the -wal's"
like "$out" "不是属 root、setgid 到组" "a binary that is not setgid is named when the folder is shared"
chmod 0644 "$S/s.db-wal"
chmod 2775 "$S"
touch -d '2 hours ago' "$S/.s.db.Ab12Cd"
touch "$S/.s.db.Xy34Zw"
out=$(jz --db "$S/s.db" doctor); rc=$?
is "$rc" 1 "planted problems fail the check"
like "$out" "s.db-wal: 权限是 0644，应为 0660" "a -wal others cannot write is named"
like "$out" "修复: chmod 0660 $S/s.db-wal" "with its chmod"
like "$out" "共享数据库目录 $S: 权限是 2775，应为 2770" "a folder open to others is named"
like "$out" ".s.db.Ab12Cd 是一次被中断的写入留下的临时文件" "a stale temporary is named"
like "$out" "修复: rm -f $S/.s.db.Ab12Cd" "with its rm"
unlike "$out" "Xy34Zw" "a fresh one (a write in progress) is not"
jz --db "$S/s.db" doctor --fix >/dev/null
is "$(stat -c %a "$S/s.db-wal") $(stat -c %a "$S")" "660 2770" "--fix repairs the modes"
ok "test ! -e '$S/.s.db.Ab12Cd' && test -e '$S/.s.db.Xy34Zw'" "and removes only the stale temporary"
out=$(jz --db "$S/s.db" doctor)
unlike "$out" "权限是|临时文件（" "afterwards no mode or leftover problem is reported"
is "$(printf '%s\n' "$out" | grep -c '^  问题  ')" 1 "one problem left: the binary (only root can make it setgid)"

out=$(jz --db "$T/x.db-wal" cases 2>&1); rc=$?
is "$rc" 1 "a -wal file is never opened as a database"
like "$out" "是数据库的附属文件" "and the message says why"
done_testing
