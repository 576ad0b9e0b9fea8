-- a car registered as seized at the 车管所, never taken, and the file records why (下落不明): 不能处置 under 终本规定 第四条第二项
INSERT INTO events(case_id, kind, event_date, end_date, item, value_fen, obstacle) VALUES(1, '查封', '2024-02-01', '2026-01-31', '浙D8K3M9', 6000000, '车辆下落不明，未能实际扣押，已通知公安机关协助查找');
