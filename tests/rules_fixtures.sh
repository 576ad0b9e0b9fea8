#!/bin/sh
# Every rule in db/rules fires on its fixture and stays silent on its near
# miss (tests/rules/CODE.fire.sql / CODE.miss.sql, applied to prelude.sql's
# three lawful cases); the lawful cases alone give no lead at all.
. "$TOP_SRCDIR/tests/lib.sh"
R="$TOP_SRCDIR/tests/rules"
jz init >/dev/null 2>&1
sqlite3 "$DB" <"$R/prelude.sql"
cp "$DB" "$T/base.db"
jz screen -q >/dev/null 2>&1
is "$(sqlite3 "$DB" "SELECT count(*) FROM leads")" 0 "the lawful prelude gives no lead"
n=$(sqlite3 "$DB" "SELECT count(*) FROM rules WHERE path <> ''")
ok "[ $n -ge 25 ]" "at least 25 rules loaded ($n)"

leads_for() { # code fixture → number of leads of that rule
	cp "$T/base.db" "$T/f.db"
	sqlite3 "$T/f.db" <"$2" || return 1
	"$JIANZHI" --db "$T/f.db" screen -q --rule "$1" >"$T/out" 2>&1 || { cat "$T/out" >&2; return 1; }
	"$JIANZHI" --db "$T/f.db" leads --rule "$1" --format csv | tail -n +2 | grep -c . || true
}
for f in "$TOP_SRCDIR"/db/rules/*.sql; do
	code=$(basename "$f" .sql)
	if [ ! -f "$R/$code.fire.sql" ] || [ ! -f "$R/$code.miss.sql" ]; then
		_tap 1 "$code has a fire and a near-miss fixture"
		continue
	fi
	k=$(leads_for "$code" "$R/$code.fire.sql")
	ok "[ '${k:-0}' -ge 1 ]" "$code fires on its fixture (${k:-error} leads)"
	ev=$("$JIANZHI" --db "$T/f.db" leads --rule "$code" --format csv | sed -n 2p)
	like "$ev" "[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]+\\.[0-9]{2}元|[0-9]+件" "$code evidence names dates, amounts or counts"
	k=$(leads_for "$code" "$R/$code.miss.sql")
	is "${k:-error}" 0 "$code stays silent on the near miss"
	basis=$(sed -n 's/^-- basis: //p' "$f" | head -1)
	like "$basis" "《.+》.*(第.+条|条文序号待核)" "$code cites an instrument and its article (or says the number is unverified)"
done
done_testing
