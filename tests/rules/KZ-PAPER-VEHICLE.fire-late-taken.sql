-- a 终本 case: seized 2024-02-01, the 60th day is Monday 2024-04-01, taken (扣押) only on 2024-04-02: one day late
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(1, '查封', '2024-02-01', '2026-01-31', '浙D3G7Q9', 5000000);
INSERT INTO events(case_id, kind, event_date, item) VALUES(1, '扣押', '2024-04-02', '浙D3G7Q9');
