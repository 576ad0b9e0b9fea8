-- the first notice went out alone, but the report order came with a second 执行通知 the same day (2026-03-10)
UPDATE events SET event_date='2026-03-10' WHERE case_id=2 AND kind='报告财产令';
INSERT INTO events(case_id, kind, event_date) VALUES (2, '执行通知', '2026-03-10');
