-- a car registered as seized at the 车管所 but never taken (no 扣押): 不能处置 under 终本规定 第四条
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(1, '查封', '2024-02-01', '2026-01-31', '浙D8K3M9', 6000000);
