#!/bin/sh
# The shared host with real OS users (issue 16). As root this test creates a
# shared group, a group for the people and three users (all removed at the
# end), installs jianzhi into a scratch prefix (make install prefix=…), runs
# jianzhi-shared-setup there, and then acts as each user with runuser:
# role refusals, spoofing, stale approvals and labels, the wait behind a
# locked database, a foreign database refused untouched, audit tampering
# found, group-writable -wal/-shm made by each user, and doctor — clean on
# the good install, naming each planted problem. Not root: skipped.
. "$TOP_SRCDIR/tests/lib.sh"
if [ "$(id -u)" != 0 ]; then
	echo "1..0 # SKIP shared_host.sh must run as root: it creates OS users and a setgid install"
	exit 0
fi
for tool in useradd userdel groupadd groupdel runuser sqlite3 mkfifo; do
	command -v "$tool" >/dev/null 2>&1 || skip_all "$tool not found"
done
if findmnt -n -o OPTIONS -T "$T" 2>/dev/null | grep -qw nosuid; then
	skip_all "$T is on a nosuid file system (setgid cannot work there)"
fi

sfx=$(od -An -N3 -tx1 /dev/urandom | tr -d ' \n')
G=jzg$sfx PG=jzp$sfx A=jza$sfx B=jzb$sfx C=jzc$sfx      # A 承办检察官, B 部门负责人, C 书记员
cleanup() {
	for u in "$A" "$B" "$C"; do userdel "$u" 2>/dev/null; done
	groupdel "$PG" 2>/dev/null
	groupdel "$G" 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP
chmod 755 "$T"
groupadd "$PG"
for u in "$A" "$B" "$C"; do
	useradd -M -N -g "$PG" -d "$T/home/$u" -s /bin/sh "$u"
	mkdir -p "$T/home/$u" && chown "$u:$PG" "$T/home/$u"
done

P=$T/prefix BIN=$T/prefix/bin/jianzhi DIR=$T/prefix/var/lib/jianzhi
SDB=$DIR/jianzhi.db
CLEAN="PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 TZ=Asia/Shanghai"
# as USER CMD…: run as that OS user with a clean environment
as() { who=$1; shift; runuser -u "$who" -- env -i $CLEAN HOME="$T/home/$who" "$@"; }
# J USER ARGS…: jianzhi on the shared database as USER
J() { who=$1; shift; as "$who" "$BIN" --db "$SDB" "$@"; }
# R ARGS…: jianzhi as root (the login "root": JIANZHI_USER unset)
R() { env -i $CLEAN HOME="$T" "$BIN" "$@"; }
q() { sqlite3 -batch -noheader "$SDB" "$1"; }
mode() { stat -c '%a %U %G' "$@" | tr '\n' ' ' | sed 's/ $//'; }

# --- install into a scratch prefix, then the one setup command ---
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -C "$TOP_BUILDDIR" install prefix="$P" >"$T/install.log" 2>&1
ok "test -x '$BIN' && test -x '$P/sbin/jianzhi-shared-setup'" "make install into a scratch prefix"
setup() { env -i $CLEAN "$P/sbin/jianzhi-shared-setup" --prefix "$P" --group "$G" "$@"; }
out=$(setup 2>&1); rc=$?
is "$rc" 0 "jianzhi-shared-setup runs"
like "$out" "created group $G" "it creates the group"
like "$out" "no database yet" "and says how to create the database"
is "$(mode "$DIR")" "2770 root $G" "the database folder is 2770 root:$G"
is "$(mode "$BIN")" "2755 root $G" "the binary is setgid to $G"
out=$(setup --admin root 2>&1); rc=$?
is "$rc" 0 "setup --admin creates the database"
like "$out" "一切正常" "and doctor finds the install clean"
is "$(mode "$SDB")" "660 root $G" "the database is 0660 in the group"
before=$(stat -c '%a %U %G %i %Y' "$DIR" "$BIN" "$SDB")
setup --admin root >/dev/null 2>&1
is "$?" 0 "setup runs again"
is "$(stat -c '%a %U %G %i %Y' "$DIR" "$BIN" "$SDB")" "$before" "and changes nothing (idempotent)"

# --- data: a demo built privately by root, backed up, restored into the shared database ---
R --db "$T/demo.db" demo --cases 200 -q >/dev/null 2>&1
R --db "$T/demo.db" backup "$T/demo.bak" 2>/dev/null
out=$(R --db "$SDB" restore "$T/demo.bak" 2>&1); rc=$?
is "$rc" 0 "root (管理员) restores a backup into the shared folder"
is "$(mode "$SDB")" "660 root $G" "the restored database keeps mode and group"
R --db "$SDB" users set "$A" 承办检察官 张检察官 >/dev/null
R --db "$SDB" users set "$B" 部门负责人 李主任 >/dev/null
R --db "$SDB" users set "$C" 书记员 王书记员 >/dev/null
like "$(J "$A" users whoami)" "^$A	承办检察官" "each user is their OS login"
out=$(J "$A" doctor); rc=$?
is "$rc" 0 "doctor as a user: clean on the good install"

# --- the database is reachable only through jianzhi ---
as "$C" sqlite3 "$SDB" "SELECT count(*) FROM cases" >/dev/null 2>&1
ok "[ $? -ne 0 ]" "sqlite3 as a user cannot open the shared database"
as "$C" ls "$DIR" >/dev/null 2>&1
ok "[ $? -ne 0 ]" "nor list its folder"
like "$(J "$C" leads --format csv --limit 1)" "^lead_id," "but jianzhi reads it for them"

# --- role refusals: a 书记员 reads and exports only ---
lead=$(q "SELECT min(id) FROM leads WHERE status = 'active' AND label IS NULL")
out=$(J "$C" label "$lead" confirm 2>&1); rc=$?
is "$rc" 1 "a 书记员 cannot label"
like "$out" "无权标注线索：需要承办检察官、部门负责人、检察长角色（$C 的角色：书记员）" "told which roles may"
J "$A" draft new "$lead" --template 检察建议书-纠正违法执行 >/dev/null 2>&1
d=$(q "SELECT max(id) FROM drafts WHERE author = '$A'")
J "$A" draft submit "$d" >/dev/null 2>&1
like "$(J "$C" draft approve "$d" 2>&1)" "无权批准文稿：需要部门负责人、检察长角色" "a 书记员 cannot approve"
like "$(J "$C" users set "$C" 管理员 2>&1)" "无权管理用户和角色：需要管理员角色" "nor give themselves a role"
like "$(J "$C" rules disable CX-NOTICE-10D 2>&1)" "无权启用或停用规则：需要管理员角色" "nor disable a rule"
is "$(q "SELECT enabled FROM rules WHERE code = 'CX-NOTICE-10D'")" 1 "the rule stays enabled"
is "$(q "SELECT count(*) FROM audit WHERE login = '$C' AND action = 'denied'")" 4 "every refusal is audited under the OS login"
is "$(q "SELECT label IS NULL FROM leads WHERE id = $lead")" 1 "the lead is unlabelled"

# --- spoofing: the environment and flags do not change who you are ---
like "$(as "$C" env JIANZHI_USER="$B" "$BIN" --db "$SDB" users whoami)" "^$C	书记员" "JIANZHI_USER is ignored for a non-root user"
as "$C" env JIANZHI_USER=root "$BIN" --db "$SDB" label "$lead" confirm >/dev/null 2>&1
is "$?" 1 "JIANZHI_USER=root does not let a 书记员 label"
J "$C" label "$lead" confirm --user "$B" >/dev/null 2>&1
is "$?" 2 "there is no --user flag on label"
as "$C" "$BIN" --user "$B" --db "$SDB" leads >/dev/null 2>&1
is "$?" 2 "nor a global --user"
like "$(R --db "$SDB" users whoami)" "^root	" "root is root"
like "$(env -i $CLEAN JIANZHI_USER="$B" "$BIN" --db "$SDB" users whoami)" "^$B	部门负责人" "root alone may act as another login"
mkdir -p "$T/evil/db/schema"
printf 'CREATE TABLE evil(x);\n' >"$T/evil/db/schema/999_evil.sql"
uv=$(q "PRAGMA user_version")
as "$A" env JIANZHI_DATADIR="$T/evil" "$BIN" --db "$SDB" leads --limit 1 >/dev/null 2>&1
is "$?" 0 "JIANZHI_DATADIR is ignored by the setgid binary"
is "$(q "SELECT count(*) FROM sqlite_master WHERE name = 'evil'")/$(q "PRAGMA user_version")" "0/$uv" \
   "its migrations never reach the shared database"

# --- the group is given up for good before an editor runs ---
cat >"$T/ed.sh" <<'EOF'
#!/bin/sh
{ grep '^Gid:' /proc/$$/status; ls -l /proc/$$/fd; } >"$HOME/ed.out" 2>&1
printf '编辑器改过的正文\n' >"$1"
EOF
chmod 755 "$T/ed.sh"
J "$A" draft new "$lead" --template 检察建议书-纠正违法执行 >/dev/null 2>&1
d2=$(q "SELECT max(id) FROM drafts WHERE author = '$A'")
as "$A" env EDITOR="$T/ed.sh" "$BIN" --db "$SDB" draft edit "$d2" >/dev/null 2>&1
is "$?" 0 "draft edit with the user's editor"
pgid=$(getent group "$PG" | cut -d: -f3)
like "$(cat "$T/home/$A/ed.out")" "^Gid:	$pgid	$pgid	$pgid	$pgid" "the editor runs with the user's own gid (real, effective, saved, fs)"
unlike "$(cat "$T/home/$A/ed.out")" "jianzhi.db" "and inherits no descriptor of the database"
is "$(q "SELECT body FROM drafts WHERE id = $d2")" "编辑器改过的正文" "the edited text is saved"

# --- stale approval: the reviewer's screen is older than the draft ---
v=$(q "SELECT version FROM drafts WHERE id = $d")
J "$B" draft return "$d" --comment 请补充送达情况 --version "$v" >/dev/null 2>&1
is "$?" 0 "the 部门负责人 returns the draft"
seen=$(q "SELECT version FROM drafts WHERE id = $d")
printf '改过的正文\n' >"$T/home/$A/new.txt" && chown "$A" "$T/home/$A/new.txt"
J "$A" draft save "$d" "$T/home/$A/new.txt" --version "$seen" >/dev/null 2>&1
J "$A" draft submit "$d" >/dev/null 2>&1
out=$(J "$B" draft approve "$d" --version "$seen" 2>&1); rc=$?
is "$rc" 1 "approving the version seen before the author's edit is refused"
like "$out" "$A" "naming who changed it"
is "$(q "SELECT status FROM drafts WHERE id = $d")" 已提交 "the draft is not approved"
J "$B" draft approve "$d" --version "$(q "SELECT version FROM drafts WHERE id = $d")" >/dev/null 2>&1
is "$(q "SELECT status || ' ' || reviewer FROM drafts WHERE id = $d")" "已批准 $B" "approving the current version lands"

# --- stale label: two users, one version ---
lead2=$(q "SELECT min(id) FROM leads WHERE status = 'active' AND label IS NULL AND id > $lead")
lv=$(q "SELECT version FROM leads WHERE id = $lead2")
J "$B" label "$lead2" dismiss --reason 证据不足 --version "$lv" >/dev/null 2>&1
is "$?" 0 "the first label lands"
out=$(J "$A" label "$lead2" confirm --version "$lv" 2>&1); rc=$?
is "$rc" 1 "the second, from the same version, is refused"
like "$out" "已被 $B 于 .* 改动" "saying who changed the lead and when"
is "$(q "SELECT label || ' ' || labelled_by FROM leads WHERE id = $lead2")" "排除 $B" "the first label is kept"

# --- a 管理员 who is not root backs up into their own folder and restores ---
R --db "$SDB" users set "$B" 部门负责人,管理员 >/dev/null
J "$B" backup "$T/home/$B/b.db" 2>/dev/null
is "$?" 0 "a user backs the shared database up"
is "$(stat -c '%U %G' "$T/home/$B/b.db")" "$B $PG" "into their folder, with their own rights (not the shared group)"
J "$B" restore "$T/home/$B/b.db" >/dev/null 2>&1
is "$?" 0 "and, as 管理员, restores it (the group used to swap the file in)"
is "$(mode "$SDB")" "660 $B $G" "the restored database is 0660 in the group"
ok "test -z \"\$(find '$DIR' -name '.jianzhi.db.*')\"" "no temporary left in the folder"
R --db "$SDB" users set "$B" 部门负责人 >/dev/null

# --- a locked database: wait, then succeed ---
lead3=$(q "SELECT min(id) FROM leads WHERE status = 'active' AND label IS NULL AND id > $lead2")
mkfifo "$T/hold"
sqlite3 "$SDB" <"$T/hold" >"$T/hold.out" 2>&1 &
holder=$!
exec 7>"$T/hold"
printf 'BEGIN IMMEDIATE;\n.print held\n' >&7
i=0
while ! grep -q held "$T/hold.out" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
(
	t0=$(date +%s%N)
	J "$A" label "$lead3" confirm 2>"$T/wait.err" >/dev/null
	echo "$? $(( ($(date +%s%N) - t0) / 1000000 ))" >"$T/wait.res"
) &
waiter=$!
sleep 2
printf 'COMMIT;\n' >&7
exec 7>&-
wait "$waiter"
wait "$holder"
read -r wrc wms <"$T/wait.res"
is "$wrc" 0 "a label behind another writer's 2 s transaction succeeds"
ok "[ $wms -ge 1500 ]" "after waiting for it (${wms} ms)"
like "$(cat "$T/wait.err")" "等待中" "with a visible indicator"
unlike "$(cat "$T/wait.err")" "locked" "and never 'database is locked'"
is "$(q "SELECT label FROM leads WHERE id = $lead3")" 成案 "the label is stored"

# --- the right database or none ---
as "$A" sqlite3 "$T/home/$A/other.db" "CREATE TABLE keepme(x); INSERT INTO keepme VALUES (42);"
sum=$(sha256sum <"$T/home/$A/other.db")
out=$(as "$A" "$BIN" --db "$T/home/$A/other.db" cases 2>&1); rc=$?
is "$rc" 1 "another program's database in the user's folder is refused"
like "$out" "不是 jianzhi 的数据库" "saying so"
is "$(sha256sum <"$T/home/$A/other.db")" "$sum" "and left byte for byte as it was"
sqlite3 "$DIR/foreign.db" "CREATE TABLE keepme(x); INSERT INTO keepme VALUES (42);"
chgrp "$G" "$DIR/foreign.db" && chmod 660 "$DIR/foreign.db"
sum=$(sha256sum <"$DIR/foreign.db")
as "$A" "$BIN" --db "$DIR/foreign.db" cases >/dev/null 2>&1
is "$?" 1 "a foreign database inside the shared folder is refused too"
is "$(sha256sum <"$DIR/foreign.db")" "$sum" "untouched"
ok "test ! -e '$DIR/foreign.db-wal'" "no -wal made for it"
rm -f "$DIR/foreign.db"

# --- each user makes group-writable -wal/-shm ---
for u in "$A" "$B" "$C"; do
	rm -f "$SDB-wal" "$SDB-shm"
	J "$u" leads --limit 1 >/dev/null 2>&1
	is "$(mode "$SDB-wal" "$SDB-shm")" "660 $u $G 660 $u $G" "-wal and -shm made by $u are 0660 in $G"
done
J "$A" label "$lead3" clear >/dev/null 2>&1
is "$?" 0 "another user writes through the files $C made"

# --- audit tampering is found and the row named ---
n=$(q "SELECT id FROM audit WHERE action = 'label' AND login = '$B' LIMIT 1")
q "DROP TRIGGER audit_no_update; UPDATE audit SET note = '改过' WHERE id = $n;
   CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;"
out=$(J "$C" audit verify 2>&1); rc=$?
is "$rc" 1 "audit verify fails after an edit behind jianzhi's back"
like "$out" "审计链在第 $n 行断开" "and names the row"

# --- doctor names each planted problem ---
q "PRAGMA foreign_keys = OFF; INSERT INTO leads(id, rule_code, case_id, hit_key) VALUES (99999, 'CX-NOTICE-10D', 987654, 'x');"
J "$C" leads --limit 1 >/dev/null 2>&1     # root's sqlite3 took the -wal/-shm away; $C makes them again
chmod 0644 "$SDB-wal"
chgrp "$PG" "$SDB-shm"
chmod 2775 "$DIR"
touch -d '2 hours ago' "$DIR/.jianzhi.db.Ab12Cd"
out=$(J "$A" doctor); rc=$?
is "$rc" 1 "doctor fails on the damaged install"
like "$out" "jianzhi.db-wal: 权限是 0644，应为 0660" "names the -wal's mode"
like "$out" "修复: sudo chmod 0660 $SDB-wal" "with the command (sudo: the file is $C's)"
like "$out" "jianzhi.db-shm: 属组是 $PG，应为 $G" "names the -shm's group"
like "$out" "修复: sudo chgrp $G $SDB-shm" "with its chgrp"
like "$out" "共享数据库目录 $DIR: 权限是 2775，应为 2770" "names the folder's mode"
like "$out" ".jianzhi.db.Ab12Cd 是一次被中断的写入" "names the stale temporary"
like "$out" "审计链在第 $n 行断开" "names the broken audit row"
like "$out" "1 行引用了不存在的记录（第一处：leads 表 rowid 99999）" "names the dangling reference"
like "$(as "$A" env LC_ALL=C "$BIN" --db "$SDB" doctor)" "而不是 UTF-8" "and a user's non-UTF-8 locale"
R --db "$SDB" doctor --fix >/dev/null
is "$(stat -c '%a %G' "$SDB-wal" "$SDB-shm" "$DIR" | tr '\n' ' ')" "660 $G 660 $G 2770 $G " "doctor --fix (root) repairs modes and group"
ok "test ! -e '$DIR/.jianzhi.db.Ab12Cd'" "and removes the stale temporary"
out=$(J "$A" doctor); rc=$?
is "$rc" 1 "what --fix cannot repair is still reported"
unlike "$out" "权限是|属组是|临时文件（" "but nothing it could"
chmod 0755 "$BIN"
out=$(R --db "$SDB" doctor)
like "$out" "程序 $BIN 不是属 root、setgid 到组 $G 的" "a binary that lost its setgid bit is named"
fix=$(printf '%s\n' "$out" | sed -n "s/^ *修复: \(chown root:$G .*\)/\1/p")
sh -c "$fix"
is "$(mode "$BIN")" "2755 root $G" "and the printed command restores it"
done_testing
