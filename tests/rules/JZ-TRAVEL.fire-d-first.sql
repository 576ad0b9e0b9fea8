-- a D train in 一等座: other 动车组 一等以上座位 are forbidden (第（九）项)
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode, seat) VALUES('出行', 2, 'id', '俞建国', '330683197903051238', 'D2281 上海虹桥—嵊州新昌', '2025-06-01', '铁路', '一等座');
