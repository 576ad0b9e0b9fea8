-- an ordinary K train in 硬卧: not forbidden
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode, seat) VALUES('出行', 2, 'id', '俞建国', '330683197903051238', 'K8371 杭州—宁波', '2025-06-01', '铁路', '硬卧');
