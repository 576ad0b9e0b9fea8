-- the death is of another 俞建国 (different 身份证号), a stale name link: the debtor is alive
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, end_date)
 VALUES('户籍', 2, 'name', '俞建国', '330683198102034524', '浙江省嵊州市甘霖镇', '1981-02-03', '2026-06-01');
