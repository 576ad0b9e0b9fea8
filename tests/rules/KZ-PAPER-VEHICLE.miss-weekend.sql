-- the open case 2: seized 2026-09-16: the 60th day is Sunday 2026-11-15, rolled to Monday 2026-11-16 (民诉法 第八十五条): not late yet
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(2, '查封', '2026-09-16', '2028-09-15', '小型轿车浙DF12345', 6000000);
