#!/bin/sh
# Generate configure and Makefile.in (they are not kept in git).
set -e
cd "$(dirname "$0")"
autoreconf -fi
# The TAP driver ships with automake but is not copied by --add-missing.
for d in /usr/share/automake-*; do
	[ -f "$d/tap-driver.sh" ] && cp -f "$d/tap-driver.sh" build-aux/ && break
done
test -f build-aux/tap-driver.sh || { echo "autogen.sh: tap-driver.sh not found (install automake)" >&2; exit 1; }
