-- a flat registered after 终本 to a 俞建国 with another 证件号: not the debtor (left unlinked)
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date) VALUES('不动产', NULL, NULL, '俞建国', '330683198811110014', '嵊州市三江街道官河路9号3幢201室', 90000000, '2026-03-02');
