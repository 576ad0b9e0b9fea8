-- refused to report 2026-03-20 and was fined (罚款 20,000 元) on 2026-04-10
INSERT INTO events(case_id, kind, event_date, result) VALUES(2, '财产报告', '2026-03-20', '拒绝报告');
INSERT INTO events(case_id, kind, event_date, item, amount_fen) VALUES(2, '罚款', '2026-04-10', '拒绝报告财产', 2000000);
