-- 029_outcome_tally: the 监督成效 funnel read from running totals, so the
-- workstation's 成效 view opens in milliseconds on a million leads
-- (bench/tui.sh: 3.5 s to open it, 25 s for the next panel, when every
-- open grouped every lead of the database).
--
-- The figures are those of 010's views, unchanged (tests/outcomes_tally.sh
-- compares them with a plain GROUP BY over leads, drafts and cases):
--  * what leads alone decide — hits, labelled, 成案 per court, judge and
--    month — is kept in lead_tally by triggers on leads (per rule it was
--    already kept in rule_lead_counts, 023);
--  * what cases alone decide — cases per court and judge, closings per
--    month — is kept in case_tally and close_tally by triggers on cases
--    named tally_*: a bulk import drops them with the indexes and rebuilds
--    both tables once at the end (store/bulk_index.c);
--  * what drafts decide — 检察建议, replies, 采纳, 恢复执行, money — is read
--    at once from the few leads that have a draft (v_lead_drafted).

-- One row per lead and group it counts in: its court, its judge (when the
-- case names one), the month it was first seen (hits) and the month it
-- was labelled. A NULL court code or judge is stored as '' (keys of a
-- WITHOUT ROWID table cannot be NULL) and read back as NULL.
CREATE VIEW v_lead_tally AS
SELECT l.id AS lead_id, l.case_id, 'court' AS grp, coalesce(c.court_code, '') AS key,
	coalesce(c.court_code, '') AS court, 1 AS hits, l.label IS NOT NULL AS labelled, l.label IS '成案' AS confirmed
FROM leads l JOIN cases c ON c.id = l.case_id
UNION ALL
SELECT l.id, l.case_id, 'judge', c.judge, coalesce(c.court_code, ''), 1, l.label IS NOT NULL, l.label IS '成案'
FROM leads l JOIN cases c ON c.id = l.case_id WHERE c.judge IS NOT NULL
UNION ALL
SELECT l.id, l.case_id, 'month', substr(l.first_seen, 1, 7), '', 1, 0, 0 FROM leads l
UNION ALL
SELECT l.id, l.case_id, 'month', substr(l.labelled_at, 1, 7), '', 0, 1, l.label IS '成案'
FROM leads l WHERE l.label IS NOT NULL AND l.labelled_at IS NOT NULL;

CREATE TABLE lead_tally (
	grp       TEXT NOT NULL,            -- court / judge / month
	key       TEXT NOT NULL,            -- court code / judge / YYYY-MM
	court     TEXT NOT NULL,            -- court code of a judge's row; as key for courts; '' for months
	hits      INTEGER NOT NULL DEFAULT 0,
	labelled  INTEGER NOT NULL DEFAULT 0,
	confirmed INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (grp, key, court)
) WITHOUT ROWID;
INSERT INTO lead_tally SELECT grp, key, court, sum(hits), sum(labelled), sum(confirmed)
FROM v_lead_tally GROUP BY grp, key, court;

-- A lead's rows are taken out before it changes or goes and put back after
-- it changed or came; the same when its case moves to another court or
-- judge. "WHERE lead_id =" and "WHERE case_id =" reach each arm of the
-- view, so each is a lookup, not a scan — but only written in the query
-- itself: through a second, grouping view SQLite scans every lead. The
-- rows to take out are summed per group first: UPDATE … FROM applies one
-- matching row per target row, and a lead first seen and labelled in one
-- month has two for it.
-- A new lead (screening writes them by the hundred thousand): the rows of
-- v_lead_tally written out from NEW, one read of its case.
CREATE TRIGGER lead_tally_ins AFTER INSERT ON leads
BEGIN
	INSERT INTO lead_tally
	SELECT 'court', coalesce(c.court_code, ''), coalesce(c.court_code, ''), 1, NEW.label IS NOT NULL,
		NEW.label IS '成案' FROM cases c WHERE c.id = NEW.case_id
	UNION ALL
	SELECT 'judge', c.judge, coalesce(c.court_code, ''), 1, NEW.label IS NOT NULL, NEW.label IS '成案'
	FROM cases c WHERE c.id = NEW.case_id AND c.judge IS NOT NULL
	UNION ALL
	SELECT 'month', substr(NEW.first_seen, 1, 7), '', 1, 0, 0
	UNION ALL
	SELECT 'month', substr(NEW.labelled_at, 1, 7), '', 0, 1, NEW.label IS '成案'
	WHERE NEW.label IS NOT NULL AND NEW.labelled_at IS NOT NULL
	ON CONFLICT DO UPDATE SET hits = hits + excluded.hits, labelled = labelled + excluded.labelled,
		confirmed = confirmed + excluded.confirmed;
