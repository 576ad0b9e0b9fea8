-- 010_export_views: what the Excel exports need beyond 007, added to the
-- views themselves so the CLI, the workstation and the exports share one
-- definition of every figure.
--  * the four outcome views gain 恢复执行率 (resume_rate: of the replies,
--    those where the court resumed enforcement);
--  * per court and per judge: how many cases they have (cases);
--  * per month: the whole funnel, each step counted in the month it
--    happened (hits by first_seen, labels by labelled_at, 检察建议 by
--    issued_at, replies by reply_at), next to the closings of 007;
--  * v_supervision_cases: the 监督案件台账, one row per supervision case.

DROP VIEW v_rule_outcomes;
DROP VIEW v_court_outcomes;
DROP VIEW v_judge_outcomes;
DROP VIEW v_month_outcomes;

CREATE VIEW v_rule_outcomes AS
SELECT r.code AS rule, r.title, r.stage,
	count(o.lead_id) AS hits,
	count(CASE WHEN o.status = 'active' THEN 1 END) AS active,
	count(o.label) AS labelled,
	count(CASE WHEN o.label = '成案' THEN 1 END) AS confirmed,
	count(CASE WHEN o.label = '排除' THEN 1 END) AS dismissed,
	CASE WHEN count(o.label) > 0 THEN 1.0 * count(CASE WHEN o.label = '成案' THEN 1 END) / count(o.label) END AS precision,
	count(CASE WHEN o.issued_at IS NOT NULL AND o.draft_kind = '检察建议' THEN 1 END) AS suggestions,
	count(CASE WHEN o.reply_at IS NOT NULL THEN 1 END) AS replied,
	count(CASE WHEN o.outcome IN ('采纳', '部分采纳') THEN 1 END) AS adopted,
	CASE WHEN count(o.reply_at) > 0 THEN 1.0 * count(CASE WHEN o.outcome IN ('采纳', '部分采纳') THEN 1 END)
		/ count(o.reply_at) END AS adoption,
	count(CASE WHEN o.resumed = 1 THEN 1 END) AS resumed,
	CASE WHEN count(o.reply_at) > 0 THEN 1.0 * count(CASE WHEN o.resumed = 1 AND o.reply_at IS NOT NULL THEN 1 END)
		/ count(o.reply_at) END AS resume_rate,
	coalesce(sum(o.recovered_fen), 0) AS recovered_fen
FROM rules r LEFT JOIN v_lead_outcome o ON o.rule_code = r.code
WHERE r.path <> '' GROUP BY r.code;

CREATE VIEW v_court_outcomes AS
SELECT o.court_code, coalesce(nullif(ct.name, ''), o.court_code) AS court_name,
	(SELECT count(*) FROM cases x WHERE x.court_code = o.court_code) AS cases,
	count(*) AS hits, count(o.label) AS labelled,
	count(CASE WHEN o.label = '成案' THEN 1 END) AS confirmed,
	CASE WHEN count(o.label) > 0 THEN 1.0 * count(CASE WHEN o.label = '成案' THEN 1 END) / count(o.label) END AS precision,
	count(CASE WHEN o.issued_at IS NOT NULL AND o.draft_kind = '检察建议' THEN 1 END) AS suggestions,
	count(CASE WHEN o.reply_at IS NOT NULL THEN 1 END) AS replied,
	count(CASE WHEN o.outcome IN ('采纳', '部分采纳') THEN 1 END) AS adopted,
	CASE WHEN count(o.reply_at) > 0 THEN 1.0 * count(CASE WHEN o.outcome IN ('采纳', '部分采纳') THEN 1 END)
		/ count(o.reply_at) END AS adoption,
	count(CASE WHEN o.resumed = 1 THEN 1 END) AS resumed,
	CASE WHEN count(o.reply_at) > 0 THEN 1.0 * count(CASE WHEN o.resumed = 1 AND o.reply_at IS NOT NULL THEN 1 END)
		/ count(o.reply_at) END AS resume_rate,
	coalesce(sum(o.recovered_fen), 0) AS recovered_fen
