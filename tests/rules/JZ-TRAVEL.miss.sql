-- the trip was before the 限制消费令
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, detail) VALUES('出行', 2, 'id', '俞建国', '330683197903051238', '航班 MU5137 杭州—北京', '2024-01-20', '{"mode":"航空"}');
