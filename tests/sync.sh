#!/bin/sh
# One database per office, a province combining them (issue 15, item 6):
# offices export snapshots, the province imports them with stable global
# ids; re-importing replaces an office's rows and keeps the province's own
# labels; the same person in two offices is one party; a kill -9 during an
# import leaves the province as it was; a province takes data only through
# sync import.
. "$TOP_SRCDIR/tests/lib.sh"
q() { sqlite3 -batch -noheader "$1" "$2"; }
P="$T/prov.db"
for i in 1 2 3; do
	"$JIANZHI" --db "$T/o$i.db" demo --cases 300 --seed "$i" -q >/dev/null 2>&1
done
err=$("$JIANZHI" --db "$T/o1.db" sync export "$T/o1.snap" 2>&1); rc=$?
is "$rc" 1 "an office must name itself before exporting"
like "$err" "settings set office.code" "and is told how"
for i in 1 2 3; do
	"$JIANZHI" --db "$T/o$i.db" settings set office.code "第${i}院" >/dev/null
	"$JIANZHI" --db "$T/o$i.db" sync export "$T/o$i.snap" >/dev/null
done
ok "[ -s '$T/o1.snap' ] && ! ls '$T'/.o1.snap.* 2>/dev/null" "the snapshot is written whole (no temporary left)"
"$JIANZHI" --db "$P" init >/dev/null
out=$("$JIANZHI" --db "$P" sync import "$T/o1.snap" "$T/o2.snap" "$T/o3.snap" 2>&1); rc=$?
is "$rc" 0 "the province imports three offices"
n1=$(q "$T/o1.db" "SELECT count(*) FROM cases")
is "$(q "$P" "SELECT count(*) FROM cases WHERE id >> 32 = 1")" "$n1" "the first office brings all its cases"
is "$(q "$P" "SELECT min(id - (id >> 32 << 32)) || '-' || max(id - (id >> 32 << 32)) FROM cases WHERE id >> 32 = 1")" \
	"$(q "$T/o1.db" "SELECT min(id) || '-' || max(id) FROM cases")" "each row keeps its office id under the office's prefix"
total=$(q "$P" "SELECT count(*) FROM cases")
skipped=$(q "$P" "SELECT sum(skipped) FROM sync_offices")
all=$(( $(q "$T/o1.db" "SELECT count(*) FROM cases") + $(q "$T/o2.db" "SELECT count(*) FROM cases") + $(q "$T/o3.db" "SELECT count(*) FROM cases") ))
is "$((total + skipped))" "$all" "every case is in the province once or counted as brought by another office first"
is "$(q "$P" "SELECT count(*) FROM (SELECT case_no FROM cases GROUP BY case_no HAVING count(*) > 1)")" 0 "no 案号 twice"
is "$(q "$P" "PRAGMA foreign_key_check")" "" "no broken reference"
is "$(q "$P" "PRAGMA integrity_check")" "ok" "the province database is sound"
idno=$(q "$T/o2.db" "SELECT id_no FROM parties WHERE id_no IS NOT NULL AND id_no IN (SELECT id_no FROM parties) LIMIT 1")
shared=$(q "$T/o1.db" "SELECT count(*) FROM parties WHERE id_no = '$idno'")
is "$(q "$P" "SELECT count(*) FROM parties WHERE id_no = '$idno'")" 1 "a person known to two offices is one party (shared by $shared)"
like "$("$JIANZHI" --db "$P" sync offices --format csv)" "第2院" "sync offices lists them"

# the province screens, labels a lead on office 1; office 1 changes and re-exports
"$JIANZHI" --db "$P" screen -q >/dev/null
lead=$(q "$P" "SELECT id FROM leads WHERE case_id >> 32 = 1 LIMIT 1")
"$JIANZHI" --db "$P" label "$lead" confirm >/dev/null
q "$T/o1.db" "DELETE FROM events WHERE id IN (SELECT id FROM events ORDER BY id LIMIT 7)"
"$JIANZHI" --db "$T/o1.db" sync export "$T/o1.snap" >/dev/null
out=$("$JIANZHI" --db "$P" sync import "$T/o1.snap" 2>&1)
like "$out" "已更新" "importing an office again replaces what it brought"
is "$(q "$P" "SELECT count(*) FROM events WHERE id >> 32 = 1")" "$(q "$T/o1.db" "SELECT count(*) FROM events")" \
	"its deleted events are gone from the province"
is "$(q "$P" "SELECT label FROM leads WHERE id = $lead")" "成案" "the province's own label on its case stays"
ok "[ $(q "$P" "SELECT count(*) FROM screen_dirty WHERE case_id >> 32 = 1") -gt 0 ]" "its changed cases wait for the next screen"
c3=$(q "$P" "SELECT case_no FROM cases WHERE id >> 32 = 3 LIMIT 1")
like "$("$JIANZHI" --db "$P" cases --where "case_no = '$c3'" --format csv)" "$c3" "an office's case is found in the province"

# a kill -9 in the middle of an import changes nothing
"$JIANZHI" --db "$T/o4.db" demo --cases 3000 --seed 4 -q >/dev/null 2>&1
"$JIANZHI" --db "$T/o4.db" settings set office.code "第4院" >/dev/null
"$JIANZHI" --db "$T/o4.db" sync export "$T/o4.snap" >/dev/null
before=$(q "$P" "SELECT count(*) || '/' || (SELECT count(*) FROM events) || '/' || (SELECT count(*) FROM parties) FROM cases")
atomic=yes; interrupted=0
for d in 0.05 0.1 0.2 0.3; do
	"$JIANZHI" --db "$P" sync import "$T/o4.snap" >/dev/null 2>&1 &
	pid=$!
	sleep "$d"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	now=$(q "$P" "SELECT count(*) || '/' || (SELECT count(*) FROM events) || '/' || (SELECT count(*) FROM parties) FROM cases")
	[ "$now" = "$before" ] || [ "$(q "$P" "SELECT count(*) FROM sync_offices WHERE code = '第4院'")" = 1 ] || atomic="no: $now after ${d}s"
	[ "$(q "$P" "SELECT count(*) FROM sync_offices WHERE code = '第4院'")" = 1 ] && break
	interrupted=$((interrupted + 1))
done
ok "[ $interrupted -ge 1 ]" "at least one kill -9 landed before the import finished ($interrupted)"
is "$atomic" yes "a kill -9 during an import leaves nothing half-applied"
is "$(q "$P" "PRAGMA integrity_check")" "ok" "and the database sound"
"$JIANZHI" --db "$P" sync import "$T/o4.snap" >/dev/null 2>&1
ok "[ $(q "$P" "SELECT cases FROM sync_offices WHERE code = '第4院'") -gt 0 ]" "the import then completes"

err=$("$JIANZHI" --db "$P" import cases "$T/o1.snap" 2>&1); rc=$?
is "$rc" 1 "a province database takes no direct import"
like "$err" "全省汇总库" "and says why"
printf 'not a database' >"$T/junk.snap"
like "$("$JIANZHI" --db "$P" sync import "$T/junk.snap" 2>&1)" "不是检执工作台的导出文件|无法打开" "a foreign file is refused"
done_testing
