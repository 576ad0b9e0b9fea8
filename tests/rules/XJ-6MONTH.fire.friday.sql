-- filed 2026-05-13: the period ended Friday 2026-11-13, exceeded on 2026-11-15
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
UPDATE cases SET filing_date='2026-05-13' WHERE id=2;
