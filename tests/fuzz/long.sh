#!/bin/sh
# make fuzz-long: run every libFuzzer harness in BUILD_FUZZ_DIR for SECONDS
# each, keeping its corpus in tests/fuzz/corpus/<name>/ (not committed)
# and reading the committed seeds in tests/fuzz/seeds/<name>/. Unlike
# run.sh it goes on after a finding: each harness prints its executions,
# speed and findings; crash inputs go to tests/fuzz/artifacts/. Exit 1
# when anything was found. The harnesses run at nice 19; that holds them
# back only within their session: beside a benchmark started in another
# session (each is a scheduling group of equal weight, the kernel's
# autogroup) niceness is ignored — there, run this in a session of its own
# (setsid) and `echo 19 > /proc/<its pid>/autogroup`, or the benchmark's
# wall times come out twice its CPU times (bench/RESULTS.md, 2026-12-05).
# Usage: long.sh SECONDS BUILD_FUZZ_DIR SRCDIR
set -u
secs=$1; dir=$2; src=$3
renice -n 19 $$ >/dev/null 2>&1
found=0 any=0
mkdir -p "$src/tests/fuzz/artifacts"
for h in "$dir"/fuzz_*; do
	[ -x "$h" ] || continue
	any=1
	name=$(basename "$h" | sed 's/^fuzz_//')
	corpus="$src/tests/fuzz/corpus/$name"
	seeds="$src/tests/fuzz/seeds/$name"
	mkdir -p "$corpus"
	[ -d "$seeds" ] || seeds=
	log="$src/tests/fuzz/artifacts/$name.log"
	"$h" -max_total_time="$secs" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
		-print_final_stats=1 -artifact_prefix="$src/tests/fuzz/artifacts/$name-" \
		"$corpus" $seeds >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
	n=$(grep -c '^==[0-9]*==ERROR\|runtime error:\|^SUMMARY: libFuzzer' "$log")
	echo "fuzz $name: ${secs}s, ${execs:-?} execs, ${speed:-?} execs/s, corpus $(ls "$corpus" | wc -l), findings $n (exit $rc)"
	if [ "$rc" != 0 ] || [ "$n" != 0 ]; then
		found=1
		grep -m5 'ERROR\|runtime error\|SUMMARY' "$log"
	fi
done
[ "$any" = 1 ] || { echo "no fuzz harnesses in $dir (configure with CC=clang --enable-fuzz)" >&2; exit 1; }
exit $found
