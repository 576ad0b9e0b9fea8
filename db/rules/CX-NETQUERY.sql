-- code: CX-NETQUERY
-- title: 立案后未及时通过网络执行查控系统调查或查询范围不全
-- stage: 财产查询
-- severity: 中
-- version: 5
-- verification: V2
-- basis: 《最高人民法院关于民事执行中财产调查若干问题的规定》（2020修正）第一条（V1）：“执行过程中，申请执行人应当提供被执行人的财产线索；被执行人应当如实报告财产；人民法院应当通过网络执行查控系统进行调查，根据案件需要应当通过其他方式进行调查的，同时采取其他调查方式。”
-- basis: 同规定第十三条第一款（V1）：“人民法院通过网络执行查控系统进行调查，与现场调查具有同等法律效力。”
-- basis: 期限：《最高人民法院关于人民法院办理执行案件若干期限的规定》（法发〔2006〕35号）第六条第三款（V2，laws/ 无全文；第六条前两款见两份公开转载，第三款原文见另一摘录，其条序见释义“第6条……至多在1个月内完成”）：“根据案件具体情况，承办人一般应当在1个月内完成对被执行人收入、银行存款、有价证券、不动产、车辆、机器设备、知识产权、对外投资权益及收益、到期债权等资产状况的调查。”——期间按月计算，依《中华人民共和国民法典》第二百零二条（V1）“按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日”及《中华人民共和国民事诉讼法》第八十五条（V1，最后一日为法定休假日的顺延）。
-- basis: 核心查询范围（存款、车辆、不动产、有价证券）：《中华人民共和国民事诉讼法》第二百五十三条第一款（V1）：“被执行人未按执行通知履行法律文书确定的义务，人民法院有权向有关单位查询被执行人的存款、债券、股票、基金份额等财产情况。……”
-- basis: 和解、中止、暂缓：《中华人民共和国民事诉讼法》第二百四十一条（V1，执行和解）、第二百六十七条（V1，中止执行）、第二百四十二条（V1，暂缓执行）。
-- remedy: 建议法院在立案后及时通过网络执行查控系统对被执行人的存款、车辆、不动产、有价证券等财产进行全面查询，必要时辅以现场调查，并将调查情况记录入卷。
-- needs: cases(立案日期、结案方式与日期)；events(网络查控 及其查询渠道 item：总对总 或 存款、车辆、不动产、证券…；中止、暂缓、和解)
-- param: months = 1 | 立案后完成网络查控调查的月数（期限规定，V3；政策默认）
-- Only money claims (申请执行标的 above 0, as CX-REPORT-ORDER reads it;
-- until v2 also a case to vacate a house). The core channels are 存款,
-- 车辆, 不动产 and 证券 (股票/债券/基金 count as 证券). A 网络查控 row
-- whose item names 总对总 — or names no channel at all, which cannot be
-- held against the court — covers every channel. The
-- investigation is complete on the first day by which every core channel
-- has been queried; it is late when that day (or, with none, today, the
-- 终本 date or the closing date) is after filing + months (rolled). A
-- 中止/暂缓 begun within the period restarts it from its end; a 和解 (not
-- 未履行) within it leaves the case out. Wake: the day after the deadline.
-- Views are read once into MATERIALIZED CTEs (a correlated subquery over a
-- view is re-run per row: quadratic on a large database).
WITH c AS MATERIALIZED (
  SELECT cs.case_id, cs.court_name, cs.filing_date, cs.src AS case_src, coalesce(cs.is_zb, 0) AS is_zb,
         CASE WHEN cs.is_zb THEN cs.zb_date WHEN cs.is_closed THEN cs.closing_date END AS ended,
         legal_add_months(cs.filing_date, :months) AS due0
  FROM screen_scope s CROSS JOIN v_case_state cs ON cs.case_id = s.case_id   -- in case order (by claim: random reads)
  WHERE cs.filing_date IS NOT NULL AND coalesce(cs.type_code, '执') IN ('执', '执恢') AND cs.has_events
    -- a 执恢 case goes on from the case it resumes: judged only when that
    -- case is in the data and never had the step either (v_family)
    AND (coalesce(cs.type_code, '执') <> '执恢'
         OR (EXISTS (SELECT 1 FROM v_family f WHERE f.case_id = cs.case_id)
             AND NOT EXISTS (SELECT 1 FROM v_family f JOIN v_events e ON e.case_id = f.member_id AND e.kind = '网络查控'
                             WHERE f.case_id = cs.case_id)))
    AND cs.claim_fen > 0    -- a money claim: 腾退房屋、排除妨害 need no search for property
    AND coalesce(cs.closing_method, '') NOT IN ('准许撤回', '驳回申请', '不予执行', '销案')),
ev AS MATERIALIZED (
  SELECT e.case_id, e.id, e.kind, e.event_date, e.item, e.result, e.src
  FROM c CROSS JOIN v_events e ON e.case_id = c.case_id
  WHERE e.kind IN ('网络查控', '和解') AND e.event_date >= c.filing_date),
