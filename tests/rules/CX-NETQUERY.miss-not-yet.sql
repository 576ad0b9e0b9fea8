-- filed 2026-11-02, not yet queried: the month ends 2026-12-02 (wakes 2026-12-03)
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen, judge)
 VALUES(21, '（2026）浙0683执521号', 2026, '浙0683', '执', 521, 1, '2026-11-02', '买卖合同纠纷', 8000000, 0, '俞晓峰');
INSERT INTO case_parties(case_id, party_id, role) VALUES (21, 5, '申请执行人'), (21, 6, '被执行人');
INSERT INTO events(case_id, kind, event_date) VALUES (21, '执行通知', '2026-11-04'), (21, '报告财产令', '2026-11-04');
