-- code: FP-PAYOUT-30D
-- title: 执行款到账后三十日内未发放
-- stage: 财产分配
-- severity: 中
-- version: 2
-- verification: V3
-- basis: 《最高人民法院关于执行款物管理工作的规定》（法发〔2017〕6号）（条文序号待核，U；内容V3，经法院实施细则转引）：“执行人员应当在收到财务部门执行款到账通知之日起三十日内，完成执行款的核算、执行费用的结算、通知申请执行人领取和执行款发放等工作。”同规定另列延缓发放的情形并须审批（条文待核，U）。
-- basis: 例外——参与分配：《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百零九条（V1）：“多个债权人对执行财产申请参与分配的，执行法院应当制作财产分配方案，并送达各债权人和被执行人。债权人或者被执行人对分配方案有异议的，应当自收到分配方案之日起十五日内向执行法院提出书面异议。”（分配程序进行中的款项由 FP-PLAN-15D 核查。）
-- basis: 例外——和解、暂缓、中止：《中华人民共和国民事诉讼法》第二百四十一条、第二百四十二条、第二百六十七条（V1）；其期间不计入发放期限。
-- remedy: 建议法院及时核算、发放执行款；确有延缓发放事由的，依法审批并记录入卷。
-- needs: v_events（案款到账、案款发放、提存、延缓发放批准（到期日＝延缓至）、分配方案、参与分配）；v_stay（和解、中止、暂缓）
-- param: days = 30 | 执行款到账后应发放的期限（日）
-- Each receipt is paid out by the first 案款发放 (or 提存) on or after its
-- day. An approved delay (延缓发放批准 after the receipt) moves the end to
-- the approval's 到期日 (none given: the rule waits); a distribution among
-- several creditors started within the period (分配方案, 参与分配) is
-- FP-PLAN-15D's matter. Days of 和解, 中止, 暂缓 are added.
WITH rec AS MATERIALIZED (
  SELECT e.case_id, e.event_date AS rec, e.amount_fen, e.src, c.court_name, c.src AS case_src,
         (SELECT p.event_date || p.kind || '|' || p.src FROM v_events p WHERE p.case_id = e.case_id
          AND p.kind IN ('案款发放', '提存') AND p.event_date >= e.event_date ORDER BY p.event_date, p.id LIMIT 1) AS paid,
         (SELECT coalesce(d.end_date, '9999-12-31') || '|' || d.event_date || '|' || d.src FROM v_events d
          WHERE d.case_id = e.case_id AND d.kind = '延缓发放批准' AND d.event_date >= e.event_date
          ORDER BY coalesce(d.end_date, '9999-12-31') DESC LIMIT 1) AS delay,
         legal_add_days(e.event_date, :days) AS due0
  FROM screen_scope s
  CROSS JOIN v_events e ON e.case_id = s.case_id
  JOIN v_case_state c ON c.case_id = e.case_id
  WHERE e.kind = '案款到账' AND e.event_date IS NOT NULL),
a AS (
  SELECT r.*, substr(r.paid, 1, 10) AS paid_date, substr(r.paid, 11, instr(r.paid, '|') - 11) AS paid_kind,
         substr(r.paid, instr(r.paid, '|') + 1) AS paid_src,
         substr(r.delay, 1, 10) AS delay_to, substr(r.delay, 12, 10) AS delay_at, substr(r.delay, 23) AS delay_src
  FROM rec r
  WHERE NOT EXISTS (SELECT 1 FROM v_events x WHERE x.case_id = r.case_id AND x.kind IN ('分配方案', '参与分配')
                    AND x.event_date >= r.rec AND x.event_date <= r.due0)),
st AS (
  SELECT a.case_id, a.rec,
         sum(julianday(min(coalesce(t.end_date, :today), :today)) - julianday(max(t.start_date, a.rec))) AS days,
         max(t.end_date IS NULL OR t.end_date > :today) AS running,
         max(CASE WHEN t.end_date > :today THEN t.end_date END) AS running_to,
         group_concat(t.kind || t.start_date || '至' || coalesce(t.end_date, '今'), '、') AS what,
         group_concat(t.src, ' ') AS src
  FROM a JOIN v_stay t ON t.case_id = a.case_id AND t.start_date <= a.due0
   AND coalesce(t.end_date, '9999-12-31') > a.rec AND (a.paid_date IS NULL OR t.start_date < a.paid_date)
  GROUP BY a.case_id, a.rec),
d AS (
  SELECT a.*, st.running, st.running_to, st.what, st.src AS stay_src, CAST(coalesce(st.days, 0) AS INTEGER) AS paused,
         max(legal_add_days(a.rec, :days + CAST(coalesce(st.days, 0) AS INTEGER)), coalesce(a.delay_to, '')) AS due
  FROM a LEFT JOIN st ON st.case_id = a.case_id AND st.rec = a.rec
  WHERE (coalesce(st.running, 0) = 0 OR st.running_to IS NOT NULL))
SELECT case_id, rec || ':' || coalesce(amount_fen, '') AS hit_key,
       coalesce(running, 0) = 0 AND (paid_date > due OR (paid_date IS NULL AND :today > due)) AS fires,
       CASE WHEN running THEN date(running_to, '+1 day')
            WHEN paid_date IS NULL AND :today <= due AND due < '9999' THEN date(due, '+1 day') END AS wake,
       printf('%s执行款%s到账，自到账之日起%d日%s%s届满于%s；%s。执行法院%s。',
              rec, coalesce(yuan(amount_fen), '（金额未载）'), :days,
              iif(paused > 0, '（' || what || '共' || paused || '日不计入）', ''),
              iif(delay_to IS NULL, '', '（' || delay_at || '批准延缓发放至' || delay_to || '）'), due,
              iif(paid_date IS NULL, '至届满日未发放', '至届满日未发放，直到' || paid_date || '才' || iif(paid_kind = '提存', '提存', '发放')),
              court_name) AS evidence,
       trim(case_src || ' ' || src || coalesce(' ' || paid_src, '') || coalesce(' ' || delay_src, '') || coalesce(' ' || stay_src, '')) AS sources,
       '已核：' || iif(delay_to IS NULL, '无延缓发放审批', '延缓发放审批至' || delay_to) || '；到账后期限内无分配方案、参与分配；'
       || iif(paused > 0, '和解、中止、暂缓期间已扣除' || paused || '日', '期间内无和解、中止、暂缓') AS checked
FROM d
WHERE (paid_date IS NULL OR paid_date > due) AND due < '9999'
