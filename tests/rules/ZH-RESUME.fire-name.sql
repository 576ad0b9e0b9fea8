-- a car registered after 终本 to the debtor's name, no 证件号 given and no other 俞建国: a weak lead, said so
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date) VALUES('车辆', 2, 'name', '俞建国', NULL, '浙DA8K31', 12000000, '2026-03-02');
