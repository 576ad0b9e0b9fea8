-- 052_role_codes: a party's role in a case stored as a small number.
--
-- Every case has two or more links, and each stored its role as text twice
-- (in the row and in the by-party index): '申请执行人' is 15 bytes of UTF-8.
-- SQLite stores the integers 0 and 1 in no bytes at all, so the applicant
-- and the debtor, nearly every link, now cost nothing for their role:
-- 120 → 60 bytes per case for the links at 100,000 cases (bench/RESULTS.md).
--
-- case_links is the table; case_parties stays the name every reader uses,
-- a view giving the role as text, and writes through it (INSTEAD OF
-- triggers) still work. Bulk writers write case_links with the codes.
--   0 申请执行人  1 被执行人  2 案外人  3 担保人  4 协助执行人  5 买受人
CREATE TABLE case_links (
	case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
	party_id INTEGER NOT NULL REFERENCES parties(id),
	role     INTEGER NOT NULL CHECK (role BETWEEN 0 AND 5),
	src_file_id INTEGER REFERENCES import_files(id),
	src_row  INTEGER,
	PRIMARY KEY (case_id, role, party_id)
) WITHOUT ROWID;

INSERT INTO case_links
SELECT case_id, party_id, CASE role WHEN '申请执行人' THEN 0 WHEN '被执行人' THEN 1 WHEN '案外人' THEN 2
	WHEN '担保人' THEN 3 WHEN '协助执行人' THEN 4 WHEN '买受人' THEN 5 END, src_file_id, src_row
FROM case_parties ORDER BY case_id, role, party_id;

DROP TRIGGER dirty_link_ins;
DROP TRIGGER dirty_lender_party_ins;
DROP TRIGGER dirty_lender_party_del;
DROP TRIGGER sortkey_link_ins;
DROP TRIGGER sortkey_link_del;
DROP TRIGGER sortkey_link_upd;
DROP TABLE case_parties;
CREATE INDEX case_links_party ON case_links(party_id, role);

CREATE VIEW case_parties AS
SELECT case_id, party_id,
	CASE role WHEN 0 THEN '申请执行人' WHEN 1 THEN '被执行人' WHEN 2 THEN '案外人'
		WHEN 3 THEN '担保人' WHEN 4 THEN '协助执行人' WHEN 5 THEN '买受人' END AS role,
	src_file_id, src_row
FROM case_links;

-- Writes through the view; an unknown role is NULL and fails NOT NULL,
-- as the CHECK of the text column did.
CREATE TRIGGER case_parties_ins INSTEAD OF INSERT ON case_parties
BEGIN
	INSERT INTO case_links(case_id, party_id, role, src_file_id, src_row)
	VALUES (NEW.case_id, NEW.party_id,
		CASE NEW.role WHEN '申请执行人' THEN 0 WHEN '被执行人' THEN 1 WHEN '案外人' THEN 2
			WHEN '担保人' THEN 3 WHEN '协助执行人' THEN 4 WHEN '买受人' THEN 5 END,
		NEW.src_file_id, NEW.src_row);
END;
CREATE TRIGGER case_parties_del INSTEAD OF DELETE ON case_parties
BEGIN
	DELETE FROM case_links WHERE case_id = OLD.case_id AND party_id = OLD.party_id
		AND role = CASE OLD.role WHEN '申请执行人' THEN 0 WHEN '被执行人' THEN 1 WHEN '案外人' THEN 2
			WHEN '担保人' THEN 3 WHEN '协助执行人' THEN 4 WHEN '买受人' THEN 5 END;
END;
CREATE TRIGGER case_parties_upd INSTEAD OF UPDATE ON case_parties
BEGIN
	UPDATE case_links SET case_id = NEW.case_id, party_id = NEW.party_id,
		role = CASE NEW.role WHEN '申请执行人' THEN 0 WHEN '被执行人' THEN 1 WHEN '案外人' THEN 2
			WHEN '担保人' THEN 3 WHEN '协助执行人' THEN 4 WHEN '买受人' THEN 5 END,
		src_file_id = NEW.src_file_id, src_row = NEW.src_row
	WHERE case_id = OLD.case_id AND party_id = OLD.party_id
		AND role = CASE OLD.role WHEN '申请执行人' THEN 0 WHEN '被执行人' THEN 1 WHEN '案外人' THEN 2
			WHEN '担保人' THEN 3 WHEN '协助执行人' THEN 4 WHEN '买受人' THEN 5 END;
END;

-- The triggers of the table (002, 019, 023), on the codes.
CREATE TRIGGER dirty_link_ins AFTER INSERT ON case_links
BEGIN INSERT OR IGNORE INTO screen_dirty VALUES (NEW.case_id); END;
CREATE TRIGGER dirty_lender_party_ins AFTER INSERT ON case_links
WHEN EXISTS (SELECT 1 FROM cases n WHERE n.id = NEW.case_id AND n.cause LIKE '%民间借贷%')
BEGIN
	INSERT OR IGNORE INTO screen_dirty SELECT o.case_id FROM case_links a
	JOIN case_links o ON o.party_id = a.party_id AND o.role = 0
	JOIN cases c ON c.id = o.case_id AND c.cause LIKE '%民间借贷%'
	WHERE a.case_id = NEW.case_id AND a.role = 0;
END;
CREATE TRIGGER dirty_lender_party_del AFTER DELETE ON case_links
WHEN OLD.role = 0
BEGIN
	INSERT OR IGNORE INTO screen_dirty SELECT o.case_id FROM case_links o
	JOIN cases c ON c.id = o.case_id AND c.cause LIKE '%民间借贷%'
	WHERE o.party_id = OLD.party_id AND o.role = 0;
END;
CREATE TRIGGER sortkey_link_ins AFTER INSERT ON case_links WHEN NEW.role = 1
BEGIN
	UPDATE cases SET first_debtor = (SELECT name FROM parties WHERE id = NEW.party_id)
	WHERE id = NEW.case_id AND (first_debtor IS NULL
		OR first_debtor > (SELECT name FROM parties WHERE id = NEW.party_id));
END;
CREATE TRIGGER sortkey_link_del AFTER DELETE ON case_links WHEN OLD.role = 1
BEGIN
	UPDATE cases SET first_debtor = (SELECT min(p.name) FROM case_links cp JOIN parties p ON p.id = cp.party_id
		WHERE cp.case_id = OLD.case_id AND cp.role = 1) WHERE id = OLD.case_id;
END;
CREATE TRIGGER sortkey_link_upd AFTER UPDATE OF case_id, party_id, role ON case_links
WHEN OLD.role = 1 OR NEW.role = 1
BEGIN
	UPDATE cases SET first_debtor = (SELECT min(p.name) FROM case_links cp JOIN parties p ON p.id = cp.party_id
		WHERE cp.case_id = cases.id AND cp.role = 1) WHERE id IN (OLD.case_id, NEW.case_id);
END;
