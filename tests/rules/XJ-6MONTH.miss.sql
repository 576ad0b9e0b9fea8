-- six months to the day are not exceeded yet
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
UPDATE cases SET filing_date='2026-05-15' WHERE id=2;
