-- the open case 2: the seizure of the car was released (解封) on 2026-05-10
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(2, '查封', '2026-04-01', '2028-03-31', '浙D88K21', 6000000);
INSERT INTO events(case_id, kind, event_date, item) VALUES(2, '解封', '2026-05-10', '浙D88K21');
