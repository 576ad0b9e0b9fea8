-- day 180 is Saturday 2026-10-10, a 调休 working day, and the flat was valued that day
UPDATE events SET event_date='2026-04-13' WHERE case_id=2 AND kind='查封';
UPDATE events SET event_date='2026-10-10' WHERE case_id=2 AND kind='评估';
