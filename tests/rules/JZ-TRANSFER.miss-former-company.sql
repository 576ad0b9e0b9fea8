-- as fire-own-company, but he left the company (离任 2023-12-31) before the sale: no tie on the day of the transfer, and the price was fair
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date, end_date, to_name, price_fen) VALUES('不动产', 2, 'id', '俞建国', '330683197903051238', '嵊州市浦口街道东南路7号2幢602室', 120000000, '2017-04-01', '2024-03-15', '嵊州市鼎丰贸易有限公司', 115000000);
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, role, start_date) VALUES('企业登记', 2, 'id', '俞建国', '330683197903051238', '嵊州市鼎丰贸易有限公司', '法定代表人', '2019-06-01');
UPDATE registry_records SET end_date = '2023-12-31' WHERE kind = '企业登记' AND holder_id = '330683197903051238';
