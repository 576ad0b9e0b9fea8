-- listed for 违反财产报告制度 with a period to Thursday 2026-11-12: the three working days run to 2026-11-17, after today
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES (1, '失信', '2024-11-12', '2026-11-12', '失信规定第一条第（四）项：违反财产报告制度');
