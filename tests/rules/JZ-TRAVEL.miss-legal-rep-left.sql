-- the company's former 法定代表人 left office on 2026-03-31, before his flight of 2026-05-01
INSERT INTO parties(id, name, kind, id_no, id_valid) VALUES (21, '嵊州市丰达领带有限公司', 'org', '91330683MA2C7QX12R', NULL),
 (22, '魏国强', 'person', '330683197608123319', 1);
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen)
 VALUES(21, '（2026）浙0683执21号', 2026, '浙0683', '执', 21, 1, '2026-01-05', '买卖合同纠纷', 30000000, 0);
INSERT INTO case_parties(case_id, party_id, role) VALUES (21, 1, '申请执行人'), (21, 21, '被执行人');
INSERT INTO events(case_id, kind, event_date, item) VALUES (21, '限制消费', '2026-01-20', '嵊州市丰达领带有限公司');
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, reg_no, role, start_date, end_date) VALUES('企业登记', 22, 'id', '魏国强', '330683197608123319', '嵊州市丰达领带有限公司', '91330683MA2C7QX12R', '法定代表人', '2019-03-01', '2026-03-31');
INSERT INTO party_links(kind, a, b, source, strength) VALUES ('法定代表人', 22, 21, 'registry:企业登记', 'strong');
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, start_date, mode, seat) VALUES('出行', 22, 'id', '魏国强', '330683197608123319', 'CA1701 杭州—北京', '2026-05-01', '航空', '公务舱');
