-- filed 2024-09-21: the 10th day 2024-10-01 rolls past 国庆 to 2024-10-08; a notice on 2024-10-09 is one day late
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen, judge)
 VALUES(21, '（2024）浙0683执521号', 2024, '浙0683', '执', 521, 1, '2024-09-21', '买卖合同纠纷', 8000000, 0, '俞晓峰');
INSERT INTO case_parties(case_id, party_id, role) VALUES (21, 5, '申请执行人'), (21, 6, '被执行人');
INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES
 (21, '执行通知', '2024-10-09', NULL, NULL), (21, '报告财产令', '2024-10-09', '2024-10-16', NULL),
 (21, '网络查控', '2024-10-10', NULL, '总对总网络查控'), (21, '网络查控', '2026-10-20', NULL, '总对总网络查控');
