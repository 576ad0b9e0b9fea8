-- a car seized and actually taken (扣押 2024-03-05), not auctioned before 终本
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES
 (1, '查封', '2024-02-01', '2026-01-31', '浙D8K3M9', 6000000), (1, '扣押', '2024-03-05', '2026-03-04', '浙D8K3M9', 6000000);
