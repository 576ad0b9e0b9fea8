-- born 2008-01-09, listed on 2026-01-09, the 18th birthday itself: 周岁 count from the next day, still a minor
INSERT INTO parties(id, name, kind, id_no, id_valid, birth_date) VALUES (21, '竺小雨', 'person', '330683200801090031', 1, '2008-01-09');
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen)
 VALUES(21, '（2025）浙0683执21号', 2025, '浙0683', '执', 21, 1, '2025-11-03', '机动车交通事故责任纠纷', 8000000, 0);
INSERT INTO case_parties(case_id, party_id, role) VALUES (21, 1, '申请执行人'), (21, 21, '被执行人');
INSERT INTO events(case_id, kind, event_date, item) VALUES (21, '失信', '2026-01-09', '竺小雨');
