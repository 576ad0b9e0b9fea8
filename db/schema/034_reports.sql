-- 034_reports: the debtor's 财产报告, wherever the court's file records it.
--
-- 财产调查规定 第三至第十条: the court orders a report (报告财产令) by a
-- deadline; a report refused, false, or late without good reason is a
-- breach (罚款、拘留, 失信). A file records the outcome as a 财产报告 row of
-- its own, or as the 结果 of the order's row ("逾期未报告", "虚假报告",
-- "已按期报告"). Rules read v_reports, which holds both; an outcome on the
-- order's row is dated by what it says: a late or missing report on the
-- day after the deadline, any other on the deadline (or the order's day
-- when it has none).
CREATE VIEW v_reports AS
SELECT e.id, e.case_id, e.event_date, e.result, e.src FROM v_events e WHERE e.kind = '财产报告'
UNION ALL
SELECT e.id, e.case_id,
       CASE WHEN (e.result LIKE '%逾期%' OR e.result LIKE '%未报告%') AND e.end_date IS NOT NULL
	    THEN date(e.end_date, '+1 day') ELSE coalesce(e.end_date, e.event_date) END,
       e.result, e.src
FROM v_events e
WHERE e.kind = '报告财产令' AND e.result IS NOT NULL
  AND (e.result LIKE '%报告%' OR e.result LIKE '%拒绝%' OR e.result LIKE '%虚假%' OR e.result LIKE '%逾期%');
