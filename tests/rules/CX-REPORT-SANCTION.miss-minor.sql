-- the debtor was 16 when he refused to report: a minor cannot be listed (失信规定 第四条)
INSERT INTO parties(id, name, kind, id_no, id_valid, birth_date) VALUES (7, '竺嘉豪', 'person', '330683201005010016', 1, '2010-05-01');
UPDATE case_parties SET party_id=7 WHERE case_id=2 AND role='被执行人';
INSERT INTO events(case_id, kind, event_date, result) VALUES(2, '财产报告', '2026-03-20', '拒绝报告');
