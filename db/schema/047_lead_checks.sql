-- 047_lead_checks: the exceptions a lead was checked against (已核查的例外)
-- are one of a few texts per rule, yet every lead stored its own copy: at
-- a million screened cases 266 MB of a 682 MB leads table
-- (bench/RESULTS.md). Each text is now kept once in lead_checks and a lead
-- names it by id (NULL: nothing checked).
CREATE TABLE lead_checks (
	id   INTEGER PRIMARY KEY,
	text TEXT NOT NULL UNIQUE
);
INSERT INTO lead_checks(text) SELECT DISTINCT checked FROM leads WHERE checked <> '' ORDER BY 1;
ALTER TABLE leads ADD COLUMN checked_id INTEGER REFERENCES lead_checks(id);
UPDATE leads SET checked_id = (SELECT c.id FROM lead_checks c WHERE c.text = leads.checked) WHERE checked <> '';
ALTER TABLE leads DROP COLUMN checked;
