-- the registered flat was seized in this case and released before 终本 (weighed by ZB-SEIZED, not here)
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date)
 VALUES('不动产', 2, 'id', '俞建国', '330683197903051238', '嵊州市剡湖街道北直街5号1幢101室', 45000000, '2019-04-01');
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen, priority_fen) VALUES(1, '查封', '2024-02-01', '2027-01-31', '嵊州市剡湖街道北直街5号1幢101室', 45000000, 50000000);
INSERT INTO events(case_id, kind, event_date, item) VALUES(1, '解封', '2024-05-30', '嵊州市剡湖街道北直街5号1幢101室');
