-- the same related company objects only to a car worth 40,000.00元 beside the 600,000.00元 flat: ① alone (7 % of the seized value)
INSERT INTO parties(id, name, kind, id_no, id_valid) VALUES (21, '嵊州市丽达贸易有限公司', 'org', '91330683MA2D8LK55W', NULL),
 (22, '竺国祥', 'person', '330683197608123319', 1);
INSERT INTO party_links(kind, a, b, source, strength) VALUES ('法定代表人', 22, 4, 'registry:企业登记', 'strong'), ('法定代表人', 22, 21, 'registry:企业登记', 'strong');
INSERT INTO case_parties(case_id, party_id, role) VALUES (2, 21, '案外人');
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES (2, '查封', '2026-04-01', '2028-03-31', '浙D3G7Q9', 4000000);
INSERT INTO events(case_id, kind, event_date, item, counterparty, counterparty_id) VALUES (2, '案外人异议', '2026-06-10', '浙D3G7Q9', '嵊州市丽达贸易有限公司', '91330683MA2D8LK55W');
