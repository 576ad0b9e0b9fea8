-- 007_views: the domain questions, each with one definition that the CLI,
-- the Excel exports and the workstation all read (docs/architecture.md).

-- The parties of a case by role, one row per case, role and party.
CREATE VIEW v_case_party AS
SELECT cp.case_id, cp.role, p.id AS party_id, p.name, p.kind, p.id_no, p.id_valid
FROM case_parties cp JOIN parties p ON p.id = cp.party_id;

-- One row per case: the case, its court by name, its parties by role and
-- how many active leads it has.
CREATE VIEW v_case_summary AS
SELECT c.id AS case_id, c.case_no, c.court_code, coalesce(nullif(ct.name, ''), c.court_code) AS court_name,
	c.filing_date, c.closing_date, c.closing_method, c.cause, c.claim_fen, c.paid_fen, c.basis_no,
	c.judge, c.zb_reason,
	(SELECT group_concat(name, '、') FROM (SELECT name FROM v_case_party v
		WHERE v.case_id = c.id AND v.role = '申请执行人' ORDER BY name)) AS applicants,
	(SELECT group_concat(name, '、') FROM (SELECT name FROM v_case_party v
		WHERE v.case_id = c.id AND v.role = '被执行人' ORDER BY name)) AS debtors,
	(SELECT group_concat(id_no, '、') FROM (SELECT id_no FROM v_case_party v
		WHERE v.case_id = c.id AND v.role = '被执行人' AND id_no IS NOT NULL ORDER BY name)) AS debtor_ids,
	(SELECT count(*) FROM leads l WHERE l.case_id = c.id AND l.status = 'active') AS active_leads
FROM cases c LEFT JOIN courts ct ON ct.id = c.court_id;

-- Each lead with what became of it: its label, the latest draft made from
-- it (or from its case, for leads labelled 成案) and the court's reply.
CREATE VIEW v_lead_outcome AS
SELECT l.id AS lead_id, l.rule_code, l.case_id, c.court_code, c.judge, l.status, l.label,
	substr(l.first_seen, 1, 7) AS month,
	CASE WHEN l.label = '成案' THEN substr(l.labelled_at, 1, 10) END AS confirmed_on,
	d.id AS draft_id, d.kind AS draft_kind, d.status AS draft_status, d.issued_at, d.reply_due,
	d.reply_at, d.outcome, d.resumed, d.recovered_fen
FROM leads l JOIN cases c ON c.id = l.case_id
LEFT JOIN drafts d ON d.id = coalesce((SELECT max(x.id) FROM drafts x WHERE x.lead_id = l.id),
	CASE WHEN l.label = '成案' THEN (SELECT max(x.id) FROM drafts x WHERE x.case_id = l.case_id AND x.lead_id IS NULL) END);

-- The funnel of a group of leads: hits → 成案 → 检察建议 issued → 采纳 →
-- 恢复执行 → money recovered, with 成案率 (confirmed of labelled) and 采纳率
-- (adopted of replied). The per-rule, per-court, per-judge and per-month
-- views below are this funnel grouped four ways.
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
	coalesce(sum(o.recovered_fen), 0) AS recovered_fen
FROM rules r LEFT JOIN v_lead_outcome o ON o.rule_code = r.code
WHERE r.path <> '' GROUP BY r.code;

CREATE VIEW v_court_outcomes AS
SELECT o.court_code, coalesce(nullif(ct.name, ''), o.court_code) AS court_name,
	count(*) AS hits, count(o.label) AS labelled,
	count(CASE WHEN o.label = '成案' THEN 1 END) AS confirmed,
	CASE WHEN count(o.label) > 0 THEN 1.0 * count(CASE WHEN o.label = '成案' THEN 1 END) / count(o.label) END AS precision,
	count(CASE WHEN o.issued_at IS NOT NULL AND o.draft_kind = '检察建议' THEN 1 END) AS suggestions,
	count(CASE WHEN o.reply_at IS NOT NULL THEN 1 END) AS replied,
	count(CASE WHEN o.outcome IN ('采纳', '部分采纳') THEN 1 END) AS adopted,
	CASE WHEN count(o.reply_at) > 0 THEN 1.0 * count(CASE WHEN o.outcome IN ('采纳', '部分采纳') THEN 1 END)
		/ count(o.reply_at) END AS adoption,
	count(CASE WHEN o.resumed = 1 THEN 1 END) AS resumed,
	coalesce(sum(o.recovered_fen), 0) AS recovered_fen
FROM v_lead_outcome o LEFT JOIN courts ct ON ct.code = o.court_code
GROUP BY o.court_code;

CREATE VIEW v_judge_outcomes AS
SELECT o.court_code, o.judge,
	count(*) AS hits, count(o.label) AS labelled,
	count(CASE WHEN o.label = '成案' THEN 1 END) AS confirmed,
	CASE WHEN count(o.label) > 0 THEN 1.0 * count(CASE WHEN o.label = '成案' THEN 1 END) / count(o.label) END AS precision,
	count(CASE WHEN o.issued_at IS NOT NULL AND o.draft_kind = '检察建议' THEN 1 END) AS suggestions,
	count(CASE WHEN o.reply_at IS NOT NULL THEN 1 END) AS replied,
	count(CASE WHEN o.outcome IN ('采纳', '部分采纳') THEN 1 END) AS adopted,
	CASE WHEN count(o.reply_at) > 0 THEN 1.0 * count(CASE WHEN o.outcome IN ('采纳', '部分采纳') THEN 1 END)
		/ count(o.reply_at) END AS adoption,
	count(CASE WHEN o.resumed = 1 THEN 1 END) AS resumed,
	coalesce(sum(o.recovered_fen), 0) AS recovered_fen
FROM v_lead_outcome o WHERE o.judge IS NOT NULL
GROUP BY o.court_code, o.judge;

-- Per month of the cases' closing: closings, 终本, 执行完毕, money paid in;
-- and per month of labelling: leads confirmed.
CREATE VIEW v_month_outcomes AS
SELECT m AS month, sum(n) AS closed, sum(zb) AS zb, sum(done) AS done, sum(paid) AS paid_fen,
	sum(confirmed) AS confirmed
FROM (SELECT substr(closing_date, 1, 7) AS m, count(*) AS n,
		count(CASE WHEN closing_method = '终结本次执行程序' THEN 1 END) AS zb,
		count(CASE WHEN closing_method = '执行完毕' THEN 1 END) AS done,
		sum(coalesce(paid_fen, 0)) AS paid, 0 AS confirmed
	FROM cases WHERE closing_date IS NOT NULL GROUP BY 1
	UNION ALL SELECT substr(labelled_at, 1, 7), 0, 0, 0, 0, count(*) FROM leads WHERE label = '成案' GROUP BY 1)
GROUP BY m;
