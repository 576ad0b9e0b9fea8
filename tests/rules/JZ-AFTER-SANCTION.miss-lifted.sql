-- fined for 拒绝报告财产; the 限制消费令 was lifted (2025-01-10) before the flight of 2025-03-08
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (1, '罚款', '2024-03-01', '拒绝报告财产', 1000000, '俞建国');
INSERT INTO events(case_id, kind, event_date, item) VALUES (1, '解除限制消费', '2025-01-10', '俞建国');
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode) VALUES('出行', 2, 'id', '俞建国', '330683197903051238', 'MU5137', '2025-03-08', '航空');
