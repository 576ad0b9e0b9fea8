-- filed 2026-05-14: 2026-11-14 is a Saturday, rolled to Monday 2026-11-16: not yet exceeded
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
UPDATE cases SET filing_date='2026-05-14' WHERE id=2;
