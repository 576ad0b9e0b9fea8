-- the open case 2: a car registered as seized on 2026-04-01 and never taken into custody (扣押) by 2026-11-15, long past the 60 days
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(2, '查封', '2026-04-01', '2028-03-31', '浙D88K21', 6000000);
