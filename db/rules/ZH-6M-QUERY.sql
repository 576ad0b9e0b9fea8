-- code: ZH-6M-QUERY
-- title: 终本后未每六个月复查被执行人财产
-- stage: 终本后
-- severity: 中
-- version: 1
-- verification: V2
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第九条第二款（V2）：“终结本次执行程序后的五年内，执行法院应当每六个月通过网络执行查控系统查询一次被执行人的财产，并将查询结果告知申请执行人。符合恢复执行条件的，执行法院应当及时恢复执行。”
-- remedy: 建议法院按期通过网络执行查控系统复查被执行人财产，并将查询结果告知申请执行人。
-- needs: events(终本、终本后查询、恢复执行)
-- param: interval_months = 6 | 两次查询之间的最长间隔（月）
-- param: years = 5 | 终本后须定期查询的年数
-- Each gap (终本→first query, query→query, last query→today) longer than the
-- interval within the five years is one hit, keyed by the date the gap starts.
WITH zb AS (
  SELECT c.id, c.closing_date AS d FROM screen_scope s CROSS JOIN cases c ON c.id = s.case_id
  WHERE c.closing_method = '终结本次执行程序' AND c.closing_date IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM events r WHERE r.case_id = c.id AND r.kind = '恢复执行')),
marks AS (
  SELECT zb.id, zb.d AS start FROM zb
  UNION ALL
  SELECT zb.id, e.event_date FROM zb JOIN events e ON e.case_id = zb.id AND e.kind = '终本后查询'
   AND e.event_date > zb.d),
gaps AS (
  SELECT m.id, m.start,
         coalesce((SELECT min(e.event_date) FROM events e WHERE e.case_id = m.id AND e.kind = '终本后查询'
                   AND e.event_date > m.start), :today) AS next,
         zb.d AS zbd
  FROM marks m JOIN zb ON zb.id = m.id)
SELECT id AS case_id, start AS hit_key,
       printf('终本日期%s；%s之后%s，间隔%d天，超过%d个月未通过网络执行查控系统复查。', zbd, start,
              iif(next = :today, '至今（' || :today || '）未再查询', '下一次查询在' || next),
              CAST(julianday(next) - julianday(start) AS INTEGER), :interval_months) AS evidence
FROM gaps
WHERE next > date(start, '+' || :interval_months || ' months')
  AND start < date(zbd, '+' || :years || ' years')
