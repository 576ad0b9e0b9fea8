-- 中止 2026-06-01 until 2026-09-01: the idle clock starts again then, 90 days end 2026-11-30
DELETE FROM events WHERE case_id=2 AND kind IN ('网络查控', '延长期限批准') AND event_date > '2026-05-10';
INSERT INTO events(case_id, kind, event_date, end_date) VALUES(2, '中止', '2026-06-01', '2026-09-01');
