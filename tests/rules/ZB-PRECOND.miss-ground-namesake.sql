-- as fire-ground, but the fine names another 俞建国 (another 证件号): not the debtor's act
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty, counterparty_id)
 VALUES (1, '罚款', '2024-05-08', '违反限制消费令（乘坐飞机）', 3000000, '俞建国', '330683198811230415');
