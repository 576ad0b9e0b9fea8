-- a flat registered to the debtor 2026-10-16: day 30 is Sunday 11-15, so the period runs to 11-16, not over
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date, end_date) VALUES('不动产', 2, 'id', '俞建国', '330683197903051238', '嵊州市三江街道官河路9号3幢201室', 90000000, '2026-10-16', NULL);