END;
CREATE TRIGGER lead_tally_del BEFORE DELETE ON leads
BEGIN
	UPDATE lead_tally SET hits = lead_tally.hits - t.hits, labelled = lead_tally.labelled - t.labelled,
		confirmed = lead_tally.confirmed - t.confirmed
	FROM (SELECT grp, key, court, sum(hits) AS hits, sum(labelled) AS labelled, sum(confirmed) AS confirmed
	      FROM v_lead_tally WHERE lead_id = OLD.id GROUP BY grp, key, court) AS t
	WHERE lead_tally.grp = t.grp AND lead_tally.key = t.key AND lead_tally.court = t.court;
END;
CREATE TRIGGER lead_tally_upd_out BEFORE UPDATE OF case_id, label, labelled_at, first_seen ON leads
WHEN OLD.case_id IS NOT NEW.case_id OR OLD.label IS NOT NEW.label OR OLD.labelled_at IS NOT NEW.labelled_at
	OR OLD.first_seen IS NOT NEW.first_seen
BEGIN
	UPDATE lead_tally SET hits = lead_tally.hits - t.hits, labelled = lead_tally.labelled - t.labelled,
		confirmed = lead_tally.confirmed - t.confirmed
	FROM (SELECT grp, key, court, sum(hits) AS hits, sum(labelled) AS labelled, sum(confirmed) AS confirmed
	      FROM v_lead_tally WHERE lead_id = OLD.id GROUP BY grp, key, court) AS t
	WHERE lead_tally.grp = t.grp AND lead_tally.key = t.key AND lead_tally.court = t.court;
END;
CREATE TRIGGER lead_tally_upd_in AFTER UPDATE OF case_id, label, labelled_at, first_seen ON leads
WHEN OLD.case_id IS NOT NEW.case_id OR OLD.label IS NOT NEW.label OR OLD.labelled_at IS NOT NEW.labelled_at
	OR OLD.first_seen IS NOT NEW.first_seen
BEGIN
	INSERT INTO lead_tally SELECT grp, key, court, hits, labelled, confirmed FROM v_lead_tally WHERE lead_id = NEW.id
	ON CONFLICT DO UPDATE SET hits = hits + excluded.hits, labelled = labelled + excluded.labelled,
		confirmed = confirmed + excluded.confirmed;
END;
CREATE TRIGGER lead_tally_case_out BEFORE UPDATE OF court_code, judge ON cases
WHEN OLD.court_code IS NOT NEW.court_code OR OLD.judge IS NOT NEW.judge
BEGIN
	UPDATE lead_tally SET hits = lead_tally.hits - t.hits, labelled = lead_tally.labelled - t.labelled,
		confirmed = lead_tally.confirmed - t.confirmed
	FROM (SELECT grp, key, court, sum(hits) AS hits, sum(labelled) AS labelled, sum(confirmed) AS confirmed
	      FROM v_lead_tally WHERE case_id = OLD.id AND grp IN ('court', 'judge') GROUP BY grp, key, court) AS t
	WHERE lead_tally.grp = t.grp AND lead_tally.key = t.key AND lead_tally.court = t.court;
END;
CREATE TRIGGER lead_tally_case_in AFTER UPDATE OF court_code, judge ON cases
WHEN OLD.court_code IS NOT NEW.court_code OR OLD.judge IS NOT NEW.judge
BEGIN
	INSERT INTO lead_tally SELECT grp, key, court, sum(hits), sum(labelled), sum(confirmed)
	FROM v_lead_tally WHERE case_id = NEW.id AND grp IN ('court', 'judge') GROUP BY grp, key, court
	ON CONFLICT DO UPDATE SET hits = hits + excluded.hits, labelled = labelled + excluded.labelled,
		confirmed = confirmed + excluded.confirmed;
END;

