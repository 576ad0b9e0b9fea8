#!/bin/sh
# bench/tui.sh — TUI responsiveness on a big database, every key of every view.
#
#   sh bench/tui.sh [N] [BUILDDIR]     (N cases, default 1000000)
#
# Builds (once, cached in /tmp) a database of N ledger cases, imported and
# screened by two rules, never opened by the workstation: each run works on a fresh copy
# of it, so "the first search after an import" is measured every time. The
# real binary is driven in a private tmux server at 80x24. The binary logs
# per-key milliseconds itself (JIANZHI_TUI_TIMING: from reading the key to
# the screen update, excluding the time a person spends typing into a
# prompt or menu), the time to the first screen and its peak RSS; this
# script only polls that log (no timing by sleeping) and marks which view
# and which step each key belongs to.
#
# Sessions on the fresh copy:
#   A  open, search at once (the index of the new rows is not built yet);
#   B  a second fresh copy: open, leave the workstation idle until it has
#      indexed the import, then search; then every key of every view;
#   C  the same keys again on B's database (warm; the figures to read).
# Reference in the same run: the CLI printing the same first page
# (`jianzhi cases --limit 20`), wall time.
# Targets: first screen <= 100 ms, each key <= 10 ms, peak RSS <= 50 MB.
set -eu
N=${1:-1000000}
B=${2:-$(pwd)}
JZ="$(cd "$B" && pwd)/jianzhi"
SRC=$(cd "$(dirname "$0")/.." && pwd)
TMUX_BIN=${TMUX_BIN:-tmux}
PY=${PYTHON3:-/usr/bin/python3}
export JIANZHI_DATADIR="$SRC" LC_ALL=C.UTF-8 TZ=Asia/Shanghai JIANZHI_USER=bench
DB=/tmp/jz-bench-tui-$N.db
[ -x "$JZ" ] || { echo "no binary at $JZ (give the build dir as 2nd argument)" >&2; exit 2; }
if [ ! -s "$DB" ]; then
	echo "building $DB ($N cases: import, screen)..." >&2
	"$PY" "$SRC/tests/data/make_ledger.py" big "$N" "$DB.csv" >/dev/null
	JIANZHI_DB="$DB" "$JZ" init >/dev/null
	JIANZHI_DB="$DB" "$JZ" import cases "$DB.csv" >/dev/null
	# Leads for the lead queue and the 线索数 column: two rules that hit
	# most cases (about one lead per case). They judge only cases whose
	# measures were provided, so every case gets one event: its 执行通知 on
	# the filing date, and a 终本 case its 终本 on the closing date. A full
	# screen of a million cases is bench/screen.sh's business, and far slower.
	sqlite3 -csv -header "$DB" "SELECT case_no AS 案号, '执行通知' AS 事件类型, filing_date AS 日期 FROM cases
		UNION ALL SELECT case_no, '终本', closing_date FROM cases WHERE closing_method = '终结本次执行程序'" > "$DB.ev.csv"
	JIANZHI_DB="$DB" "$JZ" import events "$DB.ev.csv" >/dev/null
	for r in CX-NETQUERY ZB-HEARING; do JIANZHI_DB="$DB" "$JZ" screen --full --rule "$r" >/dev/null; done
	rm -f "$DB.csv" "$DB.csv.rejects.csv" "$DB.ev.csv" "$DB.ev.csv.rejects.csv"
