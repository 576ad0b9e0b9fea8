-- filed 2026-11-06, neither a notice nor an order yet: the 10th day, 2026-11-16, has not passed (wakes 2026-11-17)
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen, judge)
 VALUES(21, '（2026）浙0683执521号', 2026, '浙0683', '执', 521, 1, '2026-11-06', '买卖合同纠纷', 8000000, 0, '俞晓峰');
INSERT INTO case_parties(case_id, party_id, role) VALUES (21, 5, '申请执行人'), (21, 6, '被执行人');
INSERT INTO events(case_id, kind, event_date, item) VALUES (21, '网络查控', '2026-11-09', '总对总网络查控');
