-- the open case 2: execution has been suspended (中止) since 2026-04-20, within the 60 days, and is still suspended
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(2, '查封', '2026-04-01', '2028-03-31', '浙D88K21', 6000000);
INSERT INTO events(case_id, kind, event_date) VALUES(2, '中止', '2026-04-20');
