-- a company sharing the debtor company's 法定代表人 objects to the seizure of all the seized property (the flat, 600,000.00元): ① and ④, no case of its own
-- lead on: （2026）浙0683执202号
INSERT INTO parties(id, name, kind, id_no, id_valid) VALUES (21, '嵊州市丽达贸易有限公司', 'org', '91330683MA2D8LK55W', NULL),
 (22, '竺国祥', 'person', '330683197608123319', 1);
INSERT INTO party_links(kind, a, b, source, strength) VALUES ('法定代表人', 22, 4, 'registry:企业登记', 'strong'), ('法定代表人', 22, 21, 'registry:企业登记', 'strong');
INSERT INTO case_parties(case_id, party_id, role) VALUES (2, 21, '案外人');
INSERT INTO events(case_id, kind, event_date, item, counterparty, counterparty_id, result) VALUES (2, '案外人异议', '2026-06-10', '嵊州市鹿山街道鹿山路8号1幢502室', '嵊州市丽达贸易有限公司', '91330683MA2D8LK55W', '主张房屋系其所有，提交租赁合同');
