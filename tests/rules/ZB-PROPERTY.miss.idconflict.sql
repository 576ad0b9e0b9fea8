-- a flat of another 俞建国 (different ID number) wrongly tied to the debtor by name: the ID conflict wins
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date)
 VALUES('不动产', 2, 'name', '俞建国', '330683198811110019', '嵊州市剡湖街道北直街5号1幢101室', 45000000, '2019-04-01');
