-- the open case 2: the car seized 2026-04-01 was taken into custody (扣押) on 2026-05-20
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(2, '查封', '2026-04-01', '2028-03-31', '浙D88K21', 6000000);
INSERT INTO events(case_id, kind, event_date, item) VALUES(2, '扣押', '2026-05-20', '浙D88K21');
