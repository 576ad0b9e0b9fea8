-- 012_rule_views: what every rule reads through one definition (docs/rules.md),
-- and what time-aware screening records.
--
--   v_case_state  one row per case: court by name, the 终本 date all rules
--                 agree on, what is still owed, whether the case is over
--   v_events      events from the imports and from the scanned documents a
--                 person confirmed (or the extractor was sure of)
--   v_control     per case and item: when it was seized, until when, what
--                 it is worth, what stands in the way of disposing of it
--   v_suspend     中止 / 暂缓 periods (they stop the 6-month clock)
--   v_family      a case and the cases it resumes or that resume it (执恢)
--   v_debtor      the debtors of a case with their ID and birth date

-- The event a scanned document stands for (its kind, dated by its 落款).
CREATE TABLE doc_event_kinds (doc_kind TEXT PRIMARY KEY, event_kind TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO doc_event_kinds VALUES
	('执行通知书', '执行通知'), ('报告财产令', '报告财产令'), ('限制消费令', '限制消费'),
	('失信决定书', '失信'), ('终本裁定书', '终本'), ('恢复执行裁定书', '恢复执行'),
	('罚款决定书', '罚款'), ('拘留决定书', '拘留'), ('拍卖公告', '拍卖公告'),
	('案款发放通知书', '案款发放'), ('成交确认裁定书', '拍卖'), ('查封裁定书', '查封'),
	('冻结裁定书', '冻结'), ('扣押裁定书', '扣押');

-- A fact counts when a person confirmed or corrected it, or when it is
-- still proposed but its confidence × 100 reaches the setting
-- facts.min_confidence (default 101: only what a person confirmed; a user
-- who sets 90 lets sure facts count before review — leads then say so).
CREATE VIEW v_trusted_facts AS
SELECT f.* FROM facts f
WHERE f.status IN ('confirmed', 'corrected')
   OR (f.status = 'proposed' AND f.confidence * 100 >= coalesce((SELECT CAST(value AS INTEGER) FROM settings
	WHERE key = 'facts.min_confidence'), 101));

-- One event per trusted document (seizure rulings: one per seized item):
-- the rows doc_events_refresh (the triggers below) keeps in events.
CREATE VIEW v_doc_events AS
SELECT d.case_id, k.event_kind AS kind,
	(SELECT t.value FROM v_trusted_facts t WHERE t.doc_id = d.id AND t.field = 'date' AND t.role = '落款'
	 ORDER BY t.confidence DESC LIMIT 1) AS event_date,
	CASE WHEN k.event_kind IN ('查封', '冻结', '扣押') THEN i.value END AS item,
	CASE WHEN k.event_kind IN ('查封', '冻结', '扣押') THEN i.amount_fen END AS amount_fen,
	coalesce(i.id, f.id) AS src_fact_id
FROM documents d
JOIN v_trusted_facts f ON f.doc_id = d.id AND f.field = 'kind'
JOIN doc_event_kinds k ON k.doc_kind = f.value
LEFT JOIN v_trusted_facts i ON i.doc_id = d.id AND i.field = 'item' AND k.event_kind IN ('查封', '冻结', '扣押')
	AND coalesce(i.action, k.event_kind) = k.event_kind
WHERE d.case_id IS NOT NULL;

-- The events of documents are kept as rows of events (src_fact_id names the
-- fact they stand on), so every rule reads one indexed table: a case's
-- document events are redone whenever one of its facts or documents
-- changes, and all of them when the confidence a fact needs changes.
ALTER TABLE events ADD COLUMN src_fact_id INTEGER REFERENCES facts(id) ON DELETE CASCADE;
CREATE INDEX events_fact ON events(src_fact_id) WHERE src_fact_id IS NOT NULL;

CREATE TRIGGER doc_events_fact_ins AFTER INSERT ON facts WHEN NEW.case_id IS NOT NULL
BEGIN
	DELETE FROM events WHERE src_fact_id IS NOT NULL AND case_id = NEW.case_id;
	INSERT INTO events(case_id, kind, event_date, item, amount_fen, src_fact_id, created_by)
	SELECT case_id, kind, event_date, item, amount_fen, src_fact_id, 'document' FROM v_doc_events
	WHERE case_id = NEW.case_id AND event_date IS NOT NULL;
END;
CREATE TRIGGER doc_events_fact_upd AFTER UPDATE OF status, value, confidence, case_id ON facts
BEGIN
	DELETE FROM events WHERE src_fact_id IS NOT NULL AND case_id IN (OLD.case_id, NEW.case_id);
	INSERT INTO events(case_id, kind, event_date, item, amount_fen, src_fact_id, created_by)
	SELECT case_id, kind, event_date, item, amount_fen, src_fact_id, 'document' FROM v_doc_events
	WHERE case_id IN (OLD.case_id, NEW.case_id) AND event_date IS NOT NULL;
END;
CREATE TRIGGER doc_events_doc_upd AFTER UPDATE OF case_id ON documents
BEGIN
	DELETE FROM events WHERE src_fact_id IS NOT NULL AND case_id IN (OLD.case_id, NEW.case_id);
	INSERT INTO events(case_id, kind, event_date, item, amount_fen, src_fact_id, created_by)
	SELECT case_id, kind, event_date, item, amount_fen, src_fact_id, 'document' FROM v_doc_events
	WHERE case_id IN (OLD.case_id, NEW.case_id) AND event_date IS NOT NULL;
END;
CREATE TRIGGER doc_events_setting AFTER INSERT ON settings WHEN NEW.key = 'facts.min_confidence'
BEGIN
	DELETE FROM events WHERE src_fact_id IS NOT NULL;
	INSERT INTO events(case_id, kind, event_date, item, amount_fen, src_fact_id, created_by)
	SELECT case_id, kind, event_date, item, amount_fen, src_fact_id, 'document' FROM v_doc_events
	WHERE event_date IS NOT NULL;
END;
CREATE TRIGGER doc_events_setting_upd AFTER UPDATE ON settings WHEN NEW.key = 'facts.min_confidence'
BEGIN
	DELETE FROM events WHERE src_fact_id IS NOT NULL;
	INSERT INTO events(case_id, kind, event_date, item, amount_fen, src_fact_id, created_by)
	SELECT case_id, kind, event_date, item, amount_fen, src_fact_id, 'document' FROM v_doc_events
	WHERE event_date IS NOT NULL;
END;
CREATE TRIGGER doc_events_setting_del AFTER DELETE ON settings WHEN OLD.key = 'facts.min_confidence'
BEGIN
	DELETE FROM events WHERE src_fact_id IS NOT NULL;
	INSERT INTO events(case_id, kind, event_date, item, amount_fen, src_fact_id, created_by)
	SELECT case_id, kind, event_date, item, amount_fen, src_fact_id, 'document' FROM v_doc_events
	WHERE event_date IS NOT NULL;
END;

-- Every event the rules see, imported or from a document; src names where
-- it came from ('event:ID' a row of an events import, 'fact:ID' the fact
-- of a scanned document it stands on). A plain view: indexes apply.
CREATE VIEW v_events AS
SELECT id, case_id, kind, event_date, end_date, item, amount_fen, value_fen, price_fen, deal_fen,
	counterparty, counterparty_id, round, platform, priority_fen, indivisible, obstacle, result, note,
	CASE WHEN src_fact_id IS NULL THEN 'event:' || id ELSE 'fact:' || src_fact_id END AS src
FROM events;

-- The 终本 date every rule uses: the 终本 ruling's date when an event or a
-- document records it, else the ledger's 结案日期. A case is over
-- (is_closed) when the ledger closes it for good; 终本 is not over.
CREATE VIEW v_case_state AS
SELECT c.id AS case_id, c.case_no, c.court_code, coalesce(nullif(ct.name, ''), c.court_code) AS court_name,
	c.type_code, c.filing_date, c.closing_method, c.closing_date, c.judge, c.claim_fen, c.paid_fen,
	CASE WHEN c.claim_fen IS NULL THEN NULL
	     ELSE max(c.claim_fen - coalesce(c.paid_fen, 0), 0) END AS outstanding_fen,
	CASE WHEN c.closing_method = '终结本次执行程序' THEN
		coalesce((SELECT max(e.event_date) FROM v_events e WHERE e.case_id = c.id AND e.kind = '终本'),
			 c.closing_date) END AS zb_date,
	c.closing_method = '终结本次执行程序' AS is_zb,
	coalesce(c.closing_method IN ('执行完毕', '终结执行', '不予执行', '驳回申请', '准许撤回', '销案'), 0) AS is_closed,
	c.prior_case_no, 'case:' || c.id AS src
FROM cases c LEFT JOIN courts ct ON ct.id = c.court_id;

-- Per case and seized item: the first measure and its kind, the end of the
-- latest term (renewals included), release and disposal, value, claims
-- ahead, indivisibility and any recorded obstacle to disposal.
-- waiting = 1 when the court only holds a 轮候查封 (查封规定 第二十六条: it
-- takes effect only when the earlier seizure ends). One row per item, keyed
-- on the item's first measure (a plain view, so a case's rows come by index).
CREATE VIEW v_control AS
SELECT f.case_id, f.item, f.event_date AS start_date, f.kind AS measure,
	(SELECT max(x.end_date) FROM events x WHERE x.case_id = f.case_id AND x.item = f.item
	 AND x.kind IN ('查封', '扣押', '冻结', '续封')) AS end_date,
	NOT EXISTS (SELECT 1 FROM events x WHERE x.case_id = f.case_id AND x.item = f.item
		    AND x.kind IN ('查封', '扣押', '冻结')) AS waiting,
	(SELECT max(x.event_date) FROM events x WHERE x.case_id = f.case_id AND x.item = f.item AND x.kind = '解封')
		AS released_date,
	(SELECT min(x.event_date) FROM events x WHERE x.case_id = f.case_id AND x.item = f.item
	 AND ((x.kind IN ('拍卖', '变卖') AND x.deal_fen > 0)
	      OR (x.kind = '以物抵债' AND coalesce(x.result, '') NOT LIKE '%不同意%'
		  AND coalesce(x.result, '') NOT LIKE '%拒绝%'))) AS disposed_date,
	coalesce((SELECT x.value_fen FROM events x WHERE x.case_id = f.case_id AND x.item = f.item
		  AND x.kind = '评估' AND x.value_fen IS NOT NULL ORDER BY x.event_date DESC, x.id DESC LIMIT 1),
		 (SELECT max(x.value_fen) FROM events x WHERE x.case_id = f.case_id AND x.item = f.item
		  AND x.kind IN ('查封', '扣押', '冻结', '轮候查封'))) AS value_fen,
	(SELECT sum(x.amount_fen) FROM events x WHERE x.case_id = f.case_id AND x.item = f.item AND x.kind = '冻结')
		AS frozen_fen,
	(SELECT max(x.priority_fen) FROM events x WHERE x.case_id = f.case_id AND x.item = f.item) AS priority_fen,
	coalesce((SELECT max(x.indivisible) FROM events x WHERE x.case_id = f.case_id AND x.item = f.item), 0)
		AS indivisible,
	(SELECT max(nullif(x.obstacle, '')) FROM events x WHERE x.case_id = f.case_id AND x.item = f.item) AS obstacle,
	(SELECT group_concat(CASE WHEN x.src_fact_id IS NULL THEN 'event:' || x.id ELSE 'fact:' || x.src_fact_id END, ' ')
	 FROM events x WHERE x.case_id = f.case_id AND x.item = f.item AND x.kind IN ('查封', '轮候查封', '扣押', '冻结',
	 '续封', '解封', '评估', '拍卖公告', '拍卖', '流拍', '变卖', '以物抵债')) AS src