-- A case deleted (sync): its leads go by ON DELETE CASCADE after the case
-- row is gone, when their court and judge can no longer be read; take
-- those rows out first.
CREATE TRIGGER lead_tally_case_gone BEFORE DELETE ON cases
BEGIN
	UPDATE lead_tally SET hits = lead_tally.hits - t.hits, labelled = lead_tally.labelled - t.labelled,
		confirmed = lead_tally.confirmed - t.confirmed
	FROM (SELECT grp, key, court, sum(hits) AS hits, sum(labelled) AS labelled, sum(confirmed) AS confirmed
	      FROM v_lead_tally WHERE case_id = OLD.id AND grp IN ('court', 'judge') GROUP BY grp, key, court) AS t
	WHERE lead_tally.grp = t.grp AND lead_tally.key = t.key AND lead_tally.court = t.court;
END;

-- Cases per court and judge ('' for none), and closings per month.
CREATE VIEW v_case_tally AS
SELECT coalesce(court_code, '') AS court, coalesce(judge, '') AS judge, count(*) AS n
FROM cases GROUP BY 1, 2;
CREATE TABLE case_tally (
	court TEXT NOT NULL,
	judge TEXT NOT NULL,
	n     INTEGER NOT NULL,
	PRIMARY KEY (court, judge)
) WITHOUT ROWID;
INSERT INTO case_tally SELECT * FROM v_case_tally;

CREATE VIEW v_close_tally AS
SELECT substr(closing_date, 1, 7) AS month, count(*) AS closed,
	count(CASE WHEN closing_method = '终结本次执行程序' THEN 1 END) AS zb,
	count(CASE WHEN closing_method = '执行完毕' THEN 1 END) AS done, sum(coalesce(paid_fen, 0)) AS paid_fen
