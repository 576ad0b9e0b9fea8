-- 039_officer_dirty: a register row about a company's 法定代表人 (a trip,
-- a flat) changes the answers of the company's cases, not only the
-- person's own: the 限制消费令 on a company binds its 法定代表人 (JZ-TRAVEL),
-- and a shared 法定代表人 relates two companies (XS-COLLUSION). The person
-- may be a party of no case at all (import/registry.c makes one from the
-- 企业登记 register), so the row marks the cases of the companies they
-- represent as well.
DROP TRIGGER dirty_registry_ins;
CREATE TRIGGER dirty_registry_ins AFTER INSERT ON registry_records WHEN NEW.party_id IS NOT NULL
BEGIN
	INSERT OR IGNORE INTO screen_dirty SELECT case_id FROM case_parties WHERE party_id = NEW.party_id;
	INSERT OR IGNORE INTO screen_dirty SELECT cp.case_id FROM party_links l
	JOIN case_parties cp ON cp.party_id = l.b WHERE l.a = NEW.party_id AND l.kind = '法定代表人';
END;
DROP TRIGGER dirty_registry_upd;
CREATE TRIGGER dirty_registry_upd AFTER UPDATE ON registry_records
BEGIN
	INSERT OR IGNORE INTO screen_dirty SELECT case_id FROM case_parties WHERE party_id = NEW.party_id;
	INSERT OR IGNORE INTO screen_dirty SELECT case_id FROM case_parties WHERE party_id = OLD.party_id;
	INSERT OR IGNORE INTO screen_dirty SELECT cp.case_id FROM party_links l
	JOIN case_parties cp ON cp.party_id = l.b WHERE l.a IN (NEW.party_id, OLD.party_id) AND l.kind = '法定代表人';
END;
