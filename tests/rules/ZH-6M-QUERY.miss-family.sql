-- the query due by 2025-05-20 was skipped, but a 执恢 case resuming this one was filed 2025-05-15
DELETE FROM events WHERE case_id=1 AND kind='终本后查询' AND event_date >= '2025-05-10';
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen, judge, prior_case_no)
 VALUES(204, '（2025）浙0683执恢51号', 2025, '浙0683', '执恢', 51, 1, '2025-05-15', '民间借贷纠纷', 50000000, 0, '俞晓峰', '（2024）浙0683执101号');
INSERT INTO case_parties(case_id, party_id, role) VALUES (204, 1, '申请执行人'), (204, 2, '被执行人');
