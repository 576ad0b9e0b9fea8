-- 执行完毕 2025-06-30 but a 执恢 case resuming it was filed 2025-07-01: the debt stands, no deletion due
DELETE FROM events WHERE case_id=3 AND kind='删除失信';
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen, prior_case_no)
 VALUES(21, '（2025）浙0683执恢21号', 2025, '浙0683', '执恢', 21, 1, '2025-07-01', '金融借款合同纠纷', 10000000, 0, '（2025）浙0683执303号');
INSERT INTO case_parties(case_id, party_id, role) VALUES (21, 5, '申请执行人'), (21, 6, '被执行人');
