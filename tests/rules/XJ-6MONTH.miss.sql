-- filed 2026-05-15: 2026-11-15 is a Sunday, the period ends Monday 2026-11-16: not yet exceeded
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
UPDATE cases SET filing_date='2026-05-15' WHERE id=2;
