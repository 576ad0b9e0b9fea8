-- 022_outcomes: 监督成效 and the 终本后 agenda as named views, read by the
-- workstation's 成效 view, `jianzhi stats` and the exports (one definition
-- of every figure: the funnel and its rates stay those of 007/010); and
-- each person's remembered list settings.
--
-- "Today" is the date everything is measured against: the setting
-- screen.today when set, else the local date (store/settings.h).
-- Periods use the legal calendar (legal_add_months/legal_add_years: the
-- corresponding day, rolled past 法定休假日 — src/legal/calendar.h), so
-- these views need a connection opened by jianzhi.

CREATE VIEW v_today AS
SELECT coalesce((SELECT value FROM settings WHERE key = 'screen.today'), date('now', 'localtime')) AS today,
	-- the end of the coming week: a reply due by then is 七日内到期
	date(coalesce((SELECT value FROM settings WHERE key = 'screen.today'), date('now', 'localtime')),
		'+7 days') AS week_end;

-- The funnel 线索 → 成案 → 检察建议 → 采纳 → 恢复执行 → 到位金额 grouped
-- four ways, in one shape: grp is rule / court / judge / month; key the
-- rule code, court code, judge or month; name what a person reads (rule
-- title, court name, the judge's court). The figures and rates are the
-- columns of v_rule_outcomes, v_court_outcomes, v_judge_outcomes and
-- v_month_outcomes, unchanged.
CREATE VIEW v_outcomes AS
SELECT 'rule' AS grp, rule AS key, title AS name, NULL AS court_code, hits, labelled, confirmed, precision,
	suggestions, replied, adopted, adoption, resumed, resume_rate, recovered_fen
FROM v_rule_outcomes
UNION ALL
SELECT 'court', court_code, court_name, court_code, hits, labelled, confirmed, precision,
	suggestions, replied, adopted, adoption, resumed, resume_rate, recovered_fen
FROM v_court_outcomes
UNION ALL
SELECT 'judge', judge, court_name, court_code, hits, labelled, confirmed, precision,
	suggestions, replied, adopted, adoption, resumed, resume_rate, recovered_fen
FROM v_judge_outcomes
UNION ALL
SELECT 'month', month, '', NULL, hits, labelled, confirmed, precision,
	suggestions, replied, adopted, adoption, resumed, resume_rate, recovered_fen
FROM v_month_outcomes;

-- Documents issued and waiting for the court's reply (three months by
-- default, drafts.reply_months): 逾期 when the due date has passed, 七日内到期
-- when it falls within the coming seven days, else 未到期. days_left is
-- negative when overdue.
CREATE VIEW v_replies AS
SELECT d.id AS draft_id, d.case_id, coalesce(c.case_no, '') AS case_no, c.court_code,
	coalesce(nullif(ct.name, ''), c.court_code, '') AS court_name, coalesce(c.judge, '') AS judge,
	d.kind, d.title, coalesce(d.doc_no, '') AS doc_no, d.status, substr(d.issued_at, 1, 10) AS issued_on,
	d.reply_due, CAST(julianday(d.reply_due) - julianday(t.today) AS INTEGER) AS days_left,
	CASE WHEN d.reply_due < t.today THEN '逾期' WHEN d.reply_due <= t.week_end THEN '七日内到期' ELSE '未到期' END AS state
FROM drafts d CROSS JOIN v_today t
LEFT JOIN cases c ON c.id = d.case_id LEFT JOIN courts ct ON ct.id = c.court_id
WHERE d.issued_at IS NOT NULL AND d.reply_at IS NULL AND d.reply_due IS NOT NULL;

-- The 终本后 agenda: what falls due, one row per item, each naming its case.
--  终本后复查  《关于严格规范终结本次执行程序的规定（试行）》第九条: within five
--             years of 终本 the court queries the debtor's property every six
--             months; due six months after the 终本 or the last 终本后查询,
--             listed from 30 days before (and while overdue) as long as the
--             five years still run and enforcement was not resumed.
--  五年期满    the end of those five years, within the next 30 days.
--  查封到期    a 查封/扣押/冻结 (or its 续封) of an item not released, sold or
--             taken in payment, ending within the next 30 days, in a case
--             still open or 终本 and not paid in full (民诉法解释 第四百八十五条).
--  回复到期    a document's reply due within the coming seven days.
-- due is the date; days_left from today (negative: overdue). Only cases
-- closed within the last five years (and a fortnight, for holidays) can
-- have a 终本后 item, so the index on (closing_method, closing_date) keeps
-- old databases quick; seizures are grouped from the events that end
-- today or later, and only those are checked for a release.
CREATE VIEW v_agenda AS
WITH t AS (SELECT today, week_end, date(today, '+30 days') AS horizon FROM v_today),
zb AS (
	SELECT c.id AS case_id, c.closing_date,
		max(c.closing_date, coalesce((SELECT max(e.event_date) FROM events e WHERE e.case_id = c.id
			AND e.kind = '终本后查询' AND e.event_date >= c.closing_date), c.closing_date)) AS last_query,
		legal_add_years(c.closing_date, 5) AS five_years
	FROM cases c CROSS JOIN t
	WHERE c.closing_method = '终结本次执行程序' AND c.closing_date >= date(t.today, '-5 years', '-15 days')
		AND NOT EXISTS (SELECT 1 FROM events r WHERE r.case_id = c.id AND r.kind = '恢复执行')),
requery AS (
	SELECT zb.*, legal_add_months(zb.last_query, 6) AS due FROM zb),
seized AS (
	SELECT e.case_id, e.item, max(e.end_date) AS due
	FROM events e CROSS JOIN t
	WHERE e.kind IN ('查封', '扣押', '冻结', '续封') AND e.item IS NOT NULL AND e.end_date >= t.today
	GROUP BY +e.case_id, e.item          -- "+": from the kind index, not a scan in case order
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
	FROM zb z CROSS JOIN t
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

-- What each person last chose in a list (sort, filters, search, panel),
-- restored when they open it again (store/prefs.h). Not audited: it
-- changes nobody's data.
CREATE TABLE user_prefs (
	login TEXT NOT NULL,
	key   TEXT NOT NULL,
	value TEXT NOT NULL,
	at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
	PRIMARY KEY (login, key)
) WITHOUT ROWID;
