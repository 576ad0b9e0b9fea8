-- code: ZB-3MONTH
-- title: 立案未满三个月即终本
-- stage: 终本
-- severity: 高
-- version: 1
-- verification: V2
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条第（四）项（V2）：“自执行案件立案之日起已超过三个月”。
-- remedy: 建议法院撤销终结本次执行程序裁定，恢复执行，继续采取执行措施。
-- needs: cases.filing_date、结案方式为终结本次执行程序的结案日期（或“终本”事件日期）
-- param: min_months = 3 | 立案至终本须“已超过”的月数（终本规定第一条第（四）项）
SELECT id AS case_id, '' AS hit_key,
       printf('立案日期%s，终本日期%s，相隔%d天，未超过%d个月即裁定终结本次执行程序。',
              filing_date, zb, CAST(julianday(zb) - julianday(filing_date) AS INTEGER), :min_months) AS evidence
FROM (SELECT c.id, c.filing_date,
             coalesce((SELECT min(e.event_date) FROM events e WHERE e.case_id = c.id AND e.kind = '终本'),
                      c.closing_date) AS zb
      FROM screen_scope s CROSS JOIN cases c ON c.id = s.case_id
      WHERE c.closing_method = '终结本次执行程序' AND c.filing_date IS NOT NULL)
WHERE zb <= date(filing_date, '+' || :min_months || ' months')
