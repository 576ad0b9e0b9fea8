-- 005_search: what the case list and its search need (TUI module).
--
-- Search: two FTS5 trigram indexes (partial Chinese matches, e.g. 志强 in
-- 王志强 or 0683执12 in a 案号), external-content so the text is not stored
-- twice. Trigram needs at least 3 characters; 1-2 character searches use
-- party_gram below (src/caselist.c).
--
-- Kept in step lazily so a bulk ledger import pays nothing: search_mark
-- holds the highest id indexed per table, and caselist_search_sync()
-- indexes the rows above it before a search. New rows always get ids above
-- the mark (the delete triggers lower the mark when the highest indexed
-- rows go, so a reused id is above it too). Triggers keep indexed rows
-- right when a 案号 or name changes or a row is deleted.
CREATE VIRTUAL TABLE case_no_fts USING fts5(case_no, content='cases', content_rowid='id',
	tokenize='trigram', detail='none');
CREATE VIRTUAL TABLE party_name_fts USING fts5(name, content='parties', content_rowid='id',
	tokenize='trigram', detail='none');
CREATE TABLE search_mark (tbl TEXT PRIMARY KEY, last_id INTEGER NOT NULL DEFAULT 0);
INSERT INTO search_mark VALUES ('cases', 0), ('parties', 0);

-- Searches of 1-2 characters (a part of a Chinese name: 志强): every
-- 2-character piece of each party name and its last character alone, so a
-- 2-character search is one index lookup and a 1-character search a prefix
-- range. gram_pos is 1..64 (triggers cannot use recursive CTEs).
CREATE TABLE party_gram (gram TEXT NOT NULL, party_id INTEGER NOT NULL, PRIMARY KEY (gram, party_id))
	WITHOUT ROWID;
CREATE TABLE gram_pos (i INTEGER PRIMARY KEY);
INSERT INTO gram_pos(i) SELECT a.i * 8 + b.i + 1 FROM
	(SELECT 0 AS i UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7) a,
	(SELECT 0 AS i UNION SELECT 1 UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6 UNION SELECT 7) b;

CREATE TRIGGER case_no_fts_upd AFTER UPDATE OF case_no ON cases
WHEN OLD.id <= (SELECT last_id FROM search_mark WHERE tbl = 'cases') AND NEW.case_no IS NOT OLD.case_no
BEGIN
	INSERT INTO case_no_fts(case_no_fts, rowid, case_no) VALUES ('delete', OLD.id, OLD.case_no);
	INSERT INTO case_no_fts(rowid, case_no) VALUES (NEW.id, NEW.case_no);
END;
CREATE TRIGGER case_no_fts_del AFTER DELETE ON cases
WHEN OLD.id <= (SELECT last_id FROM search_mark WHERE tbl = 'cases')
BEGIN
	INSERT INTO case_no_fts(case_no_fts, rowid, case_no) VALUES ('delete', OLD.id, OLD.case_no);
	UPDATE search_mark SET last_id = (SELECT coalesce(max(id), 0) FROM cases)
	WHERE tbl = 'cases' AND last_id > (SELECT coalesce(max(id), 0) FROM cases);
END;

CREATE TRIGGER party_name_fts_upd AFTER UPDATE OF name ON parties
WHEN OLD.id <= (SELECT last_id FROM search_mark WHERE tbl = 'parties') AND NEW.name IS NOT OLD.name
BEGIN
	INSERT INTO party_name_fts(party_name_fts, rowid, name) VALUES ('delete', OLD.id, OLD.name);
	INSERT INTO party_name_fts(rowid, name) VALUES (NEW.id, NEW.name);
	DELETE FROM party_gram WHERE party_id = OLD.id AND gram IN
		(SELECT substr(OLD.name, i, 2) FROM gram_pos WHERE i <= length(OLD.name));
	INSERT OR IGNORE INTO party_gram SELECT substr(NEW.name, i, 2), NEW.id FROM gram_pos WHERE i <= length(NEW.name);
END;
CREATE TRIGGER party_name_fts_del AFTER DELETE ON parties
WHEN OLD.id <= (SELECT last_id FROM search_mark WHERE tbl = 'parties')
BEGIN
	INSERT INTO party_name_fts(party_name_fts, rowid, name) VALUES ('delete', OLD.id, OLD.name);
	DELETE FROM party_gram WHERE party_id = OLD.id AND gram IN
		(SELECT substr(OLD.name, i, 2) FROM gram_pos WHERE i <= length(OLD.name));
	UPDATE search_mark SET last_id = (SELECT coalesce(max(id), 0) FROM parties)
	WHERE tbl = 'parties' AND last_id > (SELECT coalesce(max(id), 0) FROM parties);
END;

-- Sorting the case list by any column pages through an index on
-- (column, rowid): keyset pagination never sorts the whole table.
CREATE INDEX cases_sort_court   ON cases(court_code);
CREATE INDEX cases_sort_closing ON cases(closing_date);
CREATE INDEX cases_sort_method  ON cases(closing_method);
CREATE INDEX cases_sort_claim   ON cases(claim_fen);
CREATE INDEX cases_sort_paid    ON cases(paid_fen);
-- The usual filters (status, judge) with the default sort (filing date).
CREATE INDEX cases_method_filing ON cases(closing_method, filing_date);
CREATE INDEX cases_judge_filing  ON cases(judge, filing_date);
