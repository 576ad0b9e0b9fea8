# tests/lib.sh — TAP helpers for shell tests (sourced).
# Provides: $JIANZHI (the binary), $T (a fresh temp dir), $DB (a db path in it),
# ok COND-EXIT-STATUS NAME, is GOT WANT NAME, like GOT REGEX NAME, done_testing.
set -u
: "${JIANZHI:?run under make check (JIANZHI unset)}"
T=$(mktemp -d "${TMPDIR:-/tmp}/jztest.XXXXXX")
DB="$T/test.db"
export JIANZHI_DB="$DB" HOME="$T/home" XDG_DATA_HOME="$T/data" XDG_CONFIG_HOME="$T/config"
export JIANZHI_USER="${JIANZHI_USER:-tester}"
mkdir -p "$HOME"
# A fresh database whose creator (the acting login) is 管理员 and 承办检察官.
"$JIANZHI" --db "$DB" init >/dev/null 2>&1
trap 'rm -rf "$T"' EXIT
_n=0; _failed=0

_tap() { # status name
	_n=$((_n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $_n - $2"; else echo "not ok $_n - $2"; _failed=$((_failed + 1)); fi
}
ok() { # "command string" name — passes when the command exits 0
	if eval "$1" >/dev/null 2>&1; then _tap 0 "$2"; else _tap 1 "$2"; echo "#   command failed: $1"; fi
}
is() { # got want name
	if [ "$1" = "$2" ]; then _tap 0 "$3"; else _tap 1 "$3"; printf '#   got:  %s\n#   want: %s\n' "$1" "$2"; fi
}
like() { # got regex name
	if printf '%s' "$1" | grep -Eq -- "$2"; then _tap 0 "$3"; else _tap 1 "$3"; printf '#   got:  %s\n#   want match: %s\n' "$1" "$2" | head -20; fi
}
unlike() { # got regex name
	if printf '%s' "$1" | grep -Eq -- "$2"; then _tap 1 "$3"; printf '#   got:  %s\n#   must not match: %s\n' "$1" "$2" | head -20; else _tap 0 "$3"; fi
}
skip_all() { echo "1..0 # SKIP $1"; exit 0; }
done_testing() { echo "1..$_n"; [ "$_failed" -eq 0 ]; }
jz() { "$JIANZHI" "$@"; }
