-- 030_agenda_speed: the 终本后 agenda computes its legal dates only where
-- they can fall within the horizon. On a million cases (396,274 of them
-- 终本 within five years) every one had its six-month re-query and its
-- five-year end worked out on the legal calendar, though a few percent
-- could be due: 0.8 million calendar calls of 3.7 s.
--
-- Both prefilters are exact, never a guess:
--  * six months are at least 181 days (the shortest run, September to
--    February or, clamped to the month's end, 31 August to 28 February),
--    and the legal end is never earlier: a re-query due by the horizon
--    was last made at least 181 days before it;
--  * five years are at least 1,825 days, so a five-year end within the
--    horizon belongs to a closing at least 1,825 days before it.
--
-- The seizures ending within the horizon were found by reading every
-- seizure event's row for its end date (450,000 on the same database,
-- 0.9 s); a partial index holds the events that have an end date and an
-- item (in practice the seizures) by end date. The kind is tested with a
-- "+" so that the kind index, which sampled statistics make look cheap,
-- is not chosen instead.
--
-- The rows are those of 022's definition (tests/agenda_prefilter.sh
-- compares both on dates chosen at month ends and holidays).
DROP VIEW v_agenda;

CREATE INDEX events_seizure_end ON events(end_date, case_id, item, kind)
	WHERE end_date IS NOT NULL AND item IS NOT NULL;
CREATE VIEW v_agenda AS
WITH t AS (SELECT today, week_end, date(today, '+30 days') AS horizon,
	date(today, '+30 days', '-181 days') AS queried_by, date(today, '+30 days', '-1825 days') AS closed_by FROM v_today),
zb AS (
	SELECT c.id AS case_id, c.closing_date,
		max(c.closing_date, coalesce((SELECT max(e.event_date) FROM events e WHERE e.case_id = c.id
			AND e.kind = '终本后查询' AND e.event_date >= c.closing_date), c.closing_date)) AS last_query
	FROM cases c CROSS JOIN t
	WHERE c.closing_method = '终结本次执行程序' AND c.closing_date >= date(t.today, '-5 years', '-15 days')
		AND NOT EXISTS (SELECT 1 FROM events r WHERE r.case_id = c.id AND r.kind = '恢复执行')),
requery AS (
	SELECT zb.*, legal_add_months(zb.last_query, 6) AS due, legal_add_years(zb.closing_date, 5) AS five_years
	FROM zb CROSS JOIN t WHERE zb.last_query <= t.queried_by),
ends AS (
	SELECT zb.*, legal_add_years(zb.closing_date, 5) AS five_years
	FROM zb CROSS JOIN t WHERE zb.closing_date <= t.closed_by),
seized AS (
	SELECT e.case_id, e.item, max(e.end_date) AS due
	FROM t CROSS JOIN events e
	WHERE +e.kind IN ('查封', '扣押', '冻结', '续封') AND e.item IS NOT NULL AND e.end_date >= t.today
	GROUP BY +e.case_id, e.item          -- "+": from the end-date index, not a scan in case order
	HAVING max(e.end_date) <= t.horizon),
items AS (
	SELECT '终本后复查' AS kind, r.case_id, NULL AS draft_id, r.due,
		printf('终本于%s，上次查询%s，应于%s前再次通过网络执行查控系统查询被执行人财产', r.closing_date,
			r.last_query, r.due) AS detail
	FROM requery r CROSS JOIN t
	WHERE r.due <= t.horizon AND r.due < r.five_years AND t.today <= r.five_years
	UNION ALL
	SELECT '五年期满', z.case_id, NULL, z.five_years,
		printf('终本于%s，五年定期查询期限于%s届满，上次查询%s', z.closing_date, z.five_years, z.last_query)
	FROM ends z CROSS JOIN t
	WHERE z.five_years >= t.today AND z.five_years <= t.horizon
	UNION ALL
	SELECT '查封到期', s.case_id, NULL, s.due,
		printf('%s“%s”期限至%s，未见续行或解除',
			coalesce((SELECT min(x.kind) FROM events x WHERE x.case_id = s.case_id AND x.item = s.item
				AND x.kind IN ('查封', '扣押', '冻结')), '查封'), s.item, s.due)
	FROM seized s JOIN cases c ON c.id = s.case_id
	WHERE coalesce(c.closing_method, '') NOT IN ('执行完毕', '终结执行', '不予执行', '驳回申请', '准许撤回', '销案')
		AND coalesce(c.paid_fen, 0) < coalesce(c.claim_fen, 1)
		AND NOT EXISTS (SELECT 1 FROM events x WHERE x.case_id = s.case_id AND x.item = s.item
			AND (x.kind IN ('解封', '变卖', '以物抵债') OR (x.kind = '拍卖' AND x.amount_fen > 0)))
	UNION ALL
	SELECT '回复到期', r.case_id, r.draft_id, r.reply_due,
		printf('%s%s于%s发出，法院应于%s前回复', r.title, CASE WHEN r.doc_no <> '' THEN '（' || r.doc_no || '）' ELSE '' END,
			r.issued_on, r.reply_due)
	FROM v_replies r CROSS JOIN t
	WHERE r.reply_due >= t.today AND r.reply_due <= t.week_end)
SELECT i.kind, i.due, CAST(julianday(i.due) - julianday(t.today) AS INTEGER) AS days_left,
	i.case_id, c.case_no, coalesce(nullif(ct.name, ''), c.court_code, '') AS court_name,
	coalesce(c.judge, '') AS judge, i.draft_id, i.detail
FROM items i CROSS JOIN t JOIN cases c ON c.id = i.case_id LEFT JOIN courts ct ON ct.id = c.court_id;
