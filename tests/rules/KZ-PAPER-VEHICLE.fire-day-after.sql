-- the open case 2: seized 2026-09-14: the 60th day, Friday 2026-11-13, is over on 2026-11-15 with no 扣押
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(2, '查封', '2026-09-14', '2028-09-13', '小型轿车浙DF12345', 6000000);
