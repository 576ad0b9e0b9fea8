-- sold after the filing for 600,000元, half its 1,200,000元 value, to an unrelated buyer
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date, end_date, to_name, to_id, price_fen) VALUES('不动产', 2, 'id', '俞建国', '330683197903051238', '嵊州市浦口街道东南路7号2幢602室', 120000000, '2017-04-01', '2024-05-15', '马文杰', '33068319850612231X', 60000000);