-- per case: the queries, and the first day each core channel was covered
qa AS MATERIALIZED (
  SELECT case_id, min(event_date) AS first_q, group_concat(src, ' ') AS q_src,
         group_concat(event_date || coalesce(item, ''), '；') AS q_list,
         min(CASE WHEN item IS NULL OR item LIKE '%总对总%' OR item LIKE '%存款%' THEN event_date END) AS q1,
         min(CASE WHEN item IS NULL OR item LIKE '%总对总%' OR item LIKE '%车辆%' THEN event_date END) AS q2,
         min(CASE WHEN item IS NULL OR item LIKE '%总对总%' OR item LIKE '%不动产%' THEN event_date END) AS q3,
         min(CASE WHEN item IS NULL OR item LIKE '%总对总%' OR item LIKE '%证券%' OR item LIKE '%股票%'
                   OR item LIKE '%债券%' OR item LIKE '%基金%' THEN event_date END) AS q4
  FROM (SELECT * FROM ev WHERE kind = '网络查控' ORDER BY case_id, event_date, id) GROUP BY case_id),
su AS MATERIALIZED (
  SELECT u.case_id, u.start_date, u.end_date, u.src FROM c JOIN v_suspend u ON u.case_id = c.case_id),
q AS MATERIALIZED (
  SELECT c.*, qa.first_q, qa.q_src, qa.q_list, qa.q1, qa.q2, qa.q3, qa.q4,
         (SELECT u.start_date || '|' || coalesce(u.end_date, '') || '|' || u.src FROM su u
          WHERE u.case_id = c.case_id AND u.start_date >= c.filing_date AND u.start_date <= c.due0
          ORDER BY coalesce(u.end_date, '9999-12-31') DESC LIMIT 1) AS susp,
         EXISTS (SELECT 1 FROM ev h WHERE h.case_id = c.case_id AND h.kind = '和解'
                 AND coalesce(h.result, '') NOT LIKE '%未履行%' AND h.event_date <= c.due0) AS settled
  FROM c LEFT JOIN qa ON qa.case_id = c.case_id),
d AS MATERIALIZED (
  SELECT q.*, max(q1, q2, q3, q4) AS complete,
         trim(iif(q1 IS NULL, '存款、', '') || iif(q2 IS NULL, '车辆、', '') || iif(q3 IS NULL, '不动产、', '') ||
              iif(q4 IS NULL, '有价证券、', ''), '、') AS missing,
         CASE WHEN susp IS NULL THEN due0
              WHEN substr(susp, 12, 10) <> '' THEN legal_add_months(substr(susp, 12, 10), :months) END AS due
  FROM q WHERE NOT settled)
SELECT case_id, '' AS hit_key, (coalesce(complete, ended, :today) > due) AS fires,
       CASE WHEN complete IS NULL AND ended IS NULL AND due >= :today THEN date(due, '+1 day') END AS wake,
       printf('%s于%s立案，应于%d个月内（届满日%s%s）通过网络执行查控系统完成对存款、车辆、不动产、有价证券等财产的调查',
              court_name, filing_date, :months, due,
              iif(susp IS NOT NULL, printf('，其间%s起中止/暂缓执行至%s，自其结束之日重新计算', substr(susp, 1, 10),
                                          substr(susp, 12, 10)), '')) ||
       CASE WHEN first_q IS NULL
                 THEN printf('；%s未见网络执行查控记录。',
                             CASE WHEN ended IS NULL THEN '至筛查之日' ELSE printf('至%s（%s）', iif(is_zb, '终本', '结案'), ended) END)
            WHEN complete IS NULL
                 THEN printf('；网络查控记录（%s）未覆盖%s，%s未见补查。', q_list, missing,
                             CASE WHEN ended IS NULL THEN '至筛查之日' ELSE printf('至%s（%s）', iif(is_zb, '终本', '结案'), ended) END)
            WHEN first_q > due
                 THEN printf('；首次网络查控迟至%s，晚于期限%d日。', first_q, CAST(julianday(first_q) - julianday(due) AS INTEGER))
            ELSE printf('；首次网络查控%s，但存款、车辆、不动产、有价证券的查询至%s才全部完成（%s），晚于期限%d日。',
                        first_q, complete, q_list, CAST(julianday(complete) - julianday(due) AS INTEGER)) END AS evidence,
       trim(case_src || ' ' || coalesce(q_src, '') || ' ' || coalesce(substr(susp, 23), '')) AS sources,
       '已核：非撤回/驳回/不予执行/销案结案；期限内无执行和解' ||
       iif(susp IS NULL, '；期限内无中止/暂缓', '；中止/暂缓已另计') || '；“总对总”查询视为覆盖全部渠道' || '；本案有执行措施数据（只有台账、没有执行措施数据的案件不据“未见某措施”判断）' AS checked
FROM d
WHERE due IS NOT NULL AND (coalesce(complete, ended, :today) > due OR (complete IS NULL AND ended IS NULL AND due >= :today))
