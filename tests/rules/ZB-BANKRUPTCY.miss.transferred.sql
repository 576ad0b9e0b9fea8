-- as the fire fixture, but a third (open) case of the debtor was transferred for bankruptcy review (移送破产)
INSERT INTO parties(id, name, kind, id_no, id_valid) VALUES(31, '嵊州市华丰机械制造有限公司', 'org', '91330683MA2C7XKQ3B', 1);
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date, closing_method, cause, claim_fen, paid_fen, judge)
 VALUES(31, '（2024）浙0683执131号', 2024, '浙0683', '执', 131, 1, '2024-02-05', '2024-07-10', '终结本次执行程序', '买卖合同纠纷', 12000000, 0, '竺丽娟');
INSERT INTO case_parties(case_id, party_id, role) VALUES (31, 1, '申请执行人'), (31, 31, '被执行人');
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date, closing_method, cause, claim_fen, paid_fen, judge)
 VALUES(32, '（2024）浙0683执132号', 2024, '浙0683', '执', 132, 1, '2024-03-11', '2024-08-20', '终结本次执行程序', '买卖合同纠纷', 12000000, 0, '竺丽娟');
INSERT INTO case_parties(case_id, party_id, role) VALUES (32, 5, '申请执行人'), (32, 31, '被执行人');
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date, closing_method, cause, claim_fen, paid_fen, judge)
 VALUES(33, '（2024）浙0683执133号', 2024, '浙0683', '执', 133, 1, '2025-01-06', NULL, NULL, '买卖合同纠纷', 12000000, 0, '竺丽娟');
INSERT INTO case_parties(case_id, party_id, role) VALUES (33, 4, '申请执行人'), (33, 31, '被执行人');
INSERT INTO events(case_id, kind, event_date) VALUES(33, '移送破产', '2025-03-02');
