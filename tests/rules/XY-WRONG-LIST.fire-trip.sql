-- the debtor flew (MU5137, 2025-03-08) under the 限制消费令 of 2024-01-25, never lifted: a ground of 第一条第（五）项; no listing since
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode, seat) VALUES('出行', 2, 'id', '俞建国', '330683197903051238', 'MU5137', '2025-03-08', '航空', '经济舱');
