-- a relative of the debtor (same address and phone) seizes the flat behind case 202, but on a judgment after a contested trial and for 100,000元 (a sixth of the flat): ① alone
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen, judge)
 VALUES(30, '（2026）浙0683执330号', 2026, '浙0683', '执', 330, 1, '2026-04-01', '民间借贷纠纷', 40000000, 0, '竺丽娟');
INSERT INTO case_parties(case_id, party_id, role) VALUES (30, 5, '申请执行人'), (30, 4, '被执行人');
INSERT INTO events(case_id, kind, event_date, item) VALUES
 (30, '执行依据', '2026-03-27', '（2026）浙绍证字第88号公证债权文书及执行证书'),
 (30, '轮候查封', '2026-04-03', '嵊州市鹿山街道鹿山路8号1幢502室');
UPDATE events SET item = '（2025）浙0683民初4455号民事判决书' WHERE case_id = 30 AND kind = '执行依据';
UPDATE cases SET claim_fen = 10000000 WHERE id = 30;
INSERT INTO party_links(kind, a, b, source, strength) VALUES ('同地址', 4, 5, 'contact', 'weak'), ('同电话', 4, 5, 'contact', 'weak');
