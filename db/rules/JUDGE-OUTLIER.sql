-- code: JUDGE-OUTLIER
-- title: 承办人“快速终本”比例异常偏高
-- stage: 串并
-- severity: 中
-- version: 4
-- verification: V2
-- basis: 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》（法〔2016〕373号）第一条（V2）：“人民法院终结本次执行程序，应当同时符合下列条件：……（三）已穷尽财产调查措施，未发现被执行人有可供执行的财产或者发现的财产不能处置；（四）自执行案件立案之日起已超过三个月；……”——同一承办人立案后短期内即终本的比例显著高于同院其他承办人，提示可能未穷尽财产调查、以终本规避执行期限。
-- basis: 《中华人民共和国民事诉讼法》第二百四十六条（V1）：“人民检察院有权对民事执行活动实行法律监督。”
-- basis: 期间按月计算：《中华人民共和国民法典》第二百零二条（V1）：“按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。”
-- remedy: 建议对该承办人的快速终本案件逐案审查财产调查是否穷尽、终本程序是否合法，必要时发出类案检察建议。
-- needs: cases(承办人、法院、类型、立案日期、结案方式)；终本日期（v_case_state.zb_date）
-- param: quick_months = 4 | 立案后多少个月内（含）终本算“快速终本”（政策默认）
-- param: min_peer_cases = 20 | 同院其他承办人终本首次执行案件合计不少于此数才比较（比较基准，政策默认）
-- param: factor = 3 | 承办人快速终本比例超过同院其他承办人比例的倍数（政策默认）
-- param: min_quick = 3 | 承办人快速终本案件数不少于此数（政策默认）
-- param: alpha = 0.001 | 显著性：若承办人快速终本的比例与同院其他承办人相同，出现不少于其实际件数的概率须低于此值（二项分布；政策默认）
-- Only first-enforcement (执) cases count: a 执恢 case re-closed soon after
-- it was resumed rests on the first case's investigation. A judge is a name
-- within a court; the peers are the court's other judges. A quick 终本 is one
-- on or before filing + quick_months (民法典 第二百零二条, rolled). Whether
-- a judge stands out is a question of chance, not of a fixed caseload: 12
-- quick closings of 12 against peers' one in ten cannot be luck, 3 of 20
-- can. So the judge's count is tested against the peers' rate (binomial
-- tail below alpha; the rate smoothed by half a case so that peers with no
-- quick closing do not make any one quick closing a certainty), besides
-- exceeding factor times that rate, with at least min_quick quick closings
-- and min_peer_cases peer cases for the rate to rest on. The lead
-- is on each quick 终本 case of the judge in scope. v4: min_quick 3 (was 5):
-- a judge who closed all four of four quickly stood out as clearly, and
-- the binomial test, not the count, is what rules out chance. Nothing here depends on
-- today: no wake. The shares depend on every 终本 case of the court, so an
-- incremental screen refreshes them only for the cases it re-checks.
WITH ct AS MATERIALIZED (
  SELECT DISTINCT c.court_code FROM screen_scope s JOIN cases c ON c.id = s.case_id WHERE c.court_code IS NOT NULL),
cand AS MATERIALIZED (
  SELECT c.id FROM ct JOIN cases c ON c.court_code = ct.court_code
  WHERE c.closing_method = '终结本次执行程序' AND c.judge IS NOT NULL AND c.filing_date IS NOT NULL
    AND coalesce(c.type_code, '执') = '执'),
-- v_case_state read once per candidate (driven by a materialized list, so
-- its 终本 date lookup is indexed)
zb AS MATERIALIZED (
  SELECT cs.case_id, cs.court_code, cs.court_name, cs.judge, cs.filing_date, cs.zb_date, cs.src,
         cs.zb_date <= legal_add_months(cs.filing_date, :quick_months) AS quick
  FROM cand CROSS JOIN v_case_state cs ON cs.case_id = cand.id
  WHERE cs.zb_date IS NOT NULL),
courts AS MATERIALIZED (SELECT court_code, count(*) AS n, sum(quick) AS q FROM zb GROUP BY court_code),
judges AS MATERIALIZED (
  SELECT j.court_code, j.judge, j.n, j.q, c.n - j.n AS peer_n, c.q - j.q AS peer_q,
         binom_tail(j.q, j.n, (c.q - j.q + 0.5) / (c.n - j.n + 1.0)) AS chance
  FROM (SELECT court_code, judge, count(*) AS n, sum(quick) AS q FROM zb GROUP BY court_code, judge) j
  JOIN courts c ON c.court_code = j.court_code
  WHERE j.q >= :min_quick AND c.n - j.n >= :min_peer_cases
    AND j.q * 1.0 / j.n > :factor * (c.q - j.q) * 1.0 / (c.n - j.n)
    AND binom_tail(j.q, j.n, (c.q - j.q + 0.5) / (c.n - j.n + 1.0)) < :alpha)
SELECT z.case_id, 'judge:' || z.court_code || ':' || z.judge AS hit_key,
       printf('承办人%s（%s）终本首次执行案件%d件，其中立案后%d个月内终本%d件（%.1f%%）；同院其他承办人终本%d件，其中%d个月内终本%d件（%.1f%%），前者超过后者的%s倍；若该承办人快速终本的比例与同院其他承办人相同，%d件中出现%d件以上的概率约为%.1e（低于%s）。本案立案%s，%s终本（立案后%d个月届满日%s）。',
              z.judge, z.court_name, j.n, :quick_months, j.q, 100.0 * j.q / j.n, j.peer_n, :quick_months, j.peer_q,
              100.0 * j.peer_q / j.peer_n, :factor, j.n, j.q, j.chance, :alpha, z.filing_date, z.zb_date, :quick_months,
              legal_add_months(z.filing_date, :quick_months)) AS evidence,
       z.src AS sources,
       '已核：仅计首次执行（执）案件；同院比较；按法院区分同名承办人；差异经二项检验非偶然' AS checked
FROM screen_scope s
JOIN zb z ON z.case_id = s.case_id AND z.quick
JOIN judges j ON j.court_code = z.court_code AND j.judge = z.judge
