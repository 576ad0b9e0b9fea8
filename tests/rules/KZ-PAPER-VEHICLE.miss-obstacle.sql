-- the open case 2: the car could not be found and the court asked the police to look for it (财产调查规定 第十六条), recorded as 处置障碍
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen, obstacle) VALUES(2, '查封', '2026-04-01', '2028-03-31', '浙D88K21', 6000000, '车辆下落不明，已通知公安交管部门协助查找');
