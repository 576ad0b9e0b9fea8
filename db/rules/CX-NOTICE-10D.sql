-- code: CX-NOTICE-10D
-- title: 执行通知未在收到申请执行书后十日内发出
-- stage: 财产查询
-- severity: 中
-- version: 4
-- verification: V1
-- basis: 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》（2022修正）第四百八十条（V1）：“人民法院应当在收到申请执行书或者移交执行书后十日内发出执行通知。执行通知中除应责令被执行人履行法律文书确定的义务外，还应通知其承担民事诉讼法第二百六十条规定的迟延履行利息或者迟延履行金。”
-- basis: 《最高人民法院关于人民法院执行工作若干问题的规定（试行）》（2020修正）第22条（V1）：“人民法院应当在收到申请执行书或者移交执行书后十日内发出执行通知。”
-- basis: 期间计算：《中华人民共和国民事诉讼法》第八十五条（V1）：“期间以时、日、月、年计算。期间开始的时和日，不计算在期间内。期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。”——第十日为休息日（含国庆、春节假期）的，期限顺延至其后第一个工作日；调休上班日是工作日，不顺延。
-- basis: 中止、暂缓：《中华人民共和国民事诉讼法》第二百六十七条（V1）：“有下列情形之一的，人民法院应当裁定中止执行：……中止的情形消失后，恢复执行。”第二百四十二条（V1）：“在执行中，被执行人向人民法院提供担保，并经申请执行人同意的，人民法院可以决定暂缓执行及暂缓执行的期限。……”——期限届满前开始中止/暂缓的，自其结束之日重新计算十日（政策处理，法律未规定）。
-- basis: 较严标准：《最高人民法院关于人民法院办理执行案件若干期限的规定》（法发〔2006〕35号）第四条（V2）：“承办人应当在收到案件材料后3日内向被执行人发出执行通知书，……”（可将 days 设为 3）
-- remedy: 建议法院规范执行通知的发出时间，并对本案迟延原因作出说明。
-- needs: cases.filing_date（作为收到申请执行书日的替代）、结案方式与日期；events(执行通知、中止、暂缓、恢复执行)
-- param: days = 10 | 收到申请执行书后应发出执行通知的日数（民诉法解释第四百八十条；法定）
-- The ledger's 立案日期 stands in for the day the 申请执行书 was received.
-- A 中止/暂缓 that began by the last day (and before any notice) restarts
-- the ten days from its end; one still running means no deadline yet. No
-- notice by the deadline: the case fires on the day after it (wake), or at
-- once when it was closed or 终本 after the deadline without one.
WITH c AS (
  SELECT cs.case_id, cs.filing_date, cs.court_name, cs.is_closed, cs.is_zb, cs.src,
         CASE WHEN cs.is_zb THEN cs.zb_date WHEN cs.is_closed THEN cs.closing_date END AS ended,
         legal_add_days(cs.filing_date, :days) AS due0,
         date(cs.filing_date, '+' || :days || ' days') AS day_n,
         (SELECT min(e.event_date) FROM v_events e WHERE e.case_id = cs.case_id AND e.kind = '执行通知') AS notice,
         (SELECT e.src FROM v_events e WHERE e.case_id = cs.case_id AND e.kind = '执行通知'
          ORDER BY e.event_date, e.id LIMIT 1) AS notice_src
  FROM screen_scope s JOIN v_case_state cs ON cs.case_id = s.case_id
  WHERE cs.filing_date IS NOT NULL AND coalesce(cs.type_code, '执') IN ('执', '执恢') AND cs.has_events
    -- a 执恢 case goes on from the case it resumes: judged only when that
    -- case is in the data and never had the step either (v_family)
    AND (coalesce(cs.type_code, '执') <> '执恢'
         OR (EXISTS (SELECT 1 FROM v_family f WHERE f.case_id = cs.case_id)
             AND NOT EXISTS (SELECT 1 FROM v_family f JOIN v_events e ON e.case_id = f.member_id AND e.kind = '执行通知'
                             WHERE f.case_id = cs.case_id)))
    AND coalesce(cs.closing_method, '') NOT IN ('准许撤回', '驳回申请', '不予执行', '销案')),
-- the last 中止/暂缓 begun after filing, by the original last day, before the notice
s AS (
  SELECT c.*, (SELECT u.start_date || '|' || coalesce(u.end_date, '') || '|' || u.src FROM v_suspend u
               WHERE u.case_id = c.case_id AND u.start_date >= c.filing_date AND u.start_date <= c.due0
                 AND (c.notice IS NULL OR u.start_date < c.notice)
               ORDER BY u.start_date DESC LIMIT 1) AS susp
  FROM c),
d AS (
  SELECT s.*, susp IS NOT NULL AS suspended,
         substr(susp, 1, 10) AS susp_from, nullif(substr(susp, 12, 10), '') AS susp_to,
         substr(susp, 23) AS susp_src
  FROM s),
t AS (
  SELECT d.*, CASE WHEN suspended THEN legal_add_days(susp_to, :days) ELSE due0 END AS due
  FROM d),
v AS (
  SELECT t.*, (due < coalesce(notice, ended, :today)) AS fires,
         CASE WHEN notice IS NULL AND ended IS NULL AND due >= :today THEN date(due, '+1 day') END AS wake,
         printf('%s于%s立案（以立案日作为收到申请执行书之日），%d日期限届满日%s%s', court_name, filing_date,
                :days, due0,
                iif(due0 <> day_n, printf('（第%d日%s为法定休假日，依民诉法第八十五条顺延）', :days, day_n), '')) ||
         iif(suspended, printf('；%s起中止/暂缓执行至%s，自其结束之日重新计算%d日，届满日%s', susp_from,
                coalesce(susp_to, '今'), :days, coalesce(due, '未定')), '') AS head
  FROM t)
SELECT case_id, '' AS hit_key, fires, wake,
       CASE WHEN notice IS NOT NULL
            THEN printf('%s；执行通知于%s才发出，晚于届满日%d日。', head, notice,
                        CAST(julianday(notice) - julianday(due) AS INTEGER))
            ELSE printf('%s；%s未见执行通知。', head,
                        CASE WHEN is_zb THEN printf('至终本（%s）', ended)
                             WHEN is_closed THEN printf('至结案（%s）', ended) ELSE '至筛查之日' END) END AS evidence,
       trim(src || ' ' || coalesce(notice_src, '') || ' ' || coalesce(susp_src, '')) AS sources,
       '已核：非撤回/驳回/不予执行/销案结案' || iif(suspended, '；中止/暂缓期间已另计', '；期限内无中止/暂缓') ||
       iif(due0 <> day_n, '；届满日已按法定休假日顺延', '；届满日为工作日') || '；本案有执行措施数据（只有台账、没有执行措施数据的案件不据“未见某措施”判断）' AS checked
FROM v
WHERE due IS NOT NULL AND (fires OR wake IS NOT NULL)
