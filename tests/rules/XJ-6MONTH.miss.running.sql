-- a 中止 since 2026-08-01 (before the period ran out on 2026-09-01) is still running: the clock stands still
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
INSERT INTO events(case_id, kind, event_date) VALUES(2, '中止', '2026-08-01');
