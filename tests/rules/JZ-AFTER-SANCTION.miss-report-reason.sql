-- detained for 违反限制消费令 on 2024-03-01; the report of 2024-04-15 came late with good reason: no new refusal
INSERT INTO events(case_id, kind, event_date, item, counterparty) VALUES (1, '拘留', '2024-03-01', '违反限制消费令', '俞建国');
INSERT INTO events(case_id, kind, event_date, result) VALUES (1, '财产报告', '2024-04-15', '有正当理由逾期报告');
