-- 037_party_dirty: a changed party re-checks its cases.
--
-- Rules read a party's ID number, birth date, kind and name (minors in
-- XY-WRONG-LIST, the elderly in PRIORITY-GROUP, companies in FP-ORDER,
-- every ID match). An import that fills in or corrects them changed no
-- case row, so an incremental screen did not look at those cases again.
CREATE TRIGGER dirty_party_upd AFTER UPDATE OF id_no, id_valid, birth_date, kind, name ON parties
BEGIN INSERT OR IGNORE INTO screen_dirty SELECT case_id FROM case_parties WHERE party_id = NEW.id; END;
