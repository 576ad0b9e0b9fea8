#!/bin/sh
# Run each libFuzzer harness in BUILD_FUZZ_DIR for SECONDS on a copy of its
# seed corpus (tests/fuzz/seeds/<name>/). Fails on the first crash, leak or
# timeout; the crashing input is left in the working directory.
# Usage: run.sh SECONDS BUILD_FUZZ_DIR SEEDS_DIR
set -eu
secs=$1; dir=$2; seeds=$3
found=0
for h in "$dir"/fuzz_*; do
	[ -x "$h" ] || continue
	found=1
	name=$(basename "$h" | sed 's/^fuzz_//')
	corpus=$(mktemp -d)
	[ -d "$seeds/$name" ] && cp "$seeds/$name"/* "$corpus"/ 2>/dev/null || true
	echo "fuzz $name: ${secs}s"
	if ! "$h" -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 "$corpus" >"$corpus.log" 2>&1; then
		tail -40 "$corpus.log"
		echo "fuzz $name: FAILED" >&2
		exit 1
	fi
	tail -2 "$corpus.log"
	rm -rf "$corpus" "$corpus.log"
done
[ "$found" = 1 ] || { echo "no fuzz harnesses in $dir (configure with CC=clang --enable-fuzz)" >&2; exit 1; }
