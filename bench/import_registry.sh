#!/bin/sh
# bench/import_registry.sh — registry (不动产) import speed against sqlite3 .import.
#
# Generates an N-case ledger (default 100,000) and imports it once into a
# template database (untimed); writes a 不动产 register export with one
# flat per party of the ledger (its 权利人 and 证件号码 as the ledger gives
# them, so some match by ID, some by name only), and every tenth row
# repeated later in the file (a re-export's overlap). Then, ROUNDS times,
# alternating which goes first, it times
#   bare     sqlite3 .import of the CSV into a new bare table;
#   jianzhi  `jianzhi import registry 不动产` of the same CSV into a copy of
#            the template (dates and money normalised, IDs checked, repeats
#            and records already held found, each record tied to its party
#            by ID or by name, cases marked for screening);
# and prints each round, the medians and their ratio.
#
# Usage: bench/import_registry.sh [N] [ROUNDS]   (JIANZHI=path/to/jianzhi)
set -eu
N=${1:-100000}
ROUNDS=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
JIANZHI=${JIANZHI:-$here/build/jianzhi}
export JIANZHI_DATADIR="$here"
W=$(mktemp -d /tmp/jzbench-reg.XXXXXX)
trap 'rm -rf "$W"' EXIT

. "$here/bench/timing.sh"
bench_template "$N"
bench_registry_csv "$W/init.db" "$W/registry.csv"
rows=$(($(wc -l <"$W/registry.csv") - 1))
echo "registry: $rows rows for $N cases, $(du -m "$W/registry.csv" | cut -f1) MB; machine: $(nproc) cores," \
	"load average $(cut -d' ' -f1-3 /proc/loadavg)"

one() {
	case $1 in
	bare) bench_time bare sqlite3 "$W/t.db" ".import --csv $W/registry.csv t" ;;
	jianzhi) bench_time jianzhi "$JIANZHI" --db "$W/t.db" import registry 不动产 -q "$W/registry.csv" ;;
	esac
}
bench_pairs "$ROUNDS"
