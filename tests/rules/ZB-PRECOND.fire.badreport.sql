-- the debtor reported late (逾期); no 罚款/拘留 and no 失信 before 终本
INSERT INTO events(case_id, kind, event_date, result) VALUES(1, '财产报告', '2024-01-25', '逾期');
