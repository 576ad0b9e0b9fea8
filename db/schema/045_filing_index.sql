-- 045_filing_index: the 立案日期 index without the id column.
--
-- An index of a rowid table ends with the rowid already, so
-- cases(filing_date, id) stored every case's id twice: 23.1 against 19.1
-- bytes per case at a million cases, in the same order (filing date, then
-- id). Queries and their plans are unchanged.
DROP INDEX cases_filing;
CREATE INDEX cases_filing ON cases(filing_date);
