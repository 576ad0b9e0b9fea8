-- the flight is by another 俞建国 (different 身份证号), a stale name link: not the debtor
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode) VALUES('出行', 2, 'name', '俞建国', '330683198102034524', 'MU5137', '2025-03-08', '航空');