FROM events f
WHERE f.item IS NOT NULL AND f.kind IN ('查封', '扣押', '冻结', '轮候查封')
  AND NOT EXISTS (SELECT 1 FROM events p WHERE p.case_id = f.case_id AND p.item = f.item
		  AND p.kind IN ('查封', '扣押', '冻结', '轮候查封')
		  AND (p.event_date < f.event_date OR (p.event_date = f.event_date AND p.id < f.id)
		       OR (p.event_date IS NOT NULL AND f.event_date IS NULL)));

-- 中止 / 暂缓 periods: from the event's date to its end date, else to the
-- next 恢复执行, else still running (end NULL).
CREATE VIEW v_suspend AS
SELECT e.case_id, e.kind, e.event_date AS start_date,
	coalesce(e.end_date, (SELECT min(r.event_date) FROM v_events r WHERE r.case_id = e.case_id
		AND r.kind = '恢复执行' AND r.event_date >= e.event_date)) AS end_date,
	e.src
FROM v_events e WHERE e.kind IN ('中止', '暂缓');

-- A case's family: the chain of cases it resumes (原案号, up to three
-- links) and the cases resuming it, all sharing one root.
CREATE VIEW v_family_root AS
SELECT c.id AS case_id, coalesce(p3.id, p2.id, p1.id, c.id) AS root_id
FROM cases c
LEFT JOIN cases p1 ON p1.case_no = c.prior_case_no
LEFT JOIN cases p2 ON p2.case_no = p1.prior_case_no
LEFT JOIN cases p3 ON p3.case_no = p2.prior_case_no;

