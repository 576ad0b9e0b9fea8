-- the settlement failed and the case resumed on 2026-07-01: its 30 days are added, the period still ran out on 2026-10-16
DELETE FROM events WHERE case_id=2 AND kind='评估';
INSERT INTO events(case_id, kind, event_date, result) VALUES(2, '和解', '2026-06-01', '未履行'), (2, '恢复执行', '2026-07-01', NULL);
