-- case 3 was performed in full (执行完毕 2025-06-30): a fine and a later flight no longer make a refusal to execute
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (3, '罚款', '2025-02-10', '拒绝报告财产', 1000000, '裘海军');
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode) VALUES('出行', 6, 'id', '裘海军', '330683197706060935', 'MU5137', '2025-03-08', '航空');
