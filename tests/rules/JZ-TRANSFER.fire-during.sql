-- the debtor got the 应诉通知 on 2023-09-01 and gave the flat away on 2023-10-10, before the judgment took effect (2023-11-20): 拒执解释 第六条
INSERT INTO events(case_id, kind, event_date) VALUES (1, '应诉通知', '2023-09-01');
INSERT INTO events(case_id, kind, event_date, item) VALUES (1, '执行依据', '2023-11-20', '民事判决书');
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date, end_date, to_name, price_fen) VALUES('不动产', 2, 'id', '俞建国', '330683197903051238', '嵊州市浦口街道东南路7号2幢602室', 120000000, '2017-04-01', '2023-10-10', '俞丽', 0);
