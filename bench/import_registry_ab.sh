#!/bin/sh
# bench/import_registry_ab.sh — register-row import: this build against an
# earlier one and a bare `sqlite3 .import`, all three alternating in every
# round (the machine's speed moves between separate script runs). The
# copy of the template is written out (sync) before its import is timed:
# otherwise the kernel writes its pages back while the import runs.
#
# Both builds start from a template each builds itself from one generated
# N-case ledger; the 不动产 export is bench/import_registry.sh's (one flat
# per party, every tenth row again at the end).
#
# Usage: OLD=path/to/old/jianzhi OLD_DATADIR=its/source/tree \
#        bench/import_registry_ab.sh [N] [ROUNDS]      (JIANZHI=this build)
set -eu
N=${1:-100000}
ROUNDS=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
NEW=${JIANZHI:-$here/build/jianzhi}
: "${OLD:?OLD=path to the earlier jianzhi}" "${OLD_DATADIR:?OLD_DATADIR=its source tree}"
W=$(mktemp -d /tmp/jzbench-regab.XXXXXX)
trap 'rm -rf "$W"' EXIT
. "$here/bench/timing.sh"

bench_ab_templates "$N"
bench_registry_csv "$W/new.db" "$W/registry.csv"
echo "registry: $(($(wc -l <"$W/registry.csv") - 1)) rows for $N cases; load average $(cut -d' ' -f1-3 /proc/loadavg)"

one() { bench_ab_import "$1" "$W/registry.csv" registry 不动产; }
bench_ab_rounds "$ROUNDS"
bench_ab_rss
