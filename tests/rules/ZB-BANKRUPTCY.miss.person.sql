-- a natural person (俞建国) with two 终本 cases from two creditors: 执转破 applies only to 企业法人
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date, closing_method, cause, claim_fen, paid_fen, judge)
 VALUES(32, '（2024）浙0683执132号', 2024, '浙0683', '执', 132, 1, '2024-03-11', '2024-08-20', '终结本次执行程序', '买卖合同纠纷', 12000000, 0, '竺丽娟');
INSERT INTO case_parties(case_id, party_id, role) VALUES (32, 5, '申请执行人'), (32, 2, '被执行人');
