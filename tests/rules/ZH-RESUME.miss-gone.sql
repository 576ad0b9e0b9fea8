-- registered 2026-03-02 and transferred away 2026-03-20, before the 30 days ended: nothing left to seize
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date, end_date) VALUES('不动产', 2, 'id', '俞建国', '330683197903051238', '嵊州市三江街道官河路9号3幢201室', 90000000, '2026-03-02', '2026-03-20');
