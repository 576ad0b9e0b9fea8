-- a car seized (查封) and then taken (扣押) is one item: flat 300,000 + car 400,000 = 700,000 元, 1.4 times the debt (counted twice it would be 2.2 times)
UPDATE events SET value_fen=30000000 WHERE case_id=2 AND kind IN ('查封', '评估');
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES
 (2, '查封', '2026-04-01', '2028-03-31', '浙D88K21', 40000000), (2, '扣押', '2026-04-20', '2028-04-19', '浙D88K21', 40000000);
