#!/bin/sh
# Labelling in the lead queue through tmux: y labels 成案 and the cursor
# moves on, x asks for a 排除 reason, u undoes; labels stick after a
# restart and the CLI sees them; the rules view shows the figures.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui_lib.sh"

jz demo -q >/dev/null 2>&1
first=$(jz leads --format csv | sed -n 2p | cut -d, -f1)
second=$(jz leads --format csv | sed -n 3p | cut -d, -f1)
[ -n "$first" ] && [ -n "$second" ] || { echo "not ok 1 - demo has leads"; echo 1..1; exit 1; }

tui_start 80 24
tui_wait "检执工作台" >/dev/null
tui_keys 2
ok "tui_wait '线索 '" "2 opens the lead queue"
ok "tui_wait ' $first '" "the first lead #$first is listed"
tui_keys y
ok "tui_wait '已将 1 条线索标注为 成案'" "y labels the lead 成案"
like "$(tui_screen | grep -F " $first ")" "成案" "the row shows 成案"
tui_keys x
ok "tui_wait '排除理由'" "x asks for the 排除 reason"
tui_keys 2
ok "tui_wait '补充说明'" "then an optional note"
tui_type "台账金额有误"; tui_keys Enter
ok "tui_wait '标注为 排除：数据错误或不完整'" "the next lead is labelled 排除 with the chosen reason"
tui_keys Q
ok "tui_wait 'TUI-EXITED 0'" "quit"

is "$(jz leads --format csv | awk -F, -v id="$first" '$1 == id { print $10 }')" "成案" "CLI sees lead $first as 成案"
is "$(jz leads --format csv | awk -F, -v id="$second" '$1 == id { print $10 "/" $11 }')" "排除/数据错误或不完整" \
	"CLI sees lead $second as 排除 with its reason"

# Restart: the labels are still there; undo takes back the last one.
tui_start 80 24
tui_wait "检执工作台" >/dev/null
tui_keys 2
ok "tui_wait ' $first '" "after a restart the queue shows lead #$first"
like "$(tui_screen | grep -F " $first ")" "成案" "lead #$first still shows 成案 after restart"
like "$(tui_screen | grep -F " $second ")" "排除" "lead #$second still shows 排除"
tui_keys u
ok "tui_wait '已撤销线索 #$second 的标注'" "u undoes the last label (#$second)"
tui_keys Enter
ok "tui_wait '法律依据'" "Enter opens a lead with its law"
ok "tui_wait '证据'" "and its evidence"
tui_keys q 3
ok "tui_wait '成案率'" "3 opens the rules view with 成案率"
rule=$(jz leads --format csv | awk -F, -v id="$first" '$1 == id { print $2 }')
tui_keys /; tui_type "$rule"; tui_keys Enter
for _ in 1 2 3 4 5 6 7 8 9 10; do tui_screen | grep -F "$rule" | grep -q '%' && break; sleep 0.2; done
want=$(jz rules stats --format csv | tr -d '\r' | awk -F, -v r="$rule" '$1 == r { print $9 }')
ok "[ -n '$want' ]" "the CLI gives rule $rule a 成案率 ($want)"
line=$(tui_screen | grep -F "$rule" | grep '%')
case "$line" in *"$want"*) _tap 0 "rule $rule shows the same 成案率 as the CLI ($want)" ;;
*) _tap 1 "rule $rule shows the same 成案率 as the CLI ($want)"; echo "#   got: $line" ;; esac
tui_keys Q
ok "tui_wait 'TUI-EXITED 0'" "quit"
is "$(jz leads --format csv | awk -F, -v id="$second" '$1 == id { print $10 }')" "" "the undo stuck: lead $second is unlabelled"
done_testing