FROM cases WHERE closing_date IS NOT NULL GROUP BY 1;
CREATE TABLE close_tally (
	month    TEXT PRIMARY KEY,
	closed   INTEGER NOT NULL,
	zb       INTEGER NOT NULL,
	done     INTEGER NOT NULL,
	paid_fen INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO close_tally SELECT * FROM v_close_tally;

CREATE TRIGGER tally_case_ins AFTER INSERT ON cases
BEGIN
	INSERT INTO case_tally VALUES (coalesce(NEW.court_code, ''), coalesce(NEW.judge, ''), 1)
	ON CONFLICT DO UPDATE SET n = n + 1;
	INSERT INTO close_tally SELECT substr(NEW.closing_date, 1, 7), 1, NEW.closing_method IS '终结本次执行程序',
		NEW.closing_method IS '执行完毕', coalesce(NEW.paid_fen, 0) WHERE NEW.closing_date IS NOT NULL
	ON CONFLICT DO UPDATE SET closed = closed + 1, zb = zb + excluded.zb, done = done + excluded.done,
		paid_fen = paid_fen + excluded.paid_fen;
END;
CREATE TRIGGER tally_case_del AFTER DELETE ON cases
BEGIN
	UPDATE case_tally SET n = n - 1 WHERE court = coalesce(OLD.court_code, '') AND judge = coalesce(OLD.judge, '');
	UPDATE close_tally SET closed = closed - 1, zb = zb - (OLD.closing_method IS '终结本次执行程序'),
		done = done - (OLD.closing_method IS '执行完毕'), paid_fen = paid_fen - coalesce(OLD.paid_fen, 0)
	WHERE OLD.closing_date IS NOT NULL AND month = substr(OLD.closing_date, 1, 7);
END;
CREATE TRIGGER tally_case_upd AFTER UPDATE OF court_code, judge, closing_date, closing_method, paid_fen ON cases
WHEN OLD.court_code IS NOT NEW.court_code OR OLD.judge IS NOT NEW.judge OR OLD.closing_date IS NOT NEW.closing_date
	OR OLD.closing_method IS NOT NEW.closing_method OR OLD.paid_fen IS NOT NEW.paid_fen
BEGIN
	UPDATE case_tally SET n = n - 1 WHERE court = coalesce(OLD.court_code, '') AND judge = coalesce(OLD.judge, '');
	INSERT INTO case_tally VALUES (coalesce(NEW.court_code, ''), coalesce(NEW.judge, ''), 1)
	ON CONFLICT DO UPDATE SET n = n + 1;
	UPDATE close_tally SET closed = closed - 1, zb = zb - (OLD.closing_method IS '终结本次执行程序'),
		done = done - (OLD.closing_method IS '执行完毕'), paid_fen = paid_fen - coalesce(OLD.paid_fen, 0)
	WHERE OLD.closing_date IS NOT NULL AND month = substr(OLD.closing_date, 1, 7);
	INSERT INTO close_tally SELECT substr(NEW.closing_date, 1, 7), 1, NEW.closing_method IS '终结本次执行程序',
		NEW.closing_method IS '执行完毕', coalesce(NEW.paid_fen, 0) WHERE NEW.closing_date IS NOT NULL
	ON CONFLICT DO UPDATE SET closed = closed + 1, zb = zb + excluded.zb, done = done + excluded.done,
		paid_fen = paid_fen + excluded.paid_fen;
END;

-- A lead's own drafts, found without reading every draft.
CREATE INDEX drafts_lead ON drafts(lead_id);

-- The leads that have a draft (their own, or their case's for a lead
-- labelled 成案), with it: v_lead_outcome's rows whose draft is not NULL.
CREATE VIEW v_lead_drafted AS
SELECT * FROM v_lead_outcome
WHERE lead_id IN (SELECT lead_id FROM drafts WHERE lead_id IS NOT NULL
	UNION SELECT l.id FROM drafts x JOIN leads l ON l.case_id = x.case_id
	WHERE x.lead_id IS NULL AND l.label = '成案');

-- Their part of the funnel per rule, court, judge and month (检察建议 in
-- the month issued, replies in the month replied).
CREATE VIEW v_drafted_tally AS
WITH x AS (
	SELECT 'rule' AS grp, rule_code AS key, '' AS court, draft_kind, issued_at, reply_at, outcome, resumed,
		recovered_fen FROM v_lead_drafted
	UNION ALL SELECT 'court', coalesce(court_code, ''), coalesce(court_code, ''), draft_kind, issued_at, reply_at,
		outcome, resumed, recovered_fen FROM v_lead_drafted
	UNION ALL SELECT 'judge', judge, coalesce(court_code, ''), draft_kind, issued_at, reply_at, outcome, resumed,
		recovered_fen FROM v_lead_drafted WHERE judge IS NOT NULL
	UNION ALL SELECT 'month', substr(issued_at, 1, 7), '', draft_kind, issued_at, NULL, NULL, NULL, NULL
		FROM v_lead_drafted WHERE issued_at IS NOT NULL AND draft_kind = '检察建议'
	UNION ALL SELECT 'month', substr(reply_at, 1, 7), '', NULL, NULL, reply_at, outcome, resumed, recovered_fen
		FROM v_lead_drafted WHERE reply_at IS NOT NULL)
SELECT grp, key, court,
	count(CASE WHEN issued_at IS NOT NULL AND draft_kind = '检察建议' THEN 1 END) AS suggestions,
	count(reply_at) AS replied,
	count(CASE WHEN outcome IN ('采纳', '部分采纳') THEN 1 END) AS adopted,
	count(CASE WHEN resumed = 1 THEN 1 END) AS resumed,
	count(CASE WHEN resumed = 1 AND reply_at IS NOT NULL THEN 1 END) AS resumed_replied,
	coalesce(sum(recovered_fen), 0) AS recovered_fen
FROM x GROUP BY grp, key, court;

-- The four funnel views of 010, same columns, read from the totals
-- (v_outcomes of 022 reads them by name and stays as it is).
DROP VIEW v_rule_outcomes;
DROP VIEW v_court_outcomes;
DROP VIEW v_judge_outcomes;
DROP VIEW v_month_outcomes;

CREATE VIEW v_rule_outcomes AS
SELECT r.code AS rule, r.title, r.stage, coalesce(t.hits, 0) AS hits, coalesce(t.active, 0) AS active,
	coalesce(t.labelled, 0) AS labelled, coalesce(t.confirmed, 0) AS confirmed, coalesce(t.dismissed, 0) AS dismissed,
	CASE WHEN t.labelled > 0 THEN 1.0 * t.confirmed / t.labelled END AS precision,
	coalesce(d.suggestions, 0) AS suggestions, coalesce(d.replied, 0) AS replied, coalesce(d.adopted, 0) AS adopted,
	CASE WHEN d.replied > 0 THEN 1.0 * d.adopted / d.replied END AS adoption,
	coalesce(d.resumed, 0) AS resumed,
	CASE WHEN d.replied > 0 THEN 1.0 * d.resumed_replied / d.replied END AS resume_rate,
	coalesce(d.recovered_fen, 0) AS recovered_fen
FROM rules r LEFT JOIN rule_lead_counts t ON t.rule_code = r.code
LEFT JOIN (SELECT * FROM v_drafted_tally WHERE grp = 'rule') d ON d.key = r.code
WHERE r.path <> '';

CREATE VIEW v_court_outcomes AS
SELECT nullif(t.key, '') AS court_code, coalesce(nullif(ct.name, ''), nullif(t.key, '')) AS court_name,
	coalesce((SELECT sum(x.n) FROM case_tally x WHERE x.court = t.key AND t.key <> ''), 0) AS cases,
	t.hits, t.labelled, t.confirmed,
	CASE WHEN t.labelled > 0 THEN 1.0 * t.confirmed / t.labelled END AS precision,
	coalesce(d.suggestions, 0) AS suggestions, coalesce(d.replied, 0) AS replied, coalesce(d.adopted, 0) AS adopted,
	CASE WHEN d.replied > 0 THEN 1.0 * d.adopted / d.replied END AS adoption,
	coalesce(d.resumed, 0) AS resumed,
	CASE WHEN d.replied > 0 THEN 1.0 * d.resumed_replied / d.replied END AS resume_rate,
	coalesce(d.recovered_fen, 0) AS recovered_fen
FROM lead_tally t LEFT JOIN courts ct ON ct.code = t.key
LEFT JOIN (SELECT * FROM v_drafted_tally WHERE grp = 'court') d ON d.key = t.key
WHERE t.grp = 'court' AND t.hits > 0;

CREATE VIEW v_judge_outcomes AS
SELECT nullif(t.court, '') AS court_code, coalesce(nullif(ct.name, ''), nullif(t.court, '')) AS court_name,
	t.key AS judge,
	coalesce((SELECT x.n FROM case_tally x WHERE x.court = t.court AND x.judge = t.key), 0) AS cases,
	t.hits, t.labelled, t.confirmed,
	CASE WHEN t.labelled > 0 THEN 1.0 * t.confirmed / t.labelled END AS precision,
	coalesce(d.suggestions, 0) AS suggestions, coalesce(d.replied, 0) AS replied, coalesce(d.adopted, 0) AS adopted,
	CASE WHEN d.replied > 0 THEN 1.0 * d.adopted / d.replied END AS adoption,
	coalesce(d.resumed, 0) AS resumed,
	CASE WHEN d.replied > 0 THEN 1.0 * d.resumed_replied / d.replied END AS resume_rate,
	coalesce(d.recovered_fen, 0) AS recovered_fen
FROM lead_tally t LEFT JOIN courts ct ON ct.code = t.court
LEFT JOIN (SELECT * FROM v_drafted_tally WHERE grp = 'judge') d ON d.key = t.key AND d.court = t.court
WHERE t.grp = 'judge' AND t.hits > 0;

CREATE VIEW v_month_outcomes AS
SELECT m.month, coalesce(c.closed, 0) AS closed, coalesce(c.zb, 0) AS zb, coalesce(c.done, 0) AS done,
	coalesce(c.paid_fen, 0) AS paid_fen,
	coalesce(t.hits, 0) AS hits, coalesce(t.labelled, 0) AS labelled, coalesce(t.confirmed, 0) AS confirmed,
	CASE WHEN t.labelled > 0 THEN 1.0 * t.confirmed / t.labelled END AS precision,
	coalesce(d.suggestions, 0) AS suggestions, coalesce(d.replied, 0) AS replied, coalesce(d.adopted, 0) AS adopted,
	CASE WHEN d.replied > 0 THEN 1.0 * d.adopted / d.replied END AS adoption,
	coalesce(d.resumed, 0) AS resumed,
	CASE WHEN d.replied > 0 THEN 1.0 * d.resumed / d.replied END AS resume_rate,
	coalesce(d.recovered_fen, 0) AS recovered_fen
FROM (SELECT month FROM close_tally WHERE closed > 0
	UNION SELECT key FROM lead_tally WHERE grp = 'month' AND (hits > 0 OR labelled > 0)
	UNION SELECT key FROM v_drafted_tally WHERE grp = 'month') AS m
LEFT JOIN close_tally c ON c.month = m.month
LEFT JOIN lead_tally t ON t.grp = 'month' AND t.key = m.month AND t.court = ''
LEFT JOIN (SELECT * FROM v_drafted_tally WHERE grp = 'month') d ON d.key = m.month;
