-- the claimant shares the name of the debtor's co-owner but has another 身份证号: a different, unrelated person with a 判决
INSERT INTO parties(id, name, kind, id_no, id_valid) VALUES (21, '商立伟', 'person', '330683198803151213', 1),
 (23, '商立伟', 'person', '330683199001014529', 1);
INSERT INTO party_links(kind, a, b, source, strength) VALUES ('共有人', 4, 21, 'registry:不动产', 'strong');
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen)
 VALUES(22, '（2026）浙0683执22号', 2026, '浙0683', '执', 22, 1, '2026-06-01', '民间借贷纠纷', 40000000, 0);
INSERT INTO case_parties(case_id, party_id, role) VALUES (22, 23, '申请执行人'), (22, 4, '被执行人');
INSERT INTO events(case_id, kind, event_date, item) VALUES (22, '应诉通知', '2026-02-02', NULL), (22, '执行依据', '2026-05-20', '民事判决书');
INSERT INTO events(case_id, kind, event_date, amount_fen, counterparty, counterparty_id) VALUES (2, '参与分配', '2026-06-10', 40000000, '商立伟', '330683199001014529');
