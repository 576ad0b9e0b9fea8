#!/bin/sh
# Every rule in db/rules fires on each of its fixtures and stays silent on
# each of its near misses (tests/rules/CODE.fire*.sql / CODE.miss*.sql, each
# one boundary, applied to prelude.sql's lawful cases); the lawful cases
# alone give no lead at all. A fixture's first line says what it tests.
. "$TOP_SRCDIR/tests/lib.sh"
R="$TOP_SRCDIR/tests/rules"
jz init >/dev/null 2>&1
sqlite3 "$DB" <"$R/prelude.sql"
cp "$DB" "$T/base.db"
jz screen -q >/dev/null 2>&1
is "$(sqlite3 "$DB" "SELECT rule_code || ' ' || evidence FROM leads" | head -3)" "" "the lawful prelude gives no lead"
n=$(sqlite3 "$DB" "SELECT count(*) FROM rules WHERE path <> ''")
ok "[ $n -ge 25 ]" "at least 25 rules loaded ($n)"

leads_for() { # code fixture → number of active leads of that rule
	cp "$T/base.db" "$T/f.db"
	sqlite3 "$T/f.db" <"$2" || return 1
	# a rule that reads the other rules' leads (after: leads) needs them all run
	only="--rule $1"
	grep -q '^-- after: leads' "$TOP_SRCDIR/db/rules/$1.sql" && only=
	"$JIANZHI" --db "$T/f.db" screen -q $only >"$T/out" 2>&1 || { cat "$T/out" >&2; return 1; }
	sqlite3 "$T/f.db" "SELECT count(*) FROM leads WHERE rule_code = '$1' AND status = 'active'"
}
what() { sed -n '1s/^-- *//p' "$1"; }

for f in "$TOP_SRCDIR"/db/rules/*.sql; do
	code=$(basename "$f" .sql)
	fires=$(ls "$R/$code".fire*.sql 2>/dev/null)
	misses=$(ls "$R/$code".miss*.sql 2>/dev/null)
	if [ -z "$fires" ] || [ -z "$misses" ]; then
		_tap 1 "$code has a fire and a near-miss fixture"
		continue
	fi
	for fx in $fires; do
		k=$(leads_for "$code" "$fx")
		ok "[ '${k:-0}' -ge 1 ]" "$code fires: $(what "$fx") ($(basename "$fx"): ${k:-error} leads)"
		ev=$(sqlite3 "$T/f.db" "SELECT evidence FROM leads WHERE rule_code = '$code' AND status = 'active' LIMIT 1")
		like "$ev" "[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]+\\.[0-9]{2}元|[0-9]+件" "$code evidence names dates, amounts or counts ($(basename "$fx"))"
		src=$(sqlite3 "$T/f.db" "SELECT sources FROM leads WHERE rule_code = '$code' AND status = 'active' LIMIT 1")
		like "$src" "(case|event|registry|fact|bank):[0-9]+" "$code names the rows it rests on ($(basename "$fx"))"
		# "-- lead on: 案号": the case the lead must be on (cross-case rules)
		on=$(sed -n 's/^-- lead on: //p' "$fx")
		[ -z "$on" ] || is "$(sqlite3 "$T/f.db" "SELECT group_concat(DISTINCT c.case_no) FROM leads l JOIN cases c ON c.id = l.case_id
			WHERE l.rule_code = '$code' AND l.status = 'active'")" "$on" "$code puts the lead on $on ($(basename "$fx"))"
	done
	for fx in $misses; do
		k=$(leads_for "$code" "$fx")
		is "${k:-error}" 0 "$code stays silent: $(what "$fx") ($(basename "$fx"))"
	done
	basis=$(sed -n 's/^-- basis: //p' "$f" | head -1)
	like "$basis" "《.+》.*(第.+条|条文序号待核)" "$code cites an instrument and its article (or says the number is unverified)"
done
done_testing
