-- registered 2026-09-10: day 30 is Saturday 10-10, a 调休 working day (no roll); resumed Monday 10-12, late
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date, end_date) VALUES('不动产', 2, 'id', '俞建国', '330683197903051238', '嵊州市三江街道官河路9号3幢201室', 90000000, '2026-09-10', NULL);
INSERT INTO events(case_id, kind, event_date) VALUES(1, '恢复执行', '2026-10-12');
