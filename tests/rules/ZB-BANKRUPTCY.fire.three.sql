-- a company debtor, three 终本 cases of three creditors (one a company), and one paid case: all three fire
INSERT INTO parties(id, name, kind, id_no, id_valid) VALUES(31, '嵊州市华丰机械制造有限公司', 'org', '91330683MA2C7XKQ3B', 1);
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date, closing_method, cause, claim_fen, paid_fen, judge)
 VALUES(31, '（2024）浙0683执131号', 2024, '浙0683', '执', 131, 1, '2024-02-05', '2024-07-10', '终结本次执行程序', '买卖合同纠纷', 12000000, 0, '竺丽娟');
INSERT INTO case_parties(case_id, party_id, role) VALUES (31, 1, '申请执行人'), (31, 31, '被执行人');
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date, closing_method, cause, claim_fen, paid_fen, judge)
 VALUES(32, '（2024）浙0683执132号', 2024, '浙0683', '执', 132, 1, '2024-03-11', '2024-08-20', '终结本次执行程序', '买卖合同纠纷', 12000000, 0, '竺丽娟');
INSERT INTO case_parties(case_id, party_id, role) VALUES (32, 5, '申请执行人'), (32, 31, '被执行人');
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date, closing_method, cause, claim_fen, paid_fen, judge)
 VALUES(33, '（2024）浙0683执133号', 2024, '浙0683', '执', 133, 1, '2024-04-15', '2024-10-21', '终结本次执行程序', '买卖合同纠纷', 45000000, 0, '竺丽娟');
INSERT INTO case_parties(case_id, party_id, role) VALUES (33, 3, '申请执行人'), (33, 31, '被执行人');
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date, closing_method, cause, claim_fen, paid_fen, judge)
 VALUES(34, '（2024）浙0683执134号', 2024, '浙0683', '执', 134, 1, '2024-01-08', '2024-03-01', '执行完毕', '买卖合同纠纷', 12000000, 0, '竺丽娟');
INSERT INTO case_parties(case_id, party_id, role) VALUES (34, 4, '申请执行人'), (34, 31, '被执行人');
