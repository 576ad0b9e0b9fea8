-- an instalment 和解 of 2025-09-01 not performed; resumed 2026-03-01 (第一条第（六）项); never listed
INSERT INTO events(case_id, kind, event_date, end_date, result) VALUES (1, '和解', '2025-09-01', '2026-02-28', '未履行');
INSERT INTO events(case_id, kind, event_date) VALUES (1, '恢复执行', '2026-03-01');
