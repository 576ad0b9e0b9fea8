-- a D train in 二等座 (another one besides the prelude's): other 动车组 are forbidden only from 一等座 up
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode, seat) VALUES('出行', 2, 'id', '俞建国', '330683197903051238', 'D2281 上海虹桥—嵊州新昌', '2025-06-01', '铁路', '二等座');
