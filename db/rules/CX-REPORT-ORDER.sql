-- code: CX-REPORT-ORDER
-- title: 报告财产令缺失或未与执行通知同时发出
-- stage: 财产查询
-- severity: 中
-- version: 6
-- verification: V1
-- basis: 《最高人民法院关于民事执行中财产调查若干问题的规定》（2020修正）第三条第一款（V1）：“人民法院依申请执行人的申请或依职权责令被执行人报告财产情况的，应当向其发出报告财产令。金钱债权执行中，报告财产令应当与执行通知同时发出。”
-- basis: 《中华人民共和国民事诉讼法》第二百五十二条（V1）：“被执行人未按执行通知履行法律文书确定的义务，应当报告当前以及收到执行通知之日前一年的财产情况。……”
-- remedy: 建议法院在金钱债权执行中将报告财产令与执行通知同时发出；本案未发出的，及时补发并核查被执行人的报告情况。
-- needs: events(执行通知、报告财产令；执行通知行备注所载的报告财产令)；cases.claim_fen（申请执行标的：金钱债权）
-- Only money claims (申请执行标的 > 0) of 执/执恢 cases, not closed by
-- withdrawal or a refusal to enforce. "同时" is the same day: a report
-- order dated like any 执行通知 of the case is simultaneous. A case with
-- neither a notice nor an order (v4): the order goes with the notice, due
-- 10 days after filing (民诉法 第八十五条 rolls it; CX-NOTICE-10D), so it is
-- a lead when that day passed before the case ended, and wakes the day
-- after it until then. An order recorded only in the remark of the
-- 执行通知 row ("执行通知书、报告财产令一并送达") was served with it
-- (v_noted_events, db/schema/032).
WITH c AS MATERIALIZED (   -- read twice: each subquery once per case
  SELECT cs.case_id, cs.court_name, cs.claim_fen, cs.src, cs.filing_date, cs.has_events,
         legal_add_days(cs.filing_date, 10) AS due,
         CASE WHEN cs.is_zb THEN cs.zb_date WHEN cs.is_closed THEN cs.closing_date END AS ended,
         (SELECT min(e.event_date) FROM v_events e WHERE e.case_id = cs.case_id AND e.kind = '执行通知') AS notice,
         (SELECT e.src FROM v_events e WHERE e.case_id = cs.case_id AND e.kind = '执行通知'
          ORDER BY e.event_date, e.id LIMIT 1) AS notice_src,
         (SELECT min(e.event_date) FROM v_noted_events e WHERE e.case_id = cs.case_id AND e.kind = '报告财产令') AS report,
         (SELECT e.src FROM v_noted_events e WHERE e.case_id = cs.case_id AND e.kind = '报告财产令'
          ORDER BY e.event_date, e.id LIMIT 1) AS report_src
  FROM screen_scope s CROSS JOIN v_case_state cs ON cs.case_id = s.case_id   -- in case order (by claim: random reads)
  WHERE cs.claim_fen > 0 AND coalesce(cs.type_code, '执') IN ('执', '执恢')
    -- a 执恢 case goes on from the case it resumes: judged only when that
    -- case is in the data and never had the step either (v_family)
    AND (coalesce(cs.type_code, '执') <> '执恢'
         OR (EXISTS (SELECT 1 FROM v_family f WHERE f.case_id = cs.case_id)
             AND NOT EXISTS (SELECT 1 FROM v_family f JOIN v_events e ON e.case_id = f.member_id AND e.kind = '执行通知'
                             WHERE f.case_id = cs.case_id)))
    AND coalesce(cs.closing_method, '') NOT IN ('准许撤回', '驳回申请', '不予执行', '销案'))
SELECT case_id, '' AS hit_key, 1 AS fires, NULL AS wake,
       printf('%s金钱债权执行案件（申请执行标的%s）：执行通知于%s发出，', court_name, yuan(claim_fen), notice) ||
       CASE WHEN report IS NULL THEN '未见报告财产令。'
            WHEN report > notice THEN printf('报告财产令于%s才发出，晚于执行通知%d日，未同时发出。', report,
                                             CAST(julianday(report) - julianday(notice) AS INTEGER))
            ELSE printf('报告财产令于%s即发出，早于执行通知%d日，未同时发出。', report,
                        CAST(julianday(notice) - julianday(report) AS INTEGER)) END AS evidence,
       trim(src || ' ' || notice_src || ' ' || coalesce(report_src, '')) AS sources,
       '已核：金钱债权；非撤回/驳回/不予执行/销案结案；同日无其他执行通知' AS checked
FROM c
WHERE notice IS NOT NULL
  AND (report IS NULL OR NOT EXISTS (SELECT 1 FROM v_events e WHERE e.case_id = c.case_id AND e.kind = '执行通知'
                                     AND e.event_date = c.report))
UNION ALL   -- neither: the order goes with the notice, due within 10 days of filing (CX-NOTICE-10D)
SELECT case_id, '', due < coalesce(ended, :today),
       CASE WHEN ended IS NULL AND due >= :today THEN date(due, '+1 day') END,
       printf('%s金钱债权执行案件（申请执行标的%s）：%s立案，执行通知应于%s前发出、报告财产令与之同时发出；%s未见执行通知，亦未见报告财产令。',
              court_name, yuan(claim_fen), filing_date, due,
              CASE WHEN ended IS NULL THEN '至筛查之日' ELSE printf('至%s', ended) END),
       src,
       '已核：金钱债权；非撤回/驳回/不予执行/销案结案；本案有执行措施数据（只有台账、没有执行措施数据的案件不据“未见某措施”判断）；期限按民诉法第八十五条顺延；期限内无中止、暂缓'
FROM c
WHERE notice IS NULL AND report IS NULL AND has_events AND filing_date IS NOT NULL
  AND (due < coalesce(ended, :today) OR (ended IS NULL AND due >= :today))
  -- a 中止/暂缓 begun within the ten days moves the notice (CX-NOTICE-10D weighs it)
  AND NOT EXISTS (SELECT 1 FROM v_suspend u WHERE u.case_id = c.case_id AND u.start_date <= c.due)
