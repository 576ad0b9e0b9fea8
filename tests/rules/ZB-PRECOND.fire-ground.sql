-- the debtor was fined on 2024-05-08 for flying while restricted (违反限制消费令: 失信规定 第一条第（五）项), yet was never listed as 失信 before the 终本 of 2024-06-20
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty, counterparty_id)
 VALUES (1, '罚款', '2024-05-08', '违反限制消费令（乘坐飞机）', 3000000, '俞建国', '330683197903051238');
