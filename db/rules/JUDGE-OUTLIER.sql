-- code: JUDGE-OUTLIER
-- title: 承办人“快速终本”比例异常偏高
-- stage: 串并
-- severity: 中
-- version: 1
-- verification: V2
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第一条（V2）：“人民法院终结本次执行程序，应当同时符合下列条件：……（三）已穷尽财产调查措施，未发现被执行人有可供执行的财产或者发现的财产不能处置；（四）自执行案件立案之日起已超过三个月；……”——立案后短期内即终本的比例显著高于同院同期，提示可能未穷尽财产调查。
-- remedy: 建议对该承办人的快速终本案件逐案审查财产调查是否穷尽，必要时发出类案检察建议。
-- needs: cases(承办人、立案日期、结案日期、结案方式)
-- param: quick_days = 120 | 立案后多少天内终本算“快速终本”
-- param: min_cases = 20 | 承办人终本案件数不少于此数才比较
-- param: factor = 3 | 承办人快速终本比例超过全部承办人比例的倍数
-- param: min_quick = 5 | 承办人快速终本案件数不少于此数
WITH zb AS (
  SELECT judge, julianday(closing_date) - julianday(filing_date) <= :quick_days AS quick
  FROM cases WHERE closing_method = '终结本次执行程序' AND judge IS NOT NULL AND filing_date IS NOT NULL),
overall AS (SELECT avg(quick) AS share FROM zb),
judges AS (
  SELECT judge, count(*) AS n, sum(quick) AS q, avg(quick) AS share FROM zb GROUP BY judge
  HAVING count(*) >= :min_cases AND sum(quick) >= :min_quick)
SELECT c.id AS case_id, 'judge:' || j.judge AS hit_key,
       printf('承办人%s共终本%d件，其中立案后%d天内终本%d件（%.1f%%），全部承办人平均为%.1f%%；本案立案%s，%s终本，历时%d天。',
              j.judge, j.n, :quick_days, j.q, 100.0 * j.share, 100.0 * o.share, c.filing_date, c.closing_date,
              CAST(julianday(c.closing_date) - julianday(c.filing_date) AS INTEGER)) AS evidence
FROM screen_scope s
CROSS JOIN cases c ON c.id = s.case_id
JOIN judges j ON j.judge = c.judge
JOIN overall o
WHERE j.share > :factor * o.share
  AND c.closing_method = '终结本次执行程序'
  AND julianday(c.closing_date) - julianday(c.filing_date) <= :quick_days
