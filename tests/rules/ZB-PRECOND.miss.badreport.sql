-- a false report (虚假), fined on 2024-03-01 and listed as 失信 on 2024-03-05, both before 终本
INSERT INTO events(case_id, kind, event_date, result) VALUES(1, '财产报告', '2024-01-16', '虚假');
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES(1, '罚款', '2024-03-01', '虚假报告', 1000000, '俞建国');
INSERT INTO events(case_id, kind, event_date, item, counterparty) VALUES(1, '失信', '2024-03-05', '违反财产报告制度', '俞建国');
