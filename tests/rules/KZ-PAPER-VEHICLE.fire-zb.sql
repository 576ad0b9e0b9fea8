-- a 终本 case: the car registered as seized 2024-02-01 was never taken before the 终本 of 2024-06-20
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(1, '查封', '2024-02-01', '2026-01-31', '浙D3G7Q9', 5000000);
