-- 暂缓执行 (担保) from 2026-03-05 to 2026-04-10 began before the deadline: the ten days run again from 04-10, and a notice on 2026-04-20 (the 10th day) is on time
UPDATE events SET event_date='2026-04-20' WHERE case_id=2 AND kind IN ('执行通知', '报告财产令');
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES (2, '暂缓', '2026-03-05', '2026-04-10', NULL);