fi
W=$(mktemp -d /tmp/jz-bench-tui.XXXXXX)
RUN="$W/run.db"
export JIANZHI_DB="$RUN"
LOG="$W/timing.log"
MARKS="$W/marks"
SESSION=0
tm() { "$TMUX_BIN" -L "jzbench$$.$SESSION" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$W"' EXIT
fresh() { rm -f "$RUN" "$RUN-wal" "$RUN-shm"; cp "$DB" "$RUN"; }
q() { sqlite3 -batch -noheader "$RUN" "$1"; }

fresh
# Search words from the data: part of a debtor's name (3 characters, the
# trigram path) and 2 characters (the scan path); a court and a judge.
name3=$(q "SELECT name FROM parties WHERE length(name) = 3 ORDER BY id LIMIT 1 OFFSET 1000")
name2=$(printf '%s' "$name3" | cut -c4-9)
name1=$(printf '%s' "$name3" | cut -c1-3)     # a surname alone: the commonest search there is
court=$(q "SELECT court_code FROM cases WHERE court_code IS NOT NULL LIMIT 1")
judge=$(q "SELECT judge FROM cases WHERE judge IS NOT NULL LIMIT 1")
[ -n "$name3" ] || { echo "no 3-character party name in $DB" >&2; exit 1; }

# Lines of keys (the agenda's note, written when its background read ends,
# is not one: it may land between two keys).
lines() { [ -f "$LOG" ] && grep -v '^agenda_ready\|^search_done' "$LOG" | wc -l || echo 0; }
wait_agenda() { i=0; while ! grep -q '^agenda_ready' "$LOG" && [ $i -lt 6000 ]; do sleep 0.1; i=$((i + 1)); done; }
wait_lines() { # until the log has $1 lines (120 s timeout)
	i=0
	while [ "$(lines)" -lt "$1" ] && [ $i -lt 12000 ]; do sleep 0.01; i=$((i + 1)); done
}
mark() { echo "$1 $(lines)" >> "$MARKS"; }
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
cmd() { n=$(lines); tm send-keys :; tm send-keys -l "$1"; tm send-keys Enter; wait_lines $((n + 1)); }
rep() { k=$1; shift; for i in $(seq "$k"); do keys "$@"; done; }

open_tui() {
	rm -f "$LOG" "$MARKS"
	tm kill-server 2>/dev/null || true
	SESSION=$((SESSION + 1))       # a new server each time: no race with the old one's exit
	tm new-session -d -x 80 -y 24 "env TERM=xterm-256color JIANZHI_TUI_TIMING='$LOG' '$JZ'; sleep 60"
	wait_lines 1
}
quit_tui() { n=$(lines); tm send-keys Q; wait_lines $((n + 1)); }
indexed() { q "SELECT (SELECT last_id FROM search_mark WHERE tbl='cases') >= (SELECT max(id) FROM cases)
	AND (SELECT last_id FROM search_mark WHERE tbl='parties') >= (SELECT max(id) FROM parties)"; }

every_key() {
	mark "cases:open"; keys 1       # the workstation opens on the lead queue when there are leads
	mark "cases:scroll"; rep 40 j; rep 10 k
	mark "cases:page"; rep 10 NPage; rep 5 PPage
	mark "cases:G/g"; keys G g G g
	for col in 1 2 3 4 5 6 7 8 9; do     # every sort column, both directions
		mark "cases:sort$col"; menu "$col"
		keys G PPage PPage NPage g NPage S G PPage g
	done
	menu 3
	mark "cases:search3"; search "$name3"; keys j G g c
	mark "cases:search2"; search "$name2"; keys G g c
	mark "cases:search1"; search "$name1"; keys G g c
	for f in "status 未结" "status 终本" "status 执行完毕" "court $court" "judge $judge" "hasleads" \
		 "from 2020-01-01" "to 2021-06-30"; do
		mark "cases:filter ${f%% *}"; cmd "$f"; keys G PPage S G g S; cmd clear
	done
	mark "cases:detail"; keys Enter j G q
	mark "leads"; keys 2; rep 5 j; rep 3 NPage; keys G; rep 3 PPage; keys k g G g
	mark "rules"; keys 3 j G g Enter q
	mark "drafts"; keys 4 j G g
	mark "docs"; keys 5 j G g
	mark "outcomes"; keys 6 j G g Tab
	mark "outcomes:panels"; keys Tab j G g Tab j G g Tab j G g Tab    # judge, month, replies, agenda
	wait_agenda
	mark "outcomes:agenda"; keys j G g PPage NPage; menu 4; keys G PPage g S G g
	mark "cases:back"; keys 1 G g
}

# A: search right after the import; the key returns with a first slice of
# the scan, the rest comes between keys (wait for it: search_done). Keys
# typed while it scans (j, G, g) are timed too.
open_tui
keys 1
search "$name3"
keys j G g
i=0; while ! grep -q '^search_done' "$LOG" && [ $i -lt 6000 ]; do sleep 0.01; i=$((i + 1)); done
cp "$LOG" "$W/a.log"
quit_tui

# B: idle until indexed, then search and every key.
fresh
open_tui
s=$(date +%s.%N)
i=0
while [ "$(indexed)" != 1 ] && [ $i -lt 600 ]; do sleep 0.5; i=$((i + 1)); done
idle_s=$(echo "$(date +%s.%N) - $s" | bc)
keys 1
mark "first search after idle indexing"; search "$name3"; keys c
every_key
quit_tui
cp "$LOG" "$W/b.log"; cp "$MARKS" "$W/b.marks"

# C: the same keys, warm.
open_tui
every_key
quit_tui

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
ncases=$(q "SELECT count(*) FROM cases"); nleads=$(q "SELECT count(*) FROM leads WHERE status = 'active'")

"$PY" - "$W" "$ref_ms" "$ncases" "$nleads" "$name3" "$name2" "$idle_s" <<'PYEOF'
import sys, statistics, os
w, ref, ncases, nleads, n3, n2, idle = sys.argv[1], float(sys.argv[2]), *sys.argv[3:]
agenda = {}
done = {}
def parse(path):
    keys, first, rss = [], None, None
    for line in open(path):
        f = line.split()
        if f[0] == "key": keys.append((f[1], float(f[2])))
        elif f[0] == "search_done": done.setdefault(path, []).append(float(f[1]))
        elif f[0] == "agenda_ready": agenda.setdefault(path, []).append(float(f[1]))
        elif f[0] == "first_screen": first = float(f[1])
        elif f[0] == "peak_rss_kb": rss = int(f[1])
    return keys, first, rss
def segments(log, marks):
    keys, first, rss = parse(log)
    bounds = []
    for line in open(marks):
        name, at = line.rsplit(" ", 1)
        bounds.append((int(at) - 1, name))      # the log's line 1 is first_screen
    seg = {}
    for i, (k, ms) in enumerate(keys):
        name = "?"
        for at, nm in bounds:
            if i >= at: name = nm
        seg.setdefault(name, []).append((k, ms))
    return seg, first, rss
a_keys, a_first, a_rss = parse(os.path.join(w, "a.log"))
bseg, b_first, b_rss = segments(os.path.join(w, "b.log"), os.path.join(w, "b.marks"))
cseg, c_first, c_rss = segments(os.path.join(w, "timing.log"), os.path.join(w, "marks"))
print("database: %s cases, %s active leads; search words '%s' (3 chars), '%s' (2 chars)" % (ncases, nleads, n3, n2))
print("time to first screen: %.1f ms fresh copy after import (A), %.1f ms (B), %.1f ms warm (C); "
      "reference `jianzhi cases --limit 20` %.1f ms wall" % (a_first, b_first, c_first, ref))
print("first search right after the import (A), the key: %.1f ms; the whole result on screen %s ms after it was typed"
      % ([ms for k, ms in a_keys if k == "/"][0],
         ", ".join("%.0f" % ms for ms in done.get(os.path.join(w, "a.log"), [])) or "(no scan: at once)"))
after = [(k, ms) for k, ms in a_keys[[k for k, ms in a_keys].index("/") + 1:]]
print("keys typed while that search scanned (A): %s" % ("  ".join("%s %.2f ms" % (k, ms) for k, ms in after) or "none"))
print("idle time until the workstation had indexed the import (B): %.1f s" % float(idle))
print("first search after that (B): %.2f ms" % bseg["first search after idle indexing"][0][1])
print("every key, warm (C), per view/step and key: n, median, max (ms)")
worst = (0, "")
for name, ks in cseg.items():
    by = {}
    for k, ms in ks: by.setdefault(k, []).append(ms)
    cells = ["%s %d/%.2f/%.2f" % (k, len(v), statistics.median(v), max(v)) for k, v in by.items()]
    print("  %-18s %s" % (name, "  ".join(cells)))
    for k, ms in ks:
        if ms > worst[0]: worst = (ms, "%s %s" % (name, k))
bw = max((ms, "%s %s" % (n, k)) for n, ks in bseg.items() for k, ms in ks)
print("slowest key warm (C): %.2f ms (%s); first pass (B): %.2f ms (%s)" % (worst[0], worst[1], bw[0], bw[1]))
print("peak RSS: %.1f MB (B), %.1f MB (C)" % (b_rss / 1024, c_rss / 1024))
for run, log in (("B", "b.log"), ("C", "timing.log")):
    print("agenda read in the background (%s): %s ms after the 成效 view started it" %
          (run, ", ".join("%.0f" % ms for ms in agenda.get(os.path.join(w, log), [])) or "never"))
PYEOF
