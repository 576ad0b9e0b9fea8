-- a company debtor's stock of furniture (家具) is not a family's necessity: 第三条 protects natural persons
UPDATE case_parties SET party_id=3 WHERE case_id=2 AND role='被执行人';
UPDATE case_parties SET party_id=4 WHERE case_id=2 AND role='申请执行人';
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(2, '查封', '2026-04-10', '2028-04-09', '库存办公家具一批', 3000000);
