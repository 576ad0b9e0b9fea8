-- listed for 违反财产报告制度 with a period to Friday 2026-10-30: delete by Wednesday 2026-11-04; not deleted
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES (1, '失信', '2024-10-30', '2026-10-30', '失信规定第一条第（四）项：违反财产报告制度');
