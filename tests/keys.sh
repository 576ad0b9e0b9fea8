#!/bin/sh
# The key map: man/jianzhi-keys.5 is the action table (regenerated, it is
# unchanged); a user keymap file rebinds keys and the help shows the new
# binding; a bad line is reported and the rest still applies.
. "$TOP_SRCDIR/tests/lib.sh"
sh "$TOP_SRCDIR/scripts/gen-keys-man.sh" "$T/keys.5"
ok "cmp -s '$T/keys.5' '$TOP_SRCDIR/man/jianzhi-keys.5'" "man/jianzhi-keys.5 matches ui/actions.def (run scripts/gen-keys-man.sh)"
. "$TOP_SRCDIR/tests/tui_lib.sh"
jz demo -q --cases 200 >/dev/null 2>&1
mkdir -p "$XDG_CONFIG_HOME/jianzhi"
printf '# my keys\nbind X label-dismiss\nunbind x\nbind 线索 Space label-confirm\nbind Z no-such-action\n' \
	>"$XDG_CONFIG_HOME/jianzhi/keys"
tui_start 100 30
ok "tui_wait '按键设置有误'" "a bad keymap line is reported"
like "$(tui_screen | tail -1)" "第5行.*no-such-action" "naming its line and the unknown action"
tui_keys 2; tui_wait '待定' >/dev/null
like "$(tui_screen | sed -n 29p)" "X 排除" "the status bar shows X for 排除"
tui_keys '?'
ok "tui_wait '线索 视图的按键'" "help opens"
like "$(tui_screen)" "X +标注 排除" "help lists X for 排除"
unlike "$(tui_screen)" "^ +x +标注 排除" "x is no longer bound to 排除"
like "$(tui_screen)" "Space.*标注 成案" "the view-scoped binding shows in that view"
tui_keys q
first=$(jz leads --format csv --status active | sed -n 2p | cut -d, -f1)
tui_keys Space
ok "tui_wait '已将 1 条线索标注为 成案'" "Space labels 成案 in the lead queue"
tui_keys Q
ok "tui_wait 'TUI-EXITED 0'" "quit"
is "$(jz leads --format csv | awk -F, -v id="$first" '$1 == id { print $10 }')" "成案" "the rebound key labelled the first lead"
done_testing
