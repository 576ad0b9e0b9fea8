#!/bin/sh
# bench/concurrency.sh — many people on one database (issue 16, item 5).
#
# On an N-case demo database, for SECONDS (default 60) at once:
#   - the bulk writer: a loop of `jianzhi import cases` of a generated
#     ledger (every round changes each row's 实际到位金额, so every case is
#     updated) followed by an incremental `jianzhi screen`;
#   - one person labelling leads in a loop (`jianzhi label`, 成案 and 排除
#     in turn), a think time between labels;
#   - READERS people (default 8) each looping over list commands (`leads`,
#     `cases`, `leads --format csv`, `cases --where`, `draft list`,
#     `rules stats`), a think time between commands.
# Every interactive call (labels and lists) is timed from process start to
# exit; labels also run with JIANZHI_SQL_PROFILE=1, whose "[sql N ms] BEGIN
# IMMEDIATE" lines are the time each label waited for the write lock
# (statements under 20 ms are not printed: counted as no wait). The bulk
# writer runs with the profile too: its "[lock N ms]" lines are how long each
# of its transactions held the write lock. Reported: errors seen (a non-zero exit, or "locked"/"SQL error" on
# stderr — must be 0), lost updates (each label written is read back at
# the end; lost = written but not there), calls that showed the wait
# indicator, and per kind n, median, p99 and longest wall time.
#
# Usage: bench/concurrency.sh [SECONDS] [CASES] [LEDGER_ROWS] [READERS]
#        (defaults 60 20000 20000 8; JIANZHI=path/to/jianzhi; THINK=0.2 s)
set -eu
SECS=${1:-60}
CASES=${2:-20000}
ROWS=${3:-20000}
READERS=${4:-8}
THINK=${THINK:-0.2}
here=$(cd "$(dirname "$0")/.." && pwd)
JIANZHI=${JIANZHI:-$here/build/jianzhi}
export JIANZHI_DATADIR="$here" LC_ALL=C.UTF-8 TZ=Asia/Shanghai
W=$(mktemp -d /tmp/jzconc.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$W"' EXIT
DB=$W/c.db
export JIANZHI_DB="$DB"

echo "preparing: $CASES-case demo database, $ROWS-row ledger ..."
"$JIANZHI" demo -q --cases "$CASES" >/dev/null
/usr/bin/python3 "$here/tests/data/make_ledger.py" big "$ROWS" "$W/ledger.csv"
"$JIANZHI" import cases -q "$W/ledger.csv"
"$JIANZHI" screen -q >/dev/null
"$JIANZHI" leads --status active --label none --format csv --limit 1000000 | sed 1d | cut -d, -f1 >"$W/ids"
echo "database: $(sqlite3 "$DB" "SELECT count(*) FROM cases") cases, $(wc -l <"$W/ids") unlabelled leads"

now_ns() { date +%s%N; }
END=$(( $(now_ns) + SECS * 1000000000 ))
running() { [ "$(now_ns)" -lt "$END" ]; }

# timed KIND LOG CMD…: one line "KIND ms rc" in LOG; stderr kept in LOG.err
timed() {
	kind=$1 log=$2
	shift 2
	t0=$(now_ns)
	rc=0
	"$@" >/dev/null 2>"$log.last" || rc=$?
	t1=$(now_ns)
	echo "$kind $(( (t1 - t0) / 1000000 )) $rc" >>"$log"
	if [ -s "$log.last" ]; then sed "s/^/$kind: /" "$log.last" >>"$log.err"; fi
}

bulk_writer() {
	k=0
	while running; do
		k=$((k + 1))
		awk -F, -v OFS=, -v k="$k" 'NR > 1 { $10 = k * 100 } 1' "$W/ledger.csv" >"$W/ledger_r.csv"
		timed import "$W/bulk" env JIANZHI_SQL_PROFILE=1 "$JIANZHI" import cases -q "$W/ledger_r.csv"
		timed screen "$W/bulk" env JIANZHI_SQL_PROFILE=1 "$JIANZHI" screen -q
	done
}

labeller() {
	i=0
	while running && read -r id; do
		i=$((i + 1))
		if [ $((i % 2)) = 0 ]; then
			timed label "$W/labels" env JIANZHI_SQL_PROFILE=1 "$JIANZHI" label "$id" confirm
			want=成案
		else
			timed label "$W/labels" env JIANZHI_SQL_PROFILE=1 "$JIANZHI" label "$id" dismiss --reason 证据不足
			want=排除
		fi
		[ "$(tail -n 1 "$W/labels" | cut -d' ' -f3)" = 0 ] && echo "$id $want" >>"$W/written"
		sleep "$THINK"
	done <"$W/ids"
}

reader() {
	log=$W/reader$1
	n=0
	while running; do
		n=$((n + 1))
		case $((n % 6)) in
		0) timed leads "$log" "$JIANZHI" leads --limit 50 ;;
		1) timed cases "$log" "$JIANZHI" cases --limit 50 ;;
		2) timed leads_csv "$log" "$JIANZHI" leads --status active --format csv --limit 500 ;;
		3) timed cases_where "$log" "$JIANZHI" cases --where "claim > 50000000" --format json --limit 100 ;;
		4) timed draft_list "$log" "$JIANZHI" draft list ;;
		5) timed rules_stats "$log" "$JIANZHI" rules stats ;;
		esac
		sleep "$THINK"
	done
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) (cores: $(nproc))"
echo "running ${SECS}s: 1 bulk writer (import + screen), 1 labeller, $READERS readers (think time ${THINK}s)"
bulk_writer &
labeller &
r=1
while [ $r -le "$READERS" ]; do reader $r & r=$((r + 1)); done
wait

