-- a 终本 case: seized 2024-02-01 and taken (扣押) on 2024-04-01, the 60th day itself
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(1, '查封', '2024-02-01', '2026-01-31', '浙D3G7Q9', 5000000);
INSERT INTO events(case_id, kind, event_date, item) VALUES(1, '扣押', '2024-04-01', '浙D3G7Q9');
