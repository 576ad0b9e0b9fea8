-- transferred on 2023-12-15, before the filing, with no 应诉通知 or 执行依据 date on record
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date, end_date, to_name) VALUES('不动产', 2, 'id', '俞建国', '330683197903051238', '嵊州市浦口街道东南路7号2幢602室', 120000000, '2017-04-01', '2023-12-15', '俞丽');
