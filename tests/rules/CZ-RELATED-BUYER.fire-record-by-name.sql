-- the buyer is a company (信用代码 on the sale); the debtor's 企业登记 record carries no 信用代码 but names that very company, of which he was 法定代表人 on the day of the sale
UPDATE events SET counterparty='嵊州市越秀贸易有限公司', counterparty_id='91330683MA2CDE4X1A' WHERE case_id=3 AND kind='拍卖';
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, reg_no, role, start_date) VALUES('企业登记', 6, 'id', '裘海军', '330683197706060935', '嵊州市越秀贸易有限公司', NULL, '法定代表人', '2019-01-01');
