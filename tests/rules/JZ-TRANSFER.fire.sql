-- after the filing (2024-01-10) the debtor's flat went to a relative on 2024-02-15, no price registered; 500,000元 still owed
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date, end_date, to_name) VALUES('不动产', 2, 'id', '俞建国', '330683197903051238', '嵊州市浦口街道东南路7号2幢602室', 120000000, '2017-04-01', '2024-02-15', '俞丽');
