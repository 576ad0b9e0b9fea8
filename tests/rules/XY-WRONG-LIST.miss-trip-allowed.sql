-- the debtor took a D train in second class (D3125, 二等座) under the 限制消费令: not a forbidden seat (限消规定 第三条第（九）项), no ground
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode, seat) VALUES('出行', 2, 'id', '俞建国', '330683197903051238', 'D3125', '2025-03-08', '铁路', '二等座');
