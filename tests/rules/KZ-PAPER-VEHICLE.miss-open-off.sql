-- with rule.KZ-PAPER-VEHICLE.open_cases = 0 an open case is not checked: seized 2026-04-01, not taken, case 2 still open
INSERT INTO settings(key, value) VALUES('rule.KZ-PAPER-VEHICLE.open_cases', '0');
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(2, '查封', '2026-04-01', '2028-03-31', '浙D88K21', 6000000);