# --- report ---
stats() { # KIND FILES… → "n median p99 max" of column 2 for that kind
	kind=$1
	shift
	cat "$@" 2>/dev/null | awk -v k="$kind" '$1 == k || k == "*" { print $2 }' | sort -n |
		awk '{ v[NR] = $1 } END { if (NR == 0) { print "0 - - -"; exit }
			p = int(NR * 0.99 + 0.999); if (p > NR) p = NR;
			printf "%d %d %d %d\n", NR, v[int((NR + 1) / 2)], v[p], v[NR] }'
}
line() { # LABEL KIND FILES…
	label=$1
	shift
	set -- $(stats "$@")
	printf '  %-12s n=%-5s median %5s ms  p99 %6s ms  max %6s ms\n' "$label" "$1" "$2" "$3" "$4"
}
interactive="$W/labels"
for f in "$W"/reader[0-9]*; do case $f in *.err|*.last) ;; *) interactive="$interactive $f" ;; esac; done
calls=$(cat $interactive | wc -l)
failed=$(cat $interactive | awk '$3 != 0' | wc -l)
errs=""
for f in $interactive; do [ -f "$f.err" ] && errs="$errs $f.err"; done
noisy=0 waited=0
if [ -n "$errs" ]; then
	noisy=$(cat $errs | grep -v '^label: \[\(sql\|lock\) ' | grep -ci 'locked\|error' || true)
	waited=$(cat $errs | grep -c '等待中' || true)
fi
bulk_failed=$(awk '$3 != 0' "$W/bulk" | wc -l)
written=$(wc -l <"$W/written" 2>/dev/null || echo 0)
# the last label written for each lead, against the database
lost=0
awk '{ last[$1] = $2 } END { for (id in last) print id, last[id] }' "$W/written" >"$W/expect"
while read -r id want; do
	got=$(sqlite3 "$DB" "SELECT coalesce(label, '') FROM leads WHERE id = $id")
	[ "$got" = "$want" ] || lost=$((lost + 1))
done <"$W/expect"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "bulk writer:"
line import import "$W/bulk"
line screen screen "$W/bulk"
echo "  failed runs: $bulk_failed"
# how long each of the writer's transactions held the write lock (the most
# anyone else who writes can wait for it): "[lock N ms]" lines of the profile
for k in import screen; do
	sed -n "s/^$k: \[lock \([0-9]*\)[0-9.]* ms\]\$/$k \1 0/p" "$W/bulk.err" >"$W/holds.$k" 2>/dev/null || true
	line "$k holds" "$k" "$W/holds.$k"
done
echo "labels: $written written, $(wc -l <"$W/expect") leads read back, lost updates: $lost"
echo "interactive calls: $calls, errors: $((failed + noisy)) (non-zero exits $failed, error lines $noisy), showed the wait indicator: $waited"
line label label "$W/labels"
grep '^label: \[sql [0-9.]* ms\] BEGIN IMMEDIATE' "$W/labels.err" 2>/dev/null |
	sed 's/^label: \[sql \([0-9]*\)[0-9.]* ms\].*/lockwait \1 0/' >"$W/lockwait" || true
set -- $(stats lockwait "$W/lockwait")
echo "  label lock waits ≥ 20 ms (BEGIN IMMEDIATE): n=$1 of $written labels, median $2 ms, p99 $3 ms, longest $4 ms"
for k in leads cases leads_csv cases_where draft_list rules_stats; do
	line "$k" "$k" $interactive
done
line "all" "*" $interactive
if [ -n "$errs$(cat "$W/bulk.err" 2>/dev/null)" ]; then
	echo "messages seen (count, kind: message):"
	cat $errs "$W/bulk.err" 2>/dev/null | grep -v '^[a-z]*: \[\(sql\|lock\) ' | sort | uniq -c | sort -rn | head -8
fi
