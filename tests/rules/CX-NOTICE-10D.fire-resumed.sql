-- as miss-resumed, but the resumed case 1 never served an 执行通知 either: the 执恢 case had to
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen, prior_case_no)
 VALUES(21, '（2026）浙0683执恢21号', 2026, '浙0683', '执恢', 21, 1, '2026-10-01', '民间借贷纠纷', 50000000, 0, '（2024）浙0683执101号');
INSERT INTO case_parties(case_id, party_id, role) VALUES (21, 1, '申请执行人'), (21, 2, '被执行人');
INSERT INTO events(case_id, kind, event_date, item) VALUES (21, '网络查控', '2026-10-03', '总对总网络查控');
DELETE FROM events WHERE case_id=1 AND kind='执行通知';
