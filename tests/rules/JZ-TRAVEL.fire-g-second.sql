-- a G train in 二等座: 第三条第一款第（九）项 forbids all seats of G字头动车组
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode, seat) VALUES('出行', 2, 'id', '俞建国', '330683197903051238', 'G7355 杭州东—嵊州新昌', '2025-06-01', '铁路', '二等座');
