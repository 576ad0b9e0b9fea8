-- only a 轮候查封 (查封规定 第二十六条): the court cannot dispose of the flat
DELETE FROM events WHERE case_id=2 AND kind='评估';
UPDATE events SET kind='轮候查封', event_date='2026-03-20' WHERE case_id=2 AND kind='查封';
