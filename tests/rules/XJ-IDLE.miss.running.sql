-- a 中止 since 2026-06-01 is still running: no act is due while it lasts
DELETE FROM events WHERE case_id=2 AND kind IN ('网络查控', '延长期限批准') AND event_date > '2026-05-10';
INSERT INTO events(case_id, kind, event_date) VALUES(2, '中止', '2026-06-01');
