-- filed 2025-09-01: the month ends on 2025-10-01 (国庆 until 10-08), rolled to 2025-10-09; queried that day
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen, judge)
 VALUES(21, '（2025）浙0683执521号', 2025, '浙0683', '执', 521, 1, '2025-09-01', '买卖合同纠纷', 8000000, 0, '俞晓峰');
INSERT INTO case_parties(case_id, party_id, role) VALUES (21, 5, '申请执行人'), (21, 6, '被执行人');
INSERT INTO events(case_id, kind, event_date, item) VALUES
 (21, '执行通知', '2025-09-03', NULL), (21, '报告财产令', '2025-09-03', NULL), (21, '网络查控', '2025-10-09', '总对总网络查控');
