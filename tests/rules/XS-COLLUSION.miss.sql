-- the third mediation took 45 days: not a quick one
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen, judge)
 VALUES(21, '（2026）浙0683执21号', 2026, '浙0683', '执', 21, 1, '2026-06-01', '民间借贷纠纷', 30000000, 0, '俞晓峰');
INSERT INTO parties(id, name, kind, id_no) VALUES(21, '出借人21', 'person', NULL);
INSERT INTO case_parties(case_id, party_id, role) VALUES (21, 21, '申请执行人'), (21, 4, '被执行人');
INSERT INTO events(case_id, kind, event_date, item, detail) VALUES(21, '执行依据', '2026-05-20', '民事调解书', '{"suit_filed":"2026-05-02"}');
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen, judge)
 VALUES(22, '（2026）浙0683执22号', 2026, '浙0683', '执', 22, 1, '2026-06-20', '民间借贷纠纷', 30000000, 0, '俞晓峰');
INSERT INTO parties(id, name, kind, id_no) VALUES(22, '出借人22', 'person', NULL);
INSERT INTO case_parties(case_id, party_id, role) VALUES (22, 22, '申请执行人'), (22, 4, '被执行人');
INSERT INTO events(case_id, kind, event_date, item, detail) VALUES(22, '执行依据', '2026-06-10', '民事调解书', '{"suit_filed":"2026-05-25"}');
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen, judge)
 VALUES(23, '（2026）浙0683执23号', 2026, '浙0683', '执', 23, 1, '2026-07-15', '民间借贷纠纷', 30000000, 0, '俞晓峰');
INSERT INTO parties(id, name, kind, id_no) VALUES(23, '出借人23', 'person', NULL);
INSERT INTO case_parties(case_id, party_id, role) VALUES (23, 23, '申请执行人'), (23, 4, '被执行人');
INSERT INTO events(case_id, kind, event_date, item, detail) VALUES(23, '执行依据', '2026-07-01', '民事调解书', '{"suit_filed":"2026-05-17"}');
