-- a minor debtor fined for 违反限制消费令: 第四条 forbids listing him, no lead for not listing
INSERT INTO parties(id, name, kind, id_no, id_valid, birth_date) VALUES (21, '竺小雨', 'person', '33068320100520002X', 1, '2010-05-20');
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen)
 VALUES(21, '（2025）浙0683执21号', 2025, '浙0683', '执', 21, 1, '2025-11-03', '机动车交通事故责任纠纷', 8000000, 0);
INSERT INTO case_parties(case_id, party_id, role) VALUES (21, 1, '申请执行人'), (21, 21, '被执行人');
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (21, '罚款', '2026-02-10', '违反限制消费令', 100000, '竺小雨');
