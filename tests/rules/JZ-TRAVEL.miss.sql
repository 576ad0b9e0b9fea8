-- the flight (2024-01-20) was before the 限制消费令 of 2024-01-25
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode, seat) VALUES('出行', 2, 'id', '俞建国', '330683197903051238', 'MU5137', '2024-01-20', '航空', '经济舱');
