-- a 中止 since 2026-09-10 began after the period ended (2026-09-01): the case was already overdue
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
INSERT INTO events(case_id, kind, event_date) VALUES(2, '中止', '2026-09-10');
