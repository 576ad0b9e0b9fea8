-- 040_report_breach: v_reports says, once, which outcome is a breach.
--
-- 财产调查规定 第三至第十条: a report refused (拒绝), false (虚假), or late or
-- never made (逾期, 未报告) without good reason (正当理由) is a breach. Four
-- rules (CX-REPORT-SANCTION, JZ-AFTER-SANCTION, XY-WRONG-LIST, ZB-PRECOND)
-- each spelt the test, and not alike: two missed "未报告", two counted a
-- late report with a good reason. They read v_reports.breach now.
DROP VIEW v_reports;
CREATE VIEW v_reports AS
SELECT r.*, coalesce(r.result LIKE '%拒绝%' OR r.result LIKE '%虚假%'
		     OR ((r.result LIKE '%逾期%' OR r.result LIKE '%未报告%') AND r.result NOT LIKE '%正当理由%'), 0) AS breach
FROM (SELECT e.id, e.case_id, e.event_date, e.result, e.src FROM v_events e WHERE e.kind = '财产报告'
      UNION ALL
      SELECT e.id, e.case_id,
	     CASE WHEN (e.result LIKE '%逾期%' OR e.result LIKE '%未报告%') AND e.end_date IS NOT NULL
		  THEN date(e.end_date, '+1 day') ELSE coalesce(e.end_date, e.event_date) END,
	     e.result, e.src
      FROM v_events e
      WHERE e.kind = '报告财产令' AND e.result IS NOT NULL
	AND (e.result LIKE '%报告%' OR e.result LIKE '%拒绝%' OR e.result LIKE '%虚假%' OR e.result LIKE '%逾期%')) r;
