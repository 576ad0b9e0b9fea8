-- the last day of 180 falls on Friday 2026-11-13 and passes with no valuation: idle
DELETE FROM events WHERE case_id=2 AND kind='评估';
UPDATE events SET event_date='2026-05-17' WHERE case_id=2 AND kind='查封';
