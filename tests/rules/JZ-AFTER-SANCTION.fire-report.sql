-- detained for 违反限制消费令 on 2024-03-01, then refused the 财产报告 on 2024-04-15
INSERT INTO events(case_id, kind, event_date, item, counterparty) VALUES (1, '拘留', '2024-03-01', '违反限制消费令', '俞建国');
INSERT INTO events(case_id, kind, event_date, result) VALUES (1, '财产报告', '2024-04-15', '拒绝');
