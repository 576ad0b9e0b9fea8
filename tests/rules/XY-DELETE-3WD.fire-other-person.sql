-- two debtors: the deletion of 2025-07-02 names the other debtor; 裘海军's listing stays
INSERT INTO parties(id, name, kind, id_no, id_valid) VALUES (21, '裘海英', 'person', '330683198506122432', 1);
INSERT INTO case_parties(case_id, party_id, role) VALUES (3, 21, '被执行人');
UPDATE events SET item='裘海英', counterparty='裘海英' WHERE case_id=3 AND kind='删除失信';
