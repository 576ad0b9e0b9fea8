# bench/timing.sh — sourced by the import benchmarks: time a command against
# its references round by round and take medians. Needs $W (the work folder),
# $here (the source tree) and $JIANZHI.

# bench_template N: an N-case generated ledger ($W/ledger.csv) imported into
# $W/init.db, untimed, by $JIANZHI — the database each timed import starts from.
bench_template() {
	/usr/bin/python3 "$here/tests/data/make_ledger.py" big "$1" "$W/ledger.csv" >/dev/null
	"$JIANZHI" --db "$W/init.db" init >/dev/null 2>&1
	"$JIANZHI" --db "$W/init.db" import cases -q "$W/ledger.csv"
}

# bench_registry_csv DB OUT: a 不动产 export for the parties of DB — one
# flat each (its 权利人 and 证件号码 as the ledger gives them, so some match
# by ID, some by name only) and every tenth row again at the end (a
# re-export's overlap).
bench_registry_csv() {
	sqlite3 -csv -header "$1" "WITH f AS (SELECT name, id_no, id FROM parties)
	SELECT name AS 权利人, coalesce(id_no, '') AS 证件号码, '江苏省无锡市梁溪区某路' || id || '号' AS 坐落,
	 '苏(2020)无锡市不动产权第' || printf('%07d', id) || '号' AS 不动产权证号,
	 date('2015-01-01', '+' || (id % 3000) || ' days') AS 登记日期, (id % 97 + 20) || '万元' AS 评估价值 FROM f
	UNION ALL SELECT name, coalesce(id_no, ''), '江苏省无锡市梁溪区某路' || id || '号',
	 '苏(2020)无锡市不动产权第' || printf('%07d', id) || '号', date('2015-01-01', '+' || (id % 3000) || ' days'),
	 (id % 97 + 20) || '万元' FROM f WHERE id % 10 = 0" >"$2"
}

# bench_time NAME command... → "wall cpu rss_kb" appended to $W/NAME.times,
# the round printed; a fresh $W/t.db each time (a copy of $W/init.db for any
# but the bare reference).
bench_time() {
	name=$1
	shift
	rm -f "$W"/t.db*
	[ "$name" = bare ] || cp "$W/init.db" "$W/t.db"
	/usr/bin/time -f "%e %U %S %M" -o "$W/time" "$@" >/dev/null 2>"$W/err" || { cat "$W/err" >&2; exit 1; }
	read -r wall user sys rss <"$W/time"
	echo "$wall $(echo "$user + $sys" | bc) $rss" >>"$W/$name.times"
	printf '  %-8s %7.2fs wall %7.2fs cpu %5d MB peak RSS\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024))
}

# bench_median FILE COLUMN
bench_median() {
	sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

bench_ratio() { echo "scale=2; $1 / $2" | bc; }

# bench_pairs ROUNDS: `one bare` and `one jianzhi` (the caller's), alternating
# which goes first, then the medians and their ratio.
bench_pairs() {
	i=0
	while [ $i -lt "$1" ]; do
		echo "round $((i + 1)) (load $(cut -d' ' -f1 /proc/loadavg)):"
		if [ $((i % 2)) -eq 0 ]; then one bare; one jianzhi; else one jianzhi; one bare; fi
		i=$((i + 1))
	done
	bw=$(bench_median "$W/bare.times" 1) bc_=$(bench_median "$W/bare.times" 2)
	jw=$(bench_median "$W/jianzhi.times" 1) jc=$(bench_median "$W/jianzhi.times" 2)
	echo "medians of $1 rounds: bare ${bw}s wall ${bc_}s cpu; jianzhi ${jw}s wall ${jc}s cpu"
	echo "jianzhi / bare: $(bench_ratio "$jw" "$bw")x wall, $(bench_ratio "$jc" "$bc_")x cpu"
}

# bench_ab_rounds ROUNDS: `one bare`, `one old` and `one new` (the caller's),
# the order rotating each round, then the wall medians and their ratios to
# bare (each times file's first column is wall seconds).
bench_ab_rounds() {
	i=0
	while [ $i -lt "$1" ]; do
		echo "round $((i + 1)) (load $(cut -d' ' -f1 /proc/loadavg)):"
		case $((i % 3)) in 0) order="bare old new" ;; 1) order="new bare old" ;; *) order="old new bare" ;; esac
		for x in $order; do one "$x"; done
		i=$((i + 1))
	done
	b=$(bench_median "$W/bare.times" 1) o=$(bench_median "$W/old.times" 1) n=$(bench_median "$W/new.times" 1)
	echo "medians (wall): bare ${b}s, old ${o}s, new ${n}s; ÷ bare: old $(bench_ratio "$o" "$b")x, new $(bench_ratio "$n" "$b")x"
}

# bench_events_csv DB OUT: an events export for the cases of DB — a 执行通知
# on each filing date, a 终本 on each 终本 case's closing date.
bench_events_csv() {
	sqlite3 -csv -header "$1" "SELECT case_no AS 案号, '执行通知' AS 事件类型, filing_date AS 日期 FROM cases
	UNION ALL SELECT case_no, '终本', closing_date FROM cases WHERE closing_method = '终结本次执行程序'" >"$2"
}

# bench_ab_templates N: an N-case generated ledger ($W/ledger.csv) imported
# by $OLD (with $OLD_DATADIR) into $W/old.db and by $NEW into $W/new.db,
# untimed — the databases a register or events A/B run starts from.
bench_ab_templates() {
	/usr/bin/python3 "$here/tests/data/make_ledger.py" big "$1" "$W/ledger.csv" >/dev/null
	JIANZHI_DATADIR=$OLD_DATADIR "$OLD" --db "$W/old.db" init >/dev/null 2>&1
	JIANZHI_DATADIR=$OLD_DATADIR "$OLD" --db "$W/old.db" import cases -q "$W/ledger.csv"
	JIANZHI_DATADIR=$here "$NEW" --db "$W/new.db" init >/dev/null 2>&1
	JIANZHI_DATADIR=$here "$NEW" --db "$W/new.db" import cases -q "$W/ledger.csv"
}

# bench_ab_import NAME CSV WHAT...: one timed import of CSV — bare: sqlite3
# .import into a new table; old/new: `jianzhi import WHAT... -q CSV` into a
# copy of that build's template, the copy written out first (sync: else the
# kernel writes it back while the import runs). Wall seconds and peak RSS
# (KB) appended to $W/NAME.times.
bench_ab_import() {
	name=$1 csv=$2
	shift 2
	rm -f "$W"/t.db*
	case $name in
	bare) set -- sqlite3 "$W/t.db" ".import --csv $csv t" ;;
	old) cp "$W/old.db" "$W/t.db"; sync; set -- env JIANZHI_DATADIR="$OLD_DATADIR" "$OLD" --db "$W/t.db" import "$@" -q "$csv" ;;
	new) cp "$W/new.db" "$W/t.db"; sync; set -- env JIANZHI_DATADIR="$here" "$NEW" --db "$W/t.db" import "$@" -q "$csv" ;;
	esac
	/usr/bin/time -f "%e %M" -o "$W/time" "$@" >/dev/null
	cat "$W/time" >>"$W/$name.times"
	printf '  %-5s %6.2fs %6d KB\n' "$name" "$(cut -d' ' -f1 "$W/time")" "$(cut -d' ' -f2 "$W/time")"
}

bench_ab_rss() {
	echo "peak RSS (medians): old $(bench_median "$W/old.times" 2) KB, new $(bench_median "$W/new.times" 2) KB"
}
