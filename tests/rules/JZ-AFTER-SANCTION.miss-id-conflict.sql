-- fined; the later flight is by another 俞建国 with a different 身份证号
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (1, '罚款', '2024-03-01', '拒绝报告财产', 1000000, '俞建国');
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode) VALUES('出行', 2, 'name', '俞建国', '330683198102034524', 'MU5137', '2025-03-08', '航空');
