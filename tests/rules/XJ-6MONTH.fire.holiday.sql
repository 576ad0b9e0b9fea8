-- 中止 2026-04-01, 恢复执行 2026-05-01 (30 days): 2026-09-01 + 30 = 2026-10-01 (国庆), rolled to 2026-10-08, long exceeded
DELETE FROM events WHERE case_id=2 AND kind='延长期限批准';
INSERT INTO events(case_id, kind, event_date) VALUES(2, '中止', '2026-04-01'), (2, '恢复执行', '2026-05-01');