FROM v_lead_outcome o LEFT JOIN courts ct ON ct.code = o.court_code
GROUP BY o.court_code;

CREATE VIEW v_judge_outcomes AS
SELECT o.court_code, coalesce(nullif(ct.name, ''), o.court_code) AS court_name, o.judge,
	(SELECT count(*) FROM cases x WHERE x.judge = o.judge AND x.court_code IS o.court_code) AS cases,
	count(*) AS hits, count(o.label) AS labelled,
	count(CASE WHEN o.label = '成案' THEN 1 END) AS confirmed,
	CASE WHEN count(o.label) > 0 THEN 1.0 * count(CASE WHEN o.label = '成案' THEN 1 END) / count(o.label) END AS precision,
	count(CASE WHEN o.issued_at IS NOT NULL AND o.draft_kind = '检察建议' THEN 1 END) AS suggestions,
	count(CASE WHEN o.reply_at IS NOT NULL THEN 1 END) AS replied,
	count(CASE WHEN o.outcome IN ('采纳', '部分采纳') THEN 1 END) AS adopted,
	CASE WHEN count(o.reply_at) > 0 THEN 1.0 * count(CASE WHEN o.outcome IN ('采纳', '部分采纳') THEN 1 END)
		/ count(o.reply_at) END AS adoption,
	count(CASE WHEN o.resumed = 1 THEN 1 END) AS resumed,
	CASE WHEN count(o.reply_at) > 0 THEN 1.0 * count(CASE WHEN o.resumed = 1 AND o.reply_at IS NOT NULL THEN 1 END)
		/ count(o.reply_at) END AS resume_rate,
	coalesce(sum(o.recovered_fen), 0) AS recovered_fen
FROM v_lead_outcome o LEFT JOIN courts ct ON ct.code = o.court_code
WHERE o.judge IS NOT NULL
GROUP BY o.court_code, o.judge;

-- Per month: closings, 终本, 执行完毕 and money paid in (by closing date, as
-- in 007), and the funnel by the month each step happened.
CREATE VIEW v_month_outcomes AS
SELECT m AS month, sum(closed) AS closed, sum(zb) AS zb, sum(done) AS done, sum(paid) AS paid_fen,
	sum(hits) AS hits, sum(labelled) AS labelled, sum(confirmed) AS confirmed,
	CASE WHEN sum(labelled) > 0 THEN 1.0 * sum(confirmed) / sum(labelled) END AS precision,
	sum(suggestions) AS suggestions, sum(replied) AS replied, sum(adopted) AS adopted,
	CASE WHEN sum(replied) > 0 THEN 1.0 * sum(adopted) / sum(replied) END AS adoption,
	sum(resumed) AS resumed,
	CASE WHEN sum(replied) > 0 THEN 1.0 * sum(resumed) / sum(replied) END AS resume_rate,
	sum(recovered) AS recovered_fen
FROM (SELECT substr(closing_date, 1, 7) AS m, count(*) AS closed,
		count(CASE WHEN closing_method = '终结本次执行程序' THEN 1 END) AS zb,
		count(CASE WHEN closing_method = '执行完毕' THEN 1 END) AS done,
		sum(coalesce(paid_fen, 0)) AS paid, 0 AS hits, 0 AS labelled, 0 AS confirmed,
		0 AS suggestions, 0 AS replied, 0 AS adopted, 0 AS resumed, 0 AS recovered
	FROM cases WHERE closing_date IS NOT NULL GROUP BY 1
	UNION ALL SELECT substr(first_seen, 1, 7), 0, 0, 0, 0, count(*), 0, 0, 0, 0, 0, 0, 0
	FROM leads GROUP BY 1
	UNION ALL SELECT substr(labelled_at, 1, 7), 0, 0, 0, 0, 0, count(*),
		count(CASE WHEN label = '成案' THEN 1 END), 0, 0, 0, 0, 0
	FROM leads WHERE label IS NOT NULL GROUP BY 1
	UNION ALL SELECT substr(issued_at, 1, 7), 0, 0, 0, 0, 0, 0, 0, count(*), 0, 0, 0, 0
	FROM v_lead_outcome WHERE issued_at IS NOT NULL AND draft_kind = '检察建议' GROUP BY 1
	UNION ALL SELECT substr(reply_at, 1, 7), 0, 0, 0, 0, 0, 0, 0, 0, count(*),
		count(CASE WHEN outcome IN ('采纳', '部分采纳') THEN 1 END),
		count(CASE WHEN resumed = 1 THEN 1 END), coalesce(sum(recovered_fen), 0)
	FROM v_lead_outcome WHERE reply_at IS NOT NULL GROUP BY 1)
