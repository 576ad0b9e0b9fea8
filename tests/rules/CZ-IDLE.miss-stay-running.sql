-- 暂缓执行 from 2026-09-01 (before the period ran out) until 2026-12-31 is still running: the rule waits for its end
DELETE FROM events WHERE case_id=2 AND kind='评估';
INSERT INTO events(case_id, kind, event_date, end_date) VALUES(2, '暂缓', '2026-09-01', '2026-12-31');
