-- 暂缓执行 from 2026-03-05 to 2026-04-10: the ten days after it end 2026-04-20, a notice on 2026-04-21 is late
UPDATE events SET event_date='2026-04-21' WHERE case_id=2 AND kind IN ('执行通知', '报告财产令');
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES (2, '暂缓', '2026-03-05', '2026-04-10', NULL);
