-- after the fine the debtor only took a D train in 二等座 (the prelude's 2025-04-02 trip), which the 限制消费令 allows
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (1, '罚款', '2024-03-01', '拒绝报告财产', 1000000, '俞建国');
