-- a company whose 法定代表人 is also the debtor's objects to the seizure of the flat, on a 公证债权文书 dated after the filing
INSERT INTO parties(id, name, kind, id_no, id_valid) VALUES (21, '嵊州市丽达贸易有限公司', 'org', '91330683MA2D8LK55W', NULL),
 (22, '竺国祥', 'person', '330683197608123319', 1);
INSERT INTO party_links(kind, a, b, source, strength) VALUES ('股东', 22, 4, 'registry:企业登记', 'strong'), ('法定代表人', 22, 21, 'registry:企业登记', 'strong');
INSERT INTO cases(id, case_no, year, court_code, type_code, seq, court_id, filing_date, cause, claim_fen, paid_fen)
 VALUES(22, '（2026）浙0683执22号', 2026, '浙0683', '执', 22, 1, '2026-05-15', '借款合同纠纷', 60000000, 0);
INSERT INTO case_parties(case_id, party_id, role) VALUES (22, 21, '申请执行人'), (22, 4, '被执行人');
INSERT INTO events(case_id, kind, event_date, item) VALUES (22, '执行依据', '2026-04-28', '公证债权文书');
INSERT INTO events(case_id, kind, event_date, item, counterparty, counterparty_id) VALUES (2, '案外人异议', '2026-06-10', '嵊州市鹿山街道鹿山路8号1幢502室', '嵊州市丽达贸易有限公司', '91330683MA2D8LK55W');
