-- fined for 虚假报告财产 on 2024-03-01, fined again for 违反限制消费令 on 2024-08-01
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (1, '罚款', '2024-03-01', '虚假报告财产', 500000, '俞建国');
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (1, '罚款', '2024-08-01', '违反限制消费令', 1000000, '俞建国');
