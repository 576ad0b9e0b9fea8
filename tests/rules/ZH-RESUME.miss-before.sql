-- the debtor held the flat before 终本 (registered 2024-03-01): ZB-PROPERTY's matter, not a new find
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date, end_date) VALUES('不动产', 2, 'id', '俞建国', '330683197903051238', '嵊州市三江街道官河路9号3幢201室', 90000000, '2024-03-01', NULL);
