-- the debtor is a company and the buyer sits on its board of supervisors (监事, her own 企业登记 record)
UPDATE case_parties SET party_id=3 WHERE case_id=3 AND role='被执行人';
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, reg_no, role, start_date) VALUES('企业登记', 201, 'id', '金佳慧', '330683199204150029', '嵊州市恒昌纺织有限公司', '91330683MA2BCD1232', '监事', '2018-05-01');
