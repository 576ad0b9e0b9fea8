-- 暂缓执行 for four days (2026-06-01 to 06-05) moves the end only to 2026-11-02: still idle
DELETE FROM events WHERE case_id=2 AND kind='评估';
UPDATE events SET event_date='2026-05-01' WHERE case_id=2 AND kind='查封';
INSERT INTO events(case_id, kind, event_date, end_date) VALUES(2, '暂缓', '2026-06-01', '2026-06-05');
