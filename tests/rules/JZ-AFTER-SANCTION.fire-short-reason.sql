-- fined for 「拒报财产」 (a court's short form) on 2024-03-01, then a false report on 2024-04-15
INSERT INTO events(case_id, kind, event_date, item, amount_fen, counterparty) VALUES (1, '罚款', '2024-03-01', '拒报财产', 1000000, '俞建国');
INSERT INTO events(case_id, kind, event_date, result) VALUES (1, '财产报告', '2024-04-15', '虚假');
