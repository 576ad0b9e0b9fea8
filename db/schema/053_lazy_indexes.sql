-- 053_lazy_indexes: the workstation's sort and filter indexes of cases,
-- built after a first import rather than inside it.
--
-- A million-row ledger loaded into an empty database spent a third of its
-- time building nine indexes only the case list's sort keys and filters
-- read (3.6 of 10.6 s for the sqlite3 shell loading the same rows,
-- 172 MB of the 643 MB file; bench/RESULTS.md). The first bulk import of
-- a ledger now leaves them out and writes their CREATE statement here;
-- `jianzhi screen` and the workstation (in the background, one index per
-- short write transaction) build what is pending (src/store/lazy_index.c),
-- `jianzhi doctor` tells it. Queries are right without them, only slower
-- to sort.
--
-- A later migration that drops or changes one of these indexes also sets
-- its pending_sql to NULL (or to the new statement).
CREATE TABLE lazy_index (
	name        TEXT PRIMARY KEY,
	pending_sql TEXT              -- NULL: built (or never deferred)
) WITHOUT ROWID;

INSERT INTO lazy_index(name) VALUES
	('cases_filing'), ('cases_court'), ('cases_method_filing'), ('cases_judge_filing'),
	('cases_sort_closing'), ('cases_sort_claim'), ('cases_sort_paid'), ('cases_sort_debtor'),
	('cases_sort_leads');
