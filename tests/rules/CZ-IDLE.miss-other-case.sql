-- another case against the same debtor (same party) valued the flat within the period: its step counts here
DELETE FROM events WHERE case_id=2 AND kind='评估';
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen, judge)
 VALUES(205, '（2026）浙0683执250号', 2026, '浙0683', '执', 250, 1, '2026-02-01', '民间借贷纠纷', 20000000, 0, '钱国平');
INSERT INTO case_parties(case_id, party_id, role) VALUES (205, 5, '申请执行人'), (205, 4, '被执行人');
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES
 (205, '轮候查封', '2026-03-25', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', NULL),
 (205, '评估', '2026-06-01', NULL, '嵊州市鹿山街道鹿山路8号1幢502室', 60000000);
