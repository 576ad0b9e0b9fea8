# tests/tui_lib.sh — drive the real TUI in a private tmux server (sourced
# after lib.sh). tui_start [W H [TERM]] starts jianzhi on $DB as
# $JIANZHI_USER, with the caller's EDITOR and VISUAL; tui_wait TEXT
# polls the screen until TEXT (a fixed string) appears, with a timeout, never
# a fixed sleep; tui_screen prints the screen; tui_keys sends keys.
[ -n "${TMUX_BIN:-}" ] && [ -x "$TMUX_BIN" ] || skip_all "tmux not found"
# A fresh private server (socket) for every start: a new server on a socket
# whose old server is still shutting down can die on start.
_starts=0
SOCK="jz$$-0"
tmux_() { "$TMUX_BIN" -L "$SOCK" -f /dev/null "$@"; }
trap 'tmux_ kill-server 2>/dev/null; rm -rf "$T"' EXIT

tui_start() { # [cols rows [TERM]]
	tmux_ kill-server 2>/dev/null
	_starts=$((_starts + 1))
	SOCK="jz$$-$_starts"
	tmux_ new-session -d -x "${1:-80}" -y "${2:-24}" \
		"env TERM=${3:-xterm-256color} LANG=C.UTF-8 LC_ALL=C.UTF-8 JIANZHI_DB='$DB' JIANZHI_USER='$JIANZHI_USER' JIANZHI_TUI_TIMING='$T/timing.log' EDITOR='${EDITOR:-}' VISUAL='${VISUAL:-}' TMPDIR='${TMPDIR:-/tmp}' '$JIANZHI' 2>'$T/tui.err'; echo TUI-EXITED \$?; sleep 60"
	tmux_ set-option -g status off >/dev/null
}
tui_screen() { tmux_ capture-pane -p; }
tui_keys() { tmux_ send-keys "$@"; }
tui_type() { tmux_ send-keys -l "$1"; }
# Wait until the screen contains the fixed string $1 (timeout ${2:-10} s).
tui_wait() {
	_i=0
	while [ $_i -lt $((${2:-10} * 20)) ]; do
		tui_screen | grep -qF -- "$1" && return 0
		sleep 0.05
		_i=$((_i + 1))
	done
	echo "# timed out waiting for: $1"; tui_screen | sed 's/^/#   | /'
	return 1
}
# Wait until the screen no longer contains $1.
tui_wait_gone() {
	_i=0
	while [ $_i -lt $((${2:-10} * 20)) ]; do
		tui_screen | grep -qF -- "$1" || return 0
		sleep 0.05
		_i=$((_i + 1))
	done
	return 1
}
# Widest screen line in display columns (CJK counted as 2).
tui_widest() {
	tui_screen | "$PYTHON3" -c '
import sys, unicodedata
w = 0
for line in sys.stdin.read().splitlines():
    w = max(w, sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line.rstrip()))
print(w)'
}
