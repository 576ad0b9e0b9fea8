#!/bin/bash
# One command for every test: install, build (warnings are errors), run the
# test suite, again under ASan/UBSan, the unit tests under valgrind,
# `make distcheck`, and a short run of every fuzz harness.
# FUZZ_SECONDS (default 20) sets the fuzzing time per harness.
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD
[ "${SKIP_DEPS:-}" = 1 ] || scripts/install-deps.sh
./autogen.sh
jobs=$(nproc)
passed=0 failed=0

count() { # build dir: add the automake test-suite.log counts
	local log=$1/test-suite.log p f
	p=$(sed -n 's/^# PASS: *//p' "$log" | head -1)
	f=$(( $(sed -n 's/^# FAIL: *//p' "$log" | head -1) + $(sed -n 's/^# ERROR: *//p' "$log" | head -1) ))
	passed=$((passed + ${p:-0})); failed=$((failed + f))
}

check() { # name, configure args...
	local name=$1; shift
	echo "=== $name"
	rm -rf "build-$name"; mkdir "build-$name"
	(cd "build-$name" && "$@" >configure.out && make -j"$jobs" >make.out 2>&1 || { tail -50 make.out; exit 1; })
	local rc=0
	(cd "build-$name" && make -j"$jobs" check) || rc=$?
	count "build-$name"
	if [ $rc -ne 0 ]; then
		for l in "build-$name"/tests/*.log; do grep -q '^not ok\|^# ERROR\|^ERROR' "$l" && { echo "--- $l"; tail -40 "$l"; }; done
		echo "$passed passed, $failed failed"
		exit 1
	fi
}

check release ../configure --enable-werror
check asan ../configure --enable-asan

echo "=== valgrind (unit tests)"
export JIANZHI_DATADIR="$top" TESTDATA="$top/tests/data" LC_ALL=C.UTF-8
for t in build-release/tests/test_*; do
	case "$t" in *.o|*.log|*.trs) continue ;; esac
	[ -x "$t" ] || continue
	valgrind -q --error-exitcode=1 --suppressions=tests/valgrind.supp --leak-check=full \
		--errors-for-leak-kinds=definite "$t" >/dev/null
	echo "valgrind clean: $t"
done

echo "=== distcheck"
(cd build-release && make -j"$jobs" distcheck DISTCHECK_CONFIGURE_FLAGS=--enable-werror >distcheck.out 2>&1) \
	|| { tail -60 build-release/distcheck.out; exit 1; }
grep -E 'archives ready|\.tar\.gz' build-release/distcheck.out | head -3

echo "=== fuzz (${FUZZ_SECONDS:-20}s per harness)"
rm -rf build-fuzz; mkdir build-fuzz
(cd build-fuzz && CC=clang ../configure --enable-fuzz >configure.out && make -j"$jobs" >make.out 2>&1 \
	&& make fuzz-run FUZZ_SECONDS="${FUZZ_SECONDS:-20}") || { tail -40 build-fuzz/make.out; exit 1; }

echo "$passed passed, $failed failed"
