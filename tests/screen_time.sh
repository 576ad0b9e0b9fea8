#!/bin/sh
# Incremental and full screens give identical leads on any day: a simulated
# year of daily runs (issue 11), from the day after the demo's today (so no
# data is dated ahead of the screening day). Two copies of one database; every day the
# screening date moves on by one, copy A screens incrementally, copy B
# screens in full, and their leads — rule, case, key, status, evidence,
# sources, checked exceptions, next review day — must be the same. Every 29
# days both import the same new events (renewals, payments, queries), and
# once a rule parameter changes, so the dirty, wake and fingerprint paths
# are all exercised. In the suite the run covers 50 days (2026-11-16 to
# 2027-01-04: two month ends, the new year and its 元旦 holiday) to keep
# `make check` short; SCREEN_TIME_DAYS=365 runs the whole year (figures in
# docs/rules.md, Screening).
. "$TOP_SRCDIR/tests/lib.sh"
A="$T/a.db"; B="$T/b.db"
"$JIANZHI" --db "$A" demo --cases 200 -q >/dev/null 2>&1 || { echo "not ok 1 - demo"; echo 1..1; exit 1; }
cp "$A" "$B"
days=${SCREEN_TIME_DAYS:-50}
leads() { sqlite3 -batch -noheader "$1" "SELECT rule_code, case_id, hit_key, status, evidence, sources,
	(SELECT text FROM lead_checks WHERE id = checked_id), coalesce(next_change, '') FROM leads ORDER BY rule_code, case_id, hit_key"; }
set_day() { for db in "$A" "$B"; do sqlite3 "$db" "INSERT OR REPLACE INTO settings VALUES('screen.today', '$1')"; done; }

# New events for a handful of cases: a renewal of a seizure, a payment,
# a network query — chosen from the data, dated the day they are imported.
new_events() { # day file
	sqlite3 -batch -csv "$A" "SELECT '案号','事件类型','日期','到期日','标的物','金额'
	UNION ALL SELECT * FROM (SELECT c.case_no, '续封', '$1', date('$1', '+3 years'), e.item, ''
		FROM events e JOIN cases c ON c.id = e.case_id WHERE e.kind = '查封' AND e.item IS NOT NULL
		ORDER BY (e.id * 7919 + julianday('$1')) % 101 LIMIT 3)
	UNION ALL SELECT * FROM (SELECT c.case_no, '网络查控', '$1', '', '总对总网络查控', '' FROM cases c
		WHERE c.closing_method IS NULL OR c.closing_method = '终结本次执行程序'
		ORDER BY (c.id * 104729 + julianday('$1')) % 97 LIMIT 4)
	UNION ALL SELECT * FROM (SELECT c.case_no, '案款到账', '$1', '', '', '1000' FROM cases c
		WHERE c.closing_method IS NULL ORDER BY (c.id * 31 + julianday('$1')) % 89 LIMIT 2)" >"$2"
}

"$JIANZHI" --db "$A" screen --full -q >/dev/null
"$JIANZHI" --db "$B" screen --full -q >/dev/null
start=$(date -u -d 2026-11-16 +%s)   # the day after the demo's own today: no data lies ahead
bad=""; checked=0; imports=0
i=0
while [ $i -lt "$days" ]; do
	d=$(date -u -d "@$((start + i * 86400))" +%F)
	set_day "$d"
	if [ $((i % 29)) -eq 14 ]; then
		new_events "$d" "$T/ev.csv"
		for db in "$A" "$B"; do "$JIANZHI" --db "$db" import events -q "$T/ev.csv" >/dev/null 2>&1; done
		imports=$((imports + 1))
	fi
	if [ "$i" -eq 200 ]; then   # a changed parameter re-screens its rule
		for db in "$A" "$B"; do "$JIANZHI" --db "$db" settings set rule.KZ-EXPIRY.warn_days 45 >/dev/null; done
	fi
	"$JIANZHI" --db "$A" screen -q >/dev/null 2>"$T/err" || { bad="$d: incremental screen failed: $(cat "$T/err")"; break; }
	"$JIANZHI" --db "$B" screen --full -q >/dev/null 2>"$T/err" || { bad="$d: full screen failed: $(cat "$T/err")"; break; }
	leads "$A" >"$T/a.txt"; leads "$B" >"$T/b.txt"
	if ! cmp -s "$T/a.txt" "$T/b.txt"; then
		bad="$d: $(diff "$T/a.txt" "$T/b.txt" | head -6 | tr '\n' ' ')"
		break
	fi
	checked=$((checked + 1))
	i=$((i + 1))
done
is "$bad" "" "incremental and full screens agree every day ($checked of $days days, $imports imports)"
ok "[ $(sqlite3 "$A" "SELECT count(*) FROM screen_runs WHERE incremental = 1") -ge $((days - 1)) ]" \
	"the daily screens of copy A were incremental"
ok "[ $(sqlite3 "$A" "SELECT count(DISTINCT status || rule_code) FROM leads") -ge 5 ]" "leads came and went over the year"
done_testing
