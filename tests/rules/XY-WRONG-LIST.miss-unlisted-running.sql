-- fined on 2026-11-01 for 违反限制消费令: the 30 days run to 2026-12-01, after today
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (1, '罚款', '2026-11-01', '违反限制消费令乘坐飞机', 1000000, '俞建国');
