-- filed 2026-05-10: six months ended 2026-11-10, no extension, still open on 2026-11-15
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
UPDATE cases SET filing_date='2026-05-10' WHERE id=2;