CREATE VIEW v_family AS
SELECT a.case_id, b.case_id AS member_id
FROM v_family_root a JOIN v_family_root b ON b.root_id = a.root_id AND b.case_id <> a.case_id;

CREATE VIEW v_debtor AS
SELECT cp.case_id, p.id AS party_id, p.name, p.kind, p.id_no, p.id_valid, p.birth_date
FROM case_parties cp JOIN parties p ON p.id = cp.party_id
WHERE cp.role = '被执行人';

-- A new fact may count for the rules without a review (min_confidence).
CREATE TRIGGER dirty_fact_ins AFTER INSERT ON facts WHEN NEW.case_id IS NOT NULL
BEGIN INSERT OR IGNORE INTO screen_dirty VALUES (NEW.case_id); END;

-- ---- time-aware screening ----

-- What a lead rests on and what was checked: sources names rows
-- ('event:12 registry:7 case:3 fact:9'); checked lists the exceptions
-- the rule ruled out; next_change is the first day its answer or its
-- evidence can change with no new data.
ALTER TABLE leads ADD COLUMN sources TEXT NOT NULL DEFAULT '';
ALTER TABLE leads ADD COLUMN checked TEXT NOT NULL DEFAULT '';
ALTER TABLE leads ADD COLUMN next_change TEXT;

