-- the debtor left that company before the auction
UPDATE events SET counterparty='嵊州市越秀贸易有限公司', counterparty_id='91330683MA2CDE4X1J' WHERE case_id=3 AND kind='拍卖';
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, end_date, detail) VALUES('企业登记', 6, 'id', '裘海军', '330683197706060935', '嵊州市越秀贸易有限公司', '2019-01-01', '2024-12-31', '{"role":"法定代表人"}');
