DELETE FROM events WHERE case_id=2 AND kind='评估';
UPDATE events SET event_date='2026-05-10' WHERE case_id=2 AND kind='查封';
