#!/bin/sh
# bench/tui.sh — TUI responsiveness on a big database.
#
#   sh bench/tui.sh [N] [BUILDDIR]     (N cases, default 1000000)
#
# Builds (once, cached in /tmp) a database of N ledger cases, then drives
# the real binary in a private tmux server at 80x24. The binary itself logs
# per-key milliseconds (JIANZHI_TUI_TIMING: from reading the key to the
# screen update, excluding the time a person spends typing into a prompt or
# menu), the time to the first screen and its peak RSS; this script only
# polls that log (no timing by sleeping). Reference in the same run: the
# CLI printing the same first page (`jianzhi cases --limit 20`), wall time.
# Targets: first screen <= 100 ms, each key <= 10 ms, peak RSS <= 50 MB.
set -eu
N=${1:-1000000}
B=${2:-$(pwd)}
JZ="$B/jianzhi"
SRC=$(cd "$(dirname "$0")/.." && pwd)
TMUX_BIN=${TMUX_BIN:-tmux}
PY=${PYTHON3:-/usr/bin/python3}
export JIANZHI_DATADIR="$SRC" LC_ALL=C.UTF-8 TZ=Asia/Shanghai JIANZHI_USER=bench
DB=/tmp/jz-bench-tui-$N.db
[ -x "$JZ" ] || { echo "no binary at $JZ (give the build dir as 2nd argument)" >&2; exit 2; }
if [ ! -s "$DB" ]; then
	echo "building $DB ($N cases)..." >&2
	"$PY" "$SRC/tests/data/make_ledger.py" big "$N" "$DB.csv" >/dev/null
	JIANZHI_DB="$DB" "$JZ" import cases "$DB.csv" >/dev/null
	rm -f "$DB.csv" "$DB.csv.rejects.csv"
fi
export JIANZHI_DB="$DB"
W=$(mktemp -d /tmp/jz-bench-tui.XXXXXX)
LOG="$W/timing.log"
SOCK="jzbench$$"
tm() { "$TMUX_BIN" -L "$SOCK" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$W"' EXIT

# Search words from the data: part of a debtor's name (3 characters, the
# trigram path) and 2 characters (the scan path).
name3=$("$JZ" cases --format csv --where "length(debtors) = 3" --limit 1 | sed -n 2p | cut -d, -f10)
name2=$(printf '%s' "$name3" | cut -c4-9)
[ -n "$name3" ] || { echo "no 3-character debtor name in $DB" >&2; exit 1; }

lines() { [ -f "$LOG" ] && wc -l < "$LOG" || echo 0; }
wait_lines() { # until the log has $1 lines (30 s timeout)
	i=0
	while [ "$(lines)" -lt "$1" ] && [ $i -lt 3000 ]; do sleep 0.01; i=$((i + 1)); done
}
# Send keys one at a time, each after the previous one was handled.
keys() {
	for k in "$@"; do
		n=$(lines)
		tm send-keys "$k"
		wait_lines $((n + 1))
	done
}

menu() { n=$(lines); tm send-keys s "$1"; wait_lines $((n + 1)); }       # s + pick
search() { n=$(lines); tm send-keys /; tm send-keys -l "$1"; tm send-keys Enter; wait_lines $((n + 1)); }

run_session() {
	rm -f "$LOG"
	tm new-session -d -x 80 -y 24 "env TERM=xterm-256color JIANZHI_TUI_TIMING='$LOG' '$JZ'; sleep 30"
	wait_lines 1
	# scroll: 40 x j (the last 20 move the window), k back
	for i in $(seq 40); do keys j; done
	for i in $(seq 10); do keys k; done
	for i in $(seq 10); do keys NPage; done
	for i in $(seq 5); do keys PPage; done
	keys G g G g
	keys S S           # reverse the sort twice
	menu 6; keys S G     # sort by 标的 from the menu, reverse, to the end
	menu 1; menu 3       # by 案号, back to 立案日期
	search "$name3"; keys j G c
	search "$name2"
	keys c
	n=$(lines); tm send-keys Q; wait_lines $((n + 1))
}

# Warm-up session (also builds the search index on first search), then the
# measured one.
run_session
cp "$LOG" "$W/warm.log"
run_session

ref_ms=$("$PY" - "$JZ" <<'PYEOF'
import subprocess, sys, time
best = 1e9
for _ in range(5):
    t = time.monotonic()
    subprocess.run([sys.argv[1], "cases", "--limit", "20"], stdout=subprocess.DEVNULL, check=True)
    best = min(best, (time.monotonic() - t) * 1000)
print("%.1f" % best)
PYEOF
)

"$PY" - "$LOG" "$W/warm.log" "$ref_ms" "$N" "$name3" "$name2" <<'PYEOF'
import sys, statistics
log, warm, ref, n, n3, n2 = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6]
def parse(path):
    keys, first, rss = [], None, None
    for line in open(path):
        f = line.split()
        if f[0] == "key": keys.append((f[1], float(f[2])))
        elif f[0] == "first_screen": first = float(f[1])
        elif f[0] == "peak_rss_kb": rss = int(f[1])
    return keys, first, rss
keys, first, rss = parse(log)
wkeys, wfirst, _ = parse(warm)
groups = {"scroll (j/k)": ["j", "k"], "page (PgDn/PgUp)": ["KEY_NPAGE", "KEY_PPAGE"],
          "jump to end/start (G/g)": ["G", "g"], "sort change (S, s+menu)": ["S", "s"],
          "search (/word Enter)": ["/"], "clear search (c)": ["c"]}
print("database: %s cases; search words '%s' (3 chars), '%s' (2 chars)" % (n, n3, n2))
print("time to first screen: %.1f ms (cold first run %.1f ms); reference `jianzhi cases --limit 20` %.1f ms wall; ratio %.2fx" % (first, wfirst, ref, first / ref))
for g, ks in groups.items():
    v = [ms for k, ms in keys if k in ks]
    if v:
        print("%-28s n=%-3d median %6.2f ms  max %7.2f ms" % (g, len(v), statistics.median(v), max(v)))
first_search = [ms for k, ms in wkeys if k == "/"]
if first_search:
    print("first search after the import (builds the search index once): %.0f ms" % first_search[0])
print("peak RSS: %.1f MB" % (rss / 1024))
PYEOF
