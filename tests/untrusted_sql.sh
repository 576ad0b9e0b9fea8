#!/bin/sh
# SQL a person wrote (a rule file, a --where) may only read: beyond
# sqlite3_stmt_readonly, SQLite's authorizer refuses functions that reach
# outside while it compiles; reading virtual tables (json_each) still works.
. "$TOP_SRCDIR/tests/lib.sh"
jz demo --cases 100 -q >/dev/null 2>&1
export JIANZHI_RULES_DIR="$T/rules"
mkdir -p "$JIANZHI_RULES_DIR"
cat >"$JIANZHI_RULES_DIR/USER-EXT.sql" <<'SQL'
-- code: USER-EXT
-- title: 加载扩展
SELECT c.id AS case_id, '' AS hit_key, load_extension('/nonexistent/evil') AS evidence FROM cases c
SQL
cat >"$JIANZHI_RULES_DIR/USER-JSON.sql" <<'SQL'
-- code: USER-JSON
-- title: 读取 JSON
SELECT c.id AS case_id, j.value AS hit_key, '标记 ' || j.value AS evidence
FROM cases c JOIN json_each('["甲"]') j WHERE c.id = (SELECT min(id) FROM cases)
SQL
out=$(jz rules try USER-EXT 2>&1); rc=$?
is "$rc" 1 "trying a rule that calls load_extension fails"
like "$out" "USER-EXT.sql：规则 USER-EXT 未能运行：not authorized to use function: load_extension" "it is refused at compile time"
like "$(jz rules install "$JIANZHI_RULES_DIR/USER-EXT.sql" 2>&1)" "not authorized" "and cannot be installed for everyone"
like "$(jz rules try USER-JSON --format csv)" "标记 甲" "a rule reading json_each still runs"
out=$(jz cases --where "load_extension('/nonexistent/evil') IS NULL" 2>&1); rc=$?
is "$rc" 2 "--where with load_extension is refused"
like "$out" "not authorized" "by the authorizer"
is "$(jz cases --where "1 IN (SELECT cid FROM pragma_table_info('cases'))" --format csv | head -1 | cut -d, -f1)" case_no \
   "reading a pragma's table is still allowed"
done_testing
