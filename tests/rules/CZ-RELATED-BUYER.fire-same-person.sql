-- the debtor company and the buying company have one 法定代表人/股东 (by their 信用代码)
UPDATE case_parties SET party_id=3 WHERE case_id=3 AND role='被执行人';
UPDATE events SET counterparty='嵊州市越秀贸易有限公司', counterparty_id='91330683MA2CDE4X1A' WHERE case_id=3 AND kind='拍卖';
INSERT INTO parties(id, name, kind, id_no, id_valid) VALUES(208, '魏国强', 'person', '330683197009090316', 1);
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, reg_no, role, start_date) VALUES
 ('企业登记', 208, 'id', '魏国强', '330683197009090316', '嵊州市恒昌纺织有限公司', '91330683MA2BCD1232', '法定代表人', '2015-03-01'),
 ('股权', 208, 'id', '魏国强', '330683197009090316', '嵊州市越秀贸易有限公司', '91330683MA2CDE4X1A', NULL, '2020-06-01');
