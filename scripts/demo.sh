#!/bin/sh
# One command for a first look: install, build, make a demo database and
# open the workstation on it.   Usage: scripts/demo.sh [--cases N]
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
DB=${JIANZHI_DB:-$PWD/demo.db}
[ -s "$DB" ] || build/jianzhi --db "$DB" demo "$@"
build/jianzhi --db "$DB" screen >/dev/null 2>&1 || true
exec build/jianzhi --db "$DB"
