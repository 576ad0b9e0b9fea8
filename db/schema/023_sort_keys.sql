-- 023_sort_keys: what keeps every key of the case list and the lead queue
-- fast on a million cases (docs/tui.md, bench/tui.sh).
--
-- Two sort keys live on the case, each with an index, instead of being
-- computed per row by a correlated subquery:
--   first_debtor  the smallest 被执行人 name of the case (the 被执行人
--                 column sorts by it); NULL when the case has none;
--   active_leads  how many of its leads are active (the 线索数 column).
-- Triggers keep them right whoever writes case_parties, parties or leads
-- (import, demo, sync, screening, labelling); the import's bulk path drops
-- and rebuilds the indexes like the others (store/bulk_index.h).
--
-- case_count holds the number of cases, and rule_lead_counts each rule's
-- hits, active, labelled, 成案 and 排除 leads, kept by triggers, so the
-- case list's total, the lead queue's total and the rules view cost a few
-- row reads instead of a count of every case or lead.

ALTER TABLE cases ADD COLUMN first_debtor TEXT;
ALTER TABLE cases ADD COLUMN active_leads INTEGER NOT NULL DEFAULT 0;

UPDATE cases SET first_debtor = (SELECT min(p.name) FROM case_parties cp JOIN parties p ON p.id = cp.party_id
	WHERE cp.case_id = cases.id AND cp.role = '被执行人');
UPDATE cases SET active_leads = (SELECT count(*) FROM leads l WHERE l.case_id = cases.id AND l.status = 'active')
WHERE id IN (SELECT case_id FROM leads WHERE status = 'active');

CREATE INDEX cases_sort_debtor ON cases(first_debtor);
CREATE INDEX cases_sort_leads  ON cases(active_leads);
-- The lead queue pages by id within a status.
CREATE INDEX leads_status_id ON leads(status, id);

-- A new 被执行人 link can only lower the smallest name: one row read and,
-- usually, no write.
CREATE TRIGGER sortkey_link_ins AFTER INSERT ON case_parties WHEN NEW.role = '被执行人'
BEGIN
	UPDATE cases SET first_debtor = (SELECT name FROM parties WHERE id = NEW.party_id)
	WHERE id = NEW.case_id AND (first_debtor IS NULL
		OR first_debtor > (SELECT name FROM parties WHERE id = NEW.party_id));
END;
CREATE TRIGGER sortkey_link_del AFTER DELETE ON case_parties WHEN OLD.role = '被执行人'
BEGIN
	UPDATE cases SET first_debtor = (SELECT min(p.name) FROM case_parties cp JOIN parties p ON p.id = cp.party_id
		WHERE cp.case_id = OLD.case_id AND cp.role = '被执行人') WHERE id = OLD.case_id;
END;
CREATE TRIGGER sortkey_link_upd AFTER UPDATE OF case_id, party_id, role ON case_parties
WHEN OLD.role = '被执行人' OR NEW.role = '被执行人'
BEGIN
	UPDATE cases SET first_debtor = (SELECT min(p.name) FROM case_parties cp JOIN parties p ON p.id = cp.party_id
		WHERE cp.case_id = cases.id AND cp.role = '被执行人') WHERE id IN (OLD.case_id, NEW.case_id);
END;
CREATE TRIGGER sortkey_party_name AFTER UPDATE OF name ON parties WHEN NEW.name IS NOT OLD.name
BEGIN
	UPDATE cases SET first_debtor = (SELECT min(p.name) FROM case_parties cp JOIN parties p ON p.id = cp.party_id
		WHERE cp.case_id = cases.id AND cp.role = '被执行人')
	WHERE id IN (SELECT case_id FROM case_parties WHERE party_id = NEW.id AND role = '被执行人');
END;

CREATE TRIGGER sortkey_lead_ins AFTER INSERT ON leads WHEN NEW.status = 'active'
BEGIN
	UPDATE cases SET active_leads = active_leads + 1 WHERE id = NEW.case_id;
