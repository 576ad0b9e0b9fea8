-- three 终本 cases, but one is the 执恢 of another (原案号): two claims, below the threshold
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date, closing_method, cause, claim_fen, paid_fen, judge)
 VALUES(11, '（2024）浙0683执111号', 2024, '浙0683', '执', 111, 1, '2024-02-01', '2024-07-01', '终结本次执行程序', '买卖合同纠纷', 3000000, 0, '钱国平');
INSERT INTO case_parties(case_id, party_id, role) VALUES (11, 5, '申请执行人'), (11, 2, '被执行人');
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date, closing_method, cause, claim_fen, paid_fen, judge, prior_case_no)
 VALUES(12, '（2025）浙0683执恢12号', 2025, '浙0683', '执恢', 12, 1, '2025-03-01', '2025-08-01', '终结本次执行程序', '民间借贷纠纷', 50000000, 0, '竺丽娟', '（2024）浙0683执101号');
INSERT INTO case_parties(case_id, party_id, role) VALUES (12, 1, '申请执行人'), (12, 2, '被执行人');
