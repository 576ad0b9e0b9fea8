-- a flat registered to the debtor 2026-10-14, after 终本: 30 days ended Friday 11-13 without resumption
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date, end_date) VALUES('不动产', 2, 'id', '俞建国', '330683197903051238', '嵊州市三江街道官河路9号3幢201室', 90000000, '2026-10-14', NULL);