END;
CREATE TRIGGER sortkey_lead_del AFTER DELETE ON leads WHEN OLD.status = 'active'
BEGIN
	UPDATE cases SET active_leads = active_leads - 1 WHERE id = OLD.case_id;
END;
CREATE TRIGGER sortkey_lead_upd AFTER UPDATE OF status, case_id ON leads
WHEN (OLD.status = 'active') <> (NEW.status = 'active') OR OLD.case_id <> NEW.case_id
BEGIN
	UPDATE cases SET active_leads = active_leads - 1 WHERE id = OLD.case_id AND OLD.status = 'active';
	UPDATE cases SET active_leads = active_leads + 1 WHERE id = NEW.case_id AND NEW.status = 'active';
END;

CREATE TABLE case_count (one INTEGER PRIMARY KEY CHECK (one = 1), n INTEGER NOT NULL);
INSERT INTO case_count VALUES (1, (SELECT count(*) FROM cases));
CREATE TRIGGER case_count_ins AFTER INSERT ON cases
BEGIN
	UPDATE case_count SET n = n + 1;
END;
CREATE TRIGGER case_count_del AFTER DELETE ON cases
BEGIN
	UPDATE case_count SET n = n - 1;
END;

CREATE TABLE rule_lead_counts (
	rule_code TEXT PRIMARY KEY,
	hits      INTEGER NOT NULL DEFAULT 0,
	active    INTEGER NOT NULL DEFAULT 0,
	labelled  INTEGER NOT NULL DEFAULT 0,
	confirmed INTEGER NOT NULL DEFAULT 0,
	dismissed INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO rule_lead_counts SELECT rule_code, count(*), count(CASE WHEN status = 'active' THEN 1 END), count(label),
	count(CASE WHEN label = '成案' THEN 1 END), count(CASE WHEN label = '排除' THEN 1 END) FROM leads GROUP BY rule_code;
CREATE TRIGGER rule_counts_ins AFTER INSERT ON leads
BEGIN
	INSERT INTO rule_lead_counts(rule_code) VALUES (NEW.rule_code) ON CONFLICT DO NOTHING;
	UPDATE rule_lead_counts SET hits = hits + 1, active = active + (NEW.status IS 'active'),
		labelled = labelled + (NEW.label IS NOT NULL), confirmed = confirmed + (NEW.label IS '成案'),
		dismissed = dismissed + (NEW.label IS '排除') WHERE rule_code = NEW.rule_code;
END;
CREATE TRIGGER rule_counts_del AFTER DELETE ON leads
BEGIN
	UPDATE rule_lead_counts SET hits = hits - 1, active = active - (OLD.status IS 'active'),
		labelled = labelled - (OLD.label IS NOT NULL), confirmed = confirmed - (OLD.label IS '成案'),
		dismissed = dismissed - (OLD.label IS '排除') WHERE rule_code = OLD.rule_code;
END;
CREATE TRIGGER rule_counts_upd AFTER UPDATE OF rule_code, status, label ON leads
WHEN OLD.rule_code IS NOT NEW.rule_code OR OLD.status IS NOT NEW.status OR OLD.label IS NOT NEW.label
BEGIN
	UPDATE rule_lead_counts SET hits = hits - 1, active = active - (OLD.status IS 'active'),
		labelled = labelled - (OLD.label IS NOT NULL), confirmed = confirmed - (OLD.label IS '成案'),
		dismissed = dismissed - (OLD.label IS '排除') WHERE rule_code = OLD.rule_code;
	INSERT INTO rule_lead_counts(rule_code) VALUES (NEW.rule_code) ON CONFLICT DO NOTHING;
	UPDATE rule_lead_counts SET hits = hits + 1, active = active + (NEW.status IS 'active'),
		labelled = labelled + (NEW.label IS NOT NULL), confirmed = confirmed + (NEW.label IS '成案'),
		dismissed = dismissed + (NEW.label IS '排除') WHERE rule_code = NEW.rule_code;
END;
