-- fined 10,000元 for 拒绝报告财产 on 2024-03-01, the debtor flew on 2025-03-08 under the 限制消费令: refusal after a sanction
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (1, '罚款', '2024-03-01', '拒绝报告财产', 1000000, '俞建国');
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode) VALUES('出行', 2, 'id', '俞建国', '330683197903051238', 'MU5137', '2025-03-08', '航空');
