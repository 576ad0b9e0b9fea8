-- three 终本 cases, while a fourth, open case of the same debtor froze a deposit after the first 终本 (named in the evidence)
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date, closing_method, cause, claim_fen, paid_fen, judge)
 VALUES(11, '（2024）浙0683执111号', 2024, '浙0683', '执', 111, 1, '2024-02-01', '2024-07-01', '终结本次执行程序', '买卖合同纠纷', 3000000, 0, '钱国平');
INSERT INTO case_parties(case_id, party_id, role) VALUES (11, 5, '申请执行人'), (11, 2, '被执行人');
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, closing_date, closing_method, cause, claim_fen, paid_fen, judge)
 VALUES(12, '（2024）浙0683执112号', 2024, '浙0683', '执', 112, 1, '2024-03-01', '2024-08-01', '终结本次执行程序', '买卖合同纠纷', 2000000, 0, '竺丽娟');
INSERT INTO case_parties(case_id, party_id, role) VALUES (12, 3, '申请执行人'), (12, 2, '被执行人');
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen, judge)
 VALUES(13, '（2025）浙0683执113号', 2025, '浙0683', '执', 113, 1, '2025-05-01', '服务合同纠纷', 1000000, 0, '钱国平');
INSERT INTO case_parties(case_id, party_id, role) VALUES (13, 6, '申请执行人'), (13, 2, '被执行人');
INSERT INTO events(case_id, kind, event_date, end_date, item, amount_fen) VALUES(13, '冻结', '2025-05-20', '2026-05-19', '银行存款（账号尾号2201）', 1000000);
