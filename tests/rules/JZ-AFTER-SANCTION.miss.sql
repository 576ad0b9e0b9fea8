-- the flight (2024-02-20) came before the fine (2024-03-01), and nothing followed the fine
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode) VALUES('出行', 2, 'id', '俞建国', '330683197903051238', 'MU5137', '2024-02-20', '航空');
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (1, '罚款', '2024-03-01', '违反限制消费令乘坐飞机', 1000000, '俞建国');
