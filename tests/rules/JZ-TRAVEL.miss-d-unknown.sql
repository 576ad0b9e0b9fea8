-- a D train whose seat class the record does not give: not shown to be forbidden
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode) VALUES('出行', 2, 'id', '俞建国', '330683197903051238', 'D2281 上海虹桥—嵊州新昌', '2025-06-01', '铁路');
