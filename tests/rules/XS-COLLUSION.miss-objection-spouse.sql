-- the debtor's registered co-owner objects to the seizure of the flat with no 执行依据 of her own: one point only (①; a co-owner's objection rests on the register, so ④ does not count)
INSERT INTO parties(id, name, kind, id_no, id_valid) VALUES (21, '商立伟', 'person', '330683198803151213', 1);
INSERT INTO party_links(kind, a, b, source, strength) VALUES ('共有人', 4, 21, 'registry:不动产', 'strong');
INSERT INTO events(case_id, kind, event_date, item, counterparty, counterparty_id) VALUES (2, '案外人异议', '2026-06-10', '嵊州市鹿山街道鹿山路8号1幢502室', '商立伟', '330683198803151213');
