-- the transferred flat belonged to another 俞建国 (different 身份证号), a stale name link
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date, end_date, to_name) VALUES('不动产', 2, 'name', '俞建国', '330683198102034524', '嵊州市浦口街道东南路7号2幢602室', 120000000, '2017-04-01', '2024-02-15', '俞丽');
