#!/bin/sh
# Facts from scanned documents feed the rules once a person confirms them:
# a 终本 case without a 限制消费 event is a ZB-PRECOND lead until the
# 限制消费令 found in its file is confirmed (with its 落款 date, before 终本);
# a fact only proposed does not count, nor a measure the document says was
# not taken.
. "$TOP_SRCDIR/tests/lib.sh"
R="$TOP_SRCDIR/tests/rules"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
jz init >/dev/null 2>&1
sqlite3 "$DB" <"$R/prelude.sql"
sqlite3 "$DB" <"$R/ZB-PRECOND.fire.sql"
jz screen -q >/dev/null 2>&1
is "$(q "SELECT status FROM leads WHERE rule_code='ZB-PRECOND'")" active "without 限制消费 the case is a lead"
q "INSERT INTO documents(id, sha256, path, case_id, kind, pages, imported_by) VALUES(1, 'x', 'scan.png', 1, '限制消费令', 1, 'tester');
   INSERT INTO pages(id, doc_id, page_no, text) VALUES(1, 1, 1, '限制消费令');
   INSERT INTO facts(id, case_id, doc_id, page_id, line, field, value, raw, created_by) VALUES(1, 1, 1, 1, 2, 'kind', '限制消费令', '限制消费令', 'tester');
   INSERT INTO facts(id, case_id, doc_id, page_id, line, field, role, value, raw, created_by) VALUES(3, 1, 1, 1, 9, 'date', '落款', '2024-01-25', '二〇二四年一月二十五日', 'tester')"
jz screen -q >/dev/null 2>&1
is "$(q "SELECT status FROM leads WHERE rule_code='ZB-PRECOND'")" active "a proposed fact does not count"
q "INSERT INTO facts(id, case_id, doc_id, page_id, line, field, role, value, raw, negated, status, created_by)
   VALUES(2, 1, 1, 1, 3, 'measure', '', '限制消费', '未对其采取限制消费', 1, 'confirmed', 'tester')"
jz screen -q >/dev/null 2>&1
is "$(q "SELECT status FROM leads WHERE rule_code='ZB-PRECOND'")" active "a confirmed but negated 限制消费 measure does not count"
q "UPDATE facts SET status='confirmed' WHERE id IN (1, 3)"
out=$(jz screen 2>&1)
like "$out" "增量.*1 件案件" "confirming the fact marks the case for the next incremental screen"
is "$(q "SELECT status FROM leads WHERE rule_code='ZB-PRECOND'")" gone "the confirmed 限制消费令 answers the lead"
done_testing
