-- the open case 2: an instalment settlement (和解, 履行中) was reached on 2026-04-15, within the 60 days
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(2, '查封', '2026-04-01', '2028-03-31', '浙D88K21', 6000000);
INSERT INTO events(case_id, kind, event_date, end_date, result) VALUES(2, '和解', '2026-04-15', '2027-04-15', '履行中');
