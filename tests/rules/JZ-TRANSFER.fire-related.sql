-- sold at a fair price (1,000,000元 of 1,200,000元) but to the debtor's co-owner of another flat (共有人)
INSERT INTO parties(id, name, kind, id_no, id_valid) VALUES (21, '俞丽', 'person', '330683198506122432', 1);
INSERT INTO party_links(kind, a, b, source, strength) VALUES ('共有人', 2, 21, 'registry:不动产', 'strong');
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date, end_date, to_name, to_id, price_fen) VALUES('不动产', 2, 'id', '俞建国', '330683197903051238', '嵊州市浦口街道东南路7号2幢602室', 120000000, '2017-04-01', '2024-05-15', '俞丽', '330683198506122432', 100000000);
