-- fined on 2026-05-10 for 违反限制消费令 and listed on 2026-05-20
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (1, '罚款', '2026-05-10', '违反限制消费令乘坐飞机', 1000000, '俞建国');
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES (1, '失信', '2026-05-20', '2028-05-20', '失信规定第一条第（五）项：违反限制消费令');
