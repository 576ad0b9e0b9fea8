-- an unrelated claimant whose 调解书 took effect exactly 30 days after the 应诉通知, after case 2 was filed (②③); the lead is on the claimant's own case, whose 执行依据 must be checked
-- lead on: （2026）浙0683执22号
INSERT INTO parties(id, name, kind, id_no, id_valid) VALUES (21, '马文杰', 'person', '33068319850612231X', 1);
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen)
 VALUES(22, '（2026）浙0683执22号', 2026, '浙0683', '执', 22, 1, '2026-06-01', '民间借贷纠纷', 10000000, 0);
INSERT INTO case_parties(case_id, party_id, role) VALUES (22, 21, '申请执行人'), (22, 4, '被执行人');
INSERT INTO events(case_id, kind, event_date, item) VALUES (22, '应诉通知', '2026-04-20', NULL), (22, '执行依据', '2026-05-20', '民事调解书');
INSERT INTO events(case_id, kind, event_date, amount_fen, counterparty, counterparty_id) VALUES (2, '参与分配', '2026-06-10', 10000000, '马文杰', '33068319850612231X');
