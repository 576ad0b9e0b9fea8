-- found after 终本, and a 执恢 case resuming this one was filed 2026-03-20
INSERT INTO registry_records(kind, party_id, match, holder_name, holder_id, item, value_fen, start_date, end_date) VALUES('不动产', 2, 'id', '俞建国', '330683197903051238', '嵊州市三江街道官河路9号3幢201室', 90000000, '2026-03-02', NULL);
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen, judge, prior_case_no)
 VALUES(204, '（2026）浙0683执恢12号', 2026, '浙0683', '执恢', 12, 1, '2026-03-20', '民间借贷纠纷', 50000000, 0, '俞晓峰', '（2024）浙0683执101号');
INSERT INTO case_parties(case_id, party_id, role) VALUES (204, 1, '申请执行人'), (204, 2, '被执行人');
