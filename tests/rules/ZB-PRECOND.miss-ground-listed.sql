-- as fire-ground, but the debtor was listed as 失信 on 2024-05-15, before the 终本
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty, counterparty_id)
 VALUES (1, '罚款', '2024-05-08', '违反限制消费令（乘坐飞机）', 3000000, '俞建国', '330683197903051238'),
        (1, '失信', '2024-05-15', '俞建国', NULL, '俞建国', '330683197903051238');
