#!/bin/sh
# Every data file the program reads (schema, rules, calendar, reference data,
# templates) is listed in a Makefile fragment, so `make install` and the
# release tarball carry it.
. "$TOP_SRCDIR/tests/lib.sh"
cd "$TOP_SRCDIR"
missing=""
for f in $(find db/schema db/rules db/calendar db/reference templates -type f \
	\( -name '*.sql' -o -name '*.txt' -o -name '*.tsv' -o -name '*.tpl' \) | sort); do
	grep -q "$f" db/db.am templates/templates.am || missing="$missing $f"
done
is "$missing" "" "every data file is in db/db.am or templates/templates.am"
done_testing
