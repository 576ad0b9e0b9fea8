-- fined on 2026-05-10 for 违反限制消费令 (第一条第（五）项); by 2026-06-09 (30 days) still not listed
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (1, '罚款', '2026-05-10', '违反限制消费令乘坐飞机', 1000000, '俞建国');
