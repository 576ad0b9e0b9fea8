-- day 180 is Saturday 2026-11-14: the period runs to Monday 11-16 (民诉法 第八十五条), not idle on 11-15
DELETE FROM events WHERE case_id=2 AND kind='评估';
UPDATE events SET event_date='2026-05-18' WHERE case_id=2 AND kind='查封';
