-- a car registered as seized, never taken, and nothing in the file says the court could not take it: 第四条第二项 is a finding the court must record
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen) VALUES(1, '查封', '2024-02-01', '2026-01-31', '浙D8K3M9', 6000000);
