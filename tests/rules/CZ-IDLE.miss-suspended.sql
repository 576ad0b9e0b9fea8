-- 中止执行 2026-06-01 to 2026-08-31: its 91 days are added, the period runs to 2027-02-05
DELETE FROM events WHERE case_id=2 AND kind='评估';
UPDATE events SET event_date='2026-05-10' WHERE case_id=2 AND kind='查封';
INSERT INTO events(case_id, kind, event_date, end_date) VALUES(2, '中止', '2026-06-01', '2026-08-31');