-- Per case and rule, the first day after the last screen on which the
-- rule's answer can change with no new data (a seizure nearing its end,
-- six months passing). An incremental screen re-checks the cases whose day
-- has come.
CREATE TABLE screen_wake (
	case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
	rule_code TEXT NOT NULL,
	wake_date TEXT NOT NULL,
	PRIMARY KEY (case_id, rule_code)
) WITHOUT ROWID;
CREATE INDEX screen_wake_date ON screen_wake(wake_date);

-- The parameters a rule last ran with (JSON, settings overrides applied):
-- a changed parameter re-screens that rule like a changed rule.
ALTER TABLE rules ADD COLUMN params_seen TEXT NOT NULL DEFAULT '';

-- Cases without a lead drawn for a person to check (screen --sample): the
-- verdicts estimate what each rule misses.
CREATE TABLE screen_samples (
	id          INTEGER PRIMARY KEY,
	run_id      INTEGER REFERENCES screen_runs(id),
	case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
	drawn_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
	drawn_by    TEXT NOT NULL,
	population  INTEGER NOT NULL,            -- cases without a lead when drawn
	verdict     TEXT CHECK (verdict IS NULL OR verdict IN ('clean', 'missed')),
	rule_code   TEXT,                        -- the rule that should have fired
	note        TEXT,
	reviewed_by TEXT,
	reviewed_at TEXT,
	version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX screen_samples_case ON screen_samples(case_id);

-- What each rule misses, estimated from the reviewed samples: of `reviewed`
-- unflagged cases a person read, `missed` should have raised this rule; over
-- the `population` of unflagged cases that is est_missed cases (the upper
-- end of a 95% Wilson interval when a rule missed none: what the sample can
-- rule out). recall = confirmed leads / (confirmed + est_missed).
CREATE VIEW v_rule_misses AS
WITH s AS (SELECT count(*) AS n, avg(population) AS pop FROM screen_samples WHERE verdict IS NOT NULL)
SELECT r.code AS rule, s.n AS reviewed,
	(SELECT count(*) FROM screen_samples x WHERE x.verdict = 'missed' AND x.rule_code = r.code) AS missed,
	s.pop AS population
FROM rules r, s WHERE r.path <> '';
