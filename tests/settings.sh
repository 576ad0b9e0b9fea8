#!/bin/sh
# jianzhi settings: typed values checked before they are stored, defaults
# shown, rule parameters accepted, changes audited.
. "$TOP_SRCDIR/tests/lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
jz init >/dev/null
is "$(jz settings get drafts.reply_months)" 3 "an unset setting reads as its default"
like "$(jz settings set drafts.reply_months abc 2>&1)" "需要整数" "an integer setting refuses text"
is "$(jz settings set drafts.reply_months abc >/dev/null 2>&1; echo $?)" 1 "and exits 1"
like "$(jz settings set screen.today 2026-02-30 2>&1)" "需要日期" "a date setting refuses an impossible date"
ok "jz settings set screen.today 2026-11-15" "a good date is stored"
is "$(jz settings get screen.today)" 2026-11-15 "and read back"
like "$(jz settings set no.such.key 1 2>&1)" "没有名为 no.such.key 的设置" "unknown keys are refused"
ok "jz settings set rule.ZB-3MONTH.min_days 100" "rule parameters are settings"
is "$(jz settings get rule.ZB-3MONTH.min_days)" 100 "and read back"
ok "jz settings unset screen.today" "unset removes a setting"
is "$(q "SELECT count(*) FROM settings WHERE key='screen.today'")" 0 "it is gone"
is "$(q "SELECT count(*) FROM audit WHERE action='settings.set'")" 3 "every change is audited"
like "$(jz settings list)" "drafts.reply_months +整数 +3" "list shows type and value"
done_testing
