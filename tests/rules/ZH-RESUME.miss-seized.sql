-- the court seized the new flat on 2026-03-25, within 30 days of its registration
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date, end_date) VALUES('不动产', 2, 'id', '俞建国', '330683197903051238', '嵊州市三江街道官河路9号3幢201室', 90000000, '2026-03-02', NULL);
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES(1, '查封', '2026-03-25', '2029-03-24', '嵊州市三江街道官河路9号3幢201室');
