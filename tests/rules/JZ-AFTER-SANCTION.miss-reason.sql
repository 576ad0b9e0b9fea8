-- the fine was for 扰乱法庭秩序, not a 拒不执行 act; a later flight is JZ-TRAVEL's, not a 拒执 lead
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (1, '罚款', '2024-03-01', '扰乱法庭秩序', 500000, '俞建国');
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode) VALUES('出行', 2, 'id', '俞建国', '330683197903051238', 'MU5137', '2025-03-08', '航空');
