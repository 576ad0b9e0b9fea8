-- day 180 is Saturday 2026-10-10, a 调休 working day: no roll, so a valuation on Monday 10-12 is late
UPDATE events SET event_date='2026-04-13' WHERE case_id=2 AND kind='查封';
UPDATE events SET event_date='2026-10-12' WHERE case_id=2 AND kind='评估';
