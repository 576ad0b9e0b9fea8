-- the open case 2: only a 轮候查封 of the car: another court holds it (查封规定 第二十六条)
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(2, '轮候查封', '2026-04-01', '2028-03-31', '浙D88K21', 6000000);
