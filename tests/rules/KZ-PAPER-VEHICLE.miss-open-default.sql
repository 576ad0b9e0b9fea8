-- by default an open case is not checked (the law sets no deadline for taking the car): seized 2026-04-01, not taken, case 2 still open
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(2, '查封', '2026-04-01', '2028-03-31', '浙D88K21', 6000000);
