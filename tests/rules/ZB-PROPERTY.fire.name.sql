-- a flat registered to the debtor's name only (the register has no ID number): a weak link, said so
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date)
 VALUES('不动产', 2, 'name', '俞建国', NULL, '嵊州市剡湖街道北直街5号1幢101室', 45000000, '2019-04-01');
