#!/bin/sh
# bench/import_events_ab.sh — case-event import: this build against an
# earlier one and a bare `sqlite3 .import`, all three alternating in every
# round (the machine's speed moves between separate script runs). The
# copy of the template is written out (sync) before its import is timed:
# otherwise the kernel writes its pages back while the import runs.
#
# Both builds start from a template each builds itself from one generated
# N-case ledger; the events file is bench/import_events.sh's (a 执行通知 per
# case, a 终本 per 终本 case: about 1.2 rows a case).
#
# Usage: OLD=path/to/old/jianzhi OLD_DATADIR=its/source/tree \
#        bench/import_events_ab.sh [N] [ROUNDS]      (JIANZHI=this build)
set -eu
N=${1:-100000}
ROUNDS=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
NEW=${JIANZHI:-$here/build/jianzhi}
: "${OLD:?OLD=path to the earlier jianzhi}" "${OLD_DATADIR:?OLD_DATADIR=its source tree}"
W=$(mktemp -d /tmp/jzbench-evab.XXXXXX)
trap 'rm -rf "$W"' EXIT
. "$here/bench/timing.sh"

bench_ab_templates "$N"
bench_events_csv "$W/new.db" "$W/events.csv"
echo "events: $(($(wc -l <"$W/events.csv") - 1)) rows for $N cases; load average $(cut -d' ' -f1-3 /proc/loadavg)"

one() { bench_ab_import "$1" "$W/events.csv" events; }
bench_ab_rounds "$ROUNDS"
bench_ab_rss
