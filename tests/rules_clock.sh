#!/bin/sh
# The clocks of the 终本 / 消极执行 rules (XJ-6MONTH, XJ-IDLE) move with
# the legal calendar and wake on the day they fire: incremental screens on
# later days give the leads a full screen gives, each lead appearing on the
# first day after its period ran out (month ends, weekend rolls, 中止 and
# 和解 deducted) and not a day before, its evidence then fixed.
. "$TOP_SRCDIR/tests/lib.sh"
R="$TOP_SRCDIR/tests/rules"
jz init >/dev/null 2>&1
sqlite3 "$DB" <"$R/prelude.sql"
cp "$DB" "$T/base.db"

mine="rule_code LIKE 'ZB-%' OR rule_code LIKE 'XJ-%'"
leads() { # db → the active leads of this group, as a prosecutor reads them
	sqlite3 "$1" "SELECT rule_code, case_id, hit_key, evidence, sources FROM leads
		WHERE status = 'active' AND ($mine) ORDER BY 1, 2, 3"
}
at() { # db day → set the screening date
	sqlite3 "$1" "UPDATE settings SET value = '$2' WHERE key = 'screen.today'"
}
first_day() { # db rule → the day the rule's first lead appeared
	sqlite3 "$1" "SELECT min(r.today) FROM leads l JOIN screen_runs r ON r.id = l.first_run_id
		WHERE l.rule_code = '$2'"
}

# One setting per database: screened incrementally on each day given (from
# 2026-11-15 on, days skipped in between), each screen checked against a
# full screen of a copy.
run() { # name "days" fixture-sql...
	name=$1 days=$2
	shift 2
	cp "$T/base.db" "$T/$name.db"
	for f in "$@"; do sqlite3 "$T/$name.db" <"$f"; done
	diff=0
	for day in 2026-11-15 $days; do
		at "$T/$name.db" "$day"
		"$JIANZHI" --db "$T/$name.db" screen -q >/dev/null 2>&1
		cp "$T/$name.db" "$T/full.db"
		"$JIANZHI" --db "$T/full.db" screen -q --full >/dev/null 2>&1
		[ "$(leads "$T/full.db")" = "$(leads "$T/$name.db")" ] || { diff=$((diff + 1)); echo "# $name differs on $day"; }
	done
	is "$diff" 0 "$name: incremental and full screens agree on 2026-11-15 $days"
}

sql() { printf '%s\n' "$1" >"$T/$2.sql"; echo "$T/$2.sql"; }

# filed 2026-05-15: + 6 months = Sunday 2026-11-15, rolled to Monday 11-16
run weekend "2026-11-16 2026-11-17 2026-11-20" "$R/XJ-6MONTH.miss.sql"
is "$(first_day "$T/weekend.db" XJ-6MONTH)" 2026-11-17 "XJ-6MONTH: six months rolled past the weekend, the lead comes on 11-17"

# filed 2026-05-31: + 6 months = 2026-11-30 (no 31 November), the lead on 12-01
run monthend "2026-11-30 2026-12-01 2026-12-03" "$(sql "DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
UPDATE cases SET filing_date='2026-05-31' WHERE id=2;" monthend)"
is "$(first_day "$T/monthend.db" XJ-6MONTH)" 2026-12-01 "XJ-6MONTH: month end 2026-11-30, the lead comes on 12-01"

# a 中止 of 45 days moves the end from 2026-09-30 to Saturday 11-14, rolled to 11-16
run suspended "2026-11-16 2026-11-17" "$R/XJ-6MONTH.miss.suspended.sql"
is "$(first_day "$T/suspended.db" XJ-6MONTH)" 2026-11-17 "XJ-6MONTH: the 中止 deducted, the lead comes on 11-17"

# the lawful prelude: the last act 2026-10-01 + 90 days = 12-30, the
# extension of case 2 runs to 2027-03-01
run prelude "2026-12-30 2026-12-31"
ev1=$(sqlite3 "$T/prelude.db" "SELECT evidence FROM leads WHERE rule_code='XJ-IDLE'")
run prelude2 "2026-12-31 2027-03-01 2027-03-02 2027-03-03"
cp "$T/prelude2.db" "$T/prelude.db"
is "$(first_day "$T/prelude.db" XJ-IDLE)" 2026-12-31 "XJ-IDLE: 90 days after the last act (2026-10-01), the lead comes on 12-31"
is "$(first_day "$T/prelude.db" XJ-6MONTH)" 2027-03-02 "XJ-6MONTH: the approved extension ran to 2027-03-01, the lead comes on 03-02"
like "$(sqlite3 "$T/prelude.db" "SELECT evidence FROM leads WHERE rule_code='XJ-IDLE'")" \
	"最近一次执行行为是2026-10-01网络查控；自2026-10-01起90日于2026-12-30届满" "XJ-IDLE evidence names the dates, not a count of days"
is "$(sqlite3 "$T/prelude.db" "SELECT evidence FROM leads WHERE rule_code='XJ-IDLE'")" "$ev1" \
	"XJ-IDLE evidence on 2027-03-03 is the evidence of 2026-12-31"

# an instalment 和解 until 2026-12-31 holds the idle clock: 90 days from then end 2027-03-31
run settlement "2027-03-31 2027-04-01" "$R/XJ-IDLE.miss.settlement.sql"
is "$(first_day "$T/settlement.db" XJ-IDLE)" 2027-04-01 "XJ-IDLE: the settlement's last instalment 2026-12-31 + 90 days, the lead comes on 2027-04-01"
done_testing
