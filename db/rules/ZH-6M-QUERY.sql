-- code: ZH-6M-QUERY
-- title: 终本后未每六个月复查被执行人财产
-- stage: 终本后
-- severity: 中
-- version: 4
-- verification: V2
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》（法〔2016〕373号）第九条第二款（V2）：“终结本次执行程序后的五年内，执行法院应当每六个月通过网络执行查控系统查询一次被执行人的财产，并将查询结果告知申请执行人。符合恢复执行条件的，执行法院应当及时恢复执行。”
-- basis: 期间计算：《中华人民共和国民法典》第二百零二条（V1）：“按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。”《中华人民共和国民事诉讼法》第八十五条（V1）：“……期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。”
-- basis: 恢复执行后不再适用：《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条第二款（V1）：“依照前款规定终结执行后，申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。”
-- remedy: 建议法院按期通过网络执行查控系统复查被执行人财产，并将查询结果告知申请执行人；发现财产的及时恢复执行。
-- needs: v_case_state（终本日期、案件类型）；v_events（终本后查询、终本后的网络查控、恢复执行）；v_family（执恢案件）
-- param: interval_months = 6 | 两次查询之间的最长间隔（月）
-- param: years = 5 | 终本后须定期查询的年数
-- From the 终本 date, each query (终本后查询, or a 网络查控 after 终本) must be
-- followed by the next within six months (民法典 第二百零二条 month ends,
-- the last day rolled past rest days). A gap counts when its last day falls
-- within the five years and before the case was resumed (a 恢复执行 event,
-- or a 执恢 case of the family filed after 终本). One lead per gap, keyed by
-- the day it starts; an open gap not yet over wakes the day after its end.
WITH zb AS MATERIALIZED (
  SELECT c.case_id, c.zb_date AS zb, c.court_name, c.src AS case_src,
         legal_add_years(c.zb_date, :years) AS end5,
         (SELECT min(d) FROM (
            SELECT r.event_date AS d FROM v_events r WHERE r.case_id = c.case_id AND r.kind = '恢复执行'
              AND r.event_date > c.zb_date
            UNION ALL
            SELECT m.filing_date FROM v_family f JOIN v_case_state m ON m.case_id = f.member_id
            WHERE f.case_id = c.case_id AND m.type_code = '执恢' AND m.filing_date > c.zb_date)) AS resumed,
         (SELECT z.src FROM v_events z WHERE z.case_id = c.case_id AND z.kind = '终本' AND z.event_date = c.zb_date
          LIMIT 1) AS zb_src
  FROM screen_scope s
  CROSS JOIN v_case_state c ON c.case_id = s.case_id
  WHERE c.is_zb AND c.zb_date IS NOT NULL AND c.has_events),
q AS (   -- the queries after 终本, one per day (zb first: its size is unknown to the planner)
  SELECT zb.case_id, e.event_date AS d, min(e.src) AS src FROM zb
  CROSS JOIN v_events e ON e.case_id = zb.case_id AND e.event_date > zb.zb
   AND (e.kind = '终本后查询' OR e.kind = '网络查控')
  GROUP BY zb.case_id, e.event_date),
marks AS (
  SELECT case_id, zb AS a, coalesce(zb_src, case_src) AS a_src FROM zb
  UNION ALL
  SELECT case_id, d, src FROM q),
nexts AS (   -- each mark with the next query after it (marks are distinct days of one case)
  SELECT case_id, a, a_src, lead(a) OVER w AS nxt, lead(a_src) OVER w AS nxt_src
  FROM marks WINDOW w AS (PARTITION BY case_id ORDER BY a)),
gaps AS (
  SELECT m.case_id, m.a, m.a_src, m.nxt, m.nxt_src, zb.zb, zb.end5, zb.resumed, zb.court_name, zb.case_src,
         legal_add_months(m.a, :interval_months) AS due
  FROM nexts m JOIN zb ON zb.case_id = m.case_id),
g AS (
  SELECT * FROM gaps
  WHERE due <= end5 AND (resumed IS NULL OR due < resumed) AND (nxt IS NULL OR nxt > due))
SELECT case_id, a AS hit_key,
       nxt IS NOT NULL OR :today > due AS fires,
       CASE WHEN nxt IS NULL AND :today <= due THEN date(due, '+1 day') END AS wake,
       printf('终本日期%s；%s起%d个月届满于%s，%s（终本后%d年至%s）。执行法院%s。',
              zb, iif(a = zb, '自终本之日', '自' || a || '查询之日'), :interval_months, due,
              iif(nxt IS NULL, '至届满日未再通过网络执行查控系统查询被执行人财产',
                  '至届满日未再查询，直到' || nxt || '才查询'),
              :years, end5, court_name) AS evidence,
       trim(case_src || ' ' || a_src || coalesce(' ' || nxt_src, '')) AS sources,
       '已核：在终本后' || :years || '年内；' || iif(resumed IS NULL, '未恢复执行（无恢复执行记录、无执恢案件）',
                                               '恢复执行于' || resumed || '，在本期届满之后') || '；本案有执行措施数据（只有台账、没有执行措施数据的案件不据“未见某措施”判断）' AS checked
FROM g
