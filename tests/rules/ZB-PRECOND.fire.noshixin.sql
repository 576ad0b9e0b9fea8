-- the debtor refused to report (拒绝) and was fined, but never listed as 失信 before 终本
INSERT INTO events(case_id, kind, event_date, result) VALUES(1, '财产报告', '2024-01-18', '拒绝');
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES(1, '罚款', '2024-02-20', '拒报财产', 1000000, '俞建国');
