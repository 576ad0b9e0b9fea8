-- listed for 违反财产报告制度 (第一条第（四）项): 第三条 bars only listings on ground （一）
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES (2, '失信', '2026-04-01', '2028-04-01', '失信规定第一条第（四）项：违反财产报告制度');
