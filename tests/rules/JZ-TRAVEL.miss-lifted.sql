-- the 限制消费令 was lifted on 2025-03-01, before the flight of 2025-03-08
INSERT INTO events(case_id, kind, event_date, item) VALUES (1, '解除限制消费', '2025-03-01', '俞建国');
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode) VALUES('出行', 2, 'id', '俞建国', '330683197903051238', 'MU5137', '2025-03-08', '航空');
