-- 002_rules: the rule library as loaded, screening runs, leads and labels,
-- and the queue of cases changed since the last screen.

CREATE TABLE rules (
	code         TEXT PRIMARY KEY,            -- ZB-3MONTH
	title        TEXT NOT NULL,
	stage        TEXT NOT NULL DEFAULT '',    -- 财产查询/财产控制/财产处置/财产分配/终本/终本后/信用惩戒/刑事线索/消极执行/串并
	severity     TEXT NOT NULL DEFAULT '中',  -- 高/中/低
	version      TEXT NOT NULL DEFAULT '1',
	basis        TEXT NOT NULL DEFAULT '',    -- instrument, article, quoted text
	verification TEXT NOT NULL DEFAULT '',    -- V1/V2/V3/U (legal-brief.md)
	remedy       TEXT NOT NULL DEFAULT '',
	needs        TEXT NOT NULL DEFAULT '',
	params       TEXT NOT NULL DEFAULT '',    -- JSON: name → {default, value, note}
	sql_text     TEXT NOT NULL DEFAULT '',
	enabled      INTEGER NOT NULL DEFAULT 1,
	path         TEXT NOT NULL DEFAULT '',
	loaded_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime'))
);

CREATE TABLE screen_runs (
	id            INTEGER PRIMARY KEY,
	started_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
	finished_at   TEXT,
	login         TEXT NOT NULL,
	today         TEXT NOT NULL,              -- the date rules measured against
	rules         TEXT NOT NULL DEFAULT '',   -- JSON: code → version, for every rule run
	failed_rules  TEXT NOT NULL DEFAULT '',   -- JSON: code → error, for rules skipped
	incremental   INTEGER NOT NULL DEFAULT 0,
	cases_checked INTEGER NOT NULL DEFAULT 0,
	leads_new     INTEGER NOT NULL DEFAULT 0,
	leads_refreshed INTEGER NOT NULL DEFAULT 0,
	leads_gone    INTEGER NOT NULL DEFAULT 0
);

-- One row per (rule, case, hit): kept across re-screens. A lead that stops
-- firing is marked 'gone', never deleted; screening never writes the label
-- columns, which belong to people.
CREATE TABLE leads (
	id           INTEGER PRIMARY KEY,
	rule_code    TEXT NOT NULL REFERENCES rules(code),
	case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
	hit_key      TEXT NOT NULL DEFAULT '',
	rule_version TEXT NOT NULL DEFAULT '',
	severity     TEXT NOT NULL DEFAULT '中',
	evidence     TEXT NOT NULL DEFAULT '',
	status       TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','gone')),
	label        TEXT CHECK (label IS NULL OR label IN ('成案','排除')),
	label_reason TEXT,
	label_note   TEXT,
	labelled_by  TEXT,
	labelled_at  TEXT,
	first_run_id INTEGER REFERENCES screen_runs(id),
	last_run_id  INTEGER REFERENCES screen_runs(id),
	first_seen   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
	last_seen    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
	gone_at      TEXT,
	UNIQUE (rule_code, case_id, hit_key)
);
CREATE INDEX leads_case ON leads(case_id);
CREATE INDEX leads_queue ON leads(status, label, rule_code, id);

-- Cases whose data changed since they were last screened (incremental
-- screening). Filled by triggers; a screen empties what it checked.
CREATE TABLE screen_dirty (case_id INTEGER PRIMARY KEY);

CREATE TRIGGER dirty_case_ins AFTER INSERT ON cases
BEGIN INSERT OR IGNORE INTO screen_dirty VALUES (NEW.id); END;
CREATE TRIGGER dirty_case_upd AFTER UPDATE OF case_no, filing_date, closing_date, closing_method,
	cause, claim_fen, paid_fen, basis_no, judge, zb_reason, court_code ON cases
BEGIN INSERT OR IGNORE INTO screen_dirty VALUES (NEW.id); END;
CREATE TRIGGER dirty_event_ins AFTER INSERT ON events
BEGIN INSERT OR IGNORE INTO screen_dirty VALUES (NEW.case_id); END;
CREATE TRIGGER dirty_event_upd AFTER UPDATE ON events
BEGIN INSERT OR IGNORE INTO screen_dirty VALUES (NEW.case_id); END;
CREATE TRIGGER dirty_event_del AFTER DELETE ON events
BEGIN INSERT OR IGNORE INTO screen_dirty VALUES (OLD.case_id); END;
CREATE TRIGGER dirty_link_ins AFTER INSERT ON case_parties
BEGIN INSERT OR IGNORE INTO screen_dirty VALUES (NEW.case_id); END;
-- A registry row about a party concerns every case of that party.
CREATE TRIGGER dirty_registry_ins AFTER INSERT ON registry_records WHEN NEW.party_id IS NOT NULL
BEGIN INSERT OR IGNORE INTO screen_dirty SELECT case_id FROM case_parties WHERE party_id = NEW.party_id; END;
CREATE TRIGGER dirty_registry_upd AFTER UPDATE ON registry_records WHEN NEW.party_id IS NOT NULL
BEGIN INSERT OR IGNORE INTO screen_dirty SELECT case_id FROM case_parties WHERE party_id = NEW.party_id; END;

-- Indexes the rules need beyond 001 (query plans in bench/RESULTS.md).
CREATE INDEX registry_kind_party ON registry_records(kind, party_id, start_date);
