-- the query due by 2025-05-20 was skipped, but the case was resumed (恢复执行) on 2025-05-15
DELETE FROM events WHERE case_id=1 AND kind='终本后查询' AND event_date >= '2025-05-10';
INSERT INTO events(case_id, kind, event_date) VALUES(1, '恢复执行', '2025-05-15');
