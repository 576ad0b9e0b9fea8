-- a debtor born 2010-05-20 (valid 身份证号) was listed as 失信 on 2026-01-10, aged 15 (第四条)
INSERT INTO parties(id, name, kind, id_no, id_valid, birth_date) VALUES (21, '竺小雨', 'person', '33068320100520002X', 1, '2010-05-20');
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen)
 VALUES(21, '（2025）浙0683执21号', 2025, '浙0683', '执', 21, 1, '2025-11-03', '机动车交通事故责任纠纷', 8000000, 0);
INSERT INTO case_parties(case_id, party_id, role) VALUES (21, 1, '申请执行人'), (21, 21, '被执行人');
INSERT INTO events(case_id, kind, event_date, item) VALUES (21, '失信', '2026-01-10', '竺小雨');
