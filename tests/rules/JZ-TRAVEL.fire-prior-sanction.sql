-- fined for 拒绝报告财产 (2024-03-01), then a flight under the 限制消费令: a new violation the court must punish (第十一条); JZ-AFTER-SANCTION adds the 拒执 referral
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (1, '罚款', '2024-03-01', '拒绝报告财产', 1000000, '俞建国');
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode) VALUES('出行', 2, 'id', '俞建国', '330683197903051238', 'MU5137', '2025-03-08', '航空');