WHERE m IS NOT NULL
GROUP BY m;

-- The 监督案件台账: one row per supervision case (a case with a lead
-- labelled 成案 or with a draft). Its supervision leads are the 成案 ones
-- and those a draft was made from: 监督事项 (their rules) and 违法情形
-- (their evidence). 成案日期 is when the first lead was labelled 成案, else
-- when the first draft was made; 承办检察官 who labelled those leads, else
-- who wrote the drafts, by name from the users table when it has one.
-- The document columns are the case's latest draft.
CREATE VIEW v_supervision_cases AS
SELECT s.case_id, s.case_no, s.court_code, s.court_name, s.judge, s.debtors, s.claim_fen, s.paid_fen,
	(SELECT group_concat(title, '；') FROM (SELECT r.title FROM leads l JOIN rules r ON r.code = l.rule_code
		WHERE l.case_id = s.case_id AND (l.label = '成案' OR l.id IN (SELECT x.lead_id FROM drafts x
			WHERE x.case_id = s.case_id)) GROUP BY r.title ORDER BY min(l.id))) AS matters,
	(SELECT group_concat(evidence, char(10)) FROM (SELECT l.evidence FROM leads l
		WHERE l.case_id = s.case_id AND (l.label = '成案' OR l.id IN (SELECT x.lead_id FROM drafts x
			WHERE x.case_id = s.case_id)) ORDER BY l.id)) AS findings,
	coalesce((SELECT substr(min(l.labelled_at), 1, 10) FROM leads l WHERE l.case_id = s.case_id AND l.label = '成案'),
		(SELECT substr(min(x.created_at), 1, 10) FROM drafts x WHERE x.case_id = s.case_id)) AS confirmed_on,
	coalesce((SELECT group_concat(who, '、') FROM (SELECT coalesce(nullif(u.name, ''), l.labelled_by) AS who
			FROM leads l LEFT JOIN users u ON u.login = l.labelled_by
			WHERE l.case_id = s.case_id AND l.label = '成案' AND l.labelled_by IS NOT NULL
			GROUP BY who ORDER BY min(l.labelled_at))),
		(SELECT group_concat(who, '、') FROM (SELECT coalesce(nullif(u.name, ''), x.author) AS who
			FROM drafts x LEFT JOIN users u ON u.login = x.author WHERE x.case_id = s.case_id
			GROUP BY who ORDER BY min(x.id)))) AS prosecutor,
	d.id AS draft_id, d.title AS doc_title, d.doc_no, d.status AS draft_status,
	substr(d.issued_at, 1, 10) AS issued_on, d.reply_due, substr(d.reply_at, 1, 10) AS reply_on,
	d.outcome, d.resumed, d.recovered_fen
FROM v_case_summary s
LEFT JOIN drafts d ON d.id = (SELECT max(x.id) FROM drafts x WHERE x.case_id = s.case_id)
WHERE s.case_id IN (SELECT l.case_id FROM leads l WHERE l.label = '成案'
	UNION SELECT x.case_id FROM drafts x WHERE x.case_id IS NOT NULL);
